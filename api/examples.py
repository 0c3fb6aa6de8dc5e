"""Example SPARQL queries for the questions researchers ask; shown on the SPARQL page,
run by the tests and quoted in the docs, so all three agree."""

from __future__ import annotations

from dataclasses import dataclass

PREFIXES = """PREFIX sbo: <https://w3id.org/shobun/ontology#>
PREFIX dcterms: <http://purl.org/dc/terms/>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
"""


@dataclass(frozen=True)
class Example:
    key: str
    title: str  # Japanese, as on the page
    title_en: str
    query: str


EXAMPLES = (
    Example(
        "appi-recommendations",
        "2023年以降の個人情報保護法に基づく勧告",
        "every 勧告 under APPI since 2023",
        PREFIXES
        + """SELECT ?issued ?addressee ?basis ?notice WHERE {
  ?action a sbo:Recommendation ;
          sbo:announcedIn ?notice ;
          sbo:legalBasis ?provision .
  ?provision sbo:ofStatute/sbo:eGovLawId "415AC0000000057" ;
             sbo:article ?article .
  ?notice dcterms:issued ?issued .
  OPTIONAL { ?action sbo:addressee/rdfs:label ?addressee }
  BIND (CONCAT("第", ?article, "条") AS ?basis)
  FILTER (STR(?issued) >= "2023")
}
ORDER BY ?issued ?addressee""",
    ),
    Example(
        "sanctioned-twice",
        "2回以上処分等を受けた会社",
        "companies sanctioned in two or more notices",
        PREFIXES
        + """SELECT ?company ?name (COUNT(DISTINCT ?notice) AS ?notices) WHERE {
  ?action sbo:addressee ?company ;
          sbo:announcedIn ?notice .
  ?company a sbo:Company ;
           rdfs:label ?name .
}
GROUP BY ?company ?name
HAVING (COUNT(DISTINCT ?notice) >= 2)
ORDER BY DESC(?notices) ?name""",
    ),
    Example(
        "cite-article-23",
        "現行の第23条を引用する通知(引用時の番号とともに)",
        "notices citing today's 第23条 (any statute), with the number as cited",
        PREFIXES
        + """SELECT DISTINCT ?notice ?title ?statute ?cited ?article WHERE {
  ?notice sbo:cites ?cited .
  ?cited sbo:currentProvision ?provision ;
         sbo:article ?article .
  ?provision sbo:article "23" ;
             sbo:ofStatute/sbo:currentTitle ?statute .
  OPTIONAL { ?notice dcterms:title ?title }
}
ORDER BY ?notice ?cited""",
    ),
    Example(
        "safety-measures-across-versions",
        "安全管理措置の義務違反(条番号の改正をまたいで)",
        "who failed APPI's safety-management duty (安全管理措置), across renumberings",
        PREFIXES
        + """SELECT DISTINCT ?issued ?company ?cited ?today WHERE {
  ?violation sbo:violatedProvision ?provision ;
             sbo:committedBy/rdfs:label ?company .
  ?provision sbo:article ?article ;
             sbo:currentProvision ?current .
  ?current sbo:article ?now ;
           sbo:caption "安全管理措置"@ja ;
           sbo:ofStatute/sbo:eGovLawId "415AC0000000057" .
  ?action sbo:remedies ?violation ;
          sbo:announcedIn ?notice .
  ?notice dcterms:issued ?issued .
  BIND (CONCAT("第", ?article, "条") AS ?cited)
  BIND (CONCAT("第", ?now, "条") AS ?today)
}
ORDER BY ?issued ?company""",
    ),
)

BY_KEY = {e.key: e for e in EXAMPLES}
