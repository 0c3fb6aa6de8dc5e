"""Enforcement actions: the filtered, sorted, paged list."""

from __future__ import annotations

from starlette.datastructures import URL

from api import queries
from api.engine import Engine, Row, select
from api.models import ActionSummary, Envelope
from api.services import lists
from api.services.common import (
    envelope,
    notice_ref,
    org_ref,
    provision_ref,
    statute_labels,
    total,
)
from api.vocab import SBO, Keys, local


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
    """The page from the index (filtered and sorted there) and one query for what the
    list shows of its actions."""
    page, per_page, url = paging
    lk, found = await lists.action_positions(engine, f, sort)
    acts = lists.action_entries(lk, found[(page - 1) * per_page : page * per_page])
    if not acts:
        return envelope([], len(found), page, per_page, url)
    wanted = [(a.iri, SBO + (a.types[0] if a.types else ""), a.notice, a.date) for a in acts]
    rows = await select(engine, queries.action_details(wanted))
    statutes = await statute_labels(engine)
    first: dict[str, Row] = {}
    for row in rows:
        first.setdefault(row["act"], row)
    items = [action(keys, first[a.iri], statutes) for a in acts if a.iri in first]
    return envelope(items, len(found), page, per_page, url)


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
