"""Query results → bytes in each format of the negotiation tables, stopping at a row cap.

Oxigraph's own serialisers write every solution; the endpoint must stop at
`max_rows`, so solutions are written here (SPARQL 1.1 Query Results JSON, XML, CSV and
TSV). Graphs are capped in Python, then written by Oxigraph's serialisers.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable, Iterator
from itertools import islice
from typing import Any
from xml.sax.saxutils import escape, quoteattr

import pyoxigraph as ox

from api.negotiate import ResultFormat

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


_dumps = json.JSONEncoder(ensure_ascii=False, separators=(",", ":")).encode


def _json_fragment(term: Term) -> str:
    """One term as SPARQL JSON text (the common cases without building a dict)."""
    if isinstance(term, ox.NamedNode):
        return '{"type":"uri","value":' + _dumps(term.value) + "}"
    if isinstance(term, ox.Literal):
        value = _dumps(term.value)
        if term.language:
            return f'{{"type":"literal","value":{value},"xml:lang":{_dumps(term.language)}}}'
        if term.datatype.value == XSD_STRING:
            return '{"type":"literal","value":' + value + "}"
        return f'{{"type":"literal","value":{value},"datatype":{_dumps(term.datatype.value)}}}'
    return _dumps(json_term(term))


def _json(names: list[str], rows: list[ox.QuerySolution]) -> bytes:
    """SPARQL 1.1 Query Results JSON, written as text; each distinct term is encoded once."""
    keys = [_dumps(n) + ":" for n in names]
    cache: dict[Term, str] = {}
    out = []
    for row in rows:
        cells = []
        for key, term in zip(keys, row, strict=True):
            if term is not None:
                fragment = cache.get(term)
                if fragment is None:
                    fragment = cache[term] = _json_fragment(term)
                cells.append(key + fragment)
        out.append("{" + ",".join(cells) + "}")
    head = '{"head":{"vars":' + _dumps(names) + '},"results":{"bindings":['
    return (head + ",".join(out) + "]}}").encode()


def _xml_term(term: Term) -> str:
    if isinstance(term, ox.NamedNode):
        return f"<uri>{escape(term.value)}</uri>"
    if isinstance(term, ox.BlankNode):
        return f"<bnode>{escape(term.value)}</bnode>"
    if isinstance(term, ox.Literal):
        if term.language:
            return f"<literal xml:lang={quoteattr(term.language)}>{escape(term.value)}</literal>"
        if term.datatype.value != XSD_STRING:
            dt = quoteattr(term.datatype.value)
            return f"<literal datatype={dt}>{escape(term.value)}</literal>"
        return f"<literal>{escape(term.value)}</literal>"
    parts = (("subject", term.subject), ("predicate", term.predicate), ("object", term.object))
    return "<triple>" + "".join(f"<{k}>{_xml_term(v)}</{k}>" for k, v in parts) + "</triple>"


def _xml(names: list[str], rows: list[ox.QuerySolution] | None, answer: bool = False) -> bytes:
    head = "".join(f"<variable name={quoteattr(n)}/>" for n in names)
    out = [f'<?xml version="1.0"?>\n<sparql xmlns="{RESULTS_NS}"><head>{head}</head>']
    if rows is None:
        out.append(f"<boolean>{'true' if answer else 'false'}</boolean>")
    else:
        out.append("<results>")
        for row in rows:
            cells = (
                f"<binding name={quoteattr(n)}>{_xml_term(t)}</binding>"
                for n, t in zip(names, row, strict=True)
                if t is not None
            )
            out.append("<result>" + "".join(cells) + "</result>")
        out.append("</results>")
    out.append("</sparql>\n")
    return "".join(out).encode()


def _csv_value(term: Term | None) -> str:
    if term is None:
        return ""
    if isinstance(term, ox.BlankNode):
        return f"_:{term.value}"
    if isinstance(term, ox.NamedNode | ox.Literal):
        return term.value
    return str(term)


def _csv(names: list[str], rows: Iterable[Iterable[Term | None]]) -> bytes:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(names)
    writer.writerows([_csv_value(t) for t in row] for row in rows)
    return buffer.getvalue().encode()


def _tsv(names: list[str], rows: Iterable[Iterable[Term | None]]) -> bytes:
    lines = ["\t".join(f"?{n}" for n in names)]
    lines += ["\t".join("" if t is None else str(t) for t in row) for row in rows]
    return ("\n".join(lines) + "\n").encode()


def solutions(result: ox.QuerySolutions, fmt: ResultFormat, cap: int) -> tuple[bytes, int, bool]:
    """SELECT results in `fmt` (HTML pages get JSON to render), with the row count and cap."""
    names = [v.value for v in result.variables]
    rows, truncated = capped(result, cap)
    if fmt == "xml":
        body = _xml(names, rows)
    elif fmt == "csv":
        body = _csv(names, rows)
    elif fmt == "tsv":
        body = _tsv(names, rows)
    else:
        body = _json(names, rows)
    return body, len(rows), truncated


def boolean(answer: bool, fmt: ResultFormat) -> bytes:
    """ASK results; CSV and TSV, which define no boolean form, get one `_askResult` column."""
    if fmt == "xml":
        return _xml([], None, answer)
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
