"""Server-rendered pages (Jinja2, no scripts, nothing from other hosts): search, notice,
organization. The SPARQL page is the `/sparql` route answering a browser."""

from __future__ import annotations

import datetime as dt
from typing import Annotated, Any
from urllib.parse import quote, urlencode

from fastapi import APIRouter, Path, Query, Request
from fastapi.responses import HTMLResponse, Response

from shobun.api import queries, rdfdoc, svg
from shobun.api.deps import SettingsDep, StoreDep, TemplatesDep
from shobun.api.errors import ApiError, responses
from shobun.api.highlight import markdown_markers, render
from shobun.api.links import page_for
from shobun.api.params import to_action_type
from shobun.api.routers.linked import rdf_if_asked
from shobun.api.services import notices, orgs
from shobun.api.services.browse import action_types_in_japanese_order, org_timeline
from shobun.api.services.facets import Facet, facets
from shobun.api.services.pages import LEGEND, anchor, fictional, notice_marks, property_name
from shobun.api.vocab import Keys, ja

router = APIRouter(tags=["pages"], responses=responses(400, 404, 422, 503, page=True))
Text = Annotated[str | None, Query(max_length=200)]
DateText = Annotated[str | None, Query(pattern=r"^(\d{4}-\d{2}-\d{2})?$")]  # forms send ""
NoticeId = Annotated[
    str,
    Path(min_length=1, max_length=200, pattern=r"^[\w.-]+$", description="the notice's id"),
]
OrgKey = Annotated[str, Path(min_length=1, max_length=300, description="the label")]


def _blank(value: str | None) -> str | None:
    return value.strip() or None if value else None


def _date(value: str | None) -> dt.date | None:
    try:
        return dt.date.fromisoformat(value) if value else None
    except ValueError:
        raise ApiError(422, f"not a date: {value}", "invalid_parameters") from None


@router.get("/search", response_class=HTMLResponse, summary="検索 (search page)")
async def search_page(
    request: Request,
    engine: StoreDep,
    settings: SettingsDep,
    templates: TemplatesDep,
    q: Annotated[Text, Query(description="words in the title or text")] = None,
    authority: Annotated[Text, Query(description="the issuer's name")] = None,
    action_type: Annotated[Text, Query(description="an action class or its Japanese name")] = None,
    addressee: Annotated[Text, Query(description="the addressee's name")] = None,
    statute: Annotated[Text, Query(description="a cited statute (ID or title)")] = None,
    article: Annotated[Text, Query(description="a cited article (23 or 第23条)")] = None,
    issued_from: Annotated[DateText, Query(description="issued on or after")] = None,
    issued_to: Annotated[DateText, Query(description="issued on or before")] = None,
    sort: Annotated[queries.NoticeSort, Query(description="order")] = "-issued",
    page: Annotated[int, Query(ge=1, le=100_000, description="page number, from 1")] = 1,
) -> Response:
    """Notices by words, authority, action type, addressee, statute, cited article and
    date (text compared NFKC- and case-folded), with facet counts and sort controls."""
    f = queries.NoticeFilter(  # the list API's filter, blank fields left out
        _blank(authority), to_action_type_or_none(_blank(action_type)), _date(issued_from),
        _date(issued_to), _blank(addressee), _blank(article), _blank(statute), _blank(q),
    )  # fmt: skip
    keys = Keys(settings.base_iri)
    found = await notices.list_notices(engine, keys, f, sort, (page, 20, request.url))
    if page > found.pages:
        raise ApiError(404, f"page {page} is past the last page ({found.pages})")
    authorities = await orgs.list_orgs(engine, keys, None, "Authority", (1, 100, request.url))
    context: dict[str, Any] = {
        "found": found,
        "form": request.query_params,
        "action_types": action_types_in_japanese_order(),
        "authorities": [a.label for a in authorities.items],
        "facets": facet_links(request, await facets(engine, f)),
        "sort": sort,
        "ja": ja,
        "downloads": _downloads(request),
    }
    page_: Response = templates.TemplateResponse(request, "search.html", context)
    return page_


def _downloads(request: Request) -> dict[str, str]:
    """The list API's CSV and JSON for the same search, every page."""
    params = [(k, v) for k, v in request.query_params.multi_items() if k != "page" and v]
    return {
        fmt: f"/api/v1/notices?{urlencode([*params, ('_format', fmt)])}" for fmt in ("csv", "json")
    }


