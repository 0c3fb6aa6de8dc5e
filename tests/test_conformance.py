"""Every graph the parser makes, over the whole corpus: spans point at their surface,
SHACL shapes are satisfied, provenance is on every extracted node."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest
from pyshacl import validate
from rdflib import RDF, Graph, Namespace, URIRef

from shobun.graph.build import notice_graph
from shobun.ontology import load_ontology, load_shapes
from shobun.parser import parse_path
from shobun.parser.model import Notice, Span

ROOT = Path(__file__).resolve().parent.parent
CORPUS = sorted(
    p
    for folder in (ROOT / "corpus", ROOT / "tests" / "data" / "styles")
    for p in folder.glob("*.*")
    if p.suffix in (".md", ".txt", ".html") and p.stem != "README"
)
SBO = Namespace("https://w3id.org/shobun/ontology#")
PROV = Namespace("http://www.w3.org/ns/prov#")
OA = Namespace("http://www.w3.org/ns/oa#")


def spans(obj: object) -> list[Span]:
    if isinstance(obj, Span):
        return [obj]
    if dataclasses.is_dataclass(obj) and not isinstance(obj, type):
        return [s for f in dataclasses.fields(obj) for s in spans(getattr(obj, f.name))]
    if isinstance(obj, (list, tuple)):
        return [s for x in obj for s in spans(x)]
    return []


@pytest.fixture(scope="module", params=CORPUS, ids=[p.name for p in CORPUS])
def parsed(request: pytest.FixtureRequest) -> tuple[Notice, Graph]:
    notice = parse_path(request.param)
    return notice, notice_graph(notice)[1]


def test_every_span_is_the_text_it_names(parsed: tuple[Notice, Graph]) -> None:
    notice, _ = parsed
    found = spans(notice)
    assert found
    for s in found:
        assert notice.text[s.start : s.end] == s.surface


def test_graph_conforms_to_the_shapes(parsed: tuple[Notice, Graph]) -> None:
    _, graph = parsed
    conforms, _, report = validate(graph, shacl_graph=load_shapes(), ont_graph=load_ontology())
    assert conforms, report


@pytest.mark.parametrize(
    "cls",
    ["Organization", "Company", "Authority", "Provision", "Violation", "Incident", "Quantity"],
)
def test_extracted_nodes_carry_provenance(parsed: tuple[Notice, Graph], cls: str) -> None:
    _, graph = parsed
    notice_iri = next(graph.subjects(RDF.type, SBO.Notice))
    text = str(graph.value(notice_iri, SBO.text))
    for node in graph.subjects(RDF.type, SBO[cls]):
        assert (node, PROV.wasDerivedFrom, notice_iri) in graph
        selectors = list(graph.objects(node, SBO.evidence))
        assert selectors, node
        for sel in selectors:
            start, end = (int(graph.value(sel, OA[k])) for k in ("start", "end"))
            assert text[start:end] == str(graph.value(sel, OA.exact))


def test_actions_carry_provenance(parsed: tuple[Notice, Graph]) -> None:
    _, graph = parsed
    actions = set(graph.subjects(SBO.announcedIn, None))
    assert actions
    for node in actions:
        assert isinstance(node, URIRef)
        assert list(graph.objects(node, SBO.evidence))
