"""Rows → references, shared by the services: organizations, notices, provisions, pages."""

from __future__ import annotations

import re
from typing import TypeVar

from starlette.datastructures import URL

from shobun.api import queries
from shobun.api.engine import Engine, Row, select
from shobun.api.models import Envelope, NoticeRef, OrgRef, ProvisionRef
from shobun.api.vocab import SPARQL_PREFIXES, Keys

T = TypeVar("T")
_PROVISION = re.compile(
    r"/law/([^/]+)(?:/version/(\d{4}-\d{2}-\d{2}))?"
    r"/article/([^/]+)(?:/paragraph/(\d+))?(?:/item/(\d+))?$"
)


def org_ref(keys: Keys, iri: str, label: str | None) -> OrgRef:
    return OrgRef(iri=iri, key=keys.org(iri), label=label or keys.org(iri))


def notice_ref(keys: Keys, row: Row, var: str = "n") -> NoticeRef:
    return NoticeRef(
        iri=row[var],
        id=keys.notice(row[var]),
        title=row.get("title"),
        issued=row.get("issued"),
    )


def provision_label(
    statute: str | None, article: str, paragraph: int | None, item: int | None
) -> str:
    out = f"{statute or ''}第{article}条"
    out += f"第{paragraph}項" if paragraph is not None else ""
    return out + (f"第{item}号" if item is not None else "")


def provision_ref(keys: Keys, iri: str, statutes: dict[str, str]) -> ProvisionRef:
    """A provision from its IRI (`id:law/{id}[/version/{day}]/article/{a}[/paragraph/{p}
    [/item/{i}]]`): the version is set where the IRI is of an older numbering."""
    m = _PROVISION.search(iri)
    if m is None:
        return ProvisionRef(iri=iri, label=iri)
    from urllib.parse import unquote

    statute_iri = iri[: m.end(1)]
    article = unquote(m.group(3))
    paragraph = int(m.group(4)) if m.group(4) else None
    item = int(m.group(5)) if m.group(5) else None
    statute = statutes.get(statute_iri)
    return ProvisionRef(
        iri=iri,
        statute=statute,
        statute_key=keys.statute(statute_iri),
        article=article,
        paragraph=paragraph,
        item=item,
        version=m.group(2),
        label=provision_label(statute, article, paragraph, item),
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
