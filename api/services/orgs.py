"""Organizations: the list, and one with its aliases, 法人番号, notices, actions and
entrustments (委託)."""

from __future__ import annotations

import asyncio

from starlette.datastructures import URL

from shobun.api import queries
from shobun.api.engine import Engine, select
from shobun.api.errors import ApiError
from shobun.api.models import Envelope, NoticeRef, Organization, OrganizationSummary
from shobun.api.queries import ref
from shobun.api.services.actions import list_actions
from shobun.api.services.common import envelope, notice_ref, org_ref, total
from shobun.api.vocab import ORG_CLASSES, SBO, SPARQL_PREFIXES, Keys, local

_ORG_TYPES = " ".join(f"sbo:{c}" for c in ORG_CLASSES)


def _org_where(q: str | None, kind: str | None) -> str:
    parts = [f"?o a ?t . VALUES ?t {{ {_ORG_TYPES} }} ?o rdfs:label ?label ."]
    if kind:
        parts.append(f"?o a {ref(SBO + kind)} .")
    if q:
        parts.append(queries.names("?o", q))
    return "\n  ".join(parts)


async def list_orgs(
    engine: Engine, keys: Keys, q: str | None, kind: str | None, paging: tuple[int, int, URL]
) -> Envelope[OrganizationSummary]:
    page, per_page, url = paging
    where = _org_where(q, kind)
    count = await total(engine, "?o", where)
    rows = await select(
        engine,
        f"""{SPARQL_PREFIXES}SELECT ?o ?label ?t ?alias ?corp ?notices WHERE {{
  {{ SELECT ?o ?label (COUNT(DISTINCT ?n) AS ?notices) WHERE {{
      {where}
      OPTIONAL {{ ?act sbo:addressee ?o ; sbo:announcedIn ?n }}
    }} GROUP BY ?o ?label ORDER BY DESC(?notices) ?label
    LIMIT {per_page} OFFSET {(page - 1) * per_page} }}
  ?o a ?t . FILTER (STRSTARTS(STR(?t), STR(sbo:)))
  OPTIONAL {{ ?o skos:altLabel ?alias }} OPTIONAL {{ ?o sbo:corporateNumber ?corp }}
}} ORDER BY DESC(?notices) ?label""",
    )
    found: dict[str, OrganizationSummary] = {}
    for r in rows:
        o = found.get(r["o"])
        if o is None:
            base = org_ref(keys, r["o"], r.get("label"))
            o = found[r["o"]] = OrganizationSummary(
                **base.model_dump(), kinds=[], notices=int(r.get("notices", "0"))
            )
        _add(o.kinds, local(r["t"]))
        _add(o.aliases, r.get("alias"))
        o.corporate_number = o.corporate_number or r.get("corp")
    return envelope(list(found.values()), count, page, per_page, url)


def _add(values: list[str], value: str | None) -> None:
    if value and value not in values:
        values.append(value)


async def org_detail(engine: Engine, keys: Keys, key: str, limit: int) -> Organization:
    iri = keys.iri("org", key)
    o = ref(iri)
    # three independent reads, asked at once: on a busy pool each waits its turn in
    # parallel rather than one after another
    rows, notices, found = await asyncio.gather(
        select(
            engine,
            f"""{SPARQL_PREFIXES}SELECT ?p ?v ?vLabel WHERE {{
  {{ {o} ?p ?v . FILTER (?p IN (rdf:type, rdfs:label, skos:altLabel, sbo:corporateNumber,
       sbo:entrusts)) }}
  UNION {{ ?v sbo:entrusts {o} . BIND ("entrustedBy" AS ?p) }}
  OPTIONAL {{ ?v rdfs:label ?vLabel FILTER (?p IN (sbo:entrusts, "entrustedBy")) }}
}}""",
        ),
        _notices(engine, keys, iri, limit),
        list_actions(
            engine, keys, queries.ActionFilter(addressee=iri), "date", (1, limit, URL("/"))
        ),
    )
    if not rows:
        raise ApiError(404, f"no organization {iri} in the store")
    org = Organization(iri=iri, key=key, label=key, kinds=[])
    for r in sorted(rows, key=lambda r: (r["p"], r["v"])):
        _fill(org, keys, r["p"].removeprefix(SBO), r["v"], r.get("vLabel"))
    org.notices = notices
    org.actions = found.items
    return org


def _fill(org: Organization, keys: Keys, p: str, v: str, label: str | None) -> None:
    if p.endswith("#type") and v.startswith(SBO):
        _add(org.kinds, local(v))
    elif p.endswith("#label"):
        org.label = v
    elif p.endswith("#altLabel"):
        _add(org.aliases, v)
    elif p == "corporateNumber":
        org.corporate_number = v
    elif p == "entrusts":
        org.entrusts.append(org_ref(keys, v, label))
    elif p == "entrustedBy":
        org.entrusted_by.append(org_ref(keys, v, label))


async def _notices(engine: Engine, keys: Keys, iri: str, limit: int) -> list[NoticeRef]:
    """The notices that mention the organization (its `prov:wasDerivedFrom`), newest first."""
    rows = await select(
        engine,
        f"""{SPARQL_PREFIXES}SELECT DISTINCT ?n ?title ?issued WHERE {{
  {ref(iri)} prov:wasDerivedFrom ?n .
  ?n a sbo:Notice .
  OPTIONAL {{ ?n dcterms:title ?title }} OPTIONAL {{ ?n dcterms:issued ?issued }}
}} ORDER BY DESC(STR(?issued)) ?n LIMIT {int(limit)}""",
    )
    return [notice_ref(keys, r) for r in rows]
