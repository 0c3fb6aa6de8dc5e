"""`/api/v1/notices`: the list with filters, sorting and pagination; one notice in full."""

from __future__ import annotations

import datetime as dt
from typing import Annotated

from fastapi import APIRouter, Path, Query, Request
from fastapi.responses import Response

from shobun.api import queries
from shobun.api.deps import SettingsDep, StoreDep
from shobun.api.errors import responses
from shobun.api.listing import LIST_CONTENT, FormatParam, PageParam, PerPageParam, paging, respond
from shobun.api.models import Envelope, NoticeDetail, NoticeSummary
from shobun.api.params import ActionTypeParam
from shobun.api.services import notices
from shobun.api.vocab import Keys

router = APIRouter(tags=["notices"], responses=responses(400, 422, 503))
NoticeId = Annotated[
    str,
    Path(min_length=1, max_length=200, pattern=r"^[\w.-]+$", description="the notice's id"),
]
Text = Annotated[str | None, Query(min_length=1, max_length=200)]


@router.get(
    "/notices", response_model=Envelope[NoticeSummary], responses={200: {"content": LIST_CONTENT}}
)
async def list_notices(
    request: Request,
    engine: StoreDep,
    settings: SettingsDep,
    authority: Annotated[Text, Query(description="label, alias or IRI of the issuer")] = None,
    action_type: ActionTypeParam = None,
    issued_from: Annotated[dt.date | None, Query(description="issued on or after")] = None,
    issued_to: Annotated[dt.date | None, Query(description="issued on or before")] = None,
    addressee: Annotated[Text, Query(description="label, alias or IRI")] = None,
    article: Annotated[Text, Query(description="cites 第N条 (e.g. 23, 2の2)")] = None,
    statute: Annotated[Text, Query(description="… of this statute (e-Gov ID or title)")] = None,
    q: Annotated[Text, Query(description="words in the title or text")] = None,
    sort: Annotated[queries.NoticeSort, Query(description="order; - for descending")] = "-issued",
    page: PageParam = 1,
    per_page: PerPageParam = 20,
    format_: FormatParam = None,
) -> Envelope[NoticeSummary] | Response:
    """Notices matching every filter given, one page at a time (or all, as a download)."""
    f = queries.NoticeFilter(
        authority, action_type, issued_from, issued_to, addressee, article, statute, q
    )
    p = paging(request, page, per_page, format_)
    found = await notices.list_notices(engine, Keys(settings.base_iri), f, sort, p.as_tuple())
    return respond(found, p)


@router.get("/notices/{notice_id}", response_model=NoticeDetail, responses=responses(404))
async def get_notice(notice_id: NoticeId, engine: StoreDep, settings: SettingsDep) -> NoticeDetail:
    """One notice: metadata, sections, and every extracted fact with its spans."""
    return await notices.notice_detail(engine, Keys(settings.base_iri), notice_id)
