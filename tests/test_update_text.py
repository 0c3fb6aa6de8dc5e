"""`api.updates` on text: the USING clauses land where SPARQL puts them (the result is
parsed back by rdflib and Oxigraph), and arbitrary text raises nothing but `Refused`
(nor does `api.dataset` on any query text)."""

from __future__ import annotations

import pyoxigraph as ox
import pytest
from hypothesis import given
from hypothesis import strategies as st

from shobun.api.check import Refused
from shobun.api.updates import UpdateDataset, apply_dataset, check_load

DATASET = UpdateDataset(("urn:g:a",), ("urn:g:b",))
USING = "USING <urn:g:a> USING NAMED <urn:g:b>"
REWRITES = {
    "INSERT … WHERE": (
        "INSERT { ?s ?p ?o } WHERE { ?s ?p ?o }",
        f"INSERT {{ ?s ?p ?o }} {USING} WHERE {{ ?s ?p ?o }}",
    ),
    "DELETE WHERE becomes DELETE … USING … WHERE": (
        "DELETE WHERE { ?s ?p ?o }",
        f"DELETE  {{ ?s ?p ?o }} {USING} WHERE {{ ?s ?p ?o }}",
    ),
    "WHERE in a string, a comment, a prefixed name and a subquery": (
        'PREFIX w: <urn:w:> # WHERE\nINSERT { ?s w:where "WHERE" } '
        "WHERE { { SELECT ?s WHERE { ?s ?p ?o } } }",
        'PREFIX w: <urn:w:> # WHERE\nINSERT { ?s w:where "WHERE" } '
        f"{USING} WHERE {{ {{ SELECT ?s WHERE {{ ?s ?p ?o }} }} }}",
    ),
    "DATA operations untouched": (
        "INSERT DATA { <urn:a> <urn:b> 'where' } ; CLEAR SILENT GRAPH <urn:c>",
        "INSERT DATA { <urn:a> <urn:b> 'where' } ; CLEAR SILENT GRAPH <urn:c>",
    ),
}


@pytest.mark.parametrize(("text", "expected"), list(REWRITES.values()), ids=list(REWRITES))
def test_using_clauses_are_written_in(text: str, expected: str) -> None:
    rewritten = apply_dataset(text, DATASET)
    assert rewritten == expected
    ox.Store().update(rewritten)  # Oxigraph parses (and runs) it


LOADS = {
    "an allowed host": ("LOAD <http://ok.example/x>", None),
    "the host's case": ("LOAD <http://OK.Example:8080/x>", None),
    "another host": ("LOAD <http://127.0.0.1/x>", "127.0.0.1"),
    "a file": ("LOAD <file:///etc/passwd>", "a local file"),
    "a prefixed name": ("PREFIX h: <http://evil.example/> LOAD h:x", "evil.example"),
}


@pytest.mark.parametrize(("text", "refused"), list(LOADS.values()), ids=list(LOADS))
def test_load_hosts(text: str, refused: str | None) -> None:
    if refused is None:
        check_load(text, ["ok.example"])
        return
    with pytest.raises(Refused) as err:
        check_load(text, ["ok.example"])
    assert err.value.status == 403 and refused in err.value.message


@given(st.text(max_size=200))
def test_any_text_is_rewritten_or_refused(text: str) -> None:
    try:
        check_load(f"LOAD <{text}> ; {text}", [])
        apply_dataset(text, DATASET)
    except Refused as err:
        assert err.status in (400, 403)


@given(st.text(max_size=200), st.sampled_from(["", "FROM <urn:a> ", "FROM NAMED <urn:b> "]))
def test_any_query_text_gets_a_dataset_or_a_refusal(text: str, clause: str) -> None:
    from shobun.api.dataset import Dataset, dataset_for

    try:
        chosen = dataset_for(f"SELECT * {clause}{text}", Dataset((), ()), lambda: ["urn:n"])
    except Refused as err:
        assert err.status == 400
        return
    assert chosen is None or "urn:shobun:meta" not in (*(chosen.default or ()), *chosen.named)
