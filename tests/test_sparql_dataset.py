"""SPARQL 1.1 datasets on the real server, as a table: the W3C dataset cases (rdf-tests
sparql10/dataset, dataset-01 … 12b) and the protocol's dataset cases (sparql11/protocol,
query_dataset_*), rewritten over the corpus's notice graphs, plus the bookkeeping graph.

Each row gives a query's parts, how it is sent, and the dataset SPARQL 1.1 says it runs
on. The expected rows come from an oracle that knows nothing of the server: an in-memory
Oxigraph store holding exactly that dataset (graphs read from the store on disk), on
which the query body runs without any FROM clause.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pyoxigraph as ox
import pytest

from shobun.graph.store import EmbeddedStore
from shobun.graph.terms import META_GRAPH

if TYPE_CHECKING:
    from conftest_api import Server

pytest_plugins = ["conftest_api"]
ALL = "ABCDE"  # the five corpus notices, in IRI order
ANY = "{ ?s ?p ?o }"
GRAPHS = "{ GRAPH ?g { ?s ?p ?o } }"
BOTH = "{ { ?s ?p ?o } UNION { GRAPH ?g { ?s ?p ?o } } }"
JOIN = "{ ?s ?p ?o GRAPH ?g { ?s ?q ?v } }"


@dataclass(frozen=True)
class Case:
    """`body` runs with `clauses` (FROM …, letters for notices, M for the bookkeeping graph)
    sent `how`; `default`/`named` is the dataset it must see (None: the union / all)."""

    body: str
    clauses: str = ""
    default: str | None = None
    named: str | None = None
    how: str = "get"
    protocol: dict[str, str] = field(default_factory=dict)
    prologue: str = ""


CASES = {
    # rdf-tests sparql10/dataset
    "dataset-01 FROM: the default graph": Case(ANY, "FROM <A>", "A", ""),
    "dataset-02 FROM NAMED only: an empty default graph": Case(ANY, "FROM NAMED <A>", "", "A"),
    "dataset-03 FROM NAMED: GRAPH ?g sees it": Case(GRAPHS, "FROM NAMED <A>", "", "A"),
    "dataset-04 FROM only: no named graphs": Case(GRAPHS, "FROM <A>", "A", ""),
    "dataset-05 FROM + FROM NAMED, default": Case(ANY, "FROM <A> FROM NAMED <B>", "A", "B"),
    "dataset-06 FROM + FROM NAMED, GRAPH": Case(GRAPHS, "FROM <A> FROM NAMED <B>", "A", "B"),
    "dataset-07 FROM + FROM NAMED, union": Case(BOTH, "FROM <A> FROM NAMED <B>", "A", "B"),
    "dataset-08 FROM + FROM NAMED, join": Case(JOIN, "FROM <A> FROM NAMED <B>", "A", "B"),
    "dataset-09 the same graph both ways": Case(JOIN, "FROM <B> FROM NAMED <B>", "B", "B"),
    "dataset-11 one default, four named": Case(
        BOTH, "FROM <A> FROM NAMED <A> FROM NAMED <B> FROM NAMED <C> FROM NAMED <D>", "A", "ABCD"
    ),
    "dataset-12 four merged, four named": Case(
        BOTH, " ".join(f"FROM <{n}> FROM NAMED <{n}>" for n in ALL), ALL, ALL
    ),
    "dataset-12b three merged: a set, not a bag": Case(
        BOTH, "FROM <B> FROM <C> FROM <D> FROM NAMED <A>", "BCD", "A"
    ),
    "FROM with BASE-relative IRIs": Case(ANY, "FROM <~A>", "A", "", prologue="BASE <~>"),
    "FROM with a prefixed name": Case(ANY, "FROM n:~A", "A", "", prologue="PREFIX n: <~>"),
    # rdf-tests sparql11/protocol
    "query_dataset_default_graph_get": Case(BOTH, "", "A", "", protocol={"default": "A"}),
    "query_dataset_default_graphs_post": Case(BOTH, "", "AB", "", "form", {"default": "A B"}),
    "query_dataset_named_graphs_post": Case(BOTH, "", "", "AB", "form", {"named": "A B"}),
    "query_dataset_named_graphs_get": Case(BOTH, "", "", "AB", protocol={"named": "A B"}),
    "query_dataset_full": Case(BOTH, "", "A", "BC", "form", {"default": "A", "named": "B C"}),
    "query_multiple_dataset: the protocol wins over FROM": Case(
        BOTH, "FROM <C> FROM NAMED <D>", "A", "B", "form", {"default": "A", "named": "B"}
    ),
    "direct POST with dataset parameters in the URL": Case(
        BOTH, "", "B", "C", "direct", {"default": "B", "named": "C"}
    ),
    # the store's own dataset
    "no dataset: the union default graph": Case(ANY),
    "no dataset: every notice a named graph": Case(GRAPHS),
    "no dataset: union and named together": Case(BOTH),
    "GRAPH <iri> of a notice": Case("{ GRAPH <A> { ?s ?p ?o } }"),
    "GRAPH ?g inside FILTER EXISTS": Case("{ ?s ?p ?o FILTER EXISTS { GRAPH ?g { ?s ?p ?o } } }"),
    # the bookkeeping graph is never visible
    "GRAPH <urn:shobun:meta>": Case("{ GRAPH <M> { ?s ?p ?o } }"),
    "GRAPH s:meta through a prefix": Case(
        "{ GRAPH s:meta { ?s ?p ?o } }", prologue="PREFIX s: <urn:shobun:>"
    ),
    "FROM <urn:shobun:meta>": Case(ANY, "FROM <M>", "", ""),
    "FROM NAMED <urn:shobun:meta>": Case(BOTH, "FROM NAMED <M> FROM NAMED <A>", "", "A"),
    "default-graph-uri=urn:shobun:meta": Case(BOTH, "", "", "", protocol={"default": "M"}),
    "named-graph-uri=urn:shobun:meta": Case(BOTH, "", "", "A", "form", {"named": "M A"}),
}


@pytest.fixture(scope="module")
def notices(store_dir: Path) -> dict[str, str]:
    """Letters → notice IRIs (and M → the bookkeeping graph)."""
    with EmbeddedStore(store_dir, read_only=True) as store:
        iris = store.notices()
    assert len(iris) == len(ALL)
    return {**dict(zip(ALL, iris, strict=True)), "M": META_GRAPH}


@pytest.fixture(scope="module")
def graphs(store_dir: Path, notices: dict[str, str]) -> dict[str, list[ox.Triple]]:
    """Each notice's triples, straight from the store on disk."""
    with EmbeddedStore(store_dir, read_only=True) as store:
        quads = list(store.oxigraph.quads_for_pattern(None, None, None, None))
    return {
        letter: [q.triple for q in quads if q.graph_name == ox.NamedNode(iri)]
        for letter, iri in notices.items()
    }


