"""The actions table, as enforcement trackers lay it out: one row per action with date,
authority, addressee, 法人番号, type, legal basis, violated provisions, amount and
deadline; sortable on every column (amount too), filterable, with totals."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

from shobun.api import queries
from shobun.api.engine import Engine, Row, select
from shobun.api.queries import lit
from shobun.api.services.common import provision_ref, statute_labels
from shobun.api.vocab import SPARQL_PREFIXES, Keys, ja, local

TrackerSort = Literal[
    "-date", "date", "-amount", "amount", "authority", "addressee", "type", "deadline"
]
ORDER: dict[str, str] = {
    "date": "STR(?date)",
    "amount": "?amount",
    "authority": "?authLabel",
    "addressee": "?adLabel",
    "type": "?type",
    "deadline": "STR(?deadline)",
}
PAGE_ROWS = 100


@dataclass(frozen=True)
class TrackerFilter:
    actions: queries.ActionFilter = field(default_factory=queries.ActionFilter)
    statute: str | None = None
    article: str | None = None

    def where(self) -> str:
        parts = [self.actions.where()]
        if self.statute or self.article:
            # the article as numbered today, whatever numbering the notice cited it in
            parts.append(
                "?act sbo:legalBasis|sbo:remedies/sbo:violatedProvision ?_as . "
                + queries.TODAY.format(c="?_as", p="?_cited")
            )
            if self.article:
                parts.append(f"?_cited sbo:article {lit(self.article)} .")
            if self.statute:
                parts.append(
                    "?_cited sbo:ofStatute ?_st . ?_st sbo:eGovLawId|rdfs:label ?_sn "
                    f"FILTER (LCASE(STR(?_sn)) = {lit(queries.fold(self.statute))})"
                )
        return "\n  ".join(parts)


def order_by(sort: str) -> str:
    """Descending for a leading '-'; rows without the value come last either way."""
    key = sort.lstrip("-")
    expr = ORDER[key]
    bound = f"(!BOUND({expr.removeprefix('STR(').removesuffix(')')}))"
    return f"{bound} {'DESC' if sort.startswith('-') else 'ASC'}({expr}) ?act"


def table_query(f: TrackerFilter, sort: str, limit: int, offset: int) -> str:
    return f"""{SPARQL_PREFIXES}SELECT ?act ?type ?n ?date ?term ?title ?auth ?authLabel ?ad
  ?adLabel ?corp ?basis ?amount ?deadline ?violated WHERE {{
  {{ SELECT ?act (SAMPLE(?type_) AS ?type) (SAMPLE(?n_) AS ?n) (SAMPLE(?date_) AS ?date)
      (SAMPLE(?auth_) AS ?auth) (SAMPLE(?authLabel_) AS ?authLabel) (SAMPLE(?ad_) AS ?ad)
      (SAMPLE(?adLabel_) AS ?adLabel) (SAMPLE(?amount_) AS ?amount)
      (SAMPLE(?deadline_) AS ?deadline) WHERE {{
    {{ SELECT DISTINCT ?act ?type ?n ?date WHERE {{ {f.where()} }} }}
    BIND (?type AS ?type_) BIND (?n AS ?n_) BIND (?date AS ?date_)
    OPTIONAL {{ ?act sbo:imposedBy ?imp }} OPTIONAL {{ ?n sbo:issuedBy ?iss }}
    BIND (COALESCE(?imp, ?iss) AS ?auth_)
    OPTIONAL {{ ?auth_ rdfs:label ?authLabel_ }}
    OPTIONAL {{ ?act sbo:addressee ?ad_ OPTIONAL {{ ?ad_ rdfs:label ?adLabel_ }} }}
    OPTIONAL {{ ?act sbo:amount ?amount_ }}
    OPTIONAL {{ ?act sbo:deadline ?deadline_ }}
  }} GROUP BY ?act ORDER BY {order_by(sort)} LIMIT {int(limit)} OFFSET {int(offset)} }}
  OPTIONAL {{ ?act sbo:sanctionTerm ?term }}
  OPTIONAL {{ ?n dcterms:title ?title }}
  OPTIONAL {{ ?ad sbo:corporateNumber ?corp }}
  OPTIONAL {{ ?act sbo:legalBasis ?basis }}
  OPTIONAL {{ ?act sbo:remedies/sbo:violatedProvision ?violated }}
}} ORDER BY {order_by(sort)}"""


def totals_query(f: TrackerFilter) -> str:
    """How many actions, the sum of their amounts (each action once), how many have an
    amount, and how many distinct addressees."""
    return f"""{SPARQL_PREFIXES}SELECT (COUNT(?act) AS ?actions)
  (SUM(COALESCE(?one, 0)) AS ?amount) (COUNT(?one) AS ?amounts)
  (SUM(?ads) AS ?addressees) WHERE {{
  {{ SELECT ?act (SAMPLE(?amt) AS ?one) (0 AS ?ads) WHERE {{
      {{ SELECT DISTINCT ?act WHERE {{ {f.where()} }} }}
      OPTIONAL {{ ?act sbo:amount ?amt }}
    }} GROUP BY ?act }}
  UNION
  {{ SELECT (COUNT(DISTINCT ?ad) AS ?ads) WHERE {{
      {{ SELECT DISTINCT ?act WHERE {{ {f.where()} }} }}
      ?act sbo:addressee ?ad }} }}
}}"""


@dataclass
class TrackerRow:
    iri: str
    type: str
    term: str | None
    date: str | None
    notice: str
    notice_title: str | None
    authority: str | None
    authority_label: str | None
    addressee: str | None
    addressee_label: str | None
    corporate_number: str | None
    amount: int | None
    deadline: str | None
    basis: list[tuple[str, str]] = field(default_factory=list)  # (IRI, label)
    violated: list[tuple[str, str]] = field(default_factory=list)


@dataclass(frozen=True)
class Totals:
    actions: int
    amount: int
    with_amount: int
    addressees: int


def _row(r: Row) -> TrackerRow:
    amount = r.get("amount")
    return TrackerRow(
        iri=r["act"],
        type=local(r.get("type", "")),
        term=r.get("term"),
        date=r.get("date"),
        notice=r["n"],
        notice_title=r.get("title"),
        authority=r.get("auth"),
        authority_label=r.get("authLabel"),
        addressee=r.get("ad"),
        addressee_label=r.get("adLabel"),
        corporate_number=r.get("corp"),
        amount=int(amount) if amount and amount.lstrip("-").isdigit() else None,
        deadline=r.get("deadline"),
    )


async def table(
    engine: Engine, keys: Keys, f: TrackerFilter, sort: str, page: int, rows_: int = PAGE_ROWS
) -> tuple[list[TrackerRow], Totals]:
    """One page of rows (100) in `sort` order, and the totals of every matching row."""
    rows = await select(engine, table_query(f, sort, rows_, (page - 1) * rows_))
    statutes = await statute_labels(engine)
    found: dict[str, TrackerRow] = {}
    for r in rows:
        row = found.setdefault(r["act"], _row(r))
        for attr, var in (("basis", "basis"), ("violated", "violated")):
            iri = r.get(var)
            listed = getattr(row, attr)
            if iri and all(i != iri for i, _ in listed):
                listed.append((iri, provision_ref(keys, iri, statutes).label))
    t = (await select(engine, totals_query(f)) or [{}])[0]
    totals = Totals(
        actions=int(t.get("actions", 0)),
        amount=int(float(t.get("amount", 0) or 0)),
        with_amount=int(t.get("amounts", 0)),
        addressees=int(t.get("addressees", 0)),
    )
    return list(found.values()), totals


def as_dict(r: TrackerRow) -> dict[str, str]:
    """A row as a download's columns (labels, then the IRIs)."""
    return {
        "date": r.date or "",
        "authority": r.authority_label or "",
        "addressee": r.addressee_label or "",
        "corporate_number": r.corporate_number or "",
        "type": r.type,
        "type_ja": ja(r.type),
        "term": r.term or "",
        "legal_basis": "; ".join(label for _, label in r.basis),
        "violated_provisions": "; ".join(label for _, label in r.violated),
        "amount": "" if r.amount is None else str(r.amount),
        "deadline": r.deadline or "",
        "notice_title": r.notice_title or "",
        "iri": r.iri,
        "notice_iri": r.notice,
        "authority_iri": r.authority or "",
        "addressee_iri": r.addressee or "",
        "legal_basis_iri": "; ".join(iri for iri, _ in r.basis),
        "violated_provisions_iri": "; ".join(iri for iri, _ in r.violated),
    }
