"""Analytics over a small store whose facts are written by hand in the contract vocabulary."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from rdflib import Graph

from shobun.graph.analytics import (
    entrustment_network,
    escalation_chains,
    most_cited_provisions,
    repeat_addressees,
)
from shobun.graph.store import EmbeddedStore, NoticeRecord

PREFIXES = """@prefix sbo: <https://w3id.org/shobun/ontology#> .
@base <https://w3id.org/shobun/id/> .
@prefix dcterms: <http://purl.org/dc/terms/> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
"""
ORGS = """<org/PPC> a sbo:Authority ; rdfs:label "個人情報保護委員会" .
<org/CAA> a sbo:Authority ; rdfs:label "消費者庁" .
<org/A> a sbo:Company ; rdfs:label "株式会社エー" ; sbo:corporateNumber "1234567890123" .
<org/B> a sbo:Company ; rdfs:label "ビー株式会社" .
<org/C> a sbo:Company ; rdfs:label "株式会社シー" .
<law/L> a sbo:Statute ; rdfs:label "個人情報の保護に関する法律" .
<law/L/article/147> a sbo:Provision ; sbo:ofStatute <law/L> ; sbo:article "147" .
<law/L/article/23> a sbo:Provision ; sbo:ofStatute <law/L> ; sbo:article "23" .
<law/L/article/148/paragraph/1> a sbo:Provision ; sbo:ofStatute <law/L> ; sbo:article "148" ;
  sbo:paragraph 1 .
"""
NOTICES = {
    "n1": """<notice/n1> a sbo:Notice ; sbo:issuedBy <org/PPC> ;
  dcterms:issued "2023-04-01"^^xsd:date ;
  sbo:cites <law/L/article/147>, <law/L/article/23> ; sbo:sourceUrl "https://example.go.jp/n1" .
<notice/n1/action/a1> a sbo:Guidance ; sbo:announcedIn <notice/n1> ; sbo:addressee <org/A> ;
  sbo:imposedBy <org/PPC> ; sbo:legalBasis <law/L/article/147> ; sbo:remedies <notice/n1/v1> .
<notice/n1/v1> a sbo:Violation ; sbo:violatedProvision <law/L/article/23> .
""",
    "n2": """<notice/n2> a sbo:Notice ; sbo:issuedBy <org/PPC> ;
  dcterms:issued "2023-10-01"^^xsd:date ;
  sbo:cites <law/L/article/148/paragraph/1>, <law/L/article/23> .
<notice/n2/action/a1> a sbo:Recommendation ; sbo:announcedIn <notice/n2> ;
  sbo:addressee <org/A> ; sbo:legalBasis <law/L/article/148/paragraph/1> .
<notice/n2/action/a2> a sbo:Guidance ; sbo:announcedIn <notice/n2> ; sbo:addressee <org/B> .
""",
    "n3": """<notice/n3> a sbo:Notice ; sbo:issuedBy <org/PPC> ;
  dcterms:issued "2024-06"^^xsd:gYearMonth .
<notice/n3/action/a1> a sbo:Order ; sbo:announcedIn <notice/n3> ; sbo:addressee <org/A> ;
  dcterms:date "2024-06-03"^^xsd:date ; sbo:deadline "2024-07-31"^^xsd:date .
<notice/n3/action/a2> a sbo:ReportRequest ; sbo:announcedIn <notice/n3> ; sbo:addressee <org/A> ;
  dcterms:date "2024-06-03"^^xsd:date .
<org/A> sbo:entrusts <org/B> . <org/B> sbo:entrusts <org/C> .
""",
    "n4": """<notice/n4> a sbo:Notice ; sbo:issuedBy <org/CAA> ;
  dcterms:issued "2024-07-01"^^xsd:date .
<notice/n4/action/a1> a sbo:SurchargeOrder ; sbo:announcedIn <notice/n4> ;
  sbo:addressee <org/B> ; sbo:amount 23450000 .
""",
}
ID = "https://w3id.org/shobun/id/"


def notice_records() -> list[NoticeRecord]:
    records = []
    for name, body in NOTICES.items():
        g = Graph().parse(data=PREFIXES + ORGS + body, format="turtle")
        nt = "".join(sorted(g.serialize(format="nt").splitlines(keepends=True)))
        records.append(NoticeRecord(f"{ID}notice/{name}", name, "k", nt))
    return records


@pytest.fixture
def facts_store(tmp_path: Path) -> Iterator[EmbeddedStore]:
    with EmbeddedStore(tmp_path / "facts") as store:
        store.put_notices(notice_records())
        yield store


def test_repeat_addressees_are_organisations_in_several_notices(facts_store: EmbeddedStore) -> None:
    found = repeat_addressees(facts_store)
    assert [(r.label, len(r.notices), len(r.actions)) for r in found] == [
        ("株式会社エー", 3, 4),
        ("ビー株式会社", 2, 2),
    ]
    assert found[0].corporate_number == "1234567890123"
    assert [r.label for r in repeat_addressees(facts_store, min_notices=3)] == ["株式会社エー"]


def test_escalation_chains_order_sanctions_by_date(facts_store: EmbeddedStore) -> None:
    chains = {c.label: c for c in escalation_chains(facts_store)}
    a = chains["株式会社エー"]
    assert [(s.date, s.kind) for s in a.steps] == [
        ("2023-04-01", "Guidance"),
        ("2023-10-01", "Recommendation"),
        ("2024-06-03", "Order"),
    ]  # the request for a report investigates; it is not a step
    assert a.escalated
    assert [s.kind for s in chains["ビー株式会社"].steps] == ["Guidance", "SurchargeOrder"]


def test_a_chain_that_does_not_escalate_is_left_out_unless_asked(tmp_path: Path) -> None:
    with EmbeddedStore(tmp_path / "s") as store:
        store.put_notices([r for r in notice_records() if r.name in ("n3", "n4")])
        assert escalation_chains(store) == []
        assert len(escalation_chains(store, only_escalated=False)) == 2


def test_most_cited_provisions_per_authority_and_year(facts_store: EmbeddedStore) -> None:
    rows = most_cited_provisions(facts_store, top=2)
    assert [(r.authority_label, r.year, r.label, r.notices) for r in rows] == [
        ("個人情報保護委員会", "2023", "個人情報の保護に関する法律第23条", 2),
        ("個人情報保護委員会", "2023", "個人情報の保護に関する法律第147条", 1),
    ]


def test_the_entrustment_network_links_principals_to_agents(facts_store: EmbeddedStore) -> None:
    network = entrustment_network(facts_store)
    assert [(e.principal_label, e.agent_label) for e in network.edges] == [
        ("株式会社エー", "ビー株式会社"),
        ("ビー株式会社", "株式会社シー"),
    ]
    assert network.chains == ((f"{ID}org/A", f"{ID}org/B", f"{ID}org/C"),)
    assert network.graph().number_of_edges() == 2
