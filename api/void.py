"""The dataset described for machines: VoID (`/.well-known/void`) with counts read from
the store, and the SPARQL service description, which points at it. Both are built as
Turtle here and served in every RDF format by `api.rdfdoc`."""

from __future__ import annotations

from dataclasses import dataclass

from shobun.api.engine import Engine, select
from shobun.api.queries import lit
from shobun.api.vocab import SBO, SPARQL_PREFIXES

COUNTS = f"""{SPARQL_PREFIXES}SELECT ?c (COUNT(DISTINCT ?s) AS ?n) WHERE {{
  ?s a ?c FILTER (STRSTARTS(STR(?c), STR(sbo:)))
}} GROUP BY ?c ORDER BY ?c"""
TOTALS = """SELECT (COUNT(*) AS ?triples) (COUNT(DISTINCT ?s) AS ?subjects)
  (COUNT(DISTINCT ?p) AS ?properties) WHERE { ?s ?p ?o }"""
RESULT_FORMATS = (
    "SPARQL_Results_JSON",
    "SPARQL_Results_XML",
    "SPARQL_Results_CSV",
    "SPARQL_Results_TSV",
    "Turtle",
    "N-Triples",
    "JSON-LD",
    "RDF_XML",
)
ORG_CLASSES = ("Authority", "Company", "PublicBody", "Organization")


@dataclass(frozen=True)
class Site:
    """The absolute URLs the descriptions name (from the request's base URL)."""

    root: str  # e.g. http://127.0.0.1:8000/
    base_iri: str
    dumps: tuple[str, ...] = ()

    @property
    def void(self) -> str:
        return f"{self.root}.well-known/void"

    @property
    def dataset(self) -> str:
        return f"{self.void}#dataset"

    @property
    def endpoint(self) -> str:
        return f"{self.root}sparql"


async def void_turtle(engine: Engine, site: Site) -> str:
    totals = (await select(engine, TOTALS) or [{}])[0]
    classes = {r["c"]: int(r["n"]) for r in await select(engine, COUNTS)}
    lines = [
        f"<{site.dataset}> a void:Dataset, sd:Dataset ;",
        '  dcterms:title "shobun: 行政処分・勧告等の公表資料の知識グラフ"@ja, '
        '"shobun: Japanese enforcement notices as a knowledge graph"@en ;',
        f"  void:sparqlEndpoint <{site.endpoint}> ;",
        f"  void:uriSpace {lit(site.base_iri)} ;",
        f"  void:vocabulary <{SBO[:-1]}> ;",
        f"  void:triples {int(totals.get('triples', 0))} ;",
        f"  void:distinctSubjects {int(totals.get('subjects', 0))} ;",
        f"  void:properties {int(totals.get('properties', 0))} ;",
        f"  void:entities {sum(classes.values())} ;",
        f"  void:rootResource <{site.root}ontology> ;",
        "  void:feature <http://www.w3.org/ns/formats/Turtle>, "
        "<http://www.w3.org/ns/formats/N-Triples>, <http://www.w3.org/ns/formats/JSON-LD>, "
        "<http://www.w3.org/ns/formats/RDF_XML> ;",
    ]
    lines += [f"  void:dataDump <{d}> ;" for d in site.dumps]
    for cls, n in classes.items():
        lines.append(f"  void:classPartition [ void:class <{cls}> ; void:entities {n} ] ;")
    notices = classes.get(SBO + "Notice", 0)
    orgs = sum(classes.get(SBO + c, 0) for c in ORG_CLASSES[:-1])
    lines.append(
        f'  rdfs:comment "{notices} notices, {orgs} organisations (authorities, '
        f'companies, public bodies)"@en .'
    )
    lines.append(f"<{site.endpoint}> sd:defaultDataset <{site.dataset}> .")
    return PREFIXES_TTL + "\n".join(lines) + "\n"


def service_description_turtle(site: Site) -> str:
    formats = ", ".join(f"<http://www.w3.org/ns/formats/{f}>" for f in RESULT_FORMATS)
    return f"""{PREFIXES_TTL}<{site.endpoint}#service> a sd:Service ;
  sd:endpoint <{site.endpoint}> ;
  sd:supportedLanguage sd:SPARQL11Query ;
  sd:feature sd:UnionDefaultGraph ;
  sd:resultFormat {formats} ;
  sd:defaultDataset <{site.dataset}> ;
  rdfs:seeAlso <{site.void}> .
<{site.dataset}> a sd:Dataset, void:Dataset ;
  rdfs:isDefinedBy <{site.void}> ;
  void:sparqlEndpoint <{site.endpoint}> .
"""


PREFIXES_TTL = """@prefix void: <http://rdfs.org/ns/void#> .
@prefix sd: <http://www.w3.org/ns/sparql-service-description#> .
@prefix dcterms: <http://purl.org/dc/terms/> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
"""
