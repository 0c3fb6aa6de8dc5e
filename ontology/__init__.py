"""The shobun ontology (OWL) and its SHACL shapes, shipped as package data.

`shobun.ttl` defines every term of the vocabulary contract with `@ja`/`@en` labels and
alignments to ELI, W3C ORG, schema.org, PROV-O, Web Annotation and DPV; `shapes.ttl`
says what a notice's graph must look like. Each loader returns a fresh graph, so callers
may add to it freely.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import rdflib

ONTOLOGY_DIR: Path = Path(__file__).resolve().parent

# The namespaces a notice's graph and its descriptions use, one table for the whole
# project: SPARQL prefixes, RDF documents, the JSON-LD context and exports draw from it.
NAMESPACES: dict[str, str] = {
    "sbo": "https://w3id.org/shobun/ontology#",
    "dcterms": "http://purl.org/dc/terms/",
    "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
    "skos": "http://www.w3.org/2004/02/skos/core#",
    "oa": "http://www.w3.org/ns/oa#",
    "prov": "http://www.w3.org/ns/prov#",
    "xsd": "http://www.w3.org/2001/XMLSchema#",
    "owl": "http://www.w3.org/2002/07/owl#",
    "void": "http://rdfs.org/ns/void#",
    "sd": "http://www.w3.org/ns/sparql-service-description#",
}


def namespaces(*names: str) -> dict[str, str]:
    """The namespaces named, in the order given."""
    return {n: NAMESPACES[n] for n in names}


def ontology_path() -> Path:
    """Where the OWL ontology (Turtle) is."""
    return ONTOLOGY_DIR / "shobun.ttl"


def shapes_path() -> Path:
    """Where the SHACL shapes (Turtle) are."""
    return ONTOLOGY_DIR / "shapes.ttl"


def load_ontology() -> rdflib.Graph:
    """The ontology as a new graph."""
    return _load(ontology_path())


def load_shapes() -> rdflib.Graph:
    """The SHACL shapes as a new graph."""
    return _load(shapes_path())


def _load(path: Path) -> rdflib.Graph:
    import rdflib  # here: what imports the namespaces alone need not load rdflib

    graph = rdflib.Graph()
    graph.parse(path, format="turtle")
    return graph
