"""Enforcement actions: the filtered, sorted, paged list."""

from __future__ import annotations

from starlette.datastructures import URL

from shobun.api import queries
from shobun.api.engine import Engine, Row, select
from shobun.api.index import ActionEntry
from shobun.api.models import ActionSummary, Envelope
from shobun.api.services import lists
from shobun.api.services.common import (
    envelope,
    notice_ref,
    org_ref,
    provision_ref,
    statute_labels,
    total,
)
from shobun.api.vocab import SBO, Keys, local


async def list_actions(
    engine: Engine,
    keys: Keys,
    f: queries.ActionFilter,
    sort: queries.ActionSort,
    paging: tuple[int, int, URL],
) -> Envelope[ActionSummary]:
    page, per_page, url = paging
    if lists.indexed(engine):
        return await _from_index(engine, keys, f, sort, paging)
    count = await total(engine, "?act", f.where())
    rows = await select(engine, queries.action_page(f, sort, per_page, (page - 1) * per_page))
    statutes = await statute_labels(engine)
    seen: dict[str, ActionSummary] = {}
    for row in rows:
        seen.setdefault(row["act"], action(keys, row, statutes))
    return envelope(list(seen.values()), count, page, per_page, url)


async def _from_index(
    engine: Engine,
    keys: Keys,
    f: queries.ActionFilter,
    sort: queries.ActionSort,
    paging: tuple[int, int, URL],
) -> Envelope[ActionSummary]:
    """The page from the index (filtered and sorted there) and one query for the few
    properties of its actions the index does not hold."""
    page, per_page, url = paging
    lk, found = await lists.action_positions(engine, f, sort)
    acts = lists.action_entries(lk, found[(page - 1) * per_page : page * per_page])
    values: dict[str, dict[str, str]] = {a.iri: {} for a in acts}
    if acts:
        for row in await select(engine, queries.action_properties([a.iri for a in acts])):
            got = values[row["act"]]
            name = row["p"].removeprefix(SBO)
            got[name] = min(got.get(name, row["o"]), row["o"])
    statutes = await statute_labels(engine)
    items = [action(keys, _row(lk, a, values[a.iri]), statutes) for a in acts]
    return envelope(items, len(found), page, per_page, url)


def _row(lk: lists.Lookup, a: ActionEntry, values: dict[str, str]) -> Row:
    """What the SPARQL list's first row for the action would hold."""
    n = lk.ix.notices[lk.notice_at[a.notice]] if a.notice in lk.notice_at else None
    row = {
        "act": a.iri,
        "type": SBO + (a.types[0] if a.types else ""),
        "n": a.notice,
        "date": a.date,
        "title": n.title if n else None,
        "issued": n.issued if n else None,
        "auth": a.authority,
        "authLabel": lk.ix.labels.get(a.authority or ""),
        "ad": a.addressees[0] if a.addressees else None,
        "adLabel": lk.ix.labels.get(a.addressees[0]) if a.addressees else None,
        "term": values.get("sanctionTerm"),
        "deadline": values.get("deadline"),
        "amount": values.get("amount"),
        "basis": values.get("legalBasis"),
    }
    return {k: v for k, v in row.items() if v is not None}


def action(keys: Keys, row: Row, statutes: dict[str, str]) -> ActionSummary:
    auth, ad, basis, amount = row.get("auth"), row.get("ad"), row.get("basis"), row.get("amount")
    return ActionSummary(
        iri=row["act"],
        type=local(row["type"]),
        term=row.get("term"),
        notice=notice_ref(keys, row),
        addressee=org_ref(keys, ad, row.get("adLabel")) if ad else None,
        authority=org_ref(keys, auth, row.get("authLabel")) if auth else None,
        date=row.get("date"),
        deadline=row.get("deadline"),
        legal_basis=provision_ref(keys, basis, statutes) if basis else None,
        amount=int(amount) if amount and amount.lstrip("-").isdigit() else None,
    )
