"""The store commands on Apache Jena's engine (ARQ over TDB2, Debian's 4.5.0; see
`jena_tdb2`): the engine Fuseki runs, reached at a Fuseki-style dataset URL, beside the
embedded store doing the same — ingest, re-ingest (all unchanged), one file changed
(replaced), `remove`, the dump and the union equal to the embedded store's — and the
dataset rules `serve --endpoint` relies on, as Jena reads them.

Each request is one Jena command (about 1.5 s of JVM start), so the cases are few.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pyoxigraph as ox
import pytest
from jena_tdb2 import jena_server
from test_engines import canonical, run
from test_ingest_real import gen_corpus

from shobun.api.hide import hidden
from shobun.cli import main
from shobun.graph.ingest import Options, ingest
from shobun.graph.remote import RemoteStore
from shobun.graph.store import EmbeddedStore, dump_nquads, union_mismatches
from shobun.graph.terms import META_GRAPH

pytest_plugins = ["conftest_api"]


def test_commands_on_jena_equal_the_embedded_store(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    docs = tmp_path / "docs"
    gen_corpus().generate(4, docs)
    with jena_server(tmp_path / "jena") as url:
        where_all = (("--endpoint", url), ("--store", str(tmp_path / "local")))
        for where in where_all:
            ingest_ = ["ingest", str(docs), *where, "--workers", "1"]
            assert run(ingest_, capsys)["ingested"] == 4
            assert run(ingest_, capsys)["unchanged"] == 4
        first, second = sorted(docs.iterdir())[:2]
        first.write_text(first.read_text(encoding="utf-8") + "\n追記\n", encoding="utf-8")
        for where in where_all:
            report = run(["ingest", str(docs), *where, "--workers", "1"], capsys)
            assert (report["replaced"], report["unchanged"]) == (1, 3)
            assert main(["remove", second.stem, *where]) == 0
        ttl = [tmp_path / f"{n}.ttl" for n in ("jena", "local")]
        for where, out in zip(where_all, ttl, strict=True):
            assert main(["export", "--format", "ttl", *where, "-o", str(out)]) == 0
        a, b = (canonical(p.read_bytes(), ox.RdfFormat.TURTLE) for p in ttl)
        assert a == b and a
        with RemoteStore(url) as remote, EmbeddedStore(tmp_path / "local") as local:
            assert len(remote.notices()) == 3 and union_mismatches(remote) == 0
            nq = ox.RdfFormat.N_QUADS
            assert canonical(dump_nquads(remote).encode(), nq) == canonical(
                dump_nquads(local).encode(), nq
            )


@pytest.fixture(scope="module")
def filled(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[RemoteStore, list[str]]]:
    """The shipped corpus ingested into Jena; its notices."""
    from conftest_api import corpus_files

    with jena_server(tmp_path_factory.mktemp("jena")) as url, RemoteStore(url) as store:
        report = ingest(store, corpus_files(), Options(workers=1))
        assert report.ingested == 5, report.lines()
        yield store, store.notices()


MIXED = "SELECT DISTINCT ?g WHERE { ?s a ?t GRAPH ?g { ?s ?p ?o } }"
# (query with {one} for the first notice, what ?g takes: "notices", "one" or "none")
DATASETS = {
    "GRAPH ?g without a dataset sees the bookkeeping too (why serve sends one)": (
        "SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } }",
        "notices+meta",
    ),
    "the default graph read with GRAPH ?g, rewritten: meta hidden": (hidden(MIXED), "notices"),
    "meta named outright, rewritten: empty": (
        hidden(f"SELECT ?s WHERE {{ ?s a ?t GRAPH <{META_GRAPH}> {{ ?s ?p ?o }} }} LIMIT 1"),
        "none",
    ),
    "FROM NAMED one: only that one": (
        "SELECT DISTINCT ?g FROM NAMED <{one}> WHERE { GRAPH ?g { ?s ?p ?o } }",
        "one",
    ),
    "FROM one and GRAPH ?g: no named graphs": (
        "SELECT DISTINCT ?g FROM <{one}> WHERE { GRAPH ?g { ?s ?p ?o } }",
        "none",
    ),
}


@pytest.mark.parametrize(("query", "expected"), list(DATASETS.values()), ids=list(DATASETS))
def test_dataset_rules_as_jena_reads_them(
    filled: tuple[RemoteStore, list[str]], query: str, expected: str
) -> None:
    store, notices = filled
    rows = store.select(query.replace("{one}", notices[0]))
    want = {
        "notices+meta": [*notices, META_GRAPH],
        "notices": notices,
        "one": notices[:1],
        "none": [],
    }[expected]
    assert sorted(str(r.get("g", r.get("s"))) for r in rows) == sorted(want)
