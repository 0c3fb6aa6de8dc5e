"""`/api/v1/analytics`: `graph.analytics` over the whole store, and the server's health."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query, Request
from fastapi.responses import Response

from shobun.api.deps import SettingsDep, StoreDep
from shobun.api.engine import check_answer
from shobun.api.errors import responses
from shobun.api.listing import (
    LIST_CONTENT,
    FormatParam,
    PageParam,
    PerPageParam,
    paging,
    respond,
    sliced,
)
from shobun.api.models import (
    CitedProvision,
    EntrustmentNetwork,
    Envelope,
    EscalationChain,
    Health,
    RepeatAddressee,
)
from shobun.api.services import analytics
from shobun.api.vocab import Keys
from shobun.api.worker import Job
from shobun.core import __version__

router = APIRouter(tags=["analytics"], responses=responses(400, 422, 503))


@router.get(
    "/analytics/repeat-addressees",
    response_model=Envelope[RepeatAddressee],
    responses={200: {"content": LIST_CONTENT}},
)
async def repeat_addressees(
    request: Request,
    engine: StoreDep,
    settings: SettingsDep,
    min_notices: Annotated[
        int, Query(ge=1, le=1000, description="addressed in at least this many notices")
    ] = 2,
    page: PageParam = 1,
    per_page: PerPageParam = 20,
    format_: FormatParam = None,
) -> Envelope[RepeatAddressee] | Response:
    """Organizations addressed by actions in at least `min_notices` notices."""
    p = paging(request, page, per_page, format_)
    found = await analytics.repeat_addressees(engine, Keys(settings.base_iri), min_notices)
    return respond(sliced(found, p), p)


@router.get(
    "/analytics/escalation-chains",
    response_model=Envelope[EscalationChain],
    responses={200: {"content": LIST_CONTENT}},
)
async def escalation_chains(
    request: Request,
    engine: StoreDep,
    settings: SettingsDep,
    only_escalated: Annotated[
        bool, Query(description="only organizations whose sanctions grew more severe")
    ] = True,
    page: PageParam = 1,
    per_page: PerPageParam = 20,
    format_: FormatParam = None,
) -> Envelope[EscalationChain] | Response:
    """Per organization, its sanctions in date order (指導 → 勧告 → 命令)."""
    p = paging(request, page, per_page, format_)
    keys = Keys(settings.base_iri)
    return respond(sliced(await analytics.escalation_chains(engine, keys, only_escalated), p), p)


@router.get(
    "/analytics/most-cited-provisions",
    response_model=Envelope[CitedProvision],
    responses={200: {"content": LIST_CONTENT}},
)
async def most_cited_provisions(
    request: Request,
    engine: StoreDep,
    settings: SettingsDep,
    top: Annotated[int, Query(ge=1, le=100, description="provisions per authority and year")] = 10,
    page: PageParam = 1,
    per_page: PerPageParam = 20,
    format_: FormatParam = None,
) -> Envelope[CitedProvision] | Response:
    """For each authority and year, the provisions cited by the most notices."""
    p = paging(request, page, per_page, format_)
    return respond(sliced(await analytics.most_cited(engine, Keys(settings.base_iri), top), p), p)


@router.get("/analytics/entrustment-network", response_model=EntrustmentNetwork)
async def entrustment_network(engine: StoreDep, settings: SettingsDep) -> EntrustmentNetwork:
    """Who entrusted work to whom (委託元 → 委託先), with the longest chain per group."""
    return await analytics.entrustments(engine, Keys(settings.base_iri))


@router.get("/health", response_model=Health)
async def health(engine: StoreDep) -> Health:
    """The server answers, and how many notices the store holds (counted once per store
    state: the embedded store changes only by /sparql/update, which bumps `generation`,
    so health checks never wait behind busy query workers)."""
    key = (id(engine), engine.generation)
    if key not in _COUNTS:
        notices = check_answer(await engine.run(Job("notices", ""))).value
        if not getattr(engine, "cacheable", False):
            return _health(engine, len(notices))
        _COUNTS.clear()
        _COUNTS[key] = len(notices)
    return _health(engine, _COUNTS[key])


_COUNTS: dict[tuple[int, int], int] = {}


def _health(engine: StoreDep, notices: int) -> Health:
    return Health(status="ok", store=engine.location, notices=notices, version=__version__)
