"""Facets of a notice search: how many of the matching notices each authority, action
type and year has, so a reader can narrow down by clicking."""

from __future__ import annotations

from dataclasses import dataclass

from shobun.api import queries
from shobun.api.engine import Engine, select
from shobun.api.services.browse import reading_of
from shobun.api.vocab import SPARQL_PREFIXES, ja, local


@dataclass(frozen=True)
class Facet:
    value: str  # what the filter takes
    label: str  # what the page shows
    count: int


def _query(where: str, pattern: str, key: str) -> str:
    return f"""{SPARQL_PREFIXES}SELECT ?key ?label (COUNT(DISTINCT ?n) AS ?count) WHERE {{
  {{ SELECT DISTINCT ?n WHERE {{ {where} }} }}
  {pattern}
}} GROUP BY ?key ?label ORDER BY DESC(?count) ?label"""


AUTHORITY = "?n sbo:issuedBy ?a . ?a rdfs:label ?label BIND (?label AS ?key)"
TYPE = (
    "?act sbo:announcedIn ?n ; a ?key FILTER (STRSTARTS(STR(?key), STR(sbo:))) "
    "BIND (?key AS ?label)"
)
YEAR = "?n dcterms:issued ?i BIND (SUBSTR(STR(?i), 1, 4) AS ?key) BIND (?key AS ?label)"


async def facets(engine: Engine, f: queries.NoticeFilter) -> dict[str, list[Facet]]:
    where = f.where()
    out: dict[str, list[Facet]] = {}
    for name, pattern in (("authority", AUTHORITY), ("action_type", TYPE), ("year", YEAR)):
        rows = await select(engine, _query(where, pattern, name))
        out[name] = [Facet(r["key"], r["label"], int(r["count"])) for r in rows if r.get("key")]
    types = [Facet(local(x.value), ja(local(x.value)), x.count) for x in out["action_type"]]
    out["action_type"] = sorted(types, key=lambda x: reading_of(x.value))
    out["year"] = sorted(out["year"], key=lambda x: x.value, reverse=True)
    return out
