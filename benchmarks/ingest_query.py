"""The query phases of `benchmarks/ingest.py`, each run in a process of its own there:

query     a join with a date filter over the maintained union (default) graph, against
          the same triples in a store holding only them in one graph, Oxigraph's
          query-time union, and the join scoped to one notice graph
boundary  rdflib → Oxigraph for 300 notices: canonical N-Triples bulk-loaded by Rust
          (what ingest does), Python term conversion + extend, and an oxrdflib copy
          where oxrdflib is installed (no extra of shobun installs it)
"""

from __future__ import annotations

import shutil
import statistics
import time
from pathlib import Path
from typing import Any

from shobun.api.vocab import SPARQL_PREFIXES

JOIN = (
    SPARQL_PREFIXES
    + """SELECT ?label (COUNT(DISTINCT ?action) AS ?n) WHERE {
  ?action sbo:addressee ?org ; sbo:announcedIn ?notice .
  ?notice dcterms:issued ?issued .
  ?org rdfs:label ?label .
  FILTER (?issued >= "2024-01-01"^^xsd:date)
} GROUP BY ?label"""
)


def timed(run: Any, repeat: int = 5) -> float:
    """Median wall time in milliseconds of `run()` over `repeat` runs after one warm-up."""
    run()
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        run()
        times.append((time.perf_counter() - start) * 1000)
    return round(statistics.median(times), 2)


def single_graph_store(store_dir: Path, single_dir: Path) -> Any:
    """The union's triples alone in one graph of a new store: the speed to match."""
    import pyoxigraph as ox

    from shobun.graph.store import EmbeddedStore

    shutil.rmtree(single_dir, ignore_errors=True)
    with EmbeddedStore(store_dir, read_only=True) as store:
        data = ox.serialize(store.iter_quads("union"), format=ox.RdfFormat.N_QUADS)
    single = ox.Store(str(single_dir))
    single.bulk_load(data, format=ox.RdfFormat.N_QUADS)
    single.optimize()
    return single


def phase_query(store_dir: Path, single_dir: Path) -> dict[str, Any]:
    from shobun.graph.store import EmbeddedStore

    single = single_graph_store(store_dir, single_dir)
    with EmbeddedStore(store_dir) as store:
        db = store.oxigraph
        one = store.notices()[len(store.notices()) // 2]
        scoped = JOIN.replace("WHERE {", f"WHERE {{ GRAPH <{one}> {{", 1).replace(
            "} GROUP BY", "} } GROUP BY"
        )
        rows = len(list(db.query(JOIN)))
        assert rows == len(list(single.query(JOIN)))
        result = {
            "rows": rows,
            "union_ms": timed(lambda: list(db.query(JOIN))),
            "single_graph_ms": timed(lambda: list(single.query(JOIN))),
            "query_time_union_ms": timed(
                lambda: list(db.query(JOIN, use_default_graph_as_union=True)), repeat=1
            ),
            "one_notice_graph_ms": timed(lambda: list(db.query(scoped))),
        }
        start = time.perf_counter()
        db.optimize()
        result["optimize_s"] = round(time.perf_counter() - start, 2)
        result["union_optimized_ms"] = timed(lambda: list(db.query(JOIN)))
        return result


def phase_boundary(corpus: Path) -> dict[str, Any]:
    """rdflib → Oxigraph for 300 notices: canonical N-Triples bulk-loaded by Rust (what
    ingest does), Python term conversion + extend, and copying into an oxrdflib graph."""
    import pyoxigraph as ox
    from rdflib import Graph

    from shobun.graph.build import notice_graph
    from shobun.graph.discover import discover
    from shobun.graph.terms import to_nquads
    from shobun.parser import parse_path

    graphs = [notice_graph(parse_path(t.path)) for t in discover([corpus])[0][:300]]
    texts = [(str(i), g.serialize(format="nt")) for i, g in graphs]

    def convert() -> None:
        quads = []
        for iri, g in graphs:
            for s, p, o in g:
                triple = (term(s), term(p), term(o))
                quads += [ox.Quad(*triple), ox.Quad(*triple, ox.NamedNode(str(iri)))]
        ox.Store().extend(quads)

    def via_oxrdflib() -> None:
        for _, g in graphs:
            target = Graph(store="Oxigraph")
            target += g

    return {
        "nt_serialize_ms": timed(lambda: [g.serialize(format="nt") for _, g in graphs], 1),
        "nt_bulk_load_ms": timed(
            lambda: ox.Store().bulk_load(
                "".join(to_nquads(t, i) for i, t in texts), format=ox.RdfFormat.N_QUADS
            )
        ),
        "term_convert_extend_ms": timed(convert),
        # oxrdflib is no dependency of shobun (nor of any extra): measured where installed
        "oxrdflib_copy_ms": timed(via_oxrdflib) if has_oxrdflib() else None,
    }


def has_oxrdflib() -> bool:
    import importlib.util

    return importlib.util.find_spec("oxrdflib") is not None


XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"


def term(t: Any) -> Any:
    """An rdflib term as an Oxigraph term, in Python."""
    import pyoxigraph as ox
    from rdflib import Literal, URIRef

    if isinstance(t, URIRef):
        return ox.NamedNode(str(t))
    if isinstance(t, Literal):
        if t.language:
            return ox.Literal(str(t), language=t.language)
        return ox.Literal(str(t), datatype=ox.NamedNode(str(t.datatype or XSD_STRING)))
    return ox.BlankNode(str(t))
