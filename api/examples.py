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
    Example(
        "actions-per-authority-year",
        "当局別・年別・種類別の処分等の件数",
        "actions per authority per year and type",
        PREFIXES
        + """SELECT ?authority ?year ?type (COUNT(DISTINCT ?action) AS ?actions) WHERE {
  ?action sbo:announcedIn ?notice ; a ?class .
  FILTER (STRSTARTS(STR(?class), STR(sbo:)))
  BIND (STRAFTER(STR(?class), "#") AS ?type)
  ?notice sbo:issuedBy/rdfs:label ?authority ; dcterms:issued ?issued .
  BIND (SUBSTR(STR(?issued), 1, 4) AS ?year)
}
GROUP BY ?authority ?year ?type
ORDER BY ?authority ?year DESC(?actions)""",
    ),
    Example(
        "repeat-addressees",
        "複数の処分等を受けた名宛人（通知・処分の数）",
        "repeat addressees: how many actions and notices each",
        PREFIXES
        + """SELECT ?addressee ?name (COUNT(DISTINCT ?action) AS ?actions)
       (COUNT(DISTINCT ?notice) AS ?notices) WHERE {
  ?action sbo:addressee ?addressee ; sbo:announcedIn ?notice .
  ?addressee rdfs:label ?name .
}
GROUP BY ?addressee ?name
HAVING (COUNT(DISTINCT ?action) >= 2)
ORDER BY DESC(?actions) ?name""",
    ),
    Example(
        "escalation",
        "指導 → 勧告 → 命令: より重い措置へ進んだ名宛人",
        "escalation: addressees whose later action was more severe (指導 → 勧告 → 命令)",
        PREFIXES
        + """SELECT ?name ?first ?firstDate ?then ?thenDate WHERE {
  VALUES (?lighter ?heavier) {
    (sbo:Guidance sbo:Recommendation) (sbo:Guidance sbo:Order)
    (sbo:Recommendation sbo:Order) (sbo:Guidance sbo:BusinessImprovementOrder)
    (sbo:MeasuresOrder sbo:SurchargeOrder)
  }
  ?a a ?lighter ; sbo:addressee ?org ; sbo:sanctionTerm ?first .
  ?b a ?heavier ; sbo:addressee ?org ; sbo:sanctionTerm ?then .
  ?a sbo:announcedIn/dcterms:issued ?firstDate .
  ?b sbo:announcedIn/dcterms:issued ?thenDate .
  FILTER (STR(?firstDate) <= STR(?thenDate))
  ?org rdfs:label ?name .
}
ORDER BY ?name ?firstDate""",
    ),
    Example(
        "violations-of-article",
        "個人情報保護法第23条（安全管理措置）違反の会社",
        "violations of APPI article 23 across companies",
        PREFIXES
        + """SELECT ?company ?violation ?notice WHERE {
  ?v a sbo:Violation ;
     sbo:violatedProvision ?p ;
     sbo:committedBy/rdfs:label ?company .
  ?p sbo:article "23" ; sbo:ofStatute/sbo:eGovLawId "415AC0000000057" .
  OPTIONAL { ?v sbo:description ?violation }
  ?action sbo:remedies ?v ; sbo:announcedIn ?notice .
}
ORDER BY ?company""",
    ),
    Example(
        "entrustment-chains",
        "委託の連鎖（委託元 → 委託先 → 再委託先）",
        "entrustment chains: principal → agent → sub-agent",
        PREFIXES
        + """SELECT ?principal ?agent ?subagent WHERE {
  ?p sbo:entrusts ?a .
  ?p rdfs:label ?principal . ?a rdfs:label ?agent .
  OPTIONAL { ?a sbo:entrusts/rdfs:label ?subagent }
  FILTER NOT EXISTS { ?anyone sbo:entrusts ?p }
}
ORDER BY ?principal ?agent""",
    ),
    Example(
        "largest-surcharges",
        "課徴金の大きい順（PREFIX なしでも動きます）",
        "the largest 課徴金 (no PREFIX lines: the server knows sbo:)",
        """SELECT ?company ?amount ?deadline ?notice WHERE {
  ?order a sbo:SurchargeOrder ;
         sbo:amount ?amount ;
         sbo:announcedIn ?notice ;
         sbo:addressee/rdfs:label ?company .
  OPTIONAL { ?order sbo:deadline ?deadline }
}
ORDER BY DESC(?amount)
LIMIT 20""",
    ),
    Example(
        "most-cited-articles",
        "最も多く引用される条",
        "the most cited articles",
        PREFIXES
        + """SELECT ?statute ?article (COUNT(DISTINCT ?notice) AS ?notices) WHERE {
  ?notice sbo:cites ?p .
  ?p sbo:article ?article ; sbo:ofStatute/rdfs:label ?statute .
}
GROUP BY ?statute ?article
ORDER BY DESC(?notices) ?statute ?article""",
    ),
    Example(
        "deadlines",
        "期限のある処分等（期限順）",
        "actions with a deadline, soonest first",
        PREFIXES
        + """SELECT ?deadline ?term ?addressee ?notice WHERE {
  ?action sbo:deadline ?deadline ;
          sbo:sanctionTerm ?term ;
          sbo:announcedIn ?notice .
  OPTIONAL { ?action sbo:addressee/rdfs:label ?addressee }
}
ORDER BY ?deadline""",
    ),
    Example(
        "evidence",
        "処分等の根拠となる本文の箇所",
        "where each action is said in the text (its evidence span)",
        PREFIXES
        + """PREFIX oa: <http://www.w3.org/ns/oa#>
SELECT ?notice ?term ?start ?end ?exact WHERE {
  ?action sbo:announcedIn ?notice ;
          sbo:sanctionTerm ?term ;
          sbo:evidence ?span .
  ?span oa:start ?start ; oa:end ?end ; oa:exact ?exact .
}
ORDER BY ?notice ?start""",
    ),
    Example(
        "which-notice-says",
        "どの通知がその名宛人について述べているか（名前付きグラフ）",
        "which notice's graph says it (named graphs)",
        PREFIXES
        + """SELECT ?notice ?name WHERE {
  GRAPH ?notice { ?action sbo:addressee ?org . ?org rdfs:label ?name }
}
ORDER BY ?name ?notice""",
    ),
)

BY_KEY = {e.key: e for e in EXAMPLES}
