"""Questions researchers ask of the whole store, answered with networkx.

Each function takes a `GraphStore` and returns frozen dataclasses (ready for the JSON
API): repeat addressees, escalation chains (指導 → 勧告 → 命令), the most-cited
provisions per authority and year, and the entrustment (委託) network.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

import networkx as nx

from shobun.graph.facts import (
    PREFIXES,
    ActionFact,
    Entrustment,
    actions,
    entrustments,
    provision_labels,
)
from shobun.graph.store import GraphStore

# How hard an action bites: guidance < recommendation < order < revocation / referral.
# Requests for reports and inspections investigate rather than sanction: they are not steps.
SEVERITY = {
    "Advice": 1,
    "Caution": 1,
    "Guidance": 1,
    "Warning": 1,
    "Recommendation": 2,
    "Order": 3,
    "EmergencyOrder": 3,
    "MeasuresOrder": 3,
    "BusinessImprovementOrder": 3,
    "BusinessSuspensionOrder": 3,
    "CeaseAndDesistOrder": 3,
    "SurchargeOrder": 3,
    "RegistrationRevocation": 4,
    "CriminalReferral": 4,
}


@dataclass(frozen=True)
class RepeatAddressee:
    organization: str
    label: str
    corporate_number: str
    notices: tuple[str, ...]
    actions: tuple[str, ...]


def repeat_addressees(store: GraphStore, min_notices: int = 2) -> list[RepeatAddressee]:
    """Organisations addressed by actions in at least `min_notices` notices, most first."""
    g = nx.Graph()
    facts = [f for f in actions(store) if f.addressee]
    for f in facts:
        g.add_node(f.addressee, side="organization")
        g.add_node(f.notice, side="notice")
        g.add_edge(f.addressee, f.notice)
    found = []
    for org in sorted(n for n, side in g.nodes(data="side") if side == "organization"):
        if g.degree(org) >= min_notices:
            mine = [f for f in facts if f.addressee == org]
            found.append(
                RepeatAddressee(
                    org,
                    mine[0].addressee_label,
                    next((f.corporate_number for f in mine if f.corporate_number), ""),
                    tuple(sorted(g.neighbors(org))),
                    tuple(f.iri for f in mine),
                )
            )
    return sorted(found, key=lambda r: (-len(r.notices), r.organization))


@dataclass(frozen=True)
class Step:
    date: str
    kind: str
    severity: int
    action: str
    notice: str


@dataclass(frozen=True)
class EscalationChain:
    organization: str
    label: str
    steps: tuple[Step, ...]  # ordered by date, then severity

    @property
    def escalated(self) -> bool:
        """A later step is more severe than an earlier one."""
        return any(
            later.severity > earlier.severity and later.date > earlier.date
            for i, earlier in enumerate(self.steps)
            for later in self.steps[i + 1 :]
        )


def escalation_chains(store: GraphStore, *, only_escalated: bool = True) -> list[EscalationChain]:
    """Per organisation, its sanctions in date order; only the escalated chains by default."""
    by_org: dict[str, list[ActionFact]] = {}
    for f in actions(store):
        if f.addressee and f.kind in SEVERITY and f.date:
            by_org.setdefault(f.addressee, []).append(f)
    chains = []
    for org, facts in sorted(by_org.items()):
        steps = sorted(
            (Step(f.date, f.kind, SEVERITY[f.kind], f.iri, f.notice) for f in facts),
            key=lambda s: (s.date, s.severity, s.action),
        )
        chain = EscalationChain(org, facts[0].addressee_label, tuple(steps))
        if chain.escalated or not only_escalated:
            chains.append(chain)
    return chains


@dataclass(frozen=True)
class ProvisionCount:
    authority: str
    authority_label: str
    year: str
    provision: str
    label: str
    notices: int  # how many of that authority's notices that year cite it


CITES = (
    PREFIXES
    + """SELECT DISTINCT ?notice ?authority ?authorityLabel ?issued ?provision WHERE {
  ?notice a sbo:Notice ; sbo:cites ?cited .
  OPTIONAL { ?cited sbo:currentProvision ?current }
  BIND (COALESCE(?current, ?cited) AS ?provision)
  OPTIONAL { ?notice sbo:issuedBy ?authority OPTIONAL { ?authority rdfs:label ?authorityLabel } }
  OPTIONAL { ?notice dcterms:issued ?issued }
}"""
)


def most_cited_provisions(store: GraphStore, top: int = 10) -> list[ProvisionCount]:
    """For each authority and year, the `top` provisions cited by the most notices, each
    counted under today's numbering (sbo:currentProvision): a 2019 notice's 第20条 and a
    2024 notice's 第23条 of APPI are one provision."""
    labels = provision_labels(store)
    counts: Counter[tuple[str, str, str, str]] = Counter()
    for row in store.select(CITES):
        year = str(row.get("issued", ""))[:4]
        key = (str(row.get("authority", "")), str(row.get("authorityLabel", "")), year)
        counts[(*key, str(row["provision"]))] += 1
    grouped: dict[tuple[str, str, str], list[ProvisionCount]] = {}
    for (authority, label, year, provision), n in counts.items():
        count = ProvisionCount(authority, label, year, provision, labels.get(provision, ""), n)
        grouped.setdefault((authority, label, year), []).append(count)
    result = []
    for key in sorted(grouped):
        ranked = sorted(grouped[key], key=lambda c: (-c.notices, c.provision))
        result.extend(ranked[:top])
    return result


@dataclass(frozen=True)
class EntrustmentNetwork:
    edges: tuple[Entrustment, ...]  # 委託元 → 委託先
    chains: tuple[tuple[str, ...], ...]  # longest entrustment path in each connected group

    def graph(self) -> nx.DiGraph:
        g = nx.DiGraph()
        for e in self.edges:
            g.add_node(e.principal, label=e.principal_label)
            g.add_node(e.agent, label=e.agent_label)
            g.add_edge(e.principal, e.agent)
        return g


def entrustment_network(store: GraphStore) -> EntrustmentNetwork:
    """Who entrusted work to whom, across all notices, with the longest chain per group."""
    network = EntrustmentNetwork(tuple(entrustments(store)), ())
    g = network.graph()
    chains = []
    for group in sorted(nx.weakly_connected_components(g), key=min):
        sub = g.subgraph(group)
        path = nx.dag_longest_path(sub) if nx.is_directed_acyclic_graph(sub) else sorted(group)
        chains.append(tuple(path))
    return EntrustmentNetwork(network.edges, tuple(chains))
