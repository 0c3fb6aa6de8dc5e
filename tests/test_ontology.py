"""The ontology defines the vocabulary contract, documents every term, and its shapes
accept a well-formed notice graph and reject the broken ones."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from pathlib import Path

import pyshacl
import pytest
import rdflib
from rdflib import DCTERMS, OWL, RDF, RDFS, SH, Literal, URIRef
from rdflib.term import Node

from shobun.ontology import load_ontology, load_shapes, ontology_path, shapes_path

SBO = rdflib.Namespace("https://w3id.org/shobun/ontology#")
OA = rdflib.Namespace("http://www.w3.org/ns/oa#")
ELI = rdflib.Namespace("http://data.europa.eu/eli/ontology#")
ORG = rdflib.Namespace("http://www.w3.org/ns/org#")
SCHEMA = rdflib.Namespace("https://schema.org/")
PROV = rdflib.Namespace("http://www.w3.org/ns/prov#")
DPV = rdflib.Namespace("https://w3id.org/dpv#")
RISK = rdflib.Namespace("https://w3id.org/dpv/risk#")

ONTOLOGY = load_ontology()
SHAPES = load_shapes()

# ---------------------------------------------------------------------------
# The vocabulary contract (../shared/contract/vocabulary.md), term by term
# ---------------------------------------------------------------------------

ACTION_CLASSES = (
    "Recommendation", "Order", "EmergencyOrder", "Guidance", "Advice", "ReportRequest",
    "OnSiteInspection", "Warning", "Caution", "BusinessImprovementOrder",
    "BusinessSuspensionOrder", "MeasuresOrder", "CeaseAndDesistOrder", "SurchargeOrder",
    "RegistrationRevocation", "CriminalReferral",
)  # fmt: skip
CONTRACT_CLASSES = (
    "Notice", "ReferencedDocument", "Section", "Organization", "Authority", "Company",
    "PublicBody", "Statute", "Provision", "EnforcementAction", *ACTION_CLASSES,
    "Violation", "Incident", "Quantity",
)  # fmt: skip
CONTRACT_OBJECT_PROPERTIES = (
    "issuedBy", "cites", "references", "inDocument", "parentSection", "entrusts",
    "ofStatute", "addressee", "imposedBy", "legalBasis", "remedies", "detailedIn",
    "announcedIn", "describedIn", "committedBy", "violatedProvision", "involves",
    "quantity", "evidence",
)  # fmt: skip
CONTRACT_DATATYPE_PROPERTIES = (
    "issuedText", "text", "warning", "sectionPath", "heading", "corporateNumber",
    "lawNumber", "eGovLawId", "article", "paragraph", "item", "deadline",
    "requestedContent", "amount", "description", "affectedPersons", "approximate",
    "periodStart", "periodEnd", "value", "unit", "countOf",
)  # fmt: skip
# Terms the project adds beyond the contract.
EXTENSION_DATATYPE_PROPERTIES = (
    "contentHash", "sourceUrl", "sourcePath", "mediaType", "sanctionTerm", "sourceMetadata",
    "caption", "currentTitle",
)  # fmt: skip
EXTENSION_OBJECT_PROPERTIES = ("currentProvision",)

DECLARATIONS = (
    [(name, OWL.Class) for name in CONTRACT_CLASSES]
    + [(name, OWL.ObjectProperty) for name in CONTRACT_OBJECT_PROPERTIES]
    + [(name, OWL.DatatypeProperty) for name in CONTRACT_DATATYPE_PROPERTIES]
    + [(name, OWL.DatatypeProperty) for name in EXTENSION_DATATYPE_PROPERTIES]
    + [(name, OWL.ObjectProperty) for name in EXTENSION_OBJECT_PROPERTIES]
)
ALL_TERMS = [name for name, _ in DECLARATIONS]
DECLARING_TYPES = (OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty, OWL.AnnotationProperty)


def declared_sbo_terms() -> set[URIRef]:
    return {
        s
        for t in DECLARING_TYPES
        for s in ONTOLOGY.subjects(RDF.type, t)
        if isinstance(s, URIRef) and s in SBO
    }


def literals(subject: Node | None, predicate: URIRef) -> list[Literal]:
    return [o for o in ONTOLOGY.objects(subject, predicate) if isinstance(o, Literal)]


@pytest.mark.parametrize("path", [ontology_path(), shapes_path()], ids=lambda p: p.name)
def test_file_parses_as_turtle(path: Path) -> None:
    graph = rdflib.Graph().parse(path, format="turtle")
    assert len(graph) > 100


@pytest.mark.parametrize(("name", "rdf_type"), DECLARATIONS, ids=[n for n, _ in DECLARATIONS])
def test_term_is_declared_with_its_owl_type(name: str, rdf_type: URIRef) -> None:
    assert (SBO[name], RDF.type, rdf_type) in ONTOLOGY


def test_every_declared_term_is_listed_here() -> None:
    """A new term must be added to the tables above, so the label test covers it."""
    assert {t.removeprefix(str(SBO)) for t in declared_sbo_terms()} == set(ALL_TERMS)


@pytest.mark.parametrize("name", ALL_TERMS)
def test_term_has_ja_and_en_label_and_comment(name: str) -> None:
    assert {lit.language for lit in literals(SBO[name], RDFS.label)} >= {"ja", "en"}
    assert {lit.language for lit in literals(SBO[name], RDFS.comment)} >= {"ja", "en"}


def test_labels_are_unique_per_language() -> None:
    labels = Counter((str(lit), lit.language) for lit in literals(None, RDFS.label))
    assert [label for label, n in labels.items() if n > 1] == []


def test_ontology_header() -> None:
    (header,) = ONTOLOGY.subjects(RDF.type, OWL.Ontology)
    titles = {lit.language for lit in literals(header, DCTERMS.title)}
    assert titles == {"ja", "en"}
    assert (header, OWL.versionInfo, Literal("0.1.0")) in ONTOLOGY
    assert (header, DCTERMS.description, None) in ONTOLOGY


# ---------------------------------------------------------------------------
# Class tree and alignments
# ---------------------------------------------------------------------------

SUBCLASSES = [(child, "Organization") for child in ("Authority", "Company", "PublicBody")] + [
    (child, "EnforcementAction") for child in ACTION_CLASSES
]


@pytest.mark.parametrize(("child", "parent"), SUBCLASSES, ids=[c for c, _ in SUBCLASSES])
def test_subclass_tree(child: str, parent: str) -> None:
    assert (SBO[child], RDFS.subClassOf, SBO[parent]) in ONTOLOGY


@pytest.mark.parametrize("name", ACTION_CLASSES)
def test_action_class_has_no_other_sbo_superclass(name: str) -> None:
    """So that each action keeps exactly one action class under RDFS entailment."""
    parents = ONTOLOGY.objects(SBO[name], RDFS.subClassOf)
    assert {p for p in parents if isinstance(p, URIRef) and p in SBO} == {SBO.EnforcementAction}


ALIGNMENTS = [
    pytest.param(SBO.Statute, RDFS.subClassOf, ELI.LegalResource, id="Statute-eli"),
    pytest.param(SBO.Provision, RDFS.subClassOf, ELI.LegalResourceSubdivision, id="Provision-eli"),
    pytest.param(SBO.ofStatute, RDFS.subPropertyOf, ELI.is_part_of, id="ofStatute-eli"),
    pytest.param(SBO.eGovLawId, RDFS.subPropertyOf, ELI.id_local, id="eGovLawId-eli"),
    pytest.param(SBO.Organization, RDFS.subClassOf, ORG.FormalOrganization, id="Organization-org"),
    pytest.param(SBO.Organization, RDFS.subClassOf, SCHEMA.Organization, id="Organization-schema"),
    pytest.param(SBO.corporateNumber, RDFS.subPropertyOf, ORG.identifier, id="corporateNumber-org"),
    pytest.param(
        SBO.Authority, RDFS.subClassOf, SCHEMA.GovernmentOrganization, id="Authority-schema"
    ),
    pytest.param(SBO.Authority, RDFS.subClassOf, DPV.Authority, id="Authority-dpv"),
    pytest.param(SBO.Notice, RDFS.subClassOf, PROV.Entity, id="Notice-prov"),
    pytest.param(SBO.EnforcementAction, RDFS.subClassOf, PROV.Activity, id="Action-prov"),
    pytest.param(SBO.imposedBy, RDFS.subPropertyOf, PROV.wasAssociatedWith, id="imposedBy-prov"),
    pytest.param(SBO.Incident, RDFS.subClassOf, RISK.Incident, id="Incident-dpv"),
    pytest.param(SBO.evidence, RDFS.range, OA.TextPositionSelector, id="evidence-oa"),
    pytest.param(SBO.Quantity, RDFS.subClassOf, SCHEMA.QuantitativeValue, id="Quantity-schema"),
]


@pytest.mark.parametrize(("term", "predicate", "external"), ALIGNMENTS)
def test_alignment(term: URIRef, predicate: URIRef, external: URIRef) -> None:
    assert (term, predicate, external) in ONTOLOGY


# ---------------------------------------------------------------------------
# The shapes themselves
# ---------------------------------------------------------------------------


def test_shapes_are_valid_shacl() -> None:
    """pyshacl raises if the shapes graph fails the SHACL-for-SHACL meta shapes."""
    conforms, _, report = pyshacl.validate(
        rdflib.Graph(), shacl_graph=load_shapes(), meta_shacl=True
    )
    assert conforms, report


@pytest.mark.parametrize("name", CONTRACT_CLASSES)
def test_every_class_is_a_shape_target(name: str) -> None:
    """pyshacl does not follow rdfs:subClassOf in the ontology: each class is targeted."""
    assert (None, SH.targetClass, SBO[name]) in SHAPES


def test_shapes_use_only_declared_sbo_terms() -> None:
    used = {
        term for triple in SHAPES for term in triple if isinstance(term, URIRef) and term in SBO
    }
    assert used - declared_sbo_terms() == set()


def test_every_shape_has_a_comment() -> None:
    shapes = set(SHAPES.subjects(RDF.type, SH.NodeShape)) | set(SHAPES.subjects(SH.path, None))
    assert [s for s in shapes if (s, RDFS.comment, None) not in SHAPES] == []


# ---------------------------------------------------------------------------
# Validating notice graphs
# ---------------------------------------------------------------------------

TEXT = (
    "個人情報保護委員会は、株式会社NTTマーケティングアクトProCX（以下「ProCX社」という。）"
    "に対し、個人情報の保護に関する法律第148条第1項に基づき、法第23条の規定違反"
    "（組織的安全管理措置の不備。詳細版、第3の1(1)。）を是正するよう勧告する。"
    "漏えいは約928万人分、民間事業者30社に及ぶ。"
)

VALID = """
@base <https://w3id.org/shobun/id/> .
@prefix sbo: <https://w3id.org/shobun/ontology#> .
@prefix dcterms: <http://purl.org/dc/terms/> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix prov: <http://www.w3.org/ns/prov#> .
@prefix oa: <http://www.w3.org/ns/oa#> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .

