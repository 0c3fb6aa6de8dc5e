"""The row cap on Oxigraph's own serialisers (`api.rowcap`): whatever the values hold,
every format gives exactly the first `cap` solutions, says how many, and says whether
the cap cut them; JSON is recounted via TSV only when a `{}` makes its count unsure."""

from __future__ import annotations

import csv
import io

import pyoxigraph as ox
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from shobun.api import rowcap

P = ox.NamedNode("http://example.org/p")
TAG = ox.NamedNode("http://example.org/tag")
FORMATS = ["json", "xml", "tsv", "csv"]
PARSED = {"json": ox.QueryResultsFormat.JSON, "xml": ox.QueryResultsFormat.XML}
PARSED["tsv"] = ox.QueryResultsFormat.TSV
ROWS = "SELECT ?s ?o ?tag WHERE { ?s <http://example.org/p> ?o OPTIONAL { ?s <http://example.org/tag> ?tag } } ORDER BY ?s"
EMPTY_ROWS = "SELECT ?tag WHERE { ?s <http://example.org/p> ?o OPTIONAL { ?s <http://example.org/none> ?tag } } ORDER BY ?s"
TRICKY = [
    '},{"o":{"type":"uri","value":"x"}}',
    "<result><binding name='o'>",
    "line\nbreak\r\nand\ttab",
    'a,"quoted",b',
    "{}",
    '[{"s',
    "]}}",
    "日本語の値",
]


def store_with(values: list[ox.Literal | ox.NamedNode | ox.BlankNode]) -> ox.Store:
    """Subject i has `p` value i; every third subject also has a tag."""
    store = ox.Store()
    for i, value in enumerate(values):
        s = ox.NamedNode(f"http://example.org/s/{i:05d}")
        store.add(ox.Quad(s, P, value))
        if i % 3 == 0:
            store.add(ox.Quad(s, TAG, ox.Literal(f"t{i}", language="ja")))
    return store


def rows_of(store: ox.Store, query: str) -> list[tuple[object, ...]]:
    result = store.query(query)
    assert isinstance(result, ox.QuerySolutions)
    names = [v.value for v in result.variables]
    return [tuple(row[n] for n in names) for row in result]


def parsed(body: bytes, fmt: str) -> list[tuple[object, ...]]:
    result = ox.parse_query_results(body, format=PARSED[fmt])
    assert isinstance(result, ox.QuerySolutions)
    names = [v.value for v in result.variables]
    return [tuple(row[n] for n in names) for row in result]


def csv_records(body: bytes) -> list[list[str]]:
    return list(csv.reader(io.StringIO(body.decode(), newline="")))


def check(store: ox.Store, query: str, fmt: str, cap: int) -> int:
    """Cap `query`'s results in `fmt`; compare with Oxigraph's uncapped output. → the
    number of times the query had to run again."""
    again_runs = 0

    def again() -> ox.QuerySolutions:
        nonlocal again_runs
        again_runs += 1
        result = store.query(query)
        assert isinstance(result, ox.QuerySolutions)
        return result

    result = store.query(query)
    assert isinstance(result, ox.QuerySolutions)
    body, n, truncated = rowcap.solutions(result, fmt, cap, again)
    expected = rows_of(store, query)
    assert (n, truncated) == (min(cap, len(expected)), len(expected) > cap)
    if fmt == "csv":
        full = store.query(query).serialize(format=ox.QueryResultsFormat.CSV)  # type: ignore[union-attr]
        assert csv_records(body) == csv_records(full or b"")[: cap + 1]
    else:
        assert parsed(body, fmt) == expected[:cap]
    return again_runs


PLAIN = [ox.Literal(f"value {i}") for i in range(40)]
MIXED = (
    [
        ox.Literal(TRICKY[i % len(TRICKY)], language="en")
        if i % 2
        else ox.Literal(TRICKY[i % len(TRICKY)])
        for i in range(40)
    ]
    + [ox.BlankNode(f"b{i}") for i in range(5)]
    + [ox.Literal("7", datatype=ox.NamedNode("http://www.w3.org/2001/XMLSchema#integer"))]
)


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize(
    "values, cap",
    [
        (PLAIN, 0),
        (PLAIN, 1),
        (PLAIN, 39),
        (PLAIN, 40),
        (PLAIN, 41),
        (MIXED, 10),
        (MIXED, len(MIXED) - 1),
        (MIXED, len(MIXED)),
        (MIXED, len(MIXED) + 1),
        ([], 5),
    ],
    ids=[
        "cap 0 gives the head only",
        "cap 1",
        "one under the rows",
        "exactly at the cap",
        "one over the rows",
        "values that look like row marks",
        "tricky values, one under",
        "tricky values, exactly at the cap",
        "tricky values, one over",
        "no solutions",
    ],
)
def test_cap(values: list[ox.Literal], cap: int, fmt: str) -> None:
    check(store_with(values), ROWS, fmt, cap)


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("cap", [0, 1999, 2000, 2001, 5000], ids=lambda c: f"cap {c}")
def test_cap_across_many_chunks(fmt: str, cap: int) -> None:
    """Thousands of rows: marks fall across the serialiser's 8 KB chunks."""
    check(store_with([ox.Literal("x" * (i % 37)) for i in range(2000)]), ROWS, fmt, cap)


@pytest.mark.parametrize(
    "values, query, runs_again",
    [
        (PLAIN, ROWS, False),
        ([ox.Literal("{}")], ROWS, True),
        (PLAIN, EMPTY_ROWS, True),
        ([], "SELECT * {}", True),
    ],
    ids=[
        "plain rows are counted as written",
        "a {} in a value makes JSON recount via TSV",
        "solutions that bind nothing recount via TSV",
        "the one empty solution of SELECT * {}",
    ],
)
@pytest.mark.parametrize("cap", [0, 1, 40])
def test_json_runs_again_only_when_unsure(
    values: list[ox.Literal], query: str, runs_again: bool, cap: int
) -> None:
    assert check(store_with(values), query, "json", cap) == int(runs_again)


@pytest.mark.parametrize("fmt", ["xml", "tsv"])
def test_other_formats_never_run_again(fmt: str) -> None:
    assert check(store_with(PLAIN), EMPTY_ROWS, fmt, 7) == 0


@settings(max_examples=60, deadline=None)
@given(
    texts=st.lists(st.text(alphabet=st.characters(blacklist_categories=("Cs",))), max_size=30),
    cap=st.integers(0, 32),
    fmt=st.sampled_from(FORMATS),
)
def test_any_values(texts: list[str], cap: int, fmt: str) -> None:
    check(store_with([ox.Literal(t) for t in texts]), ROWS, fmt, cap)


@settings(max_examples=200, deadline=None)
@given(data=st.lists(st.sampled_from([b"[", b"{", b'"', b",", b":", b"}", b"]", b"a", b"\n"])))
@pytest.mark.parametrize("fmt", sorted(rowcap.GRAMMARS))
def test_fast_count_agrees_with_the_marks(fmt: str, data: list[bytes]) -> None:
    grammar = rowcap.GRAMMARS[fmt]
    text = b"".join(data)
    assert grammar.count(text) == len(grammar.mark.findall(text))
