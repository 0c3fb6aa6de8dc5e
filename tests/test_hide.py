"""`api.hide.hidden`: a query sent to a server without a dataset must not reach the
bookkeeping graph. Each row runs the rewritten query on a store that holds the
bookkeeping graph and compares its rows with the original query's on the same store
without it (the oracle), and checks the rewrite kept the rows it should."""

from __future__ import annotations

import pyoxigraph as ox
import pytest
from hypothesis import given
from hypothesis import strategies as st

from shobun.api.hide import hidden
from shobun.graph.terms import META_GRAPH

EX = "http://example.org/"
QUADS = [
    ("s1", "p", "o1", None),
    ("s1", "p", "o1", "g1"),
    ("s2", "p", "o2", "g2"),
    ("s2", "q", "o3", "g2"),
    ("g1", "digest", "x", META_GRAPH),
    ("g2", "digest", "y", META_GRAPH),
    ("s1", "p", "o9", META_GRAPH),
]


def store(with_meta: bool) -> ox.Store:
    s = ox.Store()
    for subj, pred, obj, graph in QUADS:
        if graph == META_GRAPH and not with_meta:
            continue
        name = (
            ox.DefaultGraph()
            if graph is None
            else ox.NamedNode(graph if graph == META_GRAPH else EX + graph)
        )
        s.add(
            ox.Quad(ox.NamedNode(EX + subj), ox.NamedNode(EX + pred), ox.NamedNode(EX + obj), name)
        )
    return s


def answer(s: ox.Store, query: str) -> list[tuple[str, ...]]:
    result = s.query(query)
    if isinstance(result, ox.QueryBoolean):
        return [(str(bool(result)),)]
    if isinstance(result, ox.QuerySolutions):
        names = [v.value for v in result.variables]
        return sorted(tuple(str(row[n]) for n in names) for row in result)
    return sorted((str(t),) for t in result)


P = f"PREFIX : <{EX}> "
CASES = {
    "graph var after a default-graph pattern": "SELECT ?g WHERE { ?s :p ?o GRAPH ?g { ?x ?y ?z } }",
    "graph var, dot touching GRAPH": "SELECT ?g ?o WHERE { ?s :p ?o.GRAPH ?g { ?s ?y ?z } }",
    "nested groups inside the clause": "SELECT ?g WHERE { ?s :p ?o GRAPH ?g { { ?x ?y ?z } UNION { ?x :q ?z } } }",
    "graph in OPTIONAL": "SELECT ?s ?g WHERE { ?s :p ?o OPTIONAL { GRAPH ?g { ?s :p ?z } } }",
    "graph in FILTER NOT EXISTS": "SELECT ?s WHERE { ?s :p ?o FILTER NOT EXISTS { GRAPH ?g { ?s :p :o9 } } }",
    "graph in a subquery": "SELECT ?g WHERE { ?s :p ?o { SELECT ?g WHERE { GRAPH ?g { ?a ?b ?c } } } }",
    "$-variable, lower-case graph": "SELECT $g WHERE { ?s :p ?o graph $g { ?x ?y ?z } }",
    "the meta graph named outright": f"SELECT * WHERE {{ ?s :p ?o GRAPH <{META_GRAPH}> {{ ?x ?y ?z }} }}",
    "the meta graph as a prefixed name": "PREFIX m: <urn:shobun:> SELECT * WHERE { ?s :p ?o GRAPH m:meta { ?x ?y ?z } }",
    "the meta graph escaped": "SELECT * WHERE { ?s :p ?o GRAPH <urn:shobun:\\u006Deta> { ?x ?y ?z } }",
    "GRAPH inside a string and a comment": 'SELECT ?g ?t WHERE { ?s :p ?o BIND("GRAPH ?g {" AS ?t) # GRAPH ?g {\n GRAPH ?g { ?x ?y ?z } }',
    "ASK": "ASK { ?s :p ?o GRAPH ?g { ?s :p :o9 } }",
    "CONSTRUCT": "CONSTRUCT { ?s :in ?g } WHERE { ?s :p ?o GRAPH ?g { ?s ?y ?z } }",
    "two clauses, one nested in the other's group": "SELECT ?g ?h WHERE { ?s :p ?o GRAPH ?g { ?s ?y ?z } GRAPH ?h { ?a ?b ?c } }",
}


@pytest.mark.parametrize("query", list(CASES.values()), ids=list(CASES))
def test_the_rewrite_answers_as_if_there_were_no_bookkeeping(query: str) -> None:
    text = P + query
    expected = answer(store(with_meta=False), text)
    assert answer(store(with_meta=True), hidden(text)) == expected


def test_the_table_is_not_vacuous() -> None:
    """Without the rewrite most rows would see the bookkeeping graph."""
    leaks = [
        name for name, q in CASES.items()
        if answer(store(True), P + q) != answer(store(False), P + q)
    ]  # fmt: skip
    assert len(leaks) == len(CASES), leaks


@given(st.text(alphabet="GRAPH?g{}()<>\"'#\n .:\\u", max_size=200))
def test_any_text_is_rewritten_without_error(text: str) -> None:
    out = hidden(text)
    assert isinstance(out, str) and len(out) >= len(text.replace("\\u", "")) // 2
