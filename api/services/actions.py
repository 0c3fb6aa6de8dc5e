"""Enforcement actions: the filtered, sorted, paged list."""

from __future__ import annotations

from starlette.datastructures import URL

from shobun.api import queries
from shobun.api.engine import Engine, Row, select
from shobun.api.models import ActionSummary, Envelope
from shobun.api.services.common import (
    envelope,
    notice_ref,
    org_ref,
    provision_ref,
    statute_labels,
    total,
)
from shobun.api.vocab import Keys, local


async def list_actions(
    engine: Engine,
    keys: Keys,
    f: queries.ActionFilter,
    sort: queries.ActionSort,
    paging: tuple[int, int, URL],
) -> Envelope[ActionSummary]:
    page, per_page, url = paging
    count = await total(engine, "?act", f.where())
    rows = await select(engine, queries.action_page(f, sort, per_page, (page - 1) * per_page))
    statutes = await statute_labels(engine)
    seen: dict[str, ActionSummary] = {}
    for row in rows:
        seen.setdefault(row["act"], action(keys, row, statutes))
    return envelope(list(seen.values()), count, page, per_page, url)


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
