"""The SPARQL 1.1 Protocol endpoint, as a router any FastAPI app can include.

GET `?query=`, POST form-encoded, POST `application/sparql-query`; `default-graph-uri`
and `named-graph-uri`; results in the format `negotiate()` picks. Updates have their
own route, `/sparql/update`, which needs the configured bearer token. The router needs
`app.state.engine` and `app.state.settings` (set by `api.app.create_app`).
"""

from __future__ import annotations

import asyncio
import hmac
import json
from typing import Annotated, Any

import pyoxigraph as ox
from fastapi import APIRouter, Query, Request
from fastapi.responses import Response

from shobun.api import check, prefixes, updates
from shobun.api.deps import SettingsDep, StoreDep
from shobun.api.engine import check_answer
from shobun.api.errors import ApiError, responses
from shobun.api.examples import EXAMPLES
from shobun.api.negotiate import GRAPHS, SOLUTIONS, choose, content_type
from shobun.api.void import service_description_turtle
from shobun.api.worker import Job
from shobun.graph.terms import check_iri

router = APIRouter(tags=["sparql"])

FORM = "application/x-www-form-urlencoded"
SPARQL_QUERY = "application/sparql-query"
SPARQL_UPDATE = "application/sparql-update"
INLINE_CHECK_CHARS = 4096
DESCRIPTION_TYPES = [
    "text/turtle",
    "text/html",
    "application/n-triples",
    "application/ld+json",
    "application/rdf+xml",
]
GraphUris = Annotated[
    list[str], Query(alias="default-graph-uri", description="a graph of the default graph")
]
NamedUris = Annotated[list[str], Query(alias="named-graph-uri", description="a named graph")]
UsingUris = Annotated[
    list[str], Query(alias="using-graph-uri", description="a graph of an update's default graph")
]
UsingNamedUris = Annotated[
    list[str], Query(alias="using-named-graph-uri", description="a named graph of an update")
]

_FORMATS = {m: {"schema": {"type": "string"}} for m in {*SOLUTIONS, *GRAPHS}}
QUERY_RESPONSES: dict[int | str, dict[str, Any]] = {
    200: {"description": "results in the negotiated format", "content": _FORMATS},
    **responses(400, 403, 406, 413, 415, 422, 503),
}
_QUERY_FORM = {
    "type": "object",
    "properties": {
        "query": {"type": "string"},
        "default-graph-uri": {"type": "array", "items": {"type": "string"}},
        "named-graph-uri": {"type": "array", "items": {"type": "string"}},
    },
    "required": ["query"],
}
POST_BODY = {
    "requestBody": {
        "required": True,
        "content": {FORM: {"schema": _QUERY_FORM}, SPARQL_QUERY: {"schema": {"type": "string"}}},
    }
}
_UPDATE_FORM = {
    "type": "object",
    "properties": {
        "update": {"type": "string"},
        "using-graph-uri": {"type": "array", "items": {"type": "string"}},
        "using-named-graph-uri": {"type": "array", "items": {"type": "string"}},
    },
    "required": ["update"],
}
UPDATE_BODY = {
    "requestBody": {
        "required": True,
        "content": {
            FORM: {"schema": _UPDATE_FORM},
            SPARQL_UPDATE: {"schema": {"type": "string"}},
        },
    }
}


def _graphs(uris: list[str]) -> tuple[str, ...]:
    """Graph IRIs as given, each checked by Oxigraph's IRI parser (absolute IRIs only)."""
    try:
        return tuple(ox.NamedNode(check_iri(u)).value for u in uris)
    except ValueError as err:
        raise ApiError.of("bad_graph_uri", f"bad graph IRI: {err}") from None


async def checked(text: str, max_chars: int, update: bool = False) -> None:
    """`check.check`, in a thread for a long text: the scan is linear (≤ 60 ms at the
    size limit) but the event loop serves every other client meanwhile."""
    try:
        if len(text) <= INLINE_CHECK_CHARS:
            check.check(text, max_chars=max_chars, update=update)
        else:
            await asyncio.to_thread(check.check, text, max_chars=max_chars, update=update)
    except check.Refused as err:
        raise ApiError.of(err.code, err.message) from None


