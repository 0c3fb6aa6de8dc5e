"""Each export format, parsed back: RDF into rdflib, GraphML into networkx, CSV into rows."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator
from pathlib import Path

import networkx as nx
import pytest
from rdflib import Dataset, Graph, URIRef
from rdflib.compare import isomorphic
from test_analytics import notice_records

from shobun.cli import main
from shobun.graph.export import CSV_COLUMNS, FORMATS, export
from shobun.graph.store import EmbeddedStore, dump_nquads

ID = "https://w3id.org/shobun/id/"


@pytest.fixture
def store(tmp_path: Path) -> Iterator[EmbeddedStore]:
    """Four notices written by hand (see test_analytics)."""
    with EmbeddedStore(tmp_path / "facts") as s:
        s.put_notices(notice_records())
        yield s


def exported(store: EmbeddedStore, fmt: str) -> bytes:
    out = io.BytesIO()
    export(store, fmt, out)
    return out.getvalue()


def store_dataset(store: EmbeddedStore) -> Dataset:
    ds = Dataset()
    ds.parse(data=dump_nquads(store, "notices"), format="nquads")
    return ds


@pytest.mark.parametrize(
    ("fmt", "rdflib_format"), [("nq", "nquads"), ("trig", "trig"), ("jsonld", "json-ld")]
)
def test_dataset_formats_hold_every_notice_in_its_named_graph(
    store: EmbeddedStore,
    fmt: str,
    rdflib_format: str,
) -> None:
    back = Dataset()
    back.parse(data=exported(store, fmt).decode("utf-8"), format=rdflib_format)
    expected = store_dataset(store)
    for name in ("n1", "n2", "n3", "n4"):
        iri = URIRef(f"{ID}notice/{name}")
        assert isomorphic(back.graph(iri), expected.graph(iri)), name
    graphs = {str(g.identifier) for g in back.graphs() if len(g)}
    assert graphs == {f"{ID}notice/{n}" for n in ("n1", "n2", "n3", "n4")}


def test_turtle_is_the_union_graph(store: EmbeddedStore) -> None:
    back = Graph().parse(data=exported(store, "ttl").decode("utf-8"), format="turtle")
    union = Graph().parse(data=dump_nquads(store, "union"), format="nt")
    assert len(back) == len(union) and isomorphic(back, union)


def test_graphml_is_the_company_action_provision_network(
    store: EmbeddedStore,
) -> None:
    g = nx.read_graphml(io.BytesIO(exported(store, "graphml")))
    kinds = nx.get_node_attributes(g, "kind")
    assert sorted(set(kinds.values())) == ["Action", "Authority", "Organization", "Provision"]
    assert sum(k == "Action" for k in kinds.values()) == 6
    a1 = f"{ID}notice/n1/action/a1"
    relations = {(v, d["relation"]) for _, v, d in g.out_edges(a1, data=True)}
    assert relations == {
        (f"{ID}org/A", "addressee"),
        (f"{ID}law/L/article/147", "legalBasis"),
        (f"{ID}law/L/article/23", "violated"),
    }


def test_csv_has_one_row_per_action_with_tracker_columns(
    store: EmbeddedStore,
) -> None:
    rows = list(csv.DictReader(io.StringIO(exported(store, "csv").decode("utf-8"))))
    assert tuple(rows[0]) == CSV_COLUMNS and len(rows) == 6
    first = rows[0]
    assert first == {
        "authority": "個人情報保護委員会",
        "date": "2023-04-01",
        "addressee": "株式会社エー",
        "corporate_number": "1234567890123",
        "action_type": "Guidance",
        "legal_basis": "個人情報の保護に関する法律第147条",
        "violated_provisions": "個人情報の保護に関する法律第23条",
        "amount": "",
        "deadline": "",
        "notice": f"{ID}notice/n1",
        "source": "https://example.go.jp/n1",
    }
    surcharge = next(r for r in rows if r["action_type"] == "SurchargeOrder")
    assert (surcharge["authority"], surcharge["amount"]) == ("消費者庁", "23450000")


def test_the_export_command_writes_a_file(tmp_path: Path) -> None:
    with EmbeddedStore(tmp_path / "s") as store:
        store.put_notices(notice_records())
    for fmt in FORMATS:
        out = tmp_path / f"out.{fmt}"
        assert (
            main(["export", "--format", fmt, "--store", str(tmp_path / "s"), "-o", str(out)]) == 0
        )
        assert out.stat().st_size > 100, fmt


def test_json_ld_dump_uses_the_published_context_keys(store: EmbeddedStore) -> None:
    import json

    from shobun.graph.jsonld import context

    doc = json.loads(exported(store, "jsonld"))
    assert doc["@context"] == context()
    nodes = [node for g in doc["@graph"] for node in g["@graph"]]
    a1 = next(n for n in nodes if n["id"] == f"{ID}notice/n1/action/a1")
    assert a1["addressee"] == f"{ID}org/A" and a1["legalBasis"] == f"{ID}law/L/article/147"