<notice/ppc-2024-01> a sbo:Notice ;
    dcterms:title "ProCX社に対する行政上の対応について" ;
    dcterms:issued "2024-01"^^xsd:gYearMonth ;
    sbo:issuedText "令和6年1月●日" ;
    sbo:issuedBy <org/ppc> ;
    sbo:cites <law/415AC0000000057/article/148/paragraph/1> , <law/415AC0000000057/article/23> ;
    sbo:references <notice/ppc-2024-01/doc/1> ;
    sbo:text "TEXT" ;
    sbo:warning "SHOBUN-W101 weekday does not match its date" ;
    sbo:contentHash "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08" ;
    sbo:mediaType "text/markdown" ;
    sbo:sourcePath "seeds/ppc-2024-01.md" .

<notice/ppc-2024-01/doc/1> a sbo:ReferencedDocument ;
    skos:altLabel "詳細版" ;
    dcterms:identifier "資料1-2" .

<notice/ppc-2024-01/doc/1/section/3-1> a sbo:Section ;
    sbo:inDocument <notice/ppc-2024-01/doc/1> ;
    sbo:sectionPath "第3の1" .

<notice/ppc-2024-01/doc/1/section/3-1-1> a sbo:Section ;
    sbo:inDocument <notice/ppc-2024-01/doc/1> ;
    sbo:sectionPath "第3の1(1)" ;
    sbo:parentSection <notice/ppc-2024-01/doc/1/section/3-1> .