def fill(text: str, notices: dict[str, str]) -> str:
    """Letters in <X>, `~X` and `<~>` become notice IRIs (`~X`: relative to the base)."""
    base = notices["A"].rsplit("/", 1)[0] + "/"
    for letter, iri in notices.items():
        text = text.replace(f"<{letter}>", f"<{iri}>").replace(f"~{letter}", iri[len(base) :])
    return text.replace("<~>", f"<{base}>")


def oracle(case: Case, graphs: dict[str, list[ox.Triple]], notices: dict[str, str]) -> Any:
    """The rows of the body over an in-memory store holding exactly the expected dataset."""
    memory = ox.Store()
    default = ALL if case.default is None else case.default
    for letter in default:
        memory.extend(ox.Quad(t.subject, t.predicate, t.object) for t in graphs[letter])
    for letter in ALL if case.named is None else case.named:
        name = ox.NamedNode(notices[letter])
        memory.extend(ox.Quad(t.subject, t.predicate, t.object, name) for t in graphs[letter])
    body = fill(case.body, notices)
    result = memory.query(f"{fill(case.prologue, notices)} SELECT * {body}")
    assert isinstance(result, ox.QuerySolutions)
    return rows(json.loads(result.serialize(format=ox.QueryResultsFormat.JSON) or b"{}"))


def rows(results: dict[str, Any]) -> list[str]:
    """Solutions as sorted canonical JSON strings (a bag: duplicates kept)."""
    return sorted(json.dumps(b, sort_keys=True) for b in results["results"]["bindings"])


def send(server: Server, case: Case, notices: dict[str, str]) -> Any:
    query = fill(f"{case.prologue} SELECT * {case.clauses} {case.body}", notices)
    params = [
        (f"{part}-graph-uri", notices[letter])
        for part in ("default", "named")
        for letter in case.protocol.get(part, "").split()
    ]
    accept = {"Accept": "application/sparql-results+json"}
    if case.how == "get":
        return server.client.get("/sparql", params=[("query", query), *params], headers=accept)
    if case.how == "form":
        return server.client.post("/sparql", data=dict_of([("query", query), *params]))
    headers = {**accept, "Content-Type": "application/sparql-query"}
    return server.client.post("/sparql", params=params, content=query.encode(), headers=headers)


def dict_of(pairs: list[tuple[str, str]]) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for key, value in pairs:
        out.setdefault(key, []).append(value)
    return out


@pytest.mark.parametrize("case", list(CASES.values()), ids=list(CASES))
def test_dataset(
    server: Server,
    case: Case,
    notices: dict[str, str],
    graphs: dict[str, list[ox.Triple]],
) -> None:
    r = send(server, case, notices)
    assert r.status_code == 200, r.text
    assert rows(r.json()) == oracle(case, graphs, notices)


def test_the_cases_see_something(graphs: dict[str, list[ox.Triple]]) -> None:
    """The table is not vacuous: every notice graph has triples, the bookkeeping too, and
    notices C and D share triples (so a bag union of them differs from their merge)."""
    assert all(len(graphs[letter]) > 10 for letter in ALL) and graphs["M"]
    bag = [t for letter in "CD" for t in graphs[letter]]
    assert len(set(bag)) < len(bag)
