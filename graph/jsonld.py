"""JSON-LD with shobun's published `@context`: readable keys (`addressee`, `legalBasis` …)
for the vocabulary's properties, built from the ontology so it can never lag behind it.

The context is served at `/context.jsonld` (`shobun serve`) and embedded in the dumps of
`shobun export --format jsonld`; `compact()` writes a graph with it. Object properties
are typed `@id`, so their values are plain IRI strings; literals keep their datatypes.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from functools import cache
from typing import Any

import rdflib
from rdflib import OWL, RDF

from shobun.ontology import NAMESPACES

SBO = NAMESPACES["sbo"]
CONTEXT_PREFIXES = {k: v for k, v in NAMESPACES.items() if k != "rdf"}
# Keys for the terms of other vocabularies a notice's graph uses.
OTHER_TERMS: dict[str, dict[str, str]] = {
    "label": {"@id": "rdfs:label"},
    "altLabel": {"@id": "skos:altLabel"},
    "title": {"@id": "dcterms:title"},
    "issued": {"@id": "dcterms:issued"},
    "date": {"@id": "dcterms:date"},
    "identifier": {"@id": "dcterms:identifier"},
    "wasDerivedFrom": {"@id": "prov:wasDerivedFrom", "@type": "@id"},
    "start": {"@id": "oa:start"},
    "end": {"@id": "oa:end"},
    "exact": {"@id": "oa:exact"},
}


@cache
def context() -> dict[str, Any]:
    """The `@context` object: prefixes, `id`/`type` aliases, one key per property."""
    from shobun.ontology import load_ontology

    onto = load_ontology()
    terms: dict[str, Any] = {"id": "@id", "type": "@type", **CONTEXT_PREFIXES}
    for kind, coerce in ((OWL.DatatypeProperty, False), (OWL.ObjectProperty, True)):
        for prop in sorted(onto.subjects(RDF.type, kind), key=str):
            name = str(prop)
            if name.startswith(SBO):
                key = name[len(SBO) :]
                entry = {"@id": f"sbo:{key}"}
                terms[key] = {**entry, "@type": "@id"} if coerce else entry
    for key, entry in OTHER_TERMS.items():
        terms.setdefault(key, entry)
    return terms


def context_document() -> bytes:
    """The context as the document served at its stable URL."""
    return json.dumps({"@context": context()}, ensure_ascii=False, indent=1).encode()


def compact(graph: rdflib.Graph, context_ref: str | None = None) -> dict[str, Any]:
    """`graph` as compacted JSON-LD using the context; `@context` is the URL
    `context_ref` when given (a published context), else the context itself, inline."""
    text = graph.serialize(format="json-ld", context=context(), auto_compact=True)
    doc: dict[str, Any] = json.loads(text)
    doc["@context"] = context_ref or context()
    return doc


def to_graph(ntriples: bytes | str) -> rdflib.Graph:
    """N-Triples → an rdflib graph."""
    data = ntriples.decode() if isinstance(ntriples, bytes) else ntriples
    return rdflib.Graph().parse(data=data, format="nt")


def dump(graph: rdflib.Graph, context_ref: str | None = None) -> bytes:
    return json.dumps(compact(graph, context_ref), ensure_ascii=False, indent=1).encode()


def named_graphs_document(
    graphs: Iterable[tuple[str, rdflib.Graph]], context_ref: str | None = None
) -> Iterable[bytes]:
    """A dataset as one JSON-LD document, one `{"@id": g, "@graph": [...]}` per named
    graph, written a graph at a time (so a dump never holds the corpus in memory)."""
    head = json.dumps(context_ref or context(), ensure_ascii=False)
    yield b'{"@context": ' + head.encode() + b', "@graph": [\n'
    first = True
    for name, graph in graphs:
        nodes = compact(graph)
        body = nodes.get("@graph", [] if len(nodes) == 1 else [_node(nodes)])
        entry = {"@id": name, "@graph": body}
        yield (b"" if first else b",\n") + json.dumps(entry, ensure_ascii=False).encode()
        first = False
    yield b"\n]}\n"


def _node(doc: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in doc.items() if k != "@context"}