<notice/ppc-2024-01/section/2-2-1> a sbo:Section ;
    sbo:inDocument <notice/ppc-2024-01> ;
    sbo:sectionPath "第2の2(1)" ;
    sbo:heading "法第148条第1項に基づく勧告" .

<org/ppc> a sbo:Authority ;
    rdfs:label "個人情報保護委員会" ;
    prov:wasDerivedFrom <notice/ppc-2024-01> ;
    sbo:evidence [ a oa:TextPositionSelector ; oa:start 0 ; oa:end 9 ;
                   oa:exact "個人情報保護委員会" ] .

<org/procx> a sbo:Company ;
    rdfs:label "株式会社NTTマーケティングアクトProCX" ;
    skos:altLabel "ProCX社" ;
    sbo:corporateNumber "1234567890123" ;
    prov:wasDerivedFrom <notice/ppc-2024-01> ;
    sbo:evidence [ a oa:TextPositionSelector ; oa:start 11 ; oa:end 33 ;
                   oa:exact "株式会社NTTマーケティングアクトProCX" ] .

<law/415AC0000000057> a sbo:Statute ;
    rdfs:label "個人情報の保護に関する法律" ;
    sbo:currentTitle "個人情報の保護に関する法律" ;
    rdfs:seeAlso <https://laws.e-gov.go.jp/law/415AC0000000057> ;
    sbo:lawNumber "平成15年法律第57号" ;
    sbo:eGovLawId "415AC0000000057" .

