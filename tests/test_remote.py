"""The remote engine against a real Oxigraph server on 127.0.0.1 (PyPI `oxigraph`)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from rdflib import RDFS, Literal
from test_store import ID, ORG, SBO, record

from shobun.core.errors import ShobunError
from shobun.graph.remote import RemoteStore, endpoints_for
from shobun.graph.store import EmbeddedStore, dump_nquads, union_mismatches


@pytest.fixture
def server(tmp_path: Path) -> Iterator[str]:
    """An Oxigraph server on a fresh directory; yields its query URL."""
    from conftest_api import oxigraph_server

    with oxigraph_server(tmp_path / "ox") as url:
        yield url


@pytest.mark.parametrize(
    ("url", "update", "store"),
    [
        ("http://h:7878/query", "http://h:7878/update", "http://h:7878/store"),
        ("http://h:3030/ds/sparql", "http://h:3030/ds/update", "http://h:3030/ds/data"),
        ("http://h:3030/ds", "http://h:3030/ds", "http://h:3030/ds"),
    ],
    ids=["oxigraph layout", "fuseki sparql layout", "fuseki dataset url"],
)
def test_one_url_names_the_query_update_and_graph_store_endpoints(
    url: str, update: str, store: str
) -> None:
    e = endpoints_for(url)
    assert (e.query, e.update, e.store) == (url, update, store)


def test_remote_store_puts_replaces_removes_like_the_embedded_one(
    server: str, tmp_path: Path
) -> None:
    changed = record("a", (ID["notice/a"], SBO.warning, Literal("新")), key="k2")
    with RemoteStore(server) as remote, EmbeddedStore(tmp_path / "e") as local:
        for s in (remote, local):
            assert s.put_notices([record("a"), record("b")]) == set()
            assert s.put_notices([changed]) == {str(ID["notice/a"])}
            s.remove_notice(str(ID["notice/b"]))
        assert dump_nquads(remote) == dump_nquads(local)
        assert union_mismatches(remote) == 0
        assert remote.notices() == [str(ID["notice/a"])]
        assert remote.fingerprints()[str(ID["notice/a"])].key == "k2"
        union = dump_nquads(remote, "union")
        assert f'<{ORG}> <{RDFS.label}> "株式会社きらり堂" .' in union


def test_remote_errors_are_coded(server: str) -> None:
    from conftest_api import free_port

    with RemoteStore(server) as remote:
        with pytest.raises(ShobunError) as err:
            remote.remove_notice(str(ID["notice/none"]))
        assert err.value.code == "SHOBUN-E054"
        with pytest.raises(ShobunError) as err:
            remote.update("INSERT DATA {")
        assert err.value.code == "SHOBUN-E052"
    with RemoteStore(f"http://127.0.0.1:{free_port()}/query", timeout_s=2) as dead:
        with pytest.raises(ShobunError) as err:
            dead.notices()
        assert err.value.code == "SHOBUN-E052"


def test_the_commands_work_against_a_server_end_to_end(server: str, tmp_path: Path) -> None:
    """ingest, re-ingest (no-op), change + re-ingest (replace), remove, export — via --endpoint."""
    from test_ingest_real import gen_corpus

    from shobun.cli import main

    docs = tmp_path / "docs"
    gen_corpus().generate(6, docs)
    assert main(["ingest", str(docs), "--endpoint", server, "--workers", "1"]) == 0
    assert main(["ingest", str(docs), "--endpoint", server, "--workers", "1", "--json"]) == 0
    first = sorted(docs.iterdir())[0]
    first.write_text(first.read_text(encoding="utf-8") + "\n追記\n", encoding="utf-8")
    assert main(["ingest", str(docs), "--endpoint", server, "--workers", "1"]) == 0
    assert main(["remove", sorted(docs.iterdir())[1].stem, "--endpoint", server]) == 0
    assert main(["ingest", str(docs), "--store", str(tmp_path / "local"), "--workers", "1"]) == 0
    assert main(["remove", sorted(docs.iterdir())[1].stem, "--store", str(tmp_path / "local")]) == 0
    with RemoteStore(server) as remote, EmbeddedStore(tmp_path / "local") as local:
        assert len(remote.notices()) == 5
        assert dump_nquads(remote) == dump_nquads(local)
        assert union_mismatches(remote) == 0
    out = tmp_path / "actions.csv"
    assert main(["export", "--format", "csv", "--endpoint", server, "-o", str(out)]) == 0
    assert out.read_text(encoding="utf-8").startswith("authority,date,addressee")
