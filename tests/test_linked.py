"""Linked data over HTTP: every kind of minted IRI answers under /id/ in every RDF format
(parsed back and compared with the store's own triples for it), the ontology, VoID and
the service description parse in every format, JSON-LD with the published context is
the same graph as N-Triples, and HEAD answers wherever GET does."""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING
from urllib.parse import quote

import pyoxigraph as ox
import pytest
from markupsafe import escape
from rdflib import Graph, Literal, Namespace, URIRef
from rdflib.compare import isomorphic

from shobun.graph.store import EmbeddedStore
from shobun.ontology import load_ontology

if TYPE_CHECKING:
    from conftest_api import Server

pytest_plugins = ["conftest_api"]
BASE = "https://w3id.org/shobun/id/"
SEED = f"{BASE}notice/ppc-2024-01-ntt-procx-overview"
VOID = Namespace("http://rdfs.org/ns/void#")
SD = Namespace("http://www.w3.org/ns/sparql-service-description#")
SBO = Namespace("https://w3id.org/shobun/ontology#")
RDFS_SEE_ALSO = URIRef("http://www.w3.org/2000/01/rdf-schema#seeAlso")

IRIS = {
    "notice": SEED,
    "organization": BASE + "org/" + quote("個人情報保護委員会", safe=""),
    "company": BASE + "org/" + quote("株式会社NTTマーケティングアクトProCX", safe=""),
    "statute": BASE + "law/415AC0000000057",
    "article": BASE + "law/415AC0000000057/article/23",
    "paragraph": BASE + "law/415AC0000000057/article/148/paragraph/1",
    "action": SEED + "/action/a1",
    "violation": SEED + "/violation/v1",
    "section": SEED + "/section/" + quote("第2の2(1)", safe=""),
    "incident": SEED + "/incident/1",
    "span": SEED + "/span/639-641",
}
# (Accept, ?_format, rdflib parser)
FORMATS = {
    "turtle": ("text/turtle", "ttl", "turtle"),
    "n-triples": ("application/n-triples", "nt", "nt"),
    "json-ld": ("application/ld+json", "jsonld", "json-ld"),
    "rdf-xml": ("application/rdf+xml", "rdf", "xml"),
}


def path_of(iri: str) -> str:
    return "/id/" + iri[len(BASE) :]


def store_triples(store_dir: Path, iri: str) -> Graph:
    """What the store itself holds about `iri` (the union default graph), read directly."""
    with EmbeddedStore(store_dir, read_only=True) as store:
        quads = store.oxigraph.quads_for_pattern(ox.NamedNode(iri), None, None, ox.DefaultGraph())
        nt = ox.serialize([q.triple for q in quads], format=ox.RdfFormat.N_TRIPLES) or b""
    return Graph().parse(data=nt.decode(), format="nt")


def parsed(server: Server, body: bytes, parser: str) -> Graph:
    """A body parsed by rdflib; JSON-LD's `@context` URL is fetched from the server."""
    return Graph().parse(data=body.decode(), format=parser, publicID=server.url + "/")


@pytest.mark.parametrize("fmt", FORMATS, ids=FORMATS)
@pytest.mark.parametrize("kind", IRIS, ids=IRIS)
def test_every_minted_iri_answers_in_every_rdf_format_with_the_stores_triples(
    server: Server, store_dir: Path, kind: str, fmt: str
) -> None:
    accept, _, parser = FORMATS[fmt]
    r = server.client.get(path_of(IRIS[kind]), headers={"Accept": accept})
    assert r.status_code == 200, r.text
    assert r.headers["content-type"].split(";")[0] == accept
    assert r.headers["vary"] == "Accept"
    expected = store_triples(store_dir, IRIS[kind])
    assert len(expected) > 0
    back = parsed(server, r.content, parser)
    assert len(back) == len(expected) and isomorphic(back, expected)


@pytest.mark.parametrize("fmt", FORMATS, ids=FORMATS)
def test_format_parameter_overrides_accept(server: Server, fmt: str) -> None:
    accept, ext, _ = FORMATS[fmt]
    r = server.client.get(path_of(IRIS["action"]), params={"_format": ext})
    assert r.headers["content-type"].split(";")[0] == accept


