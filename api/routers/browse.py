"""Pages for walking the graph: the home page (actions per authority per year), the
actions table, statutes, one statute (its most-cited articles), one article (every
notice, action and violation that cites it, across companies) and the authorities."""

from __future__ import annotations

import datetime as dt
from typing import Annotated, Any
from urllib.parse import quote, urlencode

from fastapi import APIRouter, Path, Query, Request
from fastapi.responses import HTMLResponse, Response

from shobun.api import charts
from shobun.api.deps import SettingsDep, StoreDep, TemplatesDep
from shobun.api.errors import ApiError, responses
from shobun.api.links import page_for
from shobun.api.listing import FormatParam, respond
from shobun.api.models import Envelope
from shobun.api.params import ActionTypeParam
from shobun.api.queries import ActionFilter, article_number
from shobun.api.services import browse, orgs, statutes
from shobun.api.services.common import provision_ref, statute_labels
from shobun.api.services.tracker import PAGE_ROWS, TrackerFilter, TrackerSort, table
from shobun.api.vocab import Keys, ja

router = APIRouter(tags=["pages"], responses=responses(400, 404, 422, 503, page=True))
Text = Annotated[str | None, Query(max_length=200)]  # forms send "" for an empty field
DateText = Annotated[str | None, Query(pattern=r"^(\d{4}-\d{2}-\d{2})?$")]


def blank(value: str | None) -> str | None:
    return value.strip() or None if value else None


def day(value: str | None) -> dt.date | None:
    try:
        return dt.date.fromisoformat(value) if value else None
    except ValueError:
        raise ApiError(422, f"not a date: {value}", "invalid_parameters") from None


StatuteKey = Annotated[str, Path(min_length=1, max_length=300, description="e-Gov 法令ID")]
ArticleNo = Annotated[str, Path(min_length=1, max_length=20, description="e.g. 23 or 2の2")]
HTML: dict[int | str, dict[str, Any]] = {200: {"content": {"text/html": {}}}}


def page(templates: TemplatesDep, request: Request, name: str, **context: Any) -> Response:
    base: str = request.app.state.settings.base_iri
    helpers = {"ja": ja, "q": quote, "link": lambda iri: page_for(base, iri)}
    found: Response = templates.TemplateResponse(request, name, {**helpers, **context})
    return found


def downloads(request: Request, path: str | None = None) -> dict[str, str]:
    """CSV and JSON links carrying the request's filters (`?_format=`), to `path` or here."""
    params = [(k, v) for k, v in request.query_params.multi_items() if k not in ("page", "_format")]
    target = path or request.url.path
    joint = "&" if "?" in target else "?"
    return {f: f"{target}{joint}{urlencode([*params, ('_format', f)])}" for f in ("csv", "json")}


def year_link(authority: str, year: str) -> str:
    span = {"authority": authority, "date_from": f"{year}-01-01", "date_to": f"{year}-12-31"}
    return f"/actions?{urlencode(span)}"


@router.get("/", response_class=HTMLResponse, summary="ホーム (home)", responses=HTML)
async def home(request: Request, engine: StoreDep, templates: TemplatesDep) -> Response:
    """Actions per authority per year, and where to go from here."""
    counts = await browse.per_year(engine, "authority")
    hrefs = {(y, s): year_link(s, y) for y in counts.years for s in counts.series}
    chart = charts.stacked_bars(
        counts.years, counts.series, counts.counts, "当局別・年別の処分等の件数", hrefs
    )
    return page(templates, request, "home.html", chart=chart, counts=counts)


TABLE: dict[int | str, dict[str, Any]] = {
    200: {
        "description": "the page, or with `_format` the rows as CSV or JSON",
        "content": {
            "text/html": {},
            "text/csv": {"schema": {"type": "string"}},
            "application/json": {"schema": {"type": "object"}},
        },
    }
}


