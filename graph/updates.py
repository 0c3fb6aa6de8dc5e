"""The SPARQL 1.1 Update text both engines run, so the embedded and remote stores agree.

The default graph holds the deduplicated union of every notice graph. Adding a notice
adds its triples to both; removing one deletes from the union only the triples that no
other notice graph asserts. Each function returns operations for one request, which
Oxigraph (embedded or server) and Jena TDB2 run as one transaction.
"""

from __future__ import annotations

from collections.abc import Iterable

from graph.terms import META_GRAPH, META_KEY, META_NAME, check_iri, quote_literal


def remove_ops(iri: str) -> str:
    """Delete a notice graph, the union triples only it asserted, and its bookkeeping."""
    g = f"<{check_iri(iri)}>"
    meta = f"<{META_GRAPH}>"
    return (
        f"DELETE {{ ?s ?p ?o }} WHERE {{ GRAPH {g} {{ ?s ?p ?o }} "
        f"FILTER NOT EXISTS {{ GRAPH ?other {{ ?s ?p ?o }} "
        f"FILTER (?other != {g} && ?other != {meta}) }} }} ;\n"
        f"DROP SILENT GRAPH {g} ;\n"
        f"DELETE WHERE {{ GRAPH {meta} {{ {g} ?mp ?mo }} }}"
    )


def insert_ops(records: Iterable[tuple[str, str, str, str]]) -> str:
    """One INSERT DATA for (iri, name, key, ntriples) records: named graph, union, bookkeeping."""
    parts: list[str] = []
    for iri, name, key, ntriples in records:
        g = f"<{check_iri(iri)}>"
        parts.append(f"GRAPH {g} {{\n{ntriples}}}\n{ntriples}")
        parts.append(
            f"GRAPH <{META_GRAPH}> {{ {g} <{META_NAME}> {quote_literal(name)} ; "
            f"<{META_KEY}> {quote_literal(key)} . }}\n"
        )
    return "INSERT DATA {\n" + "".join(parts) + "}"


def replace_request(records: list[tuple[str, str, str, str]], existing: set[str]) -> str:
    """Remove the notices in `existing` and insert all `records`, as one request."""
    ops = [remove_ops(iri) for iri, *_ in records if iri in existing]
    ops.append(insert_ops(records))
    return " ;\n".join(ops)


FINGERPRINTS = f"""SELECT ?g ?name ?key WHERE {{ GRAPH <{META_GRAPH}> {{
  ?g <{META_NAME}> ?name ; <{META_KEY}> ?key }} }}"""

UNION_MISMATCHES = f"""SELECT (COUNT(*) AS ?n) WHERE {{
  {{ ?s ?p ?o FILTER NOT EXISTS {{
      GRAPH ?g {{ ?s ?p ?o }} FILTER (?g != <{META_GRAPH}>) }} }}
  UNION
  {{ GRAPH ?g {{ ?s ?p ?o }} FILTER (?g != <{META_GRAPH}>)
     FILTER NOT EXISTS {{ ?s ?p ?o }} }}
}}"""
