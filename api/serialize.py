"""Query results → bytes in each format of the negotiation tables, stopping at a row cap.

Solutions are written by Oxigraph's serialisers into a row counter that stops them at
`max_rows` (`api.rowcap`); graphs are capped in Python, then written by Oxigraph's
serialisers; ASK answers are written here.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Iterator
from itertools import islice
from typing import Any

import pyoxigraph as ox

from shobun.api import rowcap
from shobun.api.negotiate import ResultFormat

XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"
RESULTS_NS = "http://www.w3.org/2005/sparql-results#"
Term = ox.NamedNode | ox.BlankNode | ox.Literal | ox.Triple
RDF_FORMATS: dict[ResultFormat, ox.RdfFormat] = {
    "turtle": ox.RdfFormat.TURTLE,
    "ntriples": ox.RdfFormat.N_TRIPLES,
    "jsonld": ox.RdfFormat.JSON_LD,
    "rdfxml": ox.RdfFormat.RDF_XML,
}


def capped(items: Iterable[Any], cap: int) -> tuple[list[Any], bool]:
    """At most `cap` items, and whether there were more."""
    taken = list(islice(items, cap + 1))
    return taken[:cap], len(taken) > cap


def json_term(term: Term) -> dict[str, Any]:
    if isinstance(term, ox.NamedNode):
        return {"type": "uri", "value": term.value}
    if isinstance(term, ox.BlankNode):
        return {"type": "bnode", "value": term.value}
    if isinstance(term, ox.Literal):
        out = {"type": "literal", "value": term.value}
        if term.language:
            out["xml:lang"] = term.language
        elif term.datatype.value != XSD_STRING:
            out["datatype"] = term.datatype.value
        return out
    return {
        "type": "triple",
        "value": {
            "subject": json_term(term.subject),
            "predicate": json_term(term.predicate),
            "object": json_term(term.object),
        },
    }


def solutions(
    result: ox.QuerySolutions,
    fmt: ResultFormat,
    cap: int,
    again: Callable[[], ox.QuerySolutions],
) -> tuple[bytes, int, bool]:
    """SELECT results in `fmt` (HTML pages get JSON to render), with the row count and
    whether the cap cut them; written by Oxigraph (`api.rowcap`)."""
    return rowcap.solutions(result, "json" if fmt == "html" else fmt, cap, again)


def boolean(answer: bool, fmt: ResultFormat) -> bytes:
    """ASK results; CSV and TSV, which define no boolean form, get one `_askResult` column."""
    if fmt == "xml":
        head = f'<?xml version="1.0"?>\n<sparql xmlns="{RESULTS_NS}"><head></head>'
        return f"{head}<boolean>{'true' if answer else 'false'}</boolean></sparql>\n".encode()
    if fmt in ("csv", "tsv"):
        return f"_askResult\n{'true' if answer else 'false'}\n".encode()
    return json.dumps({"head": {}, "boolean": answer}).encode()


def _as_rows(triples: list[ox.Triple]) -> Iterator[list[Term]]:
    for t in triples:
        yield [t.subject, t.predicate, t.object]


def graph(
    result: ox.QueryTriples, fmt: ResultFormat, cap: int, prefixes: dict[str, str] | None = None
) -> tuple[bytes, int, bool]:
    """CONSTRUCT / DESCRIBE results; HTML pages get the triples as JSON solutions."""
    found, truncated = capped(result, cap)
    if fmt == "html":
        names = ["subject", "predicate", "object"]
        bindings = [dict(zip(names, map(json_term, row), strict=True)) for row in _as_rows(found)]
        body = {"head": {"vars": names}, "results": {"bindings": bindings}}
        return json.dumps(body, ensure_ascii=False).encode(), len(found), truncated
    named = prefixes if fmt in ("turtle", "rdfxml") else None
    text = ox.serialize(found, format=RDF_FORMATS[fmt], prefixes=named)
    return text or b"", len(found), truncated


def as_table(answer: Any) -> Any:
    """A remote server's JSON results or N-Triples as the JSON table an HTML page renders."""
    from dataclasses import replace

    if answer.media_type == "application/n-triples":
        found = [q.triple for q in ox.parse(answer.body, format=ox.RdfFormat.N_TRIPLES)]
        body, n, _ = graph(iter(found), "html", len(found))  # type: ignore[arg-type]
        return replace(answer, media_type="text/html", body=body, rows=n)
    return replace(answer, media_type="text/html")
