"""`/api/v1/statutes`: statutes, their cited provisions, and who cites 第N条."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Path, Query, Request
from fastapi.responses import Response

from shobun.api.deps import SettingsDep, StoreDep
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
from shobun.api.models import ArticleCitations, Envelope, Statute
from shobun.api.services import statutes
from shobun.api.vocab import Keys
from shobun.core.numbering import ITEM_FORM, parse_item

router = APIRouter(tags=["statutes"], responses=responses(400, 422, 503))
StatuteKey = Annotated[
    str, Path(min_length=1, max_length=300, description="e-Gov 法令ID, e.g. 415AC0000000057")
]
Article = Annotated[str, Path(min_length=1, max_length=20, description="e.g. 23 or 2の2")]
ParagraphParam = Annotated[
    int | None, Query(ge=1, le=99_999, description="cited in this paragraph (項) only")
]
ItemParam = Annotated[
    str | None,
    Query(
        max_length=40,
        pattern=f"^{ITEM_FORM}$",
        description="cited in this item (号) only: 3, or 3の2 for the branched 第3号の2",
    ),
]


@router.get(
    "/statutes", response_model=Envelope[Statute], responses={200: {"content": LIST_CONTENT}}
)
async def list_statutes(
    request: Request,
    engine: StoreDep,
    settings: SettingsDep,
    page: PageParam = 1,
    per_page: PerPageParam = 20,
    format_: FormatParam = None,
) -> Envelope[Statute] | Response:
    """Every statute in the store with how many notices cite it, most cited first."""
    p = paging(request, page, per_page, format_)
    return respond(sliced(await statutes.list_statutes(engine, Keys(settings.base_iri)), p), p)


@router.get("/statutes/{key}", response_model=Statute, responses=responses(404))
async def get_statute(key: StatuteKey, engine: StoreDep, settings: SettingsDep) -> Statute:
    """A statute and each of its provisions that notices cite, with counts."""
    return await statutes.statute_detail(engine, Keys(settings.base_iri), key)


@router.get(
    "/statutes/{key}/articles/{article}", response_model=ArticleCitations, responses=responses(404)
)
async def get_article(
    key: StatuteKey,
    article: Article,
    engine: StoreDep,
    settings: SettingsDep,
    paragraph: ParagraphParam = None,
    item: ItemParam = None,
) -> ArticleCitations:
    """Which notices cite 第{article}条 (any paragraph or item of it, or only the paragraph
    and item given: `item=3の2` is 第3号の2, never 第3号)."""
    keys = Keys(settings.base_iri)
    at = statutes.Within(article, paragraph, parse_item(item) if item else None)
    return await statutes.article_citations(engine, keys, key, at)
