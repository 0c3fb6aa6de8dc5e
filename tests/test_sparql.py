"""The SPARQL 1.1 Protocol endpoint against a real server: every result format parsed back
(rdflib), the dataset parameters, the union default graph, refusals and errors."""

from __future__ import annotations

import io
from typing import TYPE_CHECKING

import pytest
from rdflib import Graph, Literal, Namespace, URIRef
from rdflib.compare import isomorphic
from rdflib.query import Result

from shobun.api.examples import BY_KEY

if TYPE_CHECKING:
    from conftest_api import Server

pytest_plugins = ["conftest_api"]
BASE = "https://w3id.org/shobun/id/"
SEED = "ppc-2024-01-ntt-procx-overview"
SBO = Namespace("https://w3id.org/shobun/ontology#")
SEED_IRI = f"{BASE}notice/{SEED}"
NOTICES = f"PREFIX sbo: <{SBO}> SELECT ?n WHERE {{ ?n a sbo:Notice }} ORDER BY ?n"
ACTIONS_OF_SEED = (
    f"PREFIX sbo: <{SBO}> CONSTRUCT {{ ?a a ?t ; sbo:sanctionTerm ?term }} "
    f"WHERE {{ ?a sbo:announcedIn <{SEED_IRI}> ; a ?t ; sbo:sanctionTerm ?term }}"
)
RESULT_FORMATS = {
    "application/sparql-results+json": "json",
    "application/sparql-results+xml": "xml",
    "text/csv": "csv",
    "text/tab-separated-values": "tsv",
}
GRAPH_FORMATS = {
    "text/turtle": "turtle",
    "application/n-triples": "nt",
    "application/ld+json": "json-ld",
    "application/rdf+xml": "xml",
}


def ask(server: Server, query: str, accept: str = "application/sparql-results+json") -> Result:
    r = server.client.get("/sparql", params={"query": query}, headers={"Accept": accept})
    assert r.status_code == 200, r.text
    return Result.parse(io.BytesIO(r.content), format=RESULT_FORMATS[accept.split(";")[0]])


def values(result: Result, var: str = "n") -> list[str]:
    return [str(row[var]) for row in result]  # type: ignore[index]


@pytest.mark.parametrize("accept", list(RESULT_FORMATS), ids=list(RESULT_FORMATS.values()))
def test_select_in_every_results_format(server: Server, accept: str) -> None:
    r = server.client.get("/sparql", params={"query": NOTICES}, headers={"Accept": accept})
    assert r.headers["content-type"].split(";")[0] == accept
    assert r.headers["vary"] == "Accept"
    result = Result.parse(io.BytesIO(r.content), format=RESULT_FORMATS[accept])
    assert len(values(result)) == 5
    assert SEED_IRI in values(result)


@pytest.mark.parametrize(
    "accept", ["application/sparql-results+json", "application/sparql-results+xml"]
)
def test_ask(server: Server, accept: str) -> None:
    assert ask(server, f"ASK {{ <{SEED_IRI}> ?p ?o }}", accept).askAnswer is True
    assert ask(server, "ASK { <urn:x:nothing> ?p ?o }", accept).askAnswer is False


def test_ask_as_csv_has_one_column(server: Server) -> None:
    r = server.client.get("/sparql", params={"query": "ASK {}"}, headers={"Accept": "text/csv"})
    assert r.text.split() == ["_askResult", "true"]


def test_construct_in_every_graph_format_gives_the_same_graph(server: Server) -> None:
    graphs = []
    for accept, fmt in GRAPH_FORMATS.items():
        r = server.client.get(
            "/sparql", params={"query": ACTIONS_OF_SEED}, headers={"Accept": accept}
        )
        assert r.status_code == 200 and r.headers["content-type"].split(";")[0] == accept
        graphs.append(Graph().parse(data=r.content, format=fmt))
    assert all(isomorphic(graphs[0], g) for g in graphs[1:])
    terms = sorted(str(o) for o in graphs[0].objects(None, SBO.sanctionTerm))
    assert len(set(graphs[0].subjects(SBO.sanctionTerm, None))) == 8  # a1…a8
    assert (
        terms.count("勧告") == 2 and terms.count("指導") == 2 and terms.count("報告等の求め") == 4
    )


def test_describe_gives_a_graph(server: Server) -> None:
    r = server.client.get("/sparql", params={"query": f"DESCRIBE <{SEED_IRI}>"})
    g = Graph().parse(data=r.content, format="turtle")
    assert (URIRef(SEED_IRI), SBO.issuedText, Literal("令和6年1月●日")) in g


def test_post_form_and_post_sparql_query(server: Server) -> None:
    form = server.client.post("/sparql", data={"query": NOTICES})
    raw = server.client.post(
        "/sparql", content=NOTICES.encode(), headers={"Content-Type": "application/sparql-query"}
    )
    assert form.status_code == raw.status_code == 200
    assert form.json() == raw.json()
    assert len(form.json()["results"]["bindings"]) == 5