async def run_query(
    request: Request,
    engine: StoreDep,
    settings: SettingsDep,
    query: str,
    graphs: tuple[list[str], list[str]],
) -> Response:
    """Check the query, run it on a worker, answer in the negotiated format."""
    await checked(query, settings.sparql_max_query_chars)
    accept = request.headers.get("accept", "")
    dataset = (_graphs(graphs[0]), _graphs(graphs[1]))
    try:
        ready = prefixes.prepare(query)  # the project's prefixes need no PREFIX line
        job = Job("query", ready, accept, *dataset, max_rows=settings.sparql_max_rows)
        answer = check_answer(await engine.run(job))
    except ApiError as err:
        err.message = prefixes.explain(err.message, query)
        if choose(accept, ["application/json", "text/html"]) == "text/html" and accept:
            return sparql_page(request, query, error=err.message, status=err.status)
        raise
    headers = {"Vary": "Accept", "Shobun-Rows": str(answer.rows)}
    if answer.truncated:
        headers["Shobun-Truncated"] = f"cut at SHOBUN_SPARQL_MAX_ROWS={settings.sparql_max_rows}"
    if answer.media_type == "text/html":
        return sparql_page(request, query, json.loads(answer.body), answer.truncated, headers)
    return Response(answer.body, headers=headers, media_type=content_type(answer.media_type))


def sparql_page(
    request: Request,
    query: str = "",
    results: dict[str, Any] | None = None,
    truncated: bool = False,
    headers: dict[str, str] | None = None,
    error: str | None = None,
    status: int = 200,
) -> Response:
    """The SPARQL page: the editor, the examples and (after a query) the results table,
    or the error beside the query as it was written."""
    from shobun.api.sparql_page import page_context

    templates = request.app.state.templates
    context = {"query": query, "results": results, "truncated": truncated, "examples": EXAMPLES}
    context |= page_context(request, query, error)
    page: Response = templates.TemplateResponse(
        request, "sparql.html", context, headers=headers, status_code=status
    )
    return page


def service_description(request: Request, media_type: str) -> Response:
    """The SPARQL service description (pointing at the VoID), in every RDF format."""
    from shobun.api import rdfdoc
    from shobun.api.routers.linked import context_url, site

    text = service_description_turtle(site(request, request.app.state.settings))
    ext = rdfdoc.BY_MEDIA_TYPE[media_type].ext
    body = rdfdoc.serialize(rdfdoc.parse_turtle(text), ext, context_url(request))
    return Response(body, media_type=content_type(media_type), headers={"Vary": "Accept"})


@router.get("/sparql", name="sparql_get", responses=QUERY_RESPONSES)
async def sparql_get(
    request: Request,
    engine: StoreDep,
    settings: SettingsDep,
    default_graph_uri: GraphUris = [],  # noqa: B006 - FastAPI copies defaults per request
    named_graph_uri: NamedUris = [],  # noqa: B006
    query: Annotated[str | None, Query(description="SPARQL 1.1 query")] = None,
) -> Response:
    """Run a query; without `query`, a service description (Turtle) or, for browsers,
    the SPARQL page."""
    strict(request, {}, "query")
    if "update" in request.query_params:
        raise ApiError(400, "an update is POSTed to /sparql/update, not sent with GET")
    if query is None:
        media_type = choose(request.headers.get("accept"), DESCRIPTION_TYPES)
        if media_type == "text/html":
            return sparql_page(request)
        if media_type is None:
            raise ApiError(406, f"the service description is {', '.join(DESCRIPTION_TYPES)}")
        return service_description(request, media_type)
    return await run_query(request, engine, settings, query, (default_graph_uri, named_graph_uri))


async def _form(request: Request) -> dict[str, list[str]]:
    form = await request.form()
    return {key: [str(v) for v in form.getlist(key)] for key in form}


def strict(request: Request, fields: dict[str, list[str]], field: str) -> None:
    """400 for what the protocol leaves ambiguous: `field` (query or update) given more
    than once, in the URL and the body together, or a query and an update in one request."""
    given = request.query_params
    counts = {k: len(given.getlist(k)) + len(fields.get(k, [])) for k in ("query", "update")}
    if counts["query"] and counts["update"]:
        raise ApiError.of("ambiguous", "a request carries a query or an update, not both")
    if counts[field] > 1:
        raise ApiError.of("ambiguous", f"give one {field}, not {counts[field]}")


