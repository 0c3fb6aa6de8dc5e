"""`/api/v1/actions`: enforcement actions across notices."""

from __future__ import annotations

import datetime as dt
from typing import Annotated

from fastapi import APIRouter, Query, Request
from fastapi.responses import Response

from shobun.api import queries
from shobun.api.deps import SettingsDep, StoreDep
from shobun.api.errors import responses
from shobun.api.listing import LIST_CONTENT, FormatParam, PageParam, PerPageParam, paging, respond
from shobun.api.models import ActionSummary, Envelope
from shobun.api.params import ActionTypeParam
from shobun.api.services.actions import list_actions
from shobun.api.vocab import Keys

router = APIRouter(tags=["actions"], responses=responses(400, 422, 503))
Text = Annotated[str | None, Query(min_length=1, max_length=200)]


@router.get(
    "/actions", response_model=Envelope[ActionSummary], responses={200: {"content": LIST_CONTENT}}
)
async def get_actions(
    request: Request,
    engine: StoreDep,
    settings: SettingsDep,
    type: ActionTypeParam = None,
    authority: Annotated[Text, Query(description="label, alias or IRI")] = None,
    addressee: Annotated[Text, Query(description="label, alias or IRI")] = None,
    date_from: Annotated[dt.date | None, Query(description="taken on or after")] = None,
    date_to: Annotated[dt.date | None, Query(description="taken on or before")] = None,
    sort: Annotated[queries.ActionSort, Query(description="order; - for descending")] = "-date",
    page: PageParam = 1,
    per_page: PerPageParam = 20,
    format_: FormatParam = None,
) -> Envelope[ActionSummary] | Response:
    """Actions matching every filter given; `date` is when taken, else the notice's date."""
    f = queries.ActionFilter(type, authority, addressee, date_from, date_to)
    p = paging(request, page, per_page, format_)
    found = await list_actions(engine, Keys(settings.base_iri), f, sort, p.as_tuple())
    return respond(found, p)