def facet_links(request: Request, found: dict[str, list[Facet]]) -> dict[str, list[Any]]:
    """(label, count, link narrowing the search to it) per facet value."""
    out: dict[str, list[Any]] = {}
    for name, values in found.items():
        out[name] = []
        for f in values:
            narrow = (
                {"issued_from": f"{f.value}-01-01", "issued_to": f"{f.value}-12-31"}
                if name == "year"
                else {name: f.value}
            )
            out[name].append(
                (f.label, f.count, str(request.url.include_query_params(**narrow, page=1)))
            )
    return out


def to_action_type_or_none(value: str | None) -> str | None:
    try:
        return to_action_type(value)
    except ValueError:
        return None


@router.get("/notices/{notice_id}", response_class=HTMLResponse, summary="通知 (notice page)")
async def notice_page(
    request: Request,
    notice_id: NoticeId,
    engine: StoreDep,
    settings: SettingsDep,
    templates: TemplatesDep,
) -> Response:
    """The notice's text with extracted spans highlighted, and its facts beside it
    (its RDF when `Accept` asks for Turtle, N-Triples, JSON-LD or RDF/XML)."""
    keys = Keys(settings.base_iri)
    if rdf := await rdf_if_asked(request, engine, settings, keys.iri("notice", notice_id)):
        return rdf
    detail = await notices.notice_detail(engine, keys, notice_id)
    org_keys = {f.iri: keys.org(f.iri) for f in detail.facts if f.category == "organization"}
    marks = [m for m in notice_marks(detail, org_keys) if 0 <= m.start < m.end <= len(detail.text)]
    counts = {k: len({(m.start, m.end) for m in marks if m.kind == k}) for k in LEGEND}
    markdown = (detail.source_path or "").endswith(".md")
    hidden = markdown_markers(detail.text) if markdown else []
    context = {
        "notice": detail,
        "text_html": render(detail.text, marks, hidden),
        "property_name": property_name,
        "fictional": notice_id in fictional(),
        "addressee_of": {
            f.iri: [p.label or p.value for p in f.properties if p.predicate == "sbo:addressee"]
            for f in detail.facts
        },
        "legend": LEGEND,
        "counts": counts,
        "anchor": anchor,
        "ja": ja,
        "marks_of": {f.iri: [m for m in marks if f.iri in m.nodes] for f in detail.facts},
        "alternates": rdfdoc.alternates(f"/id/notice/{quote(notice_id, safe='')}"),
    }
    headers = {"Vary": "Accept"}
    page: Response = templates.TemplateResponse(request, "notice.html", context, headers=headers)
    return page


@router.get("/organizations/{key}", response_class=HTMLResponse, summary="組織 (organization)")
async def organization_page(
    request: Request, key: OrgKey, engine: StoreDep, settings: SettingsDep, templates: TemplatesDep
) -> Response:
    """The organization, its notices and actions, and a picture of its network (its RDF
    when `Accept` asks for an RDF format)."""
    if rdf := await rdf_if_asked(
        request, engine, settings, Keys(settings.base_iri).iri("org", key)
    ):
        return rdf
    org = await orgs.org_detail(engine, Keys(settings.base_iri), key, 100)
    picture = svg.render(svg.network(org), f"{org.label}のネットワーク")
    context = {
        "org": org,
        "picture": picture,
        "ja": ja,
        "timeline": org_timeline(org),
        "link": lambda iri: page_for(settings.base_iri, iri),
    }
    page: Response = templates.TemplateResponse(request, "organization.html", context)
    return page


@router.get(
    "/organizations/{key}/network.svg",
    response_class=Response,
    responses={200: {"content": {"image/svg+xml": {}}}},
    summary="組織のネットワーク図 (SVG)",
)
async def organization_svg(key: OrgKey, engine: StoreDep, settings: SettingsDep) -> Response:
    """The organization's network alone, as an SVG document."""
    org = await orgs.org_detail(engine, Keys(settings.base_iri), key, 100)
    picture = svg.render(svg.network(org), f"{org.label}のネットワーク")
    return Response(str(picture), media_type="image/svg+xml")
