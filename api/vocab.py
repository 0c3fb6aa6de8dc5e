"""The vocabulary as the API and pages show it: prefixes, CURIEs, class labels, and the
IRI ↔ path-key mapping of notices, organizations and statutes."""

from __future__ import annotations

from functools import cache
from typing import Literal, get_args

from rdflib import RDFS

from shobun.core.vocabulary import SBO as SBO  # re-exported: the API reads it here
from shobun.core.vocabulary import IRIs, namespaces

PREFIXES = namespaces("sbo", "dcterms", "rdf", "rdfs", "skos", "oa", "prov", "xsd")
SPARQL_PREFIXES = "".join(f"PREFIX {p}: <{iri}>\n" for p, iri in PREFIXES.items())

# The enforcement action classes of the vocabulary contract (sbo:EnforcementAction's subclasses).
ActionType = Literal[
    "Recommendation",
    "Order",
    "EmergencyOrder",
    "Guidance",
    "Advice",
    "ReportRequest",
    "OnSiteInspection",
    "Warning",
    "Caution",
    "BusinessImprovementOrder",
    "BusinessSuspensionOrder",
    "MeasuresOrder",
    "CeaseAndDesistOrder",
    "SurchargeOrder",
    "RegistrationRevocation",
    "CriminalReferral",
]
ORG_CLASSES = ("Organization", "Authority", "Company", "PublicBody")
CATEGORIES = {
    **dict.fromkeys(ORG_CLASSES, "organization"),
    "Provision": "provision",
    "Violation": "violation",
    "Incident": "incident",
    "Quantity": "quantity",
    "Section": "section",
    "ReferencedDocument": "reference",
}


def curie(iri: str) -> str:
    for prefix, ns in PREFIXES.items():
        if iri.startswith(ns) and iri != ns:
            return f"{prefix}:{iri[len(ns) :]}"
    return iri


def local(iri: str) -> str:
    return iri.removeprefix(SBO)


@cache
def class_labels() -> dict[str, str]:
    """sbo class local name → its @ja label, read from the shipped ontology."""
    from shobun.ontology import load_ontology

    graph = load_ontology()
    labels: dict[str, str] = {}
    for cls, label in graph.subject_objects(RDFS.label):
        if str(cls).startswith(SBO) and getattr(label, "language", None) == "ja":
            labels[local(str(cls))] = str(label)
    return labels


ACTION_TYPES: frozenset[str] = frozenset(get_args(ActionType))


def category(kind: str) -> str:
    return "action" if kind in ACTION_TYPES else CATEGORIES.get(kind, "other")


def ja(kind: str) -> str:
    return class_labels().get(kind, kind)


class Keys(IRIs):
    """Path keys ↔ IRIs under the base IRI (`id:notice/{id}`, `id:org/{key}`, `id:law/{key}`):
    the minting of `shobun.core.vocabulary`, with the API's names for reading keys back."""

    def notice(self, iri: str) -> str:
        return self.key("notice", iri)

    def org(self, iri: str) -> str:
        return self.key("org", iri)

    def statute(self, iri: str) -> str:
        return self.key("law", iri)
