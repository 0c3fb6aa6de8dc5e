"""Statutes and provisions: which notices cite which article."""

from __future__ import annotations

from dataclasses import dataclass

from shobun.api import queries
from shobun.api.engine import Engine, Row, select
from shobun.api.errors import ApiError
from shobun.api.models import ArticleCitations, NoticeCitation, NoticeRef, ProvisionCount, Statute
from shobun.api.queries import lit, ref
from shobun.api.services.common import notice_ref, provision_ref, statute_labels
from shobun.api.vocab import SPARQL_PREFIXES, Keys
from shobun.core.numbering import Item, provision_label

STATUTES = f"""{SPARQL_PREFIXES}SELECT ?st ?label ?lawNumber ?egov
  (COUNT(DISTINCT ?n) AS ?notices) WHERE {{
  ?st a sbo:Statute ; rdfs:label ?label .
  OPTIONAL {{ ?st sbo:lawNumber ?lawNumber }}
  OPTIONAL {{ ?st sbo:eGovLawId ?egov }}
  OPTIONAL {{ ?n sbo:cites/sbo:ofStatute ?st }}
}} GROUP BY ?st ?label ?lawNumber ?egov ORDER BY DESC(?notices) ?label"""


def _statute(keys: Keys, row: Row) -> Statute:
    return Statute(
        iri=row["st"],
        key=keys.statute(row["st"]),
        label=row["label"],
        law_number=row.get("lawNumber"),
        egov_law_id=row.get("egov"),
        notices=int(row.get("notices", "0")),
    )


async def list_statutes(engine: Engine, keys: Keys) -> list[Statute]:
    return [_statute(keys, r) for r in await select(engine, STATUTES)]


def _count(keys: Keys, row: Row, statutes: dict[str, str]) -> ProvisionCount:
    base = provision_ref(keys, row["prov"], statutes)
    return ProvisionCount(**base.model_dump(), notices=int(row.get("notices", "0")))


async def statute_detail(engine: Engine, keys: Keys, key: str) -> Statute:
    iri = keys.iri("law", key)
    found = [r for r in await select(engine, STATUTES) if r["st"] == iri]
    if not found:
        raise ApiError(404, f"no statute {iri} in the store")
    statute = _statute(keys, found[0])
    rows = await select(engine, queries.provisions(f"?prov sbo:ofStatute {ref(iri)} ."))
    labels = await statute_labels(engine)
    counts = [_count(keys, r, labels) for r in rows]
    statute.provisions = sorted(  # a provision only today's numbering links to is not cited
        (c for c in counts if c.notices), key=lambda p: _article_order(p.article or "")
    )
    return statute


def _article_order(article: str) -> tuple[int, ...]:
    """148 → (148,), 2の2 → (2, 2): articles sort as the statute numbers them."""
    return tuple(int(x) if x.isdigit() else 0 for x in article.split("の"))


@dataclass(frozen=True)
class Within:
    """Where in an article of today's numbering: 第{article}条[第{paragraph}項][第{item}号]
    (None: any paragraph, any item)."""

    article: str
    paragraph: int | None = None
    item: Item | None = None


def _item_term(item: Item) -> str:
    """An item as the graph holds it: 3 an xsd:integer, "3の2" a string (never item 3)."""
    return str(item) if isinstance(item, int) else lit(item)


def _today(statute: str, at: Within) -> str:
    """Notices (?n) citing a provision (?prov, as cited) whose number today (?now) is in
    第{article}条 of `statute` (in that paragraph and item where they are given)."""
    out = f"""?n sbo:cites ?prov . ?prov sbo:ofStatute {ref(statute)} .
  {queries.TODAY.format(c="?prov", p="?now")}
  ?now sbo:article {lit(at.article)} ."""
    out += f" ?now sbo:paragraph {at.paragraph} ." if at.paragraph is not None else ""
    return out + (f" ?now sbo:item {_item_term(at.item)} ." if at.item is not None else "")


async def article_citations(engine: Engine, keys: Keys, key: str, at: Within) -> ArticleCitations:
    """Which notices cite 第{article}条 of the statute as numbered today (any paragraph or
    item, or the ones given), in whatever numbering they cited it: a 2019 notice's APPI
    第20条 is under 第23条."""
    statute = await statute_detail(engine, keys, key)
    rows = await select(
        engine,
        f"""{SPARQL_PREFIXES}SELECT DISTINCT ?n ?title ?issued ?prov WHERE {{
  {_today(statute.iri, at)}
  OPTIONAL {{ ?n dcterms:title ?title }} OPTIONAL {{ ?n dcterms:issued ?issued }}
}} ORDER BY DESC(STR(?issued)) ?n ?prov""",
    )
    if not rows:
        where = provision_label(None, at.article, at.paragraph, at.item)
        raise ApiError(404, f"no notice cites {where} of {statute.label}")
    labels = await statute_labels(engine)
    notices: list[NoticeRef] = list({r["n"]: notice_ref(keys, r) for r in rows}.values())
    cited = await select(engine, queries.provisions(_today(statute.iri, at)))
    statute.provisions = []
    return ArticleCitations(
        statute=statute,
        article=at.article,
        provisions=[_count(keys, r, labels) for r in cited],
        notices=notices,
        citations=[
            NoticeCitation(notice=notice_ref(keys, r), cited=provision_ref(keys, r["prov"], labels))
            for r in rows
        ],
    )
