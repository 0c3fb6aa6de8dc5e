"""The fast N-Triples writer against rdflib: the same bytes for every notice we hold,
and for arbitrary literal text the value rdflib (and Oxigraph, the store) read back."""

from __future__ import annotations

import warnings
from pathlib import Path

import pyoxigraph as ox
import pytest
from hypothesis import given
from hypothesis import strategies as st
from rdflib import Dataset, Graph, Literal, URIRef

from shobun.graph.build import notice_graph, notice_nquads, notice_ntriples
from shobun.graph.ntriples import GraphWriter, NTriplesWriter, Value, iri
from shobun.parser import parse_path

ROOT = Path(__file__).resolve().parent.parent
NOTICES = sorted(
    p
    for folder in (ROOT / "corpus", ROOT / "tests" / "data")
    for p in folder.rglob("*")
    if p.suffix in (".txt", ".md", ".html")
)
METADATA = {
    "source_url": "https://example.go.jp/news/2025/0130.html",
    "published": "2025-01-30",
    "title": "題「引用」",
    "path": "in/a b.txt",
    "note": 'quote " backslash \\ newline \n end',
}


def _rdflib_lines(text: str) -> str:
    """rdflib's serialisation, canonical: its lines sorted (split on line feeds only:
    rdflib writes U+2028, form feed … in literals as themselves)."""
    return "".join(sorted(line + "\n" for line in text.split("\n") if line.strip()))


def _rdflib_nquads(iri: URIRef, graph: Graph) -> str:
    ds = Dataset()
    named = ds.graph(iri)
    for triple in graph:
        named.add(triple)
    with warnings.catch_warnings():  # rdflib's N-Quads writer calls its own deprecated API
        warnings.simplefilter("ignore", DeprecationWarning)
        return _rdflib_lines(ds.serialize(format="nquads"))


def test_every_notice_we_hold_is_checked() -> None:
    assert len(NOTICES) >= 90  # corpus/ and tests/data/ (styles, probes): a glob gone wrong fails


@pytest.mark.parametrize("metadata", [None, METADATA], ids=["text only", "with a manifest row"])
@pytest.mark.parametrize("path", NOTICES, ids=[str(p.relative_to(ROOT)) for p in NOTICES])
def test_fast_writer_writes_rdflibs_bytes(path: Path, metadata: dict[str, str] | None) -> None:
    notice = parse_path(path)
    iri, graph = notice_graph(notice, metadata=metadata)
    want = _rdflib_lines(graph.serialize(format="nt"))
    assert notice_ntriples(notice, metadata=metadata) == want
    assert notice_nquads(notice, metadata=metadata) == _rdflib_nquads(iri, graph)


# Escapes, line and paragraph separators, controls, NEL, astral characters, mixed in.
_TRICKY = st.sampled_from(
    [
        *'\\"\n\r\t\x00\x01\x08\x0b\x0c\x1f\x7f\x85\u2028\u2029\ufeff\U0001f600\U00020b9f',
        *("\\n", "\\u0041", '\\"', "^^", "@ja", " .", "<http://x>"),
    ]
)
TEXT = st.one_of(st.text(), st.lists(st.one_of(_TRICKY, st.text(max_size=3))).map("".join))
VALUES: st.SearchStrategy[Value] = st.one_of(TEXT, st.integers(), st.booleans())
S, P = "https://w3id.org/shobun/id/notice/x", "https://w3id.org/shobun/ontology#text"


def _one_line(value: Value, datatype: str | None = None, lang: str | None = None) -> str:
    out = NTriplesWriter()
    out.lit(S, P, value, datatype=datatype, lang=lang)
    return out.text()


@given(VALUES)
def test_rdflib_reads_back_what_the_fast_writer_wrote(value: Value) -> None:
    text = _one_line(value)
    (triple,) = Graph().parse(data=text, format="nt")
    assert triple == (URIRef(S), URIRef(P), Literal(value))


@given(TEXT, st.sampled_from([None, "ja", "en-GB"]))
def test_fast_writer_and_rdflib_write_the_same_bytes(value: str, lang: str | None) -> None:
    rdf = GraphWriter()
    rdf.lit(S, P, value, lang=lang)
    graph = Graph()
    for triple in rdf.triples:
        graph.add(triple)
    assert _one_line(value, lang=lang) == _rdflib_lines(graph.serialize(format="nt"))


@given(TEXT)
def test_the_store_reads_back_what_the_fast_writer_wrote(value: str) -> None:
    (triple,) = ox.parse(_one_line(value), format=ox.RdfFormat.N_TRIPLES)
    assert triple.object == ox.Literal(value)


@pytest.mark.parametrize("char", list('<>" {}|\\^`'), ids=repr)
def test_an_iri_rdflib_cannot_write_is_refused(char: str) -> None:
    with pytest.raises(ValueError, match="not an IRI"):
        iri(f"https://example.org/a{char}b")
    with pytest.raises(ValueError, match="not an IRI"):
        NTriplesWriter().add(S, P, f"https://example.org/a{char}b")


def test_the_table_of_written_iris_stays_bounded(monkeypatch: pytest.MonkeyPatch) -> None:
    """IRIs are written once per process into a table that is emptied when full: the
    lines stay the same however often it is."""
    from shobun.graph import ntriples

    monkeypatch.setattr(ntriples, "_WRITTEN", ntriples._Written())
    monkeypatch.setattr(ntriples, "_MAX_WRITTEN", 3)
    out = NTriplesWriter()
    for k in range(10):
        out.add(S, P, f"https://example.org/o{k}")
        out.lit(f"https://example.org/s{k}", P, k)
        assert len(ntriples._WRITTEN) <= 3
    again = NTriplesWriter()
    for k in range(10):
        again.add(S, P, f"https://example.org/o{k}")
        again.lit(f"https://example.org/s{k}", P, k)
    assert out.text() == again.text()
    assert f"<{S}> <{P}> <https://example.org/o9> .\n" in out.text()
    assert len(out.sorted_lines()) == 20
