"""SPARQL text for the JSON API, built from typed filters; user input enters only as
escaped literals (`lit`) or checked IRIs (`ref`), never as syntax."""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from dataclasses import dataclass
from typing import Literal

from shobun.api.vocab import SBO, SPARQL_PREFIXES
from shobun.graph.terms import check_iri, quote_literal

NoticeSort = Literal["-issued", "issued", "title", "-title", "id"]
ActionSort = Literal["-date", "date", "type"]


def lit(text: str) -> str:
    return quote_literal(text)


def ref(iri: str) -> str:
    return f"<{check_iri(iri)}>"


def fold(text: str) -> str:
    """Text as searches compare it: NFKC (２３ → 23, ＮＴＴ → NTT) and case-folded."""
    return unicodedata.normalize("NFKC", text).casefold().strip()


def contains(expr: str, value: str) -> str:
    """`expr` contains `value`, both compared folded (the store's text is NFKC already)."""
    return f"CONTAINS(LCASE(STR({expr})), {lit(fold(value))})"


def article_number(text: str) -> str:
    """An article as asked for → as stored: 第23条 / ２３ / 23条 → 23; 第2条の2 → 2の2."""
    folded = unicodedata.normalize("NFKC", text).strip()
    m = re.fullmatch(r"第?\s*(\d+)\s*条?((?:\s*の\s*\d+)*)", folded)
    if m is None:
        return folded
    return m.group(1) + re.sub(r"\s+", "", m.group(2))


def names(var: str, value: str) -> str:
    """Patterns binding `var` to the organization `value` names: its IRI, or any whose
    label or alias contains it, folded (joins, not FILTER EXISTS, which Oxigraph runs
    per row)."""
    if value.startswith(("http://", "https://")):
        try:
            return f"VALUES {var} {{ {ref(value)} }}"
        except ValueError:
            pass
    name = f"{var}_name"
    return f"{var} rdfs:label|skos:altLabel {name} FILTER ({contains(name, value)})"


def date_range(var: str, start: dt.date | None, end: dt.date | None) -> list[str]:
    """ISO dates compared as text, so 2024-01 (a month) sorts before 2024-01-15."""
    out = []
    if start:
        out.append(f"FILTER (BOUND({var}) && STR({var}) >= {lit(start.isoformat())})")
    if end:
        out.append(f"FILTER (BOUND({var}) && STR({var}) <= {lit(end.isoformat())})")
    return out


@dataclass(frozen=True)
class NoticeFilter:
    authority: str | None = None
    action_type: str | None = None
    issued_from: dt.date | None = None
    issued_to: dt.date | None = None
    addressee: str | None = None
    article: str | None = None
    statute: str | None = None
    q: str | None = None

    def where(self, counting: bool = False) -> str:
        """Restricting patterns first, as joins; the page query takes DISTINCT notices.
        `counting`: for the total only, without the OPTIONALs no filter reads (joining
        them made the count 20× slower: 62 ms against 2.9 ms on 10 000 notices)."""
        parts = ["?n a sbo:Notice ."]
        if self.authority:
            parts.append(f"{names('?auth', self.authority)} ?n sbo:issuedBy ?auth .")
        if self.action_type or self.addressee:
            if self.addressee:
                parts.append(f"{names('?ad', self.addressee)} ?act sbo:addressee ?ad .")
            parts.append("?act sbo:announcedIn ?n .")
            if self.action_type:
                parts.append(f"?act a {ref(SBO + self.action_type)} .")
        if self.article or self.statute:
            parts.append(cites("?n", self.article, self.statute))
        dated = self.issued_from or self.issued_to
        if not counting or dated:
            parts.append("OPTIONAL { ?n dcterms:issued ?issued }")
        if not counting or self.q:
            parts.append("OPTIONAL { ?n dcterms:title ?title }")
        parts += date_range("?issued", self.issued_from, self.issued_to)
        if self.q:
            title, text = (
                contains("COALESCE(?title, '')", self.q),
                contains("COALESCE(?text, '')", self.q),
            )
            parts.append(f"OPTIONAL {{ ?n sbo:text ?text }} FILTER ({title} || {text})")
        return "\n  ".join(parts)


