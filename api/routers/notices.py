"""`/api/v1/notices`: the list with filters, sorting and pagination; one notice in full."""

from __future__ import annotations

import datetime as dt
from typing import Annotated

from fastapi import APIRouter, Path, Query, Request

from api import queries
from api.deps import SettingsDep, StoreDep
from api.errors import responses
from api.models import Envelope, NoticeDetail, NoticeSummary
from api.services import notices
from api.vocab import ActionType, Keys

router = APIRouter(tags=["notices"], responses=responses(400, 422, 503))
NoticeId = Annotated[str, Path(min_length=1, max_length=200, pattern=r"^[\w.-]+$")]
Text = Annotated[str | None, Query(min_length=1, max_length=200)]
PageNo = Annotated[int, Query(ge=1, le=100_000)]


@router.get("/notices", response_model=Envelope[NoticeSummary])
async def list_notices(
    request: Request,
    engine: StoreDep,
    settings: SettingsDep,
    authority: Annotated[Text, Query(description="label, alias or IRI of the issuer")] = None,
    action_type: Annotated[ActionType | None, Query(description="an sbo action class")] = None,
    issued_from: dt.date | None = None,
    issued_to: dt.date | None = None,
    addressee: Annotated[Text, Query(description="label, alias or IRI")] = None,
    article: Annotated[Text, Query(description="cites 第N条 (e.g. 23, 2の2)")] = None,
    statute: Annotated[Text, Query(description="… of this statute (e-Gov ID or title)")] = None,
    q: Annotated[Text, Query(description="words in the title or text")] = None,
    sort: queries.NoticeSort = "-issued",
    page: PageNo = 1,
    per_page: Annotated[int, Query(ge=1, le=100)] = 20,
) -> Envelope[NoticeSummary]:
    """Notices matching every filter given, one page at a time."""
    f = queries.NoticeFilter(
        authority, action_type, issued_from, issued_to, addressee, article, statute, q
    )
    keys = Keys(settings.base_iri)
    return await notices.list_notices(engine, keys, f, sort, (page, per_page, request.url))


@router.get("/notices/{notice_id}", response_model=NoticeDetail, responses=responses(404))
async def get_notice(notice_id: NoticeId, engine: StoreDep, settings: SettingsDep) -> NoticeDetail:
    """One notice: metadata, sections, and every extracted fact with its spans."""
    return await notices.notice_detail(engine, Keys(settings.base_iri), notice_id)