@router.get(
    "/actions",
    response_class=HTMLResponse,
    summary="処分等の一覧 (actions table)",
    responses=TABLE,
)
async def actions_table(
    request: Request,
    engine: StoreDep,
    settings: SettingsDep,
    templates: TemplatesDep,
    type: ActionTypeParam = None,
    authority: Annotated[Text, Query(description="the authority's name")] = None,
    addressee: Annotated[Text, Query(description="the addressee's name")] = None,
    statute: Annotated[Text, Query(description="basis or violated statute (ID or title)")] = None,
    article: Annotated[Text, Query(description="basis or violated article (23, 2の2)")] = None,
    date_from: Annotated[DateText, Query(description="taken on or after")] = None,
    date_to: Annotated[DateText, Query(description="taken on or before")] = None,
    sort: Annotated[TrackerSort, Query(description="column; - for descending")] = "-date",
    page_no: Annotated[int, Query(alias="page", ge=1, le=10_000, description="page")] = 1,
    format_: FormatParam = None,
) -> Response:
    """Every action, one row each, like an enforcement tracker: sortable, filterable,
    with totals; `_format=csv|json` downloads every matching row."""
    actions = ActionFilter(type, blank(authority), blank(addressee), day(date_from), day(date_to))
    cited = blank(article)
    f = TrackerFilter(actions, blank(statute), article_number(cited) if cited else None)
    keys = Keys(settings.base_iri)
    if format_:
        return await _download(request, engine, keys, f, sort, format_, settings.sparql_max_rows)
    rows, totals = await table(engine, keys, f, sort, page_no)
    if page_no > 1 and not rows:
        raise ApiError(404, f"page {page_no} is past the last page")
    context = {
        "rows": rows, "totals": totals, "form": request.query_params, "sort": sort,
        "action_types": browse.action_types_in_japanese_order(), "downloads": downloads(request),
        "pages": max(1, -(-totals.actions // PAGE_ROWS)), "page_no": page_no,
    }  # fmt: skip
    return page(templates, request, "actions.html", **context)


async def _download(
    request: Request, engine: StoreDep, keys: Keys, f: TrackerFilter, sort: str, fmt: str, cap: int
) -> Response:
    from shobun.api.listing import Paging
    from shobun.api.services import tracker

    rows, totals = await tracker.table(engine, keys, f, sort, 1, cap)
    items = [tracker.as_dict(r) for r in rows]
    env = Envelope[dict[str, Any]](items=items, total=totals.actions, page=1, per_page=cap, pages=1)
    answer = respond(env, Paging(1, cap, request.url, "csv" if fmt == "csv" else "json"))
    assert isinstance(answer, Response)
    return answer


@router.get("/statutes", response_class=HTMLResponse, summary="法令の一覧 (statutes)")
async def statutes_page(
    request: Request, engine: StoreDep, settings: SettingsDep, templates: TemplatesDep
) -> Response:
    """Every statute the notices cite, with how many notices cite it."""
    found = await statutes.list_statutes(engine, Keys(settings.base_iri))
    links = downloads(request, "/api/v1/statutes")
    return page(templates, request, "statutes.html", statutes=found, downloads=links)


@router.get(
    "/statutes/{key}", response_class=HTMLResponse, summary="法令 (statute)", responses=TABLE
)
async def statute_page(
    request: Request,
    key: StatuteKey,
    engine: StoreDep,
    settings: SettingsDep,
    templates: TemplatesDep,
    format_: FormatParam = None,
) -> Response:
    """A statute: its cited articles by how many notices cite them (bars), each linked;
    `_format=csv|json` gives its cited provisions with their counts."""
    statute = await statutes.statute_detail(engine, Keys(settings.base_iri), key)
    if format_:
        from shobun.api.listing import Paging, sliced

        p = Paging(1, settings.sparql_max_rows, request.url, format_)
        answer = respond(sliced(statute.provisions, p), p)
        assert isinstance(answer, Response)
        return answer
    ranked = await browse.articles_by_notices(engine, statute.iri)
    bars = [
        charts.Bar(f"第{a}条", n, f"/statutes/{quote(key, safe='')}/articles/{quote(a, safe='')}")
        for a, n in ranked[:20]
    ]
    chart = charts.hbars(bars, f"{statute.label}: 引用の多い条", more=max(0, len(ranked) - 20))
    links = downloads(request)
    return page(templates, request, "statute.html", statute=statute, chart=chart, downloads=links)


@router.get(
    "/statutes/{key}/articles/{article}", response_class=HTMLResponse, summary="条 (article)"
)
async def article_page(
    request: Request,
    key: StatuteKey,
    article: ArticleNo,
    engine: StoreDep,
    settings: SettingsDep,
    templates: TemplatesDep,
) -> Response:
    """第N条: every notice citing it and every action resting on it or remedying its
    violation, across companies."""
    keys = Keys(settings.base_iri)
    number = article_number(article)
    statute = await statutes.statute_detail(engine, keys, key)
    notices = await browse.citing_notices(engine, statute.iri, number)
    if not notices:
        raise ApiError(404, f"no notice cites 第{number}条 of {statute.label}")
    rows, totals = await table(engine, keys, TrackerFilter(statute=key, article=number), "-date", 1)
    labels = await statute_labels(engine)
    cited = {p: provision_ref(keys, p, labels).label for n in notices for p in n.provisions}
    context = {
        "statute": statute, "article": number, "notices": notices, "rows": rows, "cited": cited,
        "totals": totals,
        "companies": sorted({(r.addressee_label or "", r.addressee) for r in rows if r.addressee}),
        "downloads": downloads(request, f"/actions?statute={quote(key)}&article={quote(number)}"),
    }  # fmt: skip
    return page(templates, request, "article.html", **context)


@router.get("/authorities", response_class=HTMLResponse, summary="当局 (authorities)")
async def authorities_page(
    request: Request, engine: StoreDep, settings: SettingsDep, templates: TemplatesDep
) -> Response:
    """The authorities, each with its actions over time (stacked by type)."""
    keys = Keys(settings.base_iri)
    found = await orgs.list_orgs(engine, keys, None, "Authority", (1, 100, request.url))
    pictures = {}
    for a in found.items:
        counts = await browse.per_year(engine, "type", a.iri)
        pictures[a.key] = charts.stacked_bars(
            counts.years, counts.series, counts.counts, f"{a.label}の処分等（年別・種類別）"
        )
    links = downloads(request, "/api/v1/organizations?kind=Authority")
    return page(
        templates, request, "authorities.html", authorities=found.items, pictures=pictures,
        downloads=links,
    )  # fmt: skip


@router.get("/organizations", response_class=HTMLResponse, summary="組織の一覧 (organizations)")
async def organizations_page(
    request: Request,
    engine: StoreDep,
    settings: SettingsDep,
    templates: TemplatesDep,
    q: Annotated[Text, Query(description="in the name or an alias")] = None,
    kind: Annotated[
        str | None,
        Query(pattern="^(Company|Authority|PublicBody)?$", description="the sbo class"),
    ] = None,
    page_no: Annotated[int, Query(alias="page", ge=1, le=10_000, description="page")] = 1,
) -> Response:
    """Organizations by name, most-sanctioned first, with CSV and JSON of the same list."""
    keys, paging = Keys(settings.base_iri), (page_no, 50, request.url)
    found = await orgs.list_orgs(engine, keys, blank(q), blank(kind), paging)
    if page_no > found.pages:
        raise ApiError(404, f"page {page_no} is past the last page ({found.pages})")
    links = downloads(request, "/api/v1/organizations")
    return page(
        templates,
        request,
        "organizations.html",
        found=found,
        form=request.query_params,
        downloads=links,
    )
