"""Linked data: every minted IRI answers under `/id/…`, the ontology at `/ontology`, the
JSON-LD `@context` at `/context.jsonld`, and VoID at `/.well-known/void` — each in
Turtle, N-Triples, JSON-LD and RDF/XML (and HTML for people), chosen by `Accept` or
`?_format=`, with `Vary: Accept` and a `Link: rel="alternate"` per format."""

from __future__ import annotations

from typing import Annotated, Any

import pyoxigraph as ox
from fastapi import APIRouter, Path, Query, Request
from fastapi.responses import Response

from shobun.api import rdfdoc
from shobun.api.deps import SettingsDep, StoreDep, TemplatesDep
from shobun.api.errors import responses
from shobun.api.links import id_path, page_for
from shobun.api.negotiate import choose
from shobun.api.services import describe
from shobun.api.services.terms import ontology_triples, terms
from shobun.api.vocab import SBO
from shobun.api.void import Site, void_turtle
from shobun.graph import jsonld

router = APIRouter(tags=["linked data"])
FormatParam = Annotated[
    str | None,
    Query(
        alias="_format",
        description="ttl, nt, jsonld, rdf (RDF/XML) or html; overrides Accept",
        pattern=r"^(ttl|nt|jsonld|rdf|html)$",
    ),
]
RDF_CONTENT: dict[str, Any] = {
    f.media_type: {"schema": {"type": "string"}} for f in rdfdoc.RDF_FORMATS
}
RDF_RESPONSES: dict[int | str, dict[str, Any]] = {
    200: {
        "description": "the document in the negotiated format",
        "content": {**RDF_CONTENT, "text/html": {"schema": {"type": "string"}}},
    },
    **responses(404, 406, 422, 503),
}


def local_link(base: str, iri: str) -> str:
    """Where a page links an IRI: minted ones to /id/…, terms of sbo: to /ontology."""
    if iri.startswith(SBO):
        return "/ontology#" + iri[len(SBO) :]
    return id_path(base, iri) or iri


def context_url(request: Request) -> str:
    return f"{request.base_url}context.jsonld"


def rdf_response(
    request: Request, triples: list[ox.Triple], ext: str, path: str | None = None
) -> Response:
    body = rdfdoc.serialize(triples, ext, context_url(request))
    headers = rdfdoc.headers(path or request)
    return Response(body, media_type=rdfdoc.media_type_of(ext), headers=headers)


@router.get("/id/{path:path}", name="resource", responses=RDF_RESPONSES)
async def resource(
    request: Request,
    path: Annotated[str, Path(description="the IRI after the base IRI, e.g. notice/{id}")],
    engine: StoreDep,
    settings: SettingsDep,
    templates: TemplatesDep,
    format_: FormatParam = None,
) -> Response:
    """What the graph says about the IRI `{base IRI}{path}` (a notice, organization,
    statute, article, action, violation, section …)."""
    iri = describe.iri_of(settings.base_iri, request.scope.get("raw_path") or path.encode())
    return await describe_iri(request, engine, settings, templates, iri, format_)


async def describe_iri(
    request: Request,
    engine: StoreDep,
    settings: SettingsDep,
    templates: TemplatesDep,
    iri: str,
    format_: str | None,
) -> Response:
    ext = rdfdoc.wanted(format_, request.headers.get("accept"))
    triples = await describe.description(engine, iri, settings.sparql_max_rows)
    if ext != "html":
        return rdf_response(request, triples, ext)
    found = await describe.described(engine, iri, triples)
    context = {
        "it": found,
        "page": page_for(settings.base_iri, iri),
        "alternates": rdfdoc.alternates(request),
        "local": lambda i: local_link(settings.base_iri, i),
    }
    page: Response = templates.TemplateResponse(
        request, "resource.html", context, headers=rdfdoc.headers(request)
    )
    return page


async def rdf_if_asked(
    request: Request, engine: StoreDep, settings: SettingsDep, iri: str
) -> Response | None:
    """For a page route: the IRI's RDF when `Accept` prefers an RDF format to HTML
    (`*/*` gets the page), else None."""
    offered = [rdfdoc.HTML, *(f.media_type for f in rdfdoc.RDF_FORMATS)]
    chosen = choose(request.headers.get("accept"), offered)
    if chosen in (None, rdfdoc.HTML):
        return None
    triples = await describe.description(engine, iri, settings.sparql_max_rows)
    path = id_path(settings.base_iri, iri)
    return rdf_response(request, triples, rdfdoc.BY_MEDIA_TYPE[str(chosen)].ext, path)


@router.get("/ontology", name="ontology", responses=RDF_RESPONSES)
async def ontology(
    request: Request, templates: TemplatesDep, format_: FormatParam = None
) -> Response:
    """The shobun ontology (OWL): every class and property with ja/en labels and comments."""
    ext = rdfdoc.wanted(format_, request.headers.get("accept"))
    if ext != "html":
        return rdf_response(request, list(ontology_triples()), ext)
    context = {"groups": terms(), "alternates": rdfdoc.alternates(request)}
    page: Response = templates.TemplateResponse(
        request, "ontology.html", context, headers=rdfdoc.headers(request)
    )
    return page


@router.get(
    "/context.jsonld",
    responses={200: {"content": {"application/ld+json": {"schema": {"type": "object"}}}}},
)
async def json_ld_context() -> Response:
    """The JSON-LD `@context` of shobun's JSON-LD (readable keys such as `addressee`)."""
    return Response(jsonld.context_document(), media_type="application/ld+json")


def site(request: Request, settings: SettingsDep) -> Site:
    root = str(request.base_url)
    dumps = (
        tuple(f"{root}dumps/{p.name}" for p in sorted(settings.dump_dir.iterdir()))
        if (settings.dump_dir and settings.dump_dir.is_dir())
        else ()
    )
    return Site(root, settings.base_iri, dumps)


@router.get("/.well-known/void", name="void", responses=RDF_RESPONSES)
async def void(
    request: Request, engine: StoreDep, settings: SettingsDep, format_: FormatParam = None
) -> Response:
    """A VoID description of the dataset: triples, entities per class, the SPARQL
    endpoint, the vocabulary, the dumps."""
    ext = rdfdoc.wanted(format_, request.headers.get("accept"), html=False)
    text = await void_turtle(engine, site(request, settings))
    triples = rdfdoc.parse_turtle(text)
    body = rdfdoc.serialize(triples, ext, context_url(request))
    headers = rdfdoc.headers(request, html=False)
    return Response(body, media_type=rdfdoc.media_type_of(ext), headers=headers)
