"""Enforcement actions read back from a store, as plain typed rows.

One SPARQL query per kind of fact, over the union default graph, in the contract
vocabulary. Export (CSV, GraphML) and analytics are built on these rows, so the
vocabulary is read in one place.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from rdflib.term import Node

from shobun.core.numbering import item_label
from shobun.graph.store import GraphStore, Row

PREFIXES = """PREFIX sbo: <https://w3id.org/shobun/ontology#>
PREFIX dcterms: <http://purl.org/dc/terms/>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
"""
SBO = "https://w3id.org/shobun/ontology#"

ACTIONS = (
    PREFIXES
    + """SELECT ?action ?notice ?type ?authority ?authorityLabel ?date ?issued ?addressee
       ?addresseeLabel ?corp ?basis ?amount ?deadline ?sourceUrl ?sourcePath WHERE {
  ?action sbo:announcedIn ?notice ; a ?type .
  FILTER (STRSTARTS(STR(?type), STR(sbo:)))
  OPTIONAL { ?action sbo:imposedBy ?imposer }
  OPTIONAL { ?notice sbo:issuedBy ?issuer }
  BIND (COALESCE(?imposer, ?issuer) AS ?authority)
  OPTIONAL { ?authority rdfs:label ?authorityLabel }
  OPTIONAL { ?action dcterms:date ?date }
  OPTIONAL { ?notice dcterms:issued ?issued }
  OPTIONAL { ?action sbo:addressee ?addressee
    OPTIONAL { ?addressee rdfs:label ?addresseeLabel }
    OPTIONAL { ?addressee sbo:corporateNumber ?corp } }
  OPTIONAL { ?action sbo:legalBasis ?basis }
  OPTIONAL { ?action sbo:amount ?amount }
  OPTIONAL { ?action sbo:deadline ?deadline }
  OPTIONAL { ?notice sbo:sourceUrl ?sourceUrl }
  OPTIONAL { ?notice sbo:sourcePath ?sourcePath }
}"""
)

VIOLATED = (
    PREFIXES
    + """SELECT DISTINCT ?action ?provision WHERE {
  ?action sbo:remedies ?violation . ?violation sbo:violatedProvision ?provision }"""
)

PROVISIONS = (
    PREFIXES
    + """SELECT ?provision ?statute ?article ?paragraph ?item WHERE {
  ?provision a sbo:Provision ; sbo:article ?article .
  OPTIONAL { ?provision sbo:ofStatute ?s . ?s rdfs:label ?statute }
  OPTIONAL { ?provision sbo:paragraph ?paragraph }
  OPTIONAL { ?provision sbo:item ?item }
}"""
)

ENTRUSTS = (
    PREFIXES
    + """SELECT ?principal ?principalLabel ?agent ?agentLabel WHERE {
  ?principal sbo:entrusts ?agent .
  OPTIONAL { ?principal rdfs:label ?principalLabel }
  OPTIONAL { ?agent rdfs:label ?agentLabel }
}"""
)


@dataclass(frozen=True)
class ActionFact:
    """One enforcement action with what trackers record about it."""

    iri: str
    notice: str
    kind: str  # sbo class local name: Recommendation, Order, Guidance …
    authority: str
    authority_label: str
    date: str  # when taken, else the notice's date (ISO: YYYY, YYYY-MM or YYYY-MM-DD)
    addressee: str
    addressee_label: str
    corporate_number: str
    legal_basis: str
    violated: tuple[str, ...]
    amount: int | None
    deadline: str
    source: str


def _s(row: Row, key: str) -> str:
    value: Node | None = row.get(key)
    return "" if value is None else str(value)


def actions(store: GraphStore) -> list[ActionFact]:
    """Every action in the store, sorted by date, then IRI."""
    violated: dict[str, list[str]] = {}
    for row in store.select(VIOLATED):
        violated.setdefault(_s(row, "action"), []).append(_s(row, "provision"))
    facts: dict[str, ActionFact] = {}
    for row in sorted(store.select(ACTIONS), key=lambda r: sorted(map(str, r.items()))):
        iri = _s(row, "action")
        if iri not in facts:
            facts[iri] = _fact(row, tuple(sorted(violated.get(iri, ()))))
    return sorted(facts.values(), key=lambda f: (f.date, f.iri))


def _fact(row: Row, violated: tuple[str, ...]) -> ActionFact:
    amount = _s(row, "amount")
    return ActionFact(
        iri=_s(row, "action"),
        notice=_s(row, "notice"),
        kind=_s(row, "type").removeprefix(SBO),
        authority=_s(row, "authority"),
        authority_label=_s(row, "authorityLabel"),
        date=_s(row, "date") or _s(row, "issued"),
        addressee=_s(row, "addressee"),
        addressee_label=_s(row, "addresseeLabel"),
        corporate_number=_s(row, "corp"),
        legal_basis=_s(row, "basis"),
        violated=violated,
        amount=int(amount) if amount.lstrip("-").isdigit() else None,
        deadline=_s(row, "deadline"),
        source=_s(row, "sourceUrl") or _s(row, "sourcePath"),
    )


def provision_labels(store: GraphStore) -> dict[str, str]:
    """Provision IRI → 「個人情報の保護に関する法律第148条第1項」."""
    labels: dict[str, str] = {}
    for row in sorted(store.select(PROVISIONS), key=lambda r: sorted(map(str, r.items()))):
        iri = _s(row, "provision")
        label = f"{_s(row, 'statute')}第{_s(row, 'article')}条"
        label += f"第{_s(row, 'paragraph')}項" if "paragraph" in row else ""
        label += item_label(_s(row, "item")) if "item" in row else ""
        labels.setdefault(iri, label)
    return labels


@dataclass(frozen=True)
class Entrustment:
    principal: str
    principal_label: str
    agent: str
    agent_label: str


def entrustments(store: GraphStore) -> list[Entrustment]:
    rows: Iterable[Row] = store.select(ENTRUSTS)
    found = {
        Entrustment(
            _s(r, "principal"), _s(r, "principalLabel"), _s(r, "agent"), _s(r, "agentLabel")
        )
        for r in rows
    }
    return sorted(found, key=lambda e: (e.principal, e.agent))