# A cited provision as numbered today: its sbo:currentProvision, or itself where it has
# none and is not in an older numbering (graphs made before law in time, laws without
# tables). A provision whose place today is unknown is found by no article of today's.
TODAY = (
    "OPTIONAL {{ {c} sbo:currentProvision ?_cur }} BIND (COALESCE(?_cur, {c}) AS {p}) "
    'FILTER (BOUND(?_cur) || !CONTAINS(STR({c}), "/version/"))'
)


def cites(notice: str, article: str | None, statute: str | None) -> str:
    """`notice` cites a provision of today's `article` (in whatever numbering it was cited
    in) of `statute`."""
    out = f"{notice} sbo:cites ?_c . " + TODAY.format(c="?_c", p="?_p")
    if article:
        out += f" ?_p sbo:article {lit(article_number(article))} ."
    if statute:
        out += (
            f" ?_p sbo:ofStatute ?_st . ?_st sbo:eGovLawId|rdfs:label|sbo:lawNumber ?_sn "
            f"FILTER (LCASE(STR(?_sn)) = {lit(fold(statute))} || STR(?_st) = {lit(statute)}"
            f" || {contains('?_sn', statute)})"
        )
    return out


NOTICE_ORDER: dict[NoticeSort, str] = {
    "-issued": "DESC(STR(?issued)) ?n",
    "issued": "STR(?issued) ?n",
    "title": "?title ?n",
    "-title": "DESC(?title) ?n",
    "id": "?n",
}


def count_distinct(var: str, where: str) -> str:
    """How many distinct `var` the pattern `where` binds: the total of a paged list."""
    return f"{SPARQL_PREFIXES}SELECT (COUNT(DISTINCT {var}) AS ?total) WHERE {{\n  {where}\n}}"


def distinct(var: str, where: str) -> str:
    """The distinct `var` the pattern `where` binds, in no order."""
    return f"{SPARQL_PREFIXES}SELECT DISTINCT {var} WHERE {{\n  {where}\n}}"


def notice_page(f: NoticeFilter, sort: NoticeSort, limit: int, offset: int) -> str:
    """One page of notices with what a list shows of each (one row per action)."""
    order = NOTICE_ORDER[sort]
    return f"""{SPARQL_PREFIXES}SELECT ?n ?title ?issued ?issuedText ?auth ?authLabel
  ?act ?type ?ad ?adLabel WHERE {{
  {{ SELECT DISTINCT ?n ?title ?issued WHERE {{
    {f.where()}
  }} ORDER BY {order} LIMIT {int(limit)} OFFSET {int(offset)} }}
  OPTIONAL {{ ?n sbo:issuedText ?issuedText }}
  OPTIONAL {{ ?n sbo:issuedBy ?auth OPTIONAL {{ ?auth rdfs:label ?authLabel }} }}
  OPTIONAL {{ ?act sbo:announcedIn ?n ; a ?type .
    FILTER (STRSTARTS(STR(?type), STR(sbo:)))
    OPTIONAL {{ ?act sbo:addressee ?ad OPTIONAL {{ ?ad rdfs:label ?adLabel }} }} }}
}} ORDER BY {order} ?act"""


@dataclass(frozen=True)
class ActionFilter:
    action_type: str | None = None
    authority: str | None = None
    addressee: str | None = None
    date_from: dt.date | None = None
    date_to: dt.date | None = None
    notice: str | None = None

    def where(self) -> str:
        parts = []
        if self.addressee:
            parts.append(f"{names('?_ad', self.addressee)} ?act sbo:addressee ?_ad .")
        if self.notice:
            parts.append(f"VALUES ?n {{ {ref(self.notice)} }}")
        parts.append("?act sbo:announcedIn ?n ; a ?type .")
        if self.action_type:
            parts.append(f"VALUES ?type {{ {ref(SBO + self.action_type)} }}")
        else:
            parts.append("FILTER (STRSTARTS(STR(?type), STR(sbo:)))")
        parts += [
            "OPTIONAL { ?act dcterms:date ?d } OPTIONAL { ?n dcterms:issued ?issued }",
            "BIND (COALESCE(?d, ?issued) AS ?date)",
        ]
        if self.authority:
            parts.append(
                f"OPTIONAL {{ ?act sbo:imposedBy ?_imp }} OPTIONAL {{ ?n sbo:issuedBy ?_iss }} "
                f"BIND (COALESCE(?_imp, ?_iss) AS ?_auth) {names('?_auth', self.authority)}"
            )
        parts += date_range("?date", self.date_from, self.date_to)
        return "\n  ".join(parts)


