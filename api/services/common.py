"""Rows → references, shared by the services: organizations, notices, provisions, pages."""

from __future__ import annotations

from typing import TypeVar

from starlette.datastructures import URL

from shobun.api import queries
from shobun.api.engine import Engine, Row, select
from shobun.api.models import Envelope, NoticeRef, OrgRef, ProvisionRef
from shobun.api.vocab import SPARQL_PREFIXES, Keys
from shobun.core.numbering import provision_label
from shobun.core.vocabulary import IRIs

T = TypeVar("T")


def org_ref(keys: Keys, iri: str, label: str | None) -> OrgRef:
    return OrgRef(iri=iri, key=keys.org(iri), label=label or keys.org(iri))


def notice_ref(keys: Keys, row: Row, var: str = "n") -> NoticeRef:
    return NoticeRef(
        iri=row[var],
        id=keys.notice(row[var]),
        title=row.get("title"),
        issued=row.get("issued"),
    )


def provision_ref(keys: Keys, iri: str, statutes: dict[str, str]) -> ProvisionRef:
    """A provision from its IRI (`id:law/{id}[/version/{day}]/article/{a}[/paragraph/{p}
    [/item/{i}]]`): the version is set where the IRI is of an older numbering."""
    parts = IRIs.provision_parts(iri)
    if parts is None:
        return ProvisionRef(iri=iri, label=iri)
    statute = statutes.get(parts.statute)
    return ProvisionRef(
        iri=iri,
        statute=statute,
        statute_key=keys.statute(parts.statute),
        article=parts.article,
        paragraph=parts.paragraph,
        item=parts.item,
        version=parts.version,
        label=provision_label(statute, parts.article, parts.paragraph, parts.item),
    )


_STATUTES = SPARQL_PREFIXES + "SELECT ?st ?label WHERE { ?st a sbo:Statute ; rdfs:label ?label }"
_statute_cache: dict[tuple[int, int], dict[str, str]] = {}


async def statute_labels(engine: Engine) -> dict[str, str]:
    """Statute IRI → title; read once per store state (statutes are few)."""
    key = (id(engine), engine.generation)
    if key not in _statute_cache:
        rows = await select(engine, _STATUTES)
        _statute_cache.clear()
        _statute_cache[key] = {r["st"]: r["label"] for r in rows}
    return _statute_cache[key]


def envelope(items: list[T], total: int, page: int, per_page: int, url: URL) -> Envelope[T]:
    from shobun.api.listing import envelope as make

    return make(items, total, page, per_page, url)


def first_int(rows: list[Row], var: str) -> int:
    return int(rows[0].get(var, "0")) if rows else 0


async def total(engine: Engine, var: str, where: str) -> int:
    """The number of distinct `var` bound by `where` (a list's total before paging)."""
    return first_int(await select(engine, queries.count_distinct(var, where)), "total")
