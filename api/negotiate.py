"""Media type ↔ result format, as explicit tables, and content negotiation over them.

`negotiate(accept, kind)` is pure: the `Accept` header and the query form in, the media
type to answer with out (None means 406). Each table is ordered by the server's
preference; its first row is what `*/*` or a missing `Accept` gets.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

QueryKind = Literal["SELECT", "ASK", "CONSTRUCT", "DESCRIBE"]
ResultFormat = Literal[
    "json", "xml", "csv", "tsv", "html", "turtle", "ntriples", "jsonld", "rdfxml"
]

# SELECT and ASK: SPARQL 1.1 Query Results formats (JSON, XML, CSV/TSV).
SOLUTIONS: dict[str, ResultFormat] = {
    "application/sparql-results+json": "json",
    "application/sparql-results+xml": "xml",
    "text/csv": "csv",
    "text/tab-separated-values": "tsv",
    "application/json": "json",
    "application/xml": "xml",
    "text/html": "html",
}

# CONSTRUCT and DESCRIBE: RDF graph serialisations.
GRAPHS: dict[str, ResultFormat] = {
    "text/turtle": "turtle",
    "application/n-triples": "ntriples",
    "application/ld+json": "jsonld",
    "application/rdf+xml": "rdfxml",
    "text/html": "html",
}

TABLES: dict[QueryKind, dict[str, ResultFormat]] = {
    "SELECT": SOLUTIONS,
    "ASK": SOLUTIONS,
    "CONSTRUCT": GRAPHS,
    "DESCRIBE": GRAPHS,
}


@dataclass(frozen=True)
class MediaRange:
    type: str
    subtype: str
    q: float

    def specificity(self, media_type: str) -> int:
        """2 for an exact match, 1 for `type/*`, 0 for `*/*`, -1 when it does not match."""
        kind, _, sub = media_type.partition("/")
        if self.type == "*":
            return 0 if self.subtype == "*" else -1
        if self.type != kind:
            return -1
        if self.subtype == "*":
            return 1
        return 2 if self.subtype == sub else -1


def parse_accept(header: str | None) -> list[MediaRange]:
    """The media ranges of an `Accept` header; malformed elements are skipped."""
    ranges: list[MediaRange] = []
    for element in (header or "").split(","):
        name, *params = (part.strip() for part in element.split(";"))
        kind, slash, sub = name.lower().partition("/")
        if not slash or not kind or not sub:
            continue
        q = 1.0
        for param in params:
            key, _, value = param.partition("=")
            if key.strip().lower() == "q":
                q = _quality(value.strip())
        ranges.append(MediaRange(kind, sub, q))
    return ranges


def _quality(text: str) -> float:
    try:
        q = float(text)
    except ValueError:
        return 0.0
    return q if 0.0 <= q <= 1.0 else 0.0


def quality(ranges: list[MediaRange], media_type: str) -> float:
    """The q-value the most specific matching range gives `media_type` (0 when none does)."""
    best, q = -1, 0.0
    for r in ranges:
        s = r.specificity(media_type)
        if s > best or (s == best and r.q > q):
            best, q = s, r.q
    return q if best >= 0 else 0.0


def choose(accept: str | None, offered: list[str]) -> str | None:
    """The offered media type the client likes best; ties go to the earlier one."""
    ranges = parse_accept(accept)
    if not ranges:
        return offered[0] if offered else None
    best, chosen = 0.0, None
    for media_type in offered:
        q = quality(ranges, media_type)
        if q > best:
            best, chosen = q, media_type
    return chosen


def negotiate(accept: str | None, kind: QueryKind) -> str | None:
    """The media type to answer a `kind` query with, or None when nothing fits (406)."""
    return choose(accept, list(TABLES[kind]))


def result_format(media_type: str, kind: QueryKind) -> ResultFormat:
    return TABLES[kind][media_type]


def content_type(media_type: str) -> str:
    """The Content-Type header for a chosen media type (text types say their charset)."""
    text = media_type.startswith("text/") or media_type.endswith(("json", "xml"))
    return f"{media_type}; charset=utf-8" if text else media_type
