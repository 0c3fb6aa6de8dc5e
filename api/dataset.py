"""Which RDF dataset a query runs on, as SPARQL 1.1 says, with the bookkeeping graph hidden.

In order: the protocol's `default-graph-uri` / `named-graph-uri` (either one given makes
the other part empty); else the query's own FROM / FROM NAMED (FROM alone: no named
graphs; FROM NAMED alone: an empty default graph); else the store's default, which is
the union of every notice as the default graph and every notice as a named graph.
`<urn:shobun:meta>` is never part of a dataset, whoever names it.

The query's FROM clauses are read from rdflib's parse tree (prefixed names and BASE
resolved), and only for queries whose text has the word FROM at all.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

import pyoxigraph as ox
from pyparsing import ParseException
from rdflib.plugins.sparql.algebra import translatePrologue
from rdflib.plugins.sparql.parser import parseQuery
from rdflib.plugins.sparql.parserutils import CompValue

from shobun.api.check import Refused, unescape
from shobun.graph.terms import META_GRAPH

_FROM = re.compile(r"\bFROM\b", re.IGNORECASE)
_GRAPH = re.compile(r"\bGRAPH\b", re.IGNORECASE)


@dataclass(frozen=True)
class Dataset:
    """The graphs merged into the default graph (None: the engine's own default graph,
    in the store the union of the notices), and the named graphs."""

    default: tuple[str, ...] | None
    named: tuple[str, ...]


def visible(iris: Sequence[str]) -> tuple[str, ...]:
    """The graphs a client may see: all but the bookkeeping graph, first occurrence kept."""
    return tuple(dict.fromkeys(i for i in iris if i != META_GRAPH))


def mentions_graph(text: str) -> bool:
    """Whether the query says GRAPH anywhere (so it may reach a named graph)."""
    return bool(_GRAPH.search(unescape(text)))


def reads_default_graph(text: str) -> bool:
    """Whether a query may match triples of the default graph: a triple pattern outside
    every GRAPH clause, or DESCRIBE (which describes from it). True when unsure."""
    try:
        stack: list[Any] = [parseQuery(text)]
    except ParseException:
        return True
    while stack:
        node = stack.pop()
        if isinstance(node, CompValue):
            if node.name in ("TriplesBlock", "DescribeQuery"):
                return True
            if node.name != "GraphGraphPattern":
                stack.extend(node.values())
        elif isinstance(node, list | tuple) or (
            hasattr(node, "asList") and not isinstance(node, str)
        ):
            stack.extend(list(node))
    return False


def query_dataset(text: str) -> Dataset | None:
    """The query's FROM / FROM NAMED graphs, or None when it has none."""
    if not _FROM.search(unescape(text)):
        return None
    try:
        tree = parseQuery(text)
    except ParseException as err:
        raise Refused("malformed_query", f"dataset clauses: {err}") from None
    clauses = tree[1].get("datasetClause") or []
    if not clauses:
        return None
    prologue = translatePrologue(tree[0], None)
    default: list[str] = []
    named: list[str] = []
    for clause in clauses:
        kind, into = ("default", default) if "default" in clause else ("named", named)
        into.append(str(prologue.absolutize(clause[kind])))
    return Dataset(visible(default), visible(named))


def dataset_for(
    text: str,
    protocol: Dataset,
    notice_graphs: Callable[[], Sequence[str]],
) -> Dataset | None:
    """The dataset to hand the engine; None: the store's own (union default, no names).

    Handing Oxigraph all 10 000 notice graphs makes `GRAPH ?g` queries 20–40× slower, so
    the store's own dataset is kept for queries that never say GRAPH, where the
    bookkeeping graph cannot be reached; a query that says GRAPH gets the notice list."""
    if protocol.default or protocol.named:
        return Dataset(visible(protocol.default or ()), visible(protocol.named))
    given = query_dataset(text)
    if given is not None:
        return given
    if mentions_graph(text):
        return Dataset(None, visible(notice_graphs()))
    return None


MAX_MERGED_QUADS = 1_000_000


def merged(
    store: ox.Store, dataset: Dataset, notices: Callable[[], Sequence[str]]
) -> tuple[ox.Store, Dataset]:
    """A store whose default graph is the RDF merge (a set) of several default graphs.

    Oxigraph evaluates a default graph of several graphs as their bag union (a triple
    in two of them matches twice); SPARQL's is their merge. All the notices merged is
    the maintained union, the store's own default graph; any other choice is copied,
    with its named graphs, into a store in memory (at most MAX_MERGED_QUADS quads)."""
    if dataset.default is None or len(dataset.default) < 2:
        return store, dataset
    if set(dataset.default) >= set(notices()):
        return store, Dataset(None, dataset.named)
    memory = ox.Store()
    targets: list[tuple[str, ox.NamedNode | ox.DefaultGraph]] = [
        *((i, ox.DefaultGraph()) for i in dataset.default),
        *((i, ox.NamedNode(i)) for i in dataset.named),
    ]
    for iri, into in targets:
        _copy(store, memory, iri, into)
        if len(memory) > MAX_MERGED_QUADS:
            message = f"a merged default graph is copied; this one is over {MAX_MERGED_QUADS} quads"
            raise Refused("dataset_too_large", message)
    return memory, Dataset(None, dataset.named)


Result = ox.QuerySolutions | ox.QueryBoolean | ox.QueryTriples


def run(store: ox.Store, dataset: Dataset, text: str) -> Result:
    """The query on `store` over exactly `dataset` (both parts given, so the query's own
    FROM clauses, which Oxigraph would otherwise mix in, cannot count)."""
    default = dataset.default
    result: Result = store.query(
        text,
        default_graph=[ox.DefaultGraph()]
        if default is None
        else [ox.NamedNode(g) for g in default],
        named_graphs=[ox.NamedNode(g) for g in dataset.named],
    )
    return result


def _copy(
    source: ox.Store, target: ox.Store, iri: str, into: ox.NamedNode | ox.DefaultGraph
) -> None:
    quads = source.quads_for_pattern(None, None, None, ox.NamedNode(iri))
    target.extend(ox.Quad(q.subject, q.predicate, q.object, into) for q in quads)
