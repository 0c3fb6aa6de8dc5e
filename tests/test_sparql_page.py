"""The SPARQL page's server side: the shipped YASGUI files are the release's, every
example runs, the project's prefixes need no PREFIX line, and errors point at the line
and column of the query as written."""

from __future__ import annotations

import csv
import hashlib
import io
import re
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from hypothesis import given
from hypothesis import strategies as st

from shobun.api.errors import ApiError
from shobun.api.examples import EXAMPLES
from shobun.api.prefixes import KNOWN, declared, explain, prepare, unknown, used

if TYPE_CHECKING:
    from conftest_api import Server

pytest_plugins = ["conftest_api"]
YASGUI = Path(__file__).resolve().parents[1] / "api" / "static" / "yasgui"
EMPTY_ON_THE_CORPUS = {"sanctioned-twice"}  # nobody is sanctioned in two of four notices


def test_yasgui_files_are_the_unmodified_release_with_its_licence() -> None:
    table = dict(
        re.findall(
            r"\| (yasgui\.min\.\w+) \| ([0-9a-f]{64}) \|", (YASGUI / "README.md").read_text()
        )
    )
    assert set(table) == {"yasgui.min.js", "yasgui.min.css"}
    for name, digest in table.items():
        assert hashlib.sha256((YASGUI / name).read_bytes()).hexdigest() == digest, name
    assert "MIT License" in (YASGUI / "LICENSE.txt").read_text()


def rows(server: Server, query: str) -> list[dict[str, str]]:
    r = server.client.post("/sparql", data={"query": query}, headers={"Accept": "text/csv"})
    assert r.status_code == 200, r.text
    return list(csv.DictReader(io.StringIO(r.text)))


def test_there_are_at_least_ten_examples() -> None:
    assert len(EXAMPLES) >= 10 and len({e.key for e in EXAMPLES}) == len(EXAMPLES)


@pytest.mark.parametrize("example", EXAMPLES, ids=[e.key for e in EXAMPLES])
def test_every_example_runs_and_finds_rows(server: Server, example: object) -> None:
    from shobun.api.examples import Example

    assert isinstance(example, Example)
    found = rows(server, example.query)
    assert (len(found) == 0) == (example.key in EMPTY_ON_THE_CORPUS)


@pytest.mark.parametrize(
    ("query", "count"),
    [
        ("SELECT ?n WHERE { ?n a sbo:Notice }", 5),
        ("SELECT ?n WHERE { ?n a sbo:Notice ; dcterms:title ?t }", 5),
        ("PREFIX sbo: <https://w3id.org/shobun/ontology#>\nSELECT ?n { ?n a sbo:Notice }", 5),
        ("PREFIX sbo: <http://example.org/other#>\nSELECT ?n { ?n a sbo:Notice }", 0),
        ('SELECT ?n { ?n a sbo:Notice FILTER (?n != "ex:not-a-prefix") }', 5),
        ("# sbo:Notice in a comment\nSELECT (COUNT(*) AS ?n) { ?s a sbo:Statute }", 1),
    ],
    ids=[
        "sbo undeclared",
        "two undeclared",
        "declared as ours",
        "declared as another IRI is theirs",
        "a colon in a string",
        "a prefix in a comment",
    ],
)
def test_known_prefixes_need_no_declaration(server: Server, query: str, count: int) -> None:
    assert len(rows(server, query)) == count


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("SELECT * WHERE {\n  ?s ex:p ?o }", r"^line 2, column \d+: unknown prefix ex:"),
        ("SELECT * WHERE {\n ?s ?p ?o .\n  FILTER( }", r"^line 3, column 12: expected"),
        ("SELECT * WHERE { ?s a sbo:Notice .\n  FILTER( }", r"^line 2, column \d+: expected"),
    ],
    ids=["unknown prefix named", "syntax error position", "position after an added PREFIX"],
)
def test_errors_give_the_line_and_column_as_written(
    server: Server, query: str, expected: str
) -> None:
    r = server.client.post("/sparql", data={"query": query}, headers={"Accept": "text/csv"})
    assert r.status_code == 400
    assert re.search(expected, r.json()["error"]["message"]), r.json()


def test_a_browser_gets_the_error_beside_its_query(server: Server) -> None:
    query = "SELECT * WHERE {\n  ?s ex:p ?o }"
    r = server.client.get("/sparql", params={"query": query}, headers={"Accept": "text/html"})
    assert r.status_code == 400 and "unknown prefix ex:" in r.text
    assert "?s ex:p ?o" in r.text  # the query is still in the page's editor


def test_the_page_gives_the_editor_the_ontologys_terms(server: Server) -> None:
    page = server.client.get("/sparql", headers={"Accept": "text/html"}).text
    assert "https://w3id.org/shobun/ontology#legalBasis" in page
    assert "https://w3id.org/shobun/ontology#SurchargeOrder" in page
    assert all(f"<code>{p}:</code>" in page for p in KNOWN)


@pytest.mark.parametrize(
    ("query", "names"),
    [
        ("SELECT * { ?s a sbo:X ; rdfs:label 'a:b' }", {"sbo", "rdfs"}),
        ("SELECT * { <http://x/a:b> :p ?o }", {""}),
        ('SELECT * { ?s ?p """multi\nline sbo:X""" }', set()),
        ("SELECT * { ?s ?p ?o } # dcterms:title", set()),
        ("PREFIX ex: <http://e/> SELECT * { ?s ex:p ?o }", {"ex"}),
    ],
    ids=["names and a string", "default prefix and an IRI", "long string", "comment", "declared"],
)
def test_used_prefixes(query: str, names: set[str]) -> None:
    assert used(query) == names


@given(st.text(max_size=300))
def test_prepare_keeps_the_query_or_names_an_unknown_prefix(text: str) -> None:
    try:
        ready = prepare(text)
    except ApiError as err:
        assert err.status == 400 and unknown(text) and "unknown prefix" in err.message
        return
    assert ready.endswith(text) and ready.count("\n") - text.count("\n") in (0, 1)
    head = ready[: len(ready) - len(text)]
    assert not declared(head) & declared(text) and declared(head) <= set(KNOWN)
    assert isinstance(explain(f"error at 2:3: {text}", text), str)
