"""RDF documents the server publishes (resource descriptions, the ontology, VoID, the
service description): which format a request wants, the bytes in that format, and the
`Link` headers and `<link>` elements that point at the other formats.

One convention for the whole site: `?_format=` in the URL wins over `Accept`. Resources
take `ttl`, `nt`, `jsonld`, `rdf` (RDF/XML) or `html`; lists take `csv` or `json`.
"""

from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import quote

import pyoxigraph as ox
from starlette.requests import Request

from shobun.api.errors import ApiError
from shobun.api.negotiate import choose, content_type
from shobun.graph import jsonld
from shobun.ontology import NAMESPACES


@dataclass(frozen=True)
class RdfFormat:
    ext: str
    media_type: str
    label: str
    oxigraph: ox.RdfFormat | None


RDF_FORMATS: tuple[RdfFormat, ...] = (
    RdfFormat("ttl", "text/turtle", "Turtle", ox.RdfFormat.TURTLE),
    RdfFormat("nt", "application/n-triples", "N-Triples", ox.RdfFormat.N_TRIPLES),
    RdfFormat("jsonld", "application/ld+json", "JSON-LD", None),
    RdfFormat("rdf", "application/rdf+xml", "RDF/XML", ox.RdfFormat.RDF_XML),
)
BY_EXT = {f.ext: f for f in RDF_FORMATS}
BY_MEDIA_TYPE = {f.media_type: f for f in RDF_FORMATS}
HTML = "text/html"
ASCII_PRINTABLE = "".join(chr(c) for c in range(0x21, 0x7F))
# What `Accept` can ask for; `*/*` (curl) gets Turtle, a browser's text/html the page.
OFFERED = [f.media_type for f in RDF_FORMATS[:1]] + [HTML] + [f.media_type for f in RDF_FORMATS[1:]]
FORMAT_NAMES = [*BY_EXT, "html"]
PREFIXES = dict(NAMESPACES)


def wanted(fmt: str | None, accept: str | None, html: bool = True) -> str:
    """The format a request asks for: `?_format=` (checked), else the best match to
    `Accept` ("html" or a format's ext); 406 when nothing offered fits."""
    if fmt is not None:
        if fmt in BY_EXT or (fmt == "html" and html):
            return fmt
        names = ", ".join(FORMAT_NAMES if html else BY_EXT)
        raise ApiError(422, f"_format must be one of {names}, not {fmt!r}", "invalid_parameters")
    offered = OFFERED if html else [f.media_type for f in RDF_FORMATS]
    chosen = choose(accept, offered)
    if chosen is None:
        raise ApiError(406, f"this resource is {', '.join(offered)}", "not_acceptable")
    return "html" if chosen == HTML else BY_MEDIA_TYPE[chosen].ext


def serialize(triples: list[ox.Triple], ext: str, context_url: str | None = None) -> bytes:
    """`triples` in the format `ext`; JSON-LD is compacted with the published context."""
    fmt = BY_EXT[ext]
    if fmt.oxigraph is None:
        nt = ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES) or b""
        return jsonld.dump(jsonld.to_graph(nt), context_url)
    named = used_prefixes(triples) if fmt.oxigraph is not ox.RdfFormat.N_TRIPLES else None
    return ox.serialize(triples, format=fmt.oxigraph, prefixes=named) or b""


def used_prefixes(triples: list[ox.Triple]) -> dict[str, str]:
    """The prefixes whose namespaces the triples' IRIs use (so a document declares no
    prefix it does not need)."""
    iris = {t.predicate.value for t in triples}
    iris |= {x.value for t in triples for x in (t.subject, t.object) if isinstance(x, ox.NamedNode)}
    iris |= {t.object.datatype.value for t in triples if isinstance(t.object, ox.Literal)}
    return {p: ns for p, ns in PREFIXES.items() if any(i.startswith(ns) for i in iris)}


def parse_turtle(text: str) -> list[ox.Triple]:
    return [q.triple for q in ox.parse(text.encode(), format=ox.RdfFormat.TURTLE)]


@dataclass(frozen=True)
class Alternate:
    href: str
    media_type: str
    label: str


def ascii_path(request: Request) -> str:
    """The request's path as sent (percent-escapes kept, so it fits in a header)."""
    raw = request.scope.get("raw_path") or request.url.path.encode()
    return quote(raw.decode("utf-8", errors="replace"), safe=ASCII_PRINTABLE)


def alternates(where: Request | str, html: bool = True) -> list[Alternate]:
    """The same document in every format, as `?_format=` links relative to the host
    (of the request's own path, or of the path given)."""
    path = where if isinstance(where, str) else ascii_path(where)
    out = [Alternate(f"{path}?_format={f.ext}", f.media_type, f.label) for f in RDF_FORMATS]
    if html:
        out.append(Alternate(f"{path}?_format=html", HTML, "HTML"))
    return out


def headers(where: Request | str, html: bool = True) -> dict[str, str]:
    """`Vary: Accept` and a `Link: rel="alternate"` per format."""
    links = ", ".join(
        f'<{a.href}>; rel="alternate"; type="{a.media_type}"' for a in alternates(where, html)
    )
    return {"Vary": "Accept", "Link": links}


def media_type_of(ext: str) -> str:
    return content_type(BY_EXT[ext].media_type)
