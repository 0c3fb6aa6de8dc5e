"""Content negotiation: one row per phenomenon of `Accept` (RFC 9110 §12.5.1)."""

from __future__ import annotations

import pytest

from shobun.api.negotiate import GRAPHS, SOLUTIONS, QueryKind, negotiate, parse_accept

JSON = "application/sparql-results+json"
XML = "application/sparql-results+xml"
TURTLE = "text/turtle"
TSV = "text/tab-separated-values"

CASES: list[tuple[str, str | None, QueryKind, str | None]] = [
    ("no header → first row of the table", None, "SELECT", JSON),
    ("empty header → first row", "", "SELECT", JSON),
    ("*/* → first row", "*/*", "SELECT", JSON),
    ("*/* for a graph → Turtle", "*/*", "CONSTRUCT", TURTLE),
    ("exact match", "text/csv", "SELECT", "text/csv"),
    ("exact match, ASK", "application/sparql-results+xml", "ASK", XML),
    ("TSV", "text/tab-separated-values", "SELECT", "text/tab-separated-values"),
    ("N-Triples for DESCRIBE", "application/n-triples", "DESCRIBE", "application/n-triples"),
    ("JSON-LD", "application/ld+json", "CONSTRUCT", "application/ld+json"),
    ("RDF/XML", "application/rdf+xml", "CONSTRUCT", "application/rdf+xml"),
    ("higher q wins", "text/csv;q=0.5, application/sparql-results+xml", "SELECT", XML),
    ("q beats order", "text/csv;q=0.9, text/tab-separated-values", "SELECT", TSV),
    ("equal q: server's order", "text/csv, application/sparql-results+json", "SELECT", JSON),
    ("type wildcard", "text/*", "SELECT", "text/csv"),
    ("type wildcard for graphs", "text/*", "CONSTRUCT", TURTLE),
    ("specific q=0 excludes under a wildcard", "text/*, text/csv;q=0", "SELECT", TSV),
    ("*/* low, exact higher", "*/*;q=0.1, application/rdf+xml", "CONSTRUCT", "application/rdf+xml"),
    ("nothing fits → None (406)", "image/png", "SELECT", None),
    ("graph type for SELECT → None", "text/turtle", "SELECT", None),
    ("results type for CONSTRUCT → None", JSON, "CONSTRUCT", None),
    ("all q=0 → None", "*/*;q=0", "SELECT", None),
    ("parameters other than q ignored", "text/csv; charset=utf-8", "SELECT", "text/csv"),
    ("case-insensitive", "Text/CSV", "SELECT", "text/csv"),
    ("malformed element skipped", "garbage, text/csv", "SELECT", "text/csv"),
    ("bad q treated as 0", "text/csv;q=abc, application/sparql-results+xml;q=0.2", "SELECT", XML),
    ("q above 1 treated as 0", "text/csv;q=2", "SELECT", None),
    ("browser → HTML page", "text/html,application/xhtml+xml,*/*;q=0.8", "SELECT", "text/html"),
    ("application/json alias", "application/json", "ASK", "application/json"),
]


@pytest.mark.parametrize(
    ("accept", "kind", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES]
)
def test_negotiate(accept: str | None, kind: QueryKind, expected: str | None) -> None:
    assert negotiate(accept, kind) == expected


def test_tables_cover_the_issue_formats() -> None:
    required_solutions = {JSON, XML, "text/csv", "text/tab-separated-values"}
    required_graphs = {
        TURTLE,
        "application/n-triples",
        "application/ld+json",
        "application/rdf+xml",
    }
    assert required_solutions <= set(SOLUTIONS)
    assert required_graphs <= set(GRAPHS)
    assert next(iter(SOLUTIONS)) == JSON
    assert next(iter(GRAPHS)) == TURTLE


def test_parse_accept_keeps_q() -> None:
    ranges = parse_accept("text/csv;q=0.3, */*")
    assert [(r.type, r.subtype, r.q) for r in ranges] == [("text", "csv", 0.3), ("*", "*", 1.0)]
