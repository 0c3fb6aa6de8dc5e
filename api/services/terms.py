"""The ontology's terms as its HTML page lists them: kind, ja/en labels and comments,
and the terms each is defined against (super-class, domain, range)."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

import pyoxigraph as ox
import rdflib
from rdflib import OWL, RDF, RDFS
from rdflib.collection import Collection

from shobun.api.vocab import SBO, curie

KINDS = (
    (OWL.Class, "クラス (class)"),
    (OWL.ObjectProperty, "オブジェクトプロパティ (object property)"),
    (OWL.DatatypeProperty, "データプロパティ (datatype property)"),
    (OWL.AnnotationProperty, "注釈プロパティ (annotation property)"),
)


@dataclass(frozen=True)
class Term:
    name: str
    iri: str
    kind: str
    label_ja: str
    label_en: str
    comment_ja: str
    comment_en: str
    related: tuple[tuple[str, str], ...]  # (relation, CURIE)


def _text(g: rdflib.Graph, s: rdflib.term.Node, p: rdflib.URIRef, lang: str) -> str:
    return next((str(o) for o in g.objects(s, p) if getattr(o, "language", None) == lang), "")


def _related(g: rdflib.Graph, s: rdflib.term.Node) -> tuple[tuple[str, str], ...]:
    out = []
    for name, p in (
        ("上位", RDFS.subClassOf),
        ("上位", RDFS.subPropertyOf),
        ("定義域", RDFS.domain),
        ("値域", RDFS.range),
    ):
        out += [(name, shown) for o in sorted(g.objects(s, p), key=str) if (shown := _shown(g, o))]
    return tuple(out)


def _shown(g: rdflib.Graph, o: rdflib.term.Node) -> str:
    """A term's CURIE; a union of datatypes (sbo:item's range) as `xsd:integer | xsd:string`."""
    if isinstance(o, rdflib.URIRef):
        return curie(str(o))
    members = g.value(o, OWL.unionOf)
    if members is None:
        return ""
    return " | ".join(curie(str(m)) for m in Collection(g, members))


@cache
def ontology_graph() -> rdflib.Graph:
    from shobun.ontology import load_ontology

    return load_ontology()


@cache
def ontology_triples() -> tuple[ox.Triple, ...]:
    """The ontology as Oxigraph triples (parsed from its shipped Turtle)."""
    from shobun.ontology import ontology_path

    data = ontology_path().read_bytes()
    return tuple(q.triple for q in ox.parse(data, format=ox.RdfFormat.TURTLE))


@cache
def terms() -> tuple[tuple[str, tuple[Term, ...]], ...]:
    """Every sbo: term, grouped by kind, in name order."""
    g = ontology_graph()
    groups = []
    for kind, title in KINDS:
        found = []
        for s in sorted(g.subjects(RDF.type, kind), key=str):
            if isinstance(s, rdflib.URIRef) and str(s).startswith(SBO):
                found.append(_term(g, s, title))
        groups.append((title, tuple(found)))
    return tuple((t, ts) for t, ts in groups if ts)


def _term(g: rdflib.Graph, s: rdflib.URIRef, kind: str) -> Term:
    return Term(
        name=str(s)[len(SBO) :],
        iri=str(s),
        kind=kind,
        label_ja=_text(g, s, RDFS.label, "ja"),
        label_en=_text(g, s, RDFS.label, "en"),
        comment_ja=_text(g, s, RDFS.comment, "ja"),
        comment_en=_text(g, s, RDFS.comment, "en"),
        related=_related(g, s),
    )