def _one(values: dict[str, list[str]], key: str) -> str | None:
    found = values.get(key, [])
    if len(found) > 1:
        raise ApiError(400, f"give one {key}, not {len(found)}")
    return found[0] if found else None


async def _body(request: Request, raw_type: str, field: str) -> tuple[str, dict[str, list[str]]]:
    """The query (or update) text and the form fields, from either kind of POST body."""
    media_type = request.headers.get("content-type", "").split(";")[0].strip().lower()
    if media_type == FORM:
        fields = await _form(request)
        strict(request, fields, field)
        text = _one(fields, field)
        if text is None:
            raise ApiError(400, f"the form has no {field} field")
        return text, fields
    if media_type == raw_type:
        strict(request, {field: [""]}, field)
        try:
            return (await request.body()).decode("utf-8"), {}
        except UnicodeDecodeError:
            raise ApiError(400, f"the {field} is not UTF-8") from None
    raise ApiError(415, f"POST {FORM} or {raw_type}, not {media_type or 'no Content-Type'}")


@router.post("/sparql", responses=QUERY_RESPONSES, openapi_extra=POST_BODY)
async def sparql_post(
    request: Request,
    engine: StoreDep,
    settings: SettingsDep,
    default_graph_uri: GraphUris = [],  # noqa: B006
    named_graph_uri: NamedUris = [],  # noqa: B006
) -> Response:
    """Run a query sent form-encoded or as `application/sparql-query`."""
    fields_type = request.headers.get("content-type", "").split(";")[0].strip().lower()
    form = await _form(request) if fields_type == FORM else {}
    if "update" in form and "query" not in form:
        raise ApiError(403, "this endpoint is read-only; updates go to /sparql/update")
    text, fields = await _body(request, SPARQL_QUERY, "query")
    graphs = (
        default_graph_uri + fields.get("default-graph-uri", []),
        named_graph_uri + fields.get("named-graph-uri", []),
    )
    return await run_query(request, engine, settings, text, graphs)


def _authorise(request: Request, token: str | None) -> None:
    if not token:
        raise ApiError(403, "SPARQL Update is disabled (set SHOBUN_UPDATE_TOKEN to enable it)")
    scheme, _, given = request.headers.get("authorization", "").partition(" ")
    if scheme.lower() != "bearer" or not hmac.compare_digest(given.encode(), token.encode()):
        raise ApiError(
            401, "a valid bearer token is needed", headers={"WWW-Authenticate": "Bearer"}
        )


@router.post(
    "/sparql/update",
    status_code=204,
    responses=responses(400, 401, 403, 413, 415, 422, 503),
    openapi_extra=UPDATE_BODY,
)
async def sparql_update(
    request: Request,
    engine: StoreDep,
    settings: SettingsDep,
    using_graph_uri: UsingUris = [],  # noqa: B006
    using_named_graph_uri: UsingNamedUris = [],  # noqa: B006
) -> Response:
    """SPARQL 1.1 Update, with `Authorization: Bearer <SHOBUN_UPDATE_TOKEN>` only.

    Readers pause while it runs. It writes exactly what it says: use `shobun ingest`
    for notices, which also keeps the union default graph in step."""
    _authorise(request, settings.update_token)
    text, fields = await _body(request, SPARQL_UPDATE, "update")
    using = (
        _graphs(using_graph_uri + fields.get("using-graph-uri", [])),
        _graphs(using_named_graph_uri + fields.get("using-named-graph-uri", [])),
    )
    await checked(text, settings.sparql_max_query_chars, update=True)
    try:
        updates.check_load(text, settings.sparql_load_hosts)
        text = updates.apply_dataset(text, updates.UpdateDataset(*using))
    except check.Refused as err:
        raise ApiError.of(err.code, err.message) from None
    check_answer(await engine.exclusive(Job("update", text)))
    return Response(status_code=204)