def test_link_header_names_every_format(server: Server) -> None:
    r = server.client.get(path_of(IRIS["company"]), headers={"Accept": "text/turtle"})
    links = dict(
        (m.group(2), m.group(1))
        for m in re.finditer(r'<([^>]+)>; rel="alternate"; type="([^"]+)"', r.headers["link"])
    )
    assert set(links) == {a for a, _, _ in FORMATS.values()} | {"text/html"}
    for media_type, href in links.items():
        again = server.client.get(href)
        assert again.status_code == 200 and again.headers["content-type"].startswith(media_type)


def test_browser_gets_a_page_with_alternate_links_and_a_link_to_the_richer_page(
    server: Server,
) -> None:
    accept = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8"
    r = server.client.get(path_of(IRIS["article"]), headers={"Accept": accept})
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/html")
    kinds = set(re.findall(r'<link rel="alternate" type="([^"]+)"', r.text))
    assert kinds == {a for a, _, _ in FORMATS.values()} | {"text/html"}
    assert 'href="/statutes/415AC0000000057/articles/23"' in r.text


def test_curl_default_accept_gets_turtle(server: Server) -> None:
    r = server.client.get(path_of(IRIS["action"]), headers={"Accept": "*/*"})
    assert r.headers["content-type"].startswith("text/turtle")


@pytest.mark.parametrize(
    ("path", "status"),
    [
        ("/id/notice/no-such-notice", 404),
        ("/id/org/" + quote("存在しない株式会社", safe=""), 404),
        ("/id/notice/ppc-2024-01-ntt-procx-overview?_format=xls", 422),
    ],
    ids=["unknown notice", "unknown organization", "unknown format"],
)
def test_unknown_iris_and_formats_are_clear_errors(server: Server, path: str, status: int) -> None:
    r = server.client.get(path)
    assert r.status_code == status and r.json()["error"]["status"] == status


def test_raw_utf8_and_lowercase_escapes_name_the_same_iri(server: Server) -> None:
    lower = "/id/org/" + quote("個人情報保護委員会", safe="").lower()
    r = server.client.get(lower, headers={"Accept": "application/n-triples"})
    assert r.status_code == 200 and IRIS["organization"] in r.text


@pytest.mark.parametrize("kind", ["notice", "organization"], ids=["notice", "organization"])
def test_pages_answer_rdf_when_asked(server: Server, store_dir: Path, kind: str) -> None:
    key = IRIS[kind].rsplit("/", 1)[1]
    page = f"/notices/{key}" if kind == "notice" else f"/organizations/{key}"
    r = server.client.get(page, headers={"Accept": "application/n-triples"})
    assert r.headers["content-type"].startswith("application/n-triples")
    assert isomorphic(parsed(server, r.content, "nt"), store_triples(store_dir, IRIS[kind]))
    assert server.client.get(page).headers["content-type"].startswith("text/html")


@pytest.mark.parametrize("kind", IRIS, ids=IRIS)
def test_json_ld_with_the_published_context_is_the_n_triples_graph(
    server: Server, kind: str
) -> None:
    path = path_of(IRIS[kind])
    doc = server.client.get(path, headers={"Accept": "application/ld+json"}).json()
    assert doc["@context"] == server.url + "/context.jsonld"
    nt = server.client.get(path, headers={"Accept": "application/n-triples"}).text
    back = parsed(server, json.dumps(doc).encode(), "json-ld")
    assert isomorphic(back, Graph().parse(data=nt, format="nt"))


def test_json_ld_uses_readable_keys(server: Server) -> None:
    doc = server.client.get(path_of(IRIS["action"]), params={"_format": "jsonld"}).json()
    assert doc["addressee"].startswith(BASE + "org/")
    assert doc["legalBasis"].startswith(BASE + "law/")
    assert doc["type"] == "sbo:Recommendation" and doc["sanctionTerm"] == "勧告"
    context = server.client.get("/context.jsonld").json()["@context"]
    assert context["addressee"] == {"@id": "sbo:addressee", "@type": "@id"}


@pytest.mark.parametrize("fmt", FORMATS, ids=FORMATS)
def test_ontology_in_every_rdf_format_is_the_shipped_ontology(server: Server, fmt: str) -> None:
    accept, _, parser = FORMATS[fmt]
    r = server.client.get("/ontology", headers={"Accept": accept})
    assert r.status_code == 200 and r.headers["vary"] == "Accept"
    assert isomorphic(parsed(server, r.content, parser), load_ontology())


