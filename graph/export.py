"""`shobun export`: the store as RDF dumps, a GraphML network, or a CSV of actions.

`nq`, `trig` and `jsonld` hold every notice in its named graph (the union default
graph is derived, and the bookkeeping graph is ours); `ttl` is the union graph. All
are streamed from the store, so exporting does not hold the corpus in memory (JSON-LD
is compacted with shobun's `@context` one notice graph at a time).
"""

from __future__ import annotations

import csv
import io
from collections.abc import Callable, Iterator
from itertools import groupby
from typing import BinaryIO

import networkx as nx
import pyoxigraph as ox
import rdflib

from shobun.graph import jsonld
from shobun.graph.facts import ActionFact, actions, provision_labels
from shobun.graph.store import GraphStore
from shobun.ontology import namespaces

PREFIXES = {
    **namespaces("sbo"),
    "id": "https://w3id.org/shobun/id/",
    **namespaces("dcterms", "rdfs", "skos", "prov", "oa", "xsd"),
}

CSV_COLUMNS = (
    "authority",
    "date",
    "addressee",
    "corporate_number",
    "action_type",
    "legal_basis",
    "violated_provisions",
    "amount",
    "deadline",
    "notice",
    "source",
)


def _rdf(fmt: ox.RdfFormat) -> Callable[[GraphStore, BinaryIO], None]:
    def write(store: GraphStore, out: BinaryIO) -> None:
        if fmt.supports_datasets:
            ox.serialize(store.iter_quads("notices"), out, fmt, prefixes=PREFIXES)
        else:
            triples = (q.triple for q in store.iter_quads("union"))
            ox.serialize(triples, out, fmt, prefixes=PREFIXES)

    return write


def _notice_graphs(store: GraphStore) -> Iterator[tuple[str, rdflib.Graph]]:
    """Each notice graph in turn (quads come grouped by graph; a graph split in two
    would give two entries with one `@id`, which JSON-LD merges)."""
    for name, quads in groupby(store.iter_quads("notices"), key=lambda q: q.graph_name):
        triples = ox.serialize((q.triple for q in quads), format=ox.RdfFormat.N_TRIPLES)
        yield str(getattr(name, "value", name)), jsonld.to_graph(triples or b"")


def write_jsonld(store: GraphStore, out: BinaryIO) -> None:
    """Every notice in its named graph, with shobun's `@context` (readable keys) inline."""
    for chunk in jsonld.named_graphs_document(_notice_graphs(store)):
        out.write(chunk)


def write_csv(store: GraphStore, out: BinaryIO) -> None:
    """One row per action, with the columns enforcement trackers use."""
    labels = provision_labels(store)
    text = io.TextIOWrapper(out, encoding="utf-8", newline="")
    writer = csv.writer(text)
    writer.writerow(CSV_COLUMNS)
    for fact in actions(store):
        writer.writerow(_csv_row(fact, labels))
    text.flush()
    text.detach()


def _csv_row(f: ActionFact, labels: dict[str, str]) -> list[str]:
    return [
        f.authority_label,
        f.date,
        f.addressee_label,
        f.corporate_number,
        f.kind,
        labels.get(f.legal_basis, f.legal_basis),
        "; ".join(labels.get(p, p) for p in f.violated),
        "" if f.amount is None else str(f.amount),
        f.deadline,
        f.notice,
        f.source,
    ]


def network(store: GraphStore) -> nx.MultiDiGraph:
    """The company–action–provision network: who imposed what on whom, under what."""
    labels = provision_labels(store)
    g = nx.MultiDiGraph()
    for f in actions(store):
        g.add_node(f.iri, kind="Action", label=f.kind, date=f.date, notice=f.notice)
        if f.authority:
            g.add_node(f.authority, kind="Authority", label=f.authority_label)
            g.add_edge(f.authority, f.iri, relation="imposed")
        if f.addressee:
            g.add_node(f.addressee, kind="Organization", label=f.addressee_label)
            g.add_edge(f.iri, f.addressee, relation="addressee")
        provisions = [("legalBasis", f.legal_basis)] if f.legal_basis else []
        provisions += [("violated", p) for p in f.violated]
        for relation, provision in provisions:
            g.add_node(provision, kind="Provision", label=labels.get(provision, provision))
            g.add_edge(f.iri, provision, relation=relation)
    return g


def write_graphml(store: GraphStore, out: BinaryIO) -> None:
    nx.write_graphml(network(store), out, encoding="utf-8")


WRITERS: dict[str, Callable[[GraphStore, BinaryIO], None]] = {
    "nq": _rdf(ox.RdfFormat.N_QUADS),
    "trig": _rdf(ox.RdfFormat.TRIG),
    "ttl": _rdf(ox.RdfFormat.TURTLE),
    "jsonld": write_jsonld,
    "graphml": write_graphml,
    "csv": write_csv,
}
FORMATS = tuple(WRITERS)


def export(store: GraphStore, fmt: str, out: BinaryIO) -> None:
    """Write the store to `out` in `fmt` (one of FORMATS)."""
    WRITERS[fmt](store, out)
