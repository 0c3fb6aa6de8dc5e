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

from shobun.core.vocabulary import NAMESPACES, namespaces

__all__ = [
    "NAMESPACES",
    "load_ontology",
    "load_shapes",
    "namespaces",
    "ontology_path",
    "shapes_path",
]

ONTOLOGY_DIR: Path = Path(__file__).resolve().parent


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