def test_default_graph_is_the_union_without_duplicates(server: Server) -> None:
    union = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"
    named = (
        "SELECT (COUNT(*) AS ?n) WHERE { SELECT DISTINCT ?s ?p ?o WHERE { GRAPH ?g { ?s ?p ?o } } }"
    )
    assert values(ask(server, union)) == values(ask(server, named))


def test_named_graphs_are_the_notices(server: Server) -> None:
    graphs = values(ask(server, "SELECT DISTINCT ?n WHERE { GRAPH ?n { ?s ?p ?o } } ORDER BY ?n"))
    assert graphs == values(ask(server, NOTICES))


def test_default_graph_uri_picks_the_dataset(server: Server) -> None:
    params = {"query": NOTICES, "default-graph-uri": SEED_IRI}
    r = server.client.get("/sparql", params=params)
    assert [b["n"]["value"] for b in r.json()["results"]["bindings"]] == [SEED_IRI]


def test_named_graph_uri_limits_graph_patterns(server: Server) -> None:
    query = "SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } }"
    r = server.client.post("/sparql", data={"query": query, "named-graph-uri": SEED_IRI})
    assert [b["g"]["value"] for b in r.json()["results"]["bindings"]] == [SEED_IRI]


def test_not_acceptable_is_406_with_the_error_body(server: Server) -> None:
    r = server.client.get("/sparql", params={"query": NOTICES}, headers={"Accept": "image/png"})
    assert r.status_code == 406
    assert r.json()["error"]["code"] == "not_acceptable"


def test_malformed_query_is_400_with_the_parsers_message(server: Server) -> None:
    r = server.client.get("/sparql", params={"query": "SELECT * WHERE { ?s ?p }"})
    assert r.status_code == 400
    error = r.json()["error"]
    assert error["code"] == "malformed_query" and error["message"].startswith("line 1, column ")


@pytest.mark.parametrize(
    "query",
    [
        "SELECT * WHERE { SERVICE <http://127.0.0.1:1/sparql> { ?s ?p ?o } }",
        "select * where { service silent <http://example.org/sparql> { ?s ?p ?o } }",
        "SELECT * WHERE { ?s ?p ?o OPTIONAL { SERVICE ?endpoint { ?s ?q ?r } } }",
    ],
    ids=["service", "lower-case silent", "variable endpoint inside OPTIONAL"],
)
def test_service_is_refused(server: Server, query: str) -> None:
    r = server.client.get("/sparql", params={"query": query})
    assert r.status_code == 403
    assert r.json()["error"]["code"] == "service_refused"


def test_the_word_service_in_a_literal_is_fine(server: Server) -> None:
    r = server.client.get("/sparql", params={"query": 'ASK { FILTER ("SERVICE" != "") }'})
    assert r.status_code == 200 and r.json()["boolean"] is True


def test_endpoint_is_read_only(server: Server) -> None:
    update = "INSERT DATA { <urn:x:a> <urn:x:b> <urn:x:c> }"
    assert server.client.post("/sparql", data={"update": update}).status_code == 403
    assert server.client.get("/sparql", params={"query": update}).status_code == 400
    r = server.client.post("/sparql/update", data={"update": update})
    assert r.status_code == 403 and "SHOBUN_UPDATE_TOKEN" in r.json()["error"]["message"]


def test_unsupported_post_body_is_415(server: Server) -> None:
    r = server.client.post("/sparql", content=b"x", headers={"Content-Type": "text/plain"})
    assert r.status_code == 415 and r.json()["error"]["code"] == "unsupported_media_type"


def test_service_description_without_query(server: Server) -> None:
    r = server.client.get("/sparql", headers={"Accept": "text/turtle"})
    g = Graph().parse(data=r.text, format="turtle")
    sd = Namespace("http://www.w3.org/ns/sparql-service-description#")
    assert (None, sd.feature, sd.UnionDefaultGraph) in g
    assert (None, sd.endpoint, URIRef(f"{server.url}/sparql")) in g


def test_browser_gets_the_sparql_page(server: Server) -> None:
    r = server.client.get("/sparql", headers={"Accept": "text/html,*/*;q=0.8"})
    assert r.headers["content-type"].startswith("text/html") and "<textarea" in r.text


def test_example_queries_answer_what_they_say(server: Server) -> None:
    appi = ask(server, BY_KEY["appi-recommendations"].query)
    assert sorted(values(appi, "addressee")) == [
        "NTTビジネスソリューションズ株式会社",
        "株式会社NTTマーケティングアクトProCX",
        "株式会社みどり台データサービス",
    ]
    assert values(ask(server, BY_KEY["sanctioned-twice"].query), "company") == []
    cite23 = set(values(ask(server, BY_KEY["cite-article-23"].query), "notice"))
    assert SEED_IRI in cite23 and all(n.startswith(f"{BASE}notice/") for n in cite23)