ACTION_ORDER: dict[ActionSort, str] = {
    "-date": "DESC(STR(?date)) ?act",
    "date": "STR(?date) ?act",
    "type": "?type ?act",
}


def action_page(f: ActionFilter, sort: ActionSort, limit: int, offset: int) -> str:
    order = ACTION_ORDER[sort]
    return f"""{SPARQL_PREFIXES}SELECT ?act ?type ?n ?date ?term ?title ?issued ?deadline
  ?amount ?auth ?authLabel ?ad ?adLabel ?basis WHERE {{
  {{ SELECT DISTINCT ?act ?type ?n ?date ?issued WHERE {{
    {f.where()}
  }} ORDER BY {order} LIMIT {int(limit)} OFFSET {int(offset)} }}
  {ACTION_DETAILS}
}} ORDER BY {order} ?type ?ad ?basis"""


ACTION_DETAILS = """OPTIONAL { ?act sbo:sanctionTerm ?term }
  OPTIONAL { ?n dcterms:title ?title }
  OPTIONAL { ?act sbo:deadline ?deadline }
  OPTIONAL { ?act sbo:amount ?amount }
  OPTIONAL { ?act sbo:imposedBy ?imp } OPTIONAL { ?n sbo:issuedBy ?iss }
  BIND (COALESCE(?imp, ?iss) AS ?auth)
  OPTIONAL { ?auth rdfs:label ?authLabel }
  OPTIONAL { ?act sbo:addressee ?ad OPTIONAL { ?ad rdfs:label ?adLabel } }
  OPTIONAL { ?act sbo:legalBasis ?basis }"""


def action_properties(acts: list[str]) -> str:
    """The properties of the actions `acts` a list shows and the index does not hold."""
    values = " ".join(ref(a) for a in acts)
    return f"""{SPARQL_PREFIXES}SELECT ?act ?p ?o WHERE {{
  VALUES ?act {{ {values} }} ?act ?p ?o
  FILTER (?p IN (sbo:sanctionTerm, sbo:deadline, sbo:amount, sbo:legalBasis))
}}"""


def graph_triples(graph: str) -> str:
    """Every triple of one notice graph, with what a reader needs to show the objects."""
    return f"""{SPARQL_PREFIXES}SELECT ?s ?p ?o ?isIri WHERE {{
  GRAPH {ref(graph)} {{ ?s ?p ?o }} BIND (isIRI(?o) AS ?isIri)
}}"""


def provisions(where: str) -> str:
    """Provisions matching `where` (which binds ?prov), with their statute and citing notices."""
    return f"""{SPARQL_PREFIXES}SELECT ?prov ?article ?paragraph ?item ?st ?stLabel
  (COUNT(DISTINCT ?n) AS ?notices) WHERE {{
  {where}
  ?prov a sbo:Provision .
  OPTIONAL {{ ?prov sbo:article ?article }}
  OPTIONAL {{ ?prov sbo:paragraph ?paragraph }}
  OPTIONAL {{ ?prov sbo:item ?item }}
  OPTIONAL {{ ?prov sbo:ofStatute ?st OPTIONAL {{ ?st rdfs:label ?stLabel }} }}
  OPTIONAL {{ ?n sbo:cites ?prov }}
}} GROUP BY ?prov ?article ?paragraph ?item ?st ?stLabel ORDER BY ?prov"""