<law/415AC0000000057/article/148/paragraph/1> a sbo:Provision ;
    sbo:ofStatute <law/415AC0000000057> ;
    sbo:article "148" ;
    sbo:paragraph 1 ;
    prov:wasDerivedFrom <notice/ppc-2024-01> ;
    sbo:evidence [ a oa:TextPositionSelector ; oa:start 66 ; oa:end 74 ;
                   oa:exact "第148条第1項" ] .

<law/415AC0000000057/article/23> a sbo:Provision ;
    sbo:ofStatute <law/415AC0000000057> ;
    sbo:currentProvision <law/415AC0000000057/article/23> ;
    sbo:caption "安全管理措置"@ja ;
    sbo:article "23" ;
    prov:wasDerivedFrom <notice/ppc-2024-01> ;
    sbo:evidence [ a oa:TextPositionSelector ; oa:start 79 ; oa:end 84 ; oa:exact "法第23条" ] .

<notice/ppc-2024-01/action/1> a sbo:Recommendation ;
    sbo:addressee <org/procx> ;
    sbo:imposedBy <org/ppc> ;
    sbo:legalBasis <law/415AC0000000057/article/148/paragraph/1> ;
    sbo:remedies <notice/ppc-2024-01/violation/1> ;
    sbo:deadline "2024-02-29"^^xsd:date ;
    dcterms:date "2024-01"^^xsd:gYearMonth ;
    sbo:requestedContent "是正するよう" ;
    sbo:sanctionTerm "勧告" ;
    sbo:announcedIn <notice/ppc-2024-01> ;
    sbo:describedIn <notice/ppc-2024-01/section/2-2-1> ;
    prov:wasDerivedFrom <notice/ppc-2024-01> ;
    sbo:evidence [ a oa:TextPositionSelector ; oa:start 123 ; oa:end 125 ; oa:exact "勧告" ] .

<notice/ppc-2024-01/violation/1> a sbo:Violation ;
    sbo:committedBy <org/procx> ;
    sbo:violatedProvision <law/415AC0000000057/article/23> ;
    sbo:description "組織的安全管理措置の不備" ;
    sbo:detailedIn <notice/ppc-2024-01/doc/1/section/3-1-1> ;
    prov:wasDerivedFrom <notice/ppc-2024-01> ;
    sbo:evidence [ a oa:TextPositionSelector ; oa:start 79 ; oa:end 89 ;
                   oa:exact "法第23条の規定違反" ] .

