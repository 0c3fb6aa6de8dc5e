"""`/api/v1/actions`: enforcement actions across notices."""

from __future__ import annotations

import datetime as dt
from typing import Annotated

from fastapi import APIRouter, Query, Request

from api import queries
from api.deps import SettingsDep, StoreDep
from api.errors import responses
from api.models import ActionSummary, Envelope
from api.services.actions import list_actions
from api.vocab import ActionType, Keys

router = APIRouter(tags=["actions"], responses=responses(400, 422, 503))
Text = Annotated[str | None, Query(min_length=1, max_length=200)]


@router.get("/actions", response_model=Envelope[ActionSummary])
async def get_actions(
    request: Request,
    engine: StoreDep,
    settings: SettingsDep,
    type: ActionType | None = None,
    authority: Annotated[Text, Query(description="label, alias or IRI")] = None,
    addressee: Annotated[Text, Query(description="label, alias or IRI")] = None,
    date_from: dt.date | None = None,
    date_to: dt.date | None = None,
    sort: queries.ActionSort = "-date",
    page: Annotated[int, Query(ge=1, le=100_000)] = 1,
    per_page: Annotated[int, Query(ge=1, le=100)] = 20,
) -> Envelope[ActionSummary]:
    """Actions matching every filter given; `date` is when taken, else the notice's date."""
    f = queries.ActionFilter(type, authority, addressee, date_from, date_to)
    keys = Keys(settings.base_iri)
    return await list_actions(engine, keys, f, sort, (page, per_page, request.url))
