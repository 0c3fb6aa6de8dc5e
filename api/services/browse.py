"""What the browsing pages show beyond the JSON API: counts for the charts (actions per
authority per year, per type per year), the notices that cite an article, and the
order in which action types are listed (Japanese order of their names)."""

from __future__ import annotations

import csv
import unicodedata
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from urllib.parse import quote

from markupsafe import Markup

from shobun.api import charts
from shobun.api.engine import Engine, select
from shobun.api.models import Organization
from shobun.api.queries import lit, names, ref
from shobun.api.vocab import ACTION_TYPES, SPARQL_PREFIXES, ja

DATA = Path(__file__).resolve().parents[1] / "data"
SEVERITY = {
    "ReportRequest": 0, "OnSiteInspection": 0, "Advice": 1, "Caution": 1, "Guidance": 1,
    "Warning": 1, "Recommendation": 2, "Order": 3, "EmergencyOrder": 3, "MeasuresOrder": 3,
    "BusinessImprovementOrder": 3, "BusinessSuspensionOrder": 3, "CeaseAndDesistOrder": 3,
    "SurchargeOrder": 3, "RegistrationRevocation": 4, "CriminalReferral": 4,
}  # fmt: skip


@cache
def readings() -> dict[str, str]:
    with open(DATA / "action_types.tsv", encoding="utf-8") as f:
        rows = csv.DictReader((line for line in f if not line.startswith("#")), delimiter="\t")
        return {r["class"]: r["reading"] for r in rows}


def gojuon(reading: str) -> tuple[str, str]:
    """A sort key in 五十音順: voiced marks count only to break ties (ぎ sorts as き)."""
    plain = "".join(c for c in unicodedata.normalize("NFD", reading) if c not in "\u3099\u309a")
    return plain, reading


def reading_of(kind: str) -> tuple[str, str]:
    return gojuon(readings().get(kind, ja(kind)))


def action_types_in_japanese_order() -> list[tuple[str, str]]:
    """(class, Japanese name) for every action type, in gojūon order of the names."""
    return sorted(((t, ja(t)) for t in ACTION_TYPES), key=lambda p: reading_of(p[0]))


PER_YEAR = f"""{SPARQL_PREFIXES}SELECT ?year ?key ?label (COUNT(DISTINCT ?act) AS ?n) WHERE {{
  ?act sbo:announcedIn ?n_ ; a ?type . FILTER (STRSTARTS(STR(?type), STR(sbo:)))
  OPTIONAL {{ ?act dcterms:date ?d }} OPTIONAL {{ ?n_ dcterms:issued ?issued }}
  BIND (SUBSTR(STR(COALESCE(?d, ?issued)), 1, 4) AS ?year)
  OPTIONAL {{ ?act sbo:imposedBy ?imp }} OPTIONAL {{ ?n_ sbo:issuedBy ?iss }}
  BIND (COALESCE(?imp, ?iss) AS ?auth)
  %FILTER%
  %GROUP%
}} GROUP BY ?year ?key ?label ORDER BY ?year ?label"""


@dataclass(frozen=True)
class Counts:
    """Counts of actions by (year, series), with the series' labels and keys."""

    years: list[str]
    series: list[str]
    keys: dict[str, str]
    counts: dict[tuple[str, str], int]


async def per_year(engine: Engine, by: str, authority: str | None = None) -> Counts:
    """Actions per year and authority (`by="authority"`) or type (`by="type"`)."""
    group = (
        "?auth rdfs:label ?label BIND (?auth AS ?key)"
        if by == "authority"
        else "BIND (STRAFTER(STR(?type), '#') AS ?key) BIND (?key AS ?label)"
    )
    only = names("?auth", authority) if authority else ""
    query = PER_YEAR.replace("%GROUP%", group).replace("%FILTER%", only)
    rows = [r for r in await select(engine, query) if r.get("year")]
    labels = {r["label"]: r["key"] for r in rows}
    series = sorted(labels, key=lambda s: -sum(int(r["n"]) for r in rows if r["label"] == s))
    if by == "type":
        keys = {ja(k): k for k in labels}
        rows = [{**r, "label": ja(r["label"])} for r in rows]
        series = [ja(s) for s in series]
        labels = keys
    counts = {(r["year"], r["label"]): int(r["n"]) for r in rows}
    return Counts(sorted({r["year"] for r in rows}), series, labels, counts)


@dataclass(frozen=True)
class CitingNotice:
    iri: str
    title: str | None
    issued: str | None
    provisions: list[str]


async def citing_notices(engine: Engine, statute: str, article: str) -> list[CitingNotice]:
    """Notices citing today's 第{article}条 of the statute (any paragraph or item), in
    whatever numbering they cited it (law in time: `sbo:currentProvision`), newest first."""
    rows = await select(
        engine,
        f"""{SPARQL_PREFIXES}SELECT ?n ?title ?issued ?p WHERE {{
  ?n sbo:cites ?p . OPTIONAL {{ ?p sbo:currentProvision ?now }} BIND (COALESCE(?now, ?p) AS ?c)
  ?c sbo:ofStatute {ref(statute)} ; sbo:article {lit(article)} .
  OPTIONAL {{ ?n dcterms:title ?title }} OPTIONAL {{ ?n dcterms:issued ?issued }}
}} ORDER BY DESC(STR(?issued)) ?n ?p""",
    )
    found: dict[str, CitingNotice] = {}
    for r in rows:
        n = found.setdefault(r["n"], CitingNotice(r["n"], r.get("title"), r.get("issued"), []))
        n.provisions.append(r["p"])
    return list(found.values())


async def articles_by_notices(engine: Engine, statute: str) -> list[tuple[str, int]]:
    """The statute's cited articles, in today's numbering, with how many distinct notices
    cite each, most first."""
    rows = await select(
        engine,
        f"""{SPARQL_PREFIXES}SELECT ?article (COUNT(DISTINCT ?n) AS ?notices) WHERE {{
  ?n sbo:cites ?p . OPTIONAL {{ ?p sbo:currentProvision ?now }} BIND (COALESCE(?now, ?p) AS ?c)
  ?c sbo:ofStatute {ref(statute)} ; sbo:article ?article .
}} GROUP BY ?article""",
    )
    found = [(r["article"], int(r["notices"])) for r in rows]
    order = {a: tuple(int(x) if x.isdigit() else 0 for x in a.split("の")) for a, _ in found}
    return sorted(found, key=lambda kv: (-kv[1], order[kv[0]]))


def org_timeline(org: Organization) -> Markup | None:
    """The organization's actions as addressee along time, by severity (escalation
    climbs); None when it has none."""
    events = [
        charts.Event(
            a.date, a.term or ja(a.type), SEVERITY.get(a.type, 1),
            f"/notices/{quote(a.notice.id, safe='')}",
            a.legal_basis.label if a.legal_basis else "",
        )
        for a in org.actions
        if a.date
    ]  # fmt: skip
    return charts.timeline(events, f"{org.label}の処分等の推移") if events else None
