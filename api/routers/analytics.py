"""`/api/v1/analytics`: `graph.analytics` over the whole store, and the server's health."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query

import shobun
from api.deps import SettingsDep, StoreDep
from api.engine import check_answer
from api.errors import responses
from api.models import (
    CitedProvision,
    EntrustmentNetwork,
    EscalationChain,
    Health,
    RepeatAddressee,
)
from api.services import analytics
from api.vocab import Keys
from api.worker import Job

router = APIRouter(tags=["analytics"], responses=responses(503))


@router.get("/analytics/repeat-addressees", response_model=list[RepeatAddressee])
async def repeat_addressees(
    engine: StoreDep,
    settings: SettingsDep,
    min_notices: Annotated[int, Query(ge=1, le=1000)] = 2,
) -> list[RepeatAddressee]:
    """Organizations addressed by actions in at least `min_notices` notices."""
    return await analytics.repeat_addressees(engine, Keys(settings.base_iri), min_notices)


@router.get("/analytics/escalation-chains", response_model=list[EscalationChain])
async def escalation_chains(
    engine: StoreDep, settings: SettingsDep, only_escalated: bool = True
) -> list[EscalationChain]:
    """Per organization, its sanctions in date order (指導 → 勧告 → 命令)."""
    return await analytics.escalation_chains(engine, Keys(settings.base_iri), only_escalated)


@router.get("/analytics/most-cited-provisions", response_model=list[CitedProvision])
async def most_cited_provisions(
    engine: StoreDep, settings: SettingsDep, top: Annotated[int, Query(ge=1, le=100)] = 10
) -> list[CitedProvision]:
    """For each authority and year, the provisions cited by the most notices."""
    return await analytics.most_cited(engine, Keys(settings.base_iri), top)


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
    return Health(status="ok", store=engine.location, notices=notices, version=shobun.__version__)
