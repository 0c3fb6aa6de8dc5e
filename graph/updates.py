"""The SPARQL 1.1 Update text both engines run, so the embedded and remote stores agree.

The union of every notice graph lives in the default graph, or (`union`, for engines
whose default graph is something else, such as Virtuoso's) in a named graph. Adding a
notice adds its triples to both; removing one deletes from the union only the triples
that no other notice graph asserts.

`write_requests` splits a batch under a request size cap (bytes and triples): removals
first, then the triples, and the bookkeeping last, so a notice is only ever recorded
once all of it is stored; a batch that fits is one request (one transaction on Oxigraph
and Jena TDB2).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass

from shobun.graph.terms import META_GRAPH, META_KEY, META_NAME, check_iri, quote_literal

Row = tuple[str, str, str, str]  # iri, name, key, N-Triples


def _in_union(text: str, union: str | None) -> str:
    return f"GRAPH <{union}> {{\n{text}}}\n" if union else text


def remove_ops(iri: str, union: str | None = None) -> str:
    """Delete a notice graph, the union triples only it asserted, and its bookkeeping.

    The other notices are the graphs the bookkeeping names (an engine may keep graphs
    of its own, such as Virtuoso's system graphs)."""
    g = f"<{check_iri(iri)}>"
    meta = f"<{META_GRAPH}>"
    target = _in_union("?s ?p ?o ", union)
    return (
        f"DELETE {{ {target} }} WHERE {{ GRAPH {g} {{ ?s ?p ?o }} "
        f"FILTER NOT EXISTS {{ GRAPH {meta} {{ ?other <{META_NAME}> ?name }} "
        f"GRAPH ?other {{ ?s ?p ?o }} FILTER (?other != {g}) }} }} ;\n"
        f"DROP SILENT GRAPH {g} ;\n"
        f"DELETE WHERE {{ GRAPH {meta} {{ {g} ?mp ?mo }} }}"
    )


def meta_data(iri: str, name: str, key: str) -> str:
    g = f"<{check_iri(iri)}>"
    return (
        f"GRAPH <{META_GRAPH}> {{ {g} <{META_NAME}> {quote_literal(name)} ; "
        f"<{META_KEY}> {quote_literal(key)} . }}\n"
    )


def insert_ops(records: Iterable[Row], union: str | None = None) -> str:
    """One INSERT DATA for (iri, name, key, ntriples) records: named graph, union, bookkeeping."""
    parts: list[str] = []
    for iri, name, key, ntriples in records:
        parts.append(f"GRAPH <{check_iri(iri)}> {{\n{ntriples}}}\n{_in_union(ntriples, union)}")
        parts.append(meta_data(iri, name, key))
    return "INSERT DATA {\n" + "".join(parts) + "}"


def replace_request(records: list[Row], existing: set[str], union: str | None = None) -> str:
    """Remove the notices in `existing` and insert all `records`, as one request."""
    ops = [remove_ops(iri, union) for iri, *_ in records if iri in existing]
    ops.append(insert_ops(records, union))
    return " ;\n".join(ops)


@dataclass(frozen=True)
class Cap:
    """The most one request may hold: bytes of text and triples."""

    bytes: int
    statements: int


def _pieces(records: Sequence[Row], cap: Cap) -> Iterator[tuple[str, str]]:
    """(graph IRI, N-Triples) pieces of at most half a request each (a triple is written
    twice: in its notice graph and in the union)."""
    for iri, _, _, ntriples in records:
        lines = [line + "\n" for line in ntriples.split("\n") if line.strip()]
        piece: list[str] = []
        size = 0
        for line in lines:
            n_bytes = len(line.encode())
            if piece and (
                2 * (len(piece) + 1) > cap.statements or 2 * (size + n_bytes) > cap.bytes
            ):
                yield iri, "".join(piece)
                piece, size = [], 0
            piece.append(line)
            size += n_bytes
        if piece:
            yield iri, "".join(piece)


def _inserts(parts: Iterable[tuple[str, int, int]], cap: Cap) -> Iterator[str]:
    """INSERT DATA requests packing (text, bytes, statements) parts under the cap."""
    batch: list[str] = []
    size = count = 0
    for text, n_bytes, n_statements in parts:
        if batch and (size + n_bytes > cap.bytes or count + n_statements > cap.statements):
            yield "INSERT DATA {\n" + "".join(batch) + "}"
            batch, size, count = [], 0, 0
        batch.append(text)
        size += n_bytes
        count += n_statements
    if batch:
        yield "INSERT DATA {\n" + "".join(batch) + "}"


def write_requests(
    records: Sequence[Row], union: str | None, cap: Cap, stored: set[str] | None = None
) -> list[str]:
    """The update requests that replace `records`: removal first of those in `stored`
    (graphs already on the server, whole or in part; None: all of them)."""
    stored = {r[0] for r in records} if stored is None else stored
    whole = replace_request(list(records), stored, union)
    triples = 2 * sum(r[3].count("\n") for r in records) + 2 * len(records)
    if len(whole.encode()) <= cap.bytes and triples <= cap.statements:
        return [whole]
    removals = [remove_ops(iri, union) for iri, *_ in records if iri in stored]
    data = (
        (
            f"GRAPH <{iri}> {{\n{nt}}}\n{_in_union(nt, union)}",
            2 * len(nt.encode()),
            2 * nt.count("\n"),
        )
        for iri, nt in _pieces(records, cap)
    )
    meta = (
        (meta_data(iri, name, key), 200 + len(name.encode()), 2) for iri, name, key, _ in records
    )
    return [
        *(" ;\n".join(removals[i : i + 50]) for i in range(0, len(removals), 50)),
        *_inserts(data, cap),
        *_inserts(meta, cap),
    ]


FINGERPRINTS = f"""SELECT ?g ?name ?key WHERE {{ GRAPH <{META_GRAPH}> {{
  ?g <{META_NAME}> ?name ; <{META_KEY}> ?key }} }}"""


def union_mismatches(union: str | None = None) -> str:
    """How many triples break `union == ∪ notice graphs` (a COUNT query)."""
    u = _in_union("?s ?p ?o ", union).strip()
    notice = f"GRAPH <{META_GRAPH}> {{ ?g <{META_NAME}> ?name }}"
    return f"""SELECT (COUNT(*) AS ?n) WHERE {{
  {{ {u} FILTER NOT EXISTS {{ {notice} GRAPH ?g {{ ?s ?p ?o }} }} }}
  UNION
  {{ {notice} GRAPH ?g {{ ?s ?p ?o }} FILTER NOT EXISTS {{ {u} }} }}
}}"""


UNION_MISMATCHES = union_mismatches()