<notice/ppc-2024-01/incident/1> a sbo:Incident ;
    sbo:affectedPersons 9280000 ;
    sbo:approximate true ;
    sbo:periodStart "2013"^^xsd:gYear ;
    sbo:periodEnd "2023"^^xsd:gYear ;
    sbo:involves <org/procx> ;
    sbo:quantity <notice/ppc-2024-01/quantity/1> ;
    prov:wasDerivedFrom <notice/ppc-2024-01> ;
    sbo:evidence [ a oa:TextPositionSelector ; oa:start 132 ; oa:end 139 ;
                   oa:exact "約928万人分" ] .

<notice/ppc-2024-01/quantity/1> a sbo:Quantity ;
    sbo:value 30 ;
    sbo:unit "社" ;
    sbo:countOf "民間事業者" ;
    prov:wasDerivedFrom <notice/ppc-2024-01> ;
    sbo:evidence [ a oa:TextPositionSelector ; oa:start 140 ; oa:end 148 ;
                   oa:exact "民間事業者30社" ] .
""".replace('"TEXT"', f'"{TEXT}"')


def valid_graph() -> rdflib.Graph:
    return rdflib.Graph().parse(data=VALID, format="turtle")


def variant(old: str, new: str) -> rdflib.Graph:
    """The valid graph with one piece of its Turtle rewritten."""
    assert VALID.count(old) == 1, old
    return rdflib.Graph().parse(data=VALID.replace(old, new), format="turtle")


def validate(graph: rdflib.Graph) -> tuple[bool, rdflib.Graph, str]:
    conforms, report_graph, report_text = pyshacl.validate(graph, shacl_graph=SHAPES)
    return bool(conforms), report_graph, str(report_text)


def test_fixture_evidence_matches_the_text() -> None:
    graph = valid_graph()
    selectors = list(graph.subjects(RDF.type, OA.TextPositionSelector))
    assert len(selectors) == 8
    for sel in selectors:
        start, end, exact = (graph.value(sel, p) for p in (OA.start, OA.end, OA.exact))
        assert isinstance(start, Literal) and isinstance(end, Literal)
        assert TEXT[start.toPython() : end.toPython()] == str(exact)


def test_well_formed_notice_graph_conforms() -> None:
    conforms, _, report = validate(valid_graph())
    assert conforms, report


@dataclass(frozen=True)
class Broken:
    id: str
    old: str  # a piece of VALID ...
    new: str  # ... rewritten so the graph breaks one rule
    path: URIRef  # the sh:resultPath the report must name


BROKEN = [
    Broken(
        "provision-with-two-articles",
        'sbo:article "148" ;',
        'sbo:article "148" , "149" ;',
        SBO.article,
    ),
    Broken(
        "corporate-number-of-12-digits",
        '"1234567890123"',
        '"123456789012"',
        SBO.corporateNumber,
    ),
    Broken(
        "section-path-with-a-space",
        '"第2の2(1)"',
        '"第2の2 (1)"',
        SBO.sectionPath,
    ),
    Broken(
        "selector-without-exact",
        'oa:end 125 ; oa:exact "勧告" ]',
        "oa:end 125 ]",
        SBO.evidence,
    ),
    Broken(
        "notice-with-two-texts",
        'sbo:warning "SHOBUN-W101',
        'sbo:text "もう一つの本文" ; sbo:warning "SHOBUN-W101',
        SBO.text,
    ),
    Broken(
        "selector-start-after-end",
        "oa:start 123 ; oa:end 125 ;",
        "oa:start 125 ; oa:end 123 ;",
        SBO.evidence,
    ),
    Broken(
        "selector-without-type",
        "[ a oa:TextPositionSelector ; oa:start 123 ;",
        "[ oa:start 123 ;",
        SBO.evidence,
    ),
    Broken(
        "action-without-evidence",
        'sbo:evidence [ a oa:TextPositionSelector ; oa:start 123 ; oa:end 125 ; oa:exact "勧告" ]',
        "",
        SBO.evidence,
    ),
    Broken(
        "subclass-typed-action-without-notice",
        "sbo:announcedIn <notice/ppc-2024-01> ;",
        "",
        SBO.announcedIn,
    ),
    Broken(
        "action-with-two-deadlines",
        'sbo:deadline "2024-02-29"^^xsd:date ;',
        'sbo:deadline "2024-02-29"^^xsd:date , "2024-03-29"^^xsd:date ;',
        SBO.deadline,
    ),
    Broken(
        "issued-date-as-plain-string",
        'dcterms:issued "2024-01"^^xsd:gYearMonth ;',
        'dcterms:issued "令和6年1月" ;',
        DCTERMS.issued,
    ),
    Broken(
        "paragraph-as-string",
        "sbo:paragraph 1 ;",
        'sbo:paragraph "1" ;',
        SBO.paragraph,
    ),
    Broken(
        "malformed-egov-law-id",
        'sbo:eGovLawId "415AC0000000057"',
        'sbo:eGovLawId "415AC57"',
        SBO.eGovLawId,
    ),
    Broken(
        "quantity-without-unit",
        'sbo:unit "社" ;',
        "",
        SBO.unit,
    ),
    Broken(
        "company-with-two-labels",
        'rdfs:label "株式会社NTTマーケティングアクトProCX" ;',
        'rdfs:label "株式会社NTTマーケティングアクトProCX" , "ProCX" ;',
        RDFS.label,
    ),
    Broken(
        "caption-without-language",
        'sbo:caption "安全管理措置"@ja ;',
        'sbo:caption "安全管理措置" ;',
        SBO.caption,
    ),
    Broken(
        "two-current-provisions",
        "sbo:currentProvision <law/415AC0000000057/article/23> ;",
        "sbo:currentProvision <law/415AC0000000057/article/23> , "
        "<law/415AC0000000057/article/148/paragraph/1> ;",
        SBO.currentProvision,
    ),
    Broken(
        "current-provision-not-a-provision",
        "sbo:currentProvision <law/415AC0000000057/article/23> ;",
        "sbo:currentProvision <org/ppc> ;",
        SBO.currentProvision,
    ),
    Broken(
        "see-also-not-e-gov",
        "rdfs:seeAlso <https://laws.e-gov.go.jp/law/415AC0000000057> ;",
        "rdfs:seeAlso <https://example.org/law> ;",
        RDFS.seeAlso,
    ),
    Broken(
        "two-current-titles",
        'sbo:currentTitle "個人情報の保護に関する法律" ;',
        'sbo:currentTitle "個人情報の保護に関する法律" , "個人情報保護法" ;',
        SBO.currentTitle,
    ),
]


@pytest.mark.parametrize("case", BROKEN, ids=[case.id for case in BROKEN])
def test_broken_graph_does_not_conform(case: Broken) -> None:
    conforms, report, text = validate(variant(case.old, case.new))
    assert not conforms
    assert case.path in set(report.objects(None, SH.resultPath)), text


SECTION_PATHS = [
    pytest.param("第3の2(1)イ(イ)", True, id="accepts-dai-no-paren-katakana-paren-katakana"),
    pytest.param("1(2)", True, id="accepts-digit-paren"),
    pytest.param("2(3)ア", True, id="accepts-digit-paren-katakana"),
    pytest.param("第2", True, id="accepts-dai-only"),
    pytest.param("第1の2の3", True, id="accepts-repeated-no"),
    pytest.param("(1)", True, id="accepts-paren-only"),
    pytest.param("第3の2 (1)", False, id="rejects-white-space"),
    pytest.param("第3の2（1）", False, id="rejects-full-width-parentheses"),
    pytest.param("第３", False, id="rejects-full-width-digit"),
    pytest.param("第三の二", False, id="rejects-kanji-numerals"),
    pytest.param("⑴", False, id="rejects-parenthesised-digit-character"),
    pytest.param("3-2", False, id="rejects-hyphen"),
    pytest.param("", False, id="rejects-empty"),
]


@pytest.mark.parametrize(("path", "ok"), SECTION_PATHS)
def test_section_path_pattern(path: str, ok: bool) -> None:
    assert validate(variant('"第2の2(1)"', f'"{path}"'))[0] is ok


def test_well_formed_graph_conforms_with_rdfs_inference_over_the_ontology() -> None:
    """The shapes also hold when the ontology is mixed in and RDFS entailment applied."""
    conforms, _, report = pyshacl.validate(
        valid_graph(), shacl_graph=SHAPES, ont_graph=ONTOLOGY, inference="rdfs"
    )
    assert conforms, report
