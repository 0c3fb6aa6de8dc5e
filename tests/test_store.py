"""The embedded store: named graph per notice, maintained union, replacement, removal, locks."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from rdflib import RDFS, Graph, Literal, Namespace, URIRef

from shobun.core.errors import ShobunError
from shobun.graph.store import EmbeddedStore, NoticeRecord, dump_nquads, union_mismatches

ID = Namespace("https://w3id.org/shobun/id/")
SBO = Namespace("https://w3id.org/shobun/ontology#")
ORG = ID["org/株式会社きらり堂"]


def record(
    name: str, *extra: tuple[URIRef, URIRef, Literal | URIRef], key: str = "k"
) -> NoticeRecord:
    """A small notice graph made by hand: the notice, a shared organisation, and extras."""
    iri = ID[f"notice/{name}"]
    g = Graph()
    g.add((iri, SBO.issuedBy, ORG))
    g.add((ORG, RDFS.label, Literal("株式会社きらり堂")))
    g.add((iri, SBO.text, Literal(f"{name} の本文")))
    for triple in extra:
        g.add(triple)
    nt = "".join(sorted(g.serialize(format="nt").splitlines(keepends=True)))
    return NoticeRecord(str(iri), name, key, nt)


@pytest.fixture
def store(tmp_path: Path) -> Iterator[EmbeddedStore]:
    with EmbeddedStore(tmp_path / "store") as s:
        yield s


def union(store: EmbeddedStore) -> set[str]:
    return {line for line in dump_nquads(store, "union").splitlines()}


def test_each_notice_has_its_graph_and_the_union_has_each_triple_once(store: EmbeddedStore) -> None:
    store.put_notices([record("a"), record("b")])
    assert store.notices() == [str(ID["notice/a"]), str(ID["notice/b"])]
    label = f'<{ORG}> <{RDFS.label}> "株式会社きらり堂" .'
    assert sum(line == label for line in union(store)) == 1
    assert dump_nquads(store, "notices").count('"株式会社きらり堂"') == 2
    assert union_mismatches(store) == 0


def test_putting_the_same_notices_twice_leaves_an_identical_store(store: EmbeddedStore) -> None:
    store.put_notices([record("a"), record("b")])
    before = dump_nquads(store)
    store.put_notices([record("a")])
    store.put_notices([record("b"), record("a")])
    assert dump_nquads(store) == before


def test_a_changed_notice_replaces_its_graph_and_its_union_triples(store: EmbeddedStore) -> None:
    old = (ID["notice/a"], SBO.warning, Literal("古い警告"))
    new = (ID["notice/a"], SBO.warning, Literal("新しい警告"))
    store.put_notices([record("a", old), record("b")])
    replaced = store.put_notices([record("a", new, key="k2")])
    assert replaced == {str(ID["notice/a"])}
    text = dump_nquads(store)
    assert "古い警告" not in text and text.count("新しい警告") == 2
    assert store.fingerprints()[str(ID["notice/a"])].key == "k2"
    assert union_mismatches(store) == 0


def test_removal_deletes_one_notice_and_keeps_shared_nodes(store: EmbeddedStore) -> None:
    only_a = (ID["notice/a"], SBO.warning, Literal("aだけ"))
    store.put_notices([record("a", only_a), record("b")])
    store.remove_notice(str(ID["notice/a"]))
    assert store.notices() == [str(ID["notice/b"])]
    text = union(store)
    assert f'<{ORG}> <{RDFS.label}> "株式会社きらり堂" .' in text
    assert not any("aだけ" in line or "notice/a>" in line for line in text)
    assert union_mismatches(store) == 0


def test_removing_an_unknown_notice_is_e054(store: EmbeddedStore) -> None:
    with pytest.raises(ShobunError) as err:
        store.remove_notice(str(ID["notice/none"]))
    assert err.value.code == "SHOBUN-E054"


def test_a_batch_with_a_broken_record_stores_nothing(store: EmbeddedStore) -> None:
    broken = NoticeRecord(str(ID["notice/x"]), "x", "k", "<https://x> <https://p> broken .\n")
    with pytest.raises(ShobunError) as err:
        store.put_notices([record("a"), broken])
    assert err.value.code == "SHOBUN-E050"
    assert dump_nquads(store) == ""


def test_blank_nodes_become_iris_under_their_notice(store: EmbeddedStore) -> None:
    iri = str(ID["notice/a"])
    nt = f'_:sel <{SBO.text}> "x" .\n<{iri}> <{SBO.evidence}> _:sel .\n'
    store.put_notices([NoticeRecord(iri, "a", "k", nt)])
    first = dump_nquads(store)
    assert "_:" not in first and f"<{iri}/.well-known/genid/sel>" in first
    store.put_notices([NoticeRecord(iri, "a", "k2", nt)])
    assert dump_nquads(store).replace('"k2"', '"k"') == first


def test_a_second_writer_gets_e051_in_this_process_and_another(tmp_path: Path) -> None:
    with EmbeddedStore(tmp_path / "s"):
        with pytest.raises(ShobunError) as err:
            EmbeddedStore(tmp_path / "s")
        assert err.value.code == "SHOBUN-E051"
        code = (
            "from shobun.graph.store import EmbeddedStore\n"
            "from shobun.core.errors import ShobunError\n"
            f"try:\n    EmbeddedStore({str(tmp_path / 's')!r})\n"
            "except ShobunError as e:\n    print(e.code)\n"
        )
        out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
        assert out.stdout.strip() == "SHOBUN-E051", out.stderr


def test_readers_share_the_store_but_exclude_a_writer(tmp_path: Path) -> None:
    with EmbeddedStore(tmp_path / "s") as s:
        s.put_notices([record("a")])
    with EmbeddedStore(tmp_path / "s", read_only=True) as r1:
        with EmbeddedStore(tmp_path / "s", read_only=True) as r2:
            assert r1.notices() == r2.notices() == [str(ID["notice/a"])]
        with pytest.raises(ShobunError) as err:
            EmbeddedStore(tmp_path / "s")
        assert err.value.code == "SHOBUN-E051"
        with pytest.raises(ShobunError):
            r1.remove_notice(str(ID["notice/a"]))


def test_select_returns_rdflib_terms(store: EmbeddedStore) -> None:
    store.put_notices([record("a")])
    rows = store.select(f"SELECT ?l WHERE {{ <{ORG}> <{RDFS.label}> ?l }}")
    assert rows == [{"l": Literal("株式会社きらり堂")}]
    with pytest.raises(ShobunError) as err:
        store.select("SELECT WHERE")
    assert err.value.code == "SHOBUN-E060"


TRIPLES = st.lists(
    st.tuples(st.sampled_from("xyz"), st.sampled_from("pq"), st.sampled_from("123")),
    max_size=4,
)
OPS = st.lists(st.tuples(st.sampled_from("abc"), st.none() | TRIPLES), max_size=8)


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(ops=OPS)
def test_the_union_is_always_the_set_union_of_the_notice_graphs(tmp_path: Path, ops: list) -> None:  # type: ignore[type-arg]
    """Random puts (a list of triples) and removals (None) against a model of the store."""
    model: dict[str, set[tuple[str, str, str]]] = {}
    directory = tmp_path / f"h{len(list(tmp_path.iterdir()))}"
    with EmbeddedStore(directory) as s:
        for name, triples in ops:
            iri = str(ID[f"notice/{name}"])
            if triples is None:
                if iri in model:
                    s.remove_notice(iri)
                    del model[iri]
                continue
            model[iri] = {(f"https://e/{a}", f"https://e/{b}", c) for a, b, c in triples}
            nt = "".join(f'<{a}> <{b}> "{c}" .\n' for a, b, c in sorted(model[iri]))
            s.put_notices([NoticeRecord(iri, name, str(len(nt)), nt)])
        expected = {f'<{a}> <{b}> "{c}" .' for ts in model.values() for a, b, c in ts}
        assert union(s) == expected
        assert union_mismatches(s) == 0


def quads_of(nquads: str) -> set[str]:
    import pyoxigraph as ox

    return {str(q) for q in ox.parse(nquads, format=ox.RdfFormat.N_QUADS)}


def expected_quads(ntriples: str, graph: str) -> set[str]:
    import pyoxigraph as ox

    triples = list(ox.parse(ntriples, format=ox.RdfFormat.N_TRIPLES))
    named = ox.NamedNode(graph)
    return {str(ox.Quad(t.subject, t.predicate, t.object)) for t in triples} | {
        str(ox.Quad(t.subject, t.predicate, t.object, named)) for t in triples
    }


TO_NQUADS = [
    ("canonical", '<a:s> <a:p> <a:o> .\n<a:s> <a:p> "x" .\n'),
    ("a literal ending in ' .'", '<a:s> <a:p> "終わり ." .\n'),
    ("an escaped line break before ' .'", '<a:s> <a:p> "a\\n ." .\n'),
    ("no final newline", "<a:s> <a:p> <a:o> ."),
    ("comments and blank lines", "# head\n\n<a:s> <a:p> <a:o> .\n   \n# tail\n"),
    ("trailing white space and CRLF", "<a:s> <a:p> <a:o> .  \r\n<a:s> <a:p> <a:q> .\r\n"),
    ("typed and tagged literals", '<a:s> <a:p> "1"^^<a:int> .\n<a:s> <a:p> "x"@ja .\n'),
    ("empty", ""),
]


@pytest.mark.parametrize(("case", "ntriples"), TO_NQUADS, ids=[c for c, _ in TO_NQUADS])
def test_to_nquads_puts_each_triple_in_the_union_and_the_notice_graph(
    case: str, ntriples: str
) -> None:
    from shobun.graph.terms import to_nquads

    nquads = to_nquads(ntriples, "https://example.org/n/1")
    expected = expected_quads(ntriples, "https://example.org/n/1")
    assert quads_of(nquads) == expected
    assert nquads.count("\n") == len(expected)  # one line a quad: no blank or comment lines


@settings(max_examples=60, deadline=None)
@given(st.lists(st.text(max_size=12), min_size=1, max_size=5))
def test_to_nquads_holds_for_any_literal(values: list[str]) -> None:
    import pyoxigraph as ox

    from shobun.graph.terms import to_nquads

    s, p = ox.NamedNode("https://example.org/s"), ox.NamedNode("https://example.org/p")
    ntriples = "".join(f"{ox.Triple(s, p, ox.Literal(v))} .\n" for v in values)
    assert quads_of(to_nquads(ntriples, "https://example.org/g")) == expected_quads(
        ntriples, "https://example.org/g"
    )


@pytest.mark.parametrize("odd", ["\u2028", "\u2029", "\x0c", "\x0b", "\x1c", "\x85"])
def test_a_literal_with_a_line_separator_other_than_newline_is_stored(
    store: EmbeddedStore, odd: str
) -> None:
    """N-Triples escapes only \\n and \\r; PDF text keeps form feeds, HTML U+2028."""
    import pyoxigraph as ox

    iri = str(ID["notice/odd"])
    text = ox.Literal(f"第1頁{odd}第2頁")
    nt = f"<{iri}> <{SBO.text}> {text} .\n"
    store.put_notices([NoticeRecord(iri, "odd", "k", nt)])
    stored = {q.object for q in store.oxigraph.quads_for_pattern(None, None, None, None)}
    assert text in stored
    assert union_mismatches(store) == 0


SHARED = (ORG, SBO.corporateNumber, Literal("1234567890123"))
# name → (first versions of a, b, c; the replacing versions put in one batch)
REPLACEMENTS: dict[str, tuple[list[NoticeRecord], list[NoticeRecord]]] = {
    "a shared triple dropped by one of two notices": (
        [record("a", SHARED), record("b", SHARED)],
        [record("a", key="k2")],
    ),
    "a shared triple dropped by both, replaced together": (
        [record("a", SHARED), record("b", SHARED), record("c")],
        [record("a", key="k2"), record("b", key="k2")],
    ),
    "a shared triple kept by one of two replaced together": (
        [record("a", SHARED), record("b", SHARED)],
        [record("a", key="k2"), record("b", SHARED, key="k2")],
    ),
    "a triple moved from one notice to another": (
        [record("a", SHARED), record("b")],
        [record("a", key="k2"), record("b", SHARED, key="k2")],
    ),
}


@pytest.mark.parametrize("case", REPLACEMENTS, ids=REPLACEMENTS)
@pytest.mark.parametrize("limit", [50_000, 1], ids=["one update", "an update per notice"])
def test_replacing_gives_the_store_a_fresh_ingest_of_the_final_versions_gives(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, case: str, limit: int
) -> None:
    """Replaced notices (in one update, or one update each: the chunks that bound a
    replacement's memory) leave the union as if the final versions had been put anew."""
    monkeypatch.setattr("shobun.graph.store.MAX_REPLACE_QUADS", limit)
    first, replacing = REPLACEMENTS[case]
    final = {r.iri: r for r in first} | {r.iri: r for r in replacing}
    with EmbeddedStore(tmp_path / "replaced") as store:
        store.put_notices(first)
        assert store.put_notices(replacing) == {r.iri for r in replacing}
        got = dump_nquads(store)
        assert union_mismatches(store) == 0
    with EmbeddedStore(tmp_path / "fresh") as fresh:
        fresh.put_notices(list(final.values()))
        assert got == dump_nquads(fresh)