def test_ontology_page_lists_every_term_with_both_labels_and_comments(server: Server) -> None:
    r = server.client.get("/ontology", headers={"Accept": "text/html"})
    onto = load_ontology()
    label = URIRef("http://www.w3.org/2000/01/rdf-schema#label")
    comment = URIRef("http://www.w3.org/2000/01/rdf-schema#comment")
    terms = {s for s in onto.subjects(label, None) if str(s).startswith(str(SBO))}
    assert len(terms) > 60
    for term in terms:
        name = str(term)[len(str(SBO)) :]
        section = r.text.split(f'id="{name}"', 1)[1].split("</section>", 1)[0]
        for o in [*onto.objects(term, label), *onto.objects(term, comment)]:
            assert isinstance(o, Literal)
            assert str(escape(str(o)))[:20] in section, (name, o)


def union_size(store_dir: Path) -> int:
    with EmbeddedStore(store_dir, read_only=True) as store:
        return sum(1 for _ in store.iter_quads("union"))


@pytest.mark.parametrize("fmt", FORMATS, ids=FORMATS)
def test_void_parses_in_every_format_and_counts_the_store(
    server: Server, store_dir: Path, fmt: str
) -> None:
    accept, _, parser = FORMATS[fmt]
    r = server.client.get("/.well-known/void", headers={"Accept": accept})
    g = parsed(server, r.content, parser)
    dataset = URIRef(server.url + "/.well-known/void#dataset")
    assert g.value(dataset, VOID.triples).toPython() == union_size(store_dir)
    assert g.value(dataset, VOID.sparqlEndpoint) == URIRef(server.url + "/sparql")
    partitions = {
        g.value(p, VOID["class"]): g.value(p, VOID.entities).toPython()
        for p in g.objects(dataset, VOID.classPartition)
    }
    assert partitions[SBO.Notice] == 5 and partitions[SBO.Recommendation] == 4


@pytest.mark.parametrize("fmt", FORMATS, ids=FORMATS)
def test_service_description_points_at_the_void(server: Server, fmt: str) -> None:
    accept, _, parser = FORMATS[fmt]
    r = server.client.get("/sparql", headers={"Accept": accept})
    assert r.status_code == 200 and r.headers["content-type"].startswith(accept)
    g = parsed(server, r.content, parser)
    service = next(g.subjects(SD.endpoint, URIRef(server.url + "/sparql")))
    assert g.value(service, SD.defaultDataset) == URIRef(server.url + "/.well-known/void#dataset")
    assert g.value(service, RDFS_SEE_ALSO) == URIRef(server.url + "/.well-known/void")


def get_routes(server: Server) -> list[str]:
    """Every GET route of the OpenAPI, with its path parameters filled from the corpus."""
    fill = {
        "{notice_id}": "ppc-2024-01-ntt-procx-overview",
        "{key}": quote("個人情報保護委員会", safe=""),
        "{article}": "23",
        "{path}": IRIS["action"][len(BASE) :],
        "{name}": "repeat_addressees",
    }
    paths = server.client.get("/openapi.json").json()["paths"]
    out = []
    for path, ops in paths.items():
        if "get" in ops:
            for hole, value in fill.items():
                path = path.replace(hole, value)
            out.append(path.replace("/statutes/" + fill["{key}"], "/statutes/415AC0000000057"))
    return out


def test_head_answers_wherever_get_does(server: Server) -> None:
    routes = [*get_routes(server), "/", "/docs", "/static/style.css", "/context.jsonld"]
    assert len(routes) > 15
    for path in routes:
        get, head = server.client.get(path), server.client.head(path)
        assert head.status_code == get.status_code, path
        assert head.content == b"", path
        assert head.headers["content-type"] == get.headers["content-type"], path


def test_void_lists_the_dumps_it_serves(make_server: Callable[..., Server], tmp_path: Path) -> None:
    dumps = tmp_path / "dumps"
    dumps.mkdir()
    (dumps / "shobun.nq").write_text("<urn:a> <urn:b> <urn:c> <urn:g> .\n", encoding="utf-8")
    running = make_server(dump_dir=str(dumps))
    r = running.client.get("/.well-known/void", headers={"Accept": "application/n-triples"})
    g = parsed(running, r.content, "nt")
    dataset = URIRef(running.url + "/.well-known/void#dataset")
    assert list(g.objects(dataset, VOID.dataDump)) == [URIRef(running.url + "/dumps/shobun.nq")]
    assert running.client.get("/dumps/shobun.nq").text.startswith("<urn:a>")
