"""Bulk ingestion with a stand-in converter: discovery, manifests, shards, fingerprints,
replacement, bad files, the process pool, the report. The real parser's turn is in
test_ingest_real.py."""

from __future__ import annotations

import json
import os
import time
from collections.abc import Sequence
from pathlib import Path

import pytest
from pyoxigraph import Literal

from shobun.core.errors import ShobunError
from shobun.graph.discover import Task, discover, parse_shard, read_manifest
from shobun.graph.ingest import Options, Report, ingest
from shobun.graph.store import EmbeddedStore, NoticeRecord, dump_nquads, union_mismatches

BASE = "https://w3id.org/shobun/id/"
SBO = "https://w3id.org/shobun/ontology#"
LABEL = "http://www.w3.org/2000/01/rdf-schema#label"


def fake_convert(data: bytes, task: Task, base: str, max_bytes: int) -> tuple[str, str]:
    """A stand-in parser: each line `会社 NAME` names an organisation; `壊れ` is a bad file."""
    text = data.decode("utf-8")
    if "壊れ" in text:
        raise ShobunError("SHOBUN-E011", str(task.path), "stand-in failure")
    if delay := float(os.environ.get("FAKE_DELAY_S", "0")):
        time.sleep(delay)
    iri = f"{base}notice/{task.name}"
    lines = [f"<{iri}> <{SBO}text> {Literal(text.strip())} ."]
    for line in text.splitlines():
        if line.startswith("会社 "):
            org = f"{base}org/{line[3:]}"
            lines += [f'<{org}> <{LABEL}> "{line[3:]}" .', f"<{iri}> <{SBO}mentions> <{org}> ."]
    lines += [f"<{iri}> <{SBO}{k}> {Literal(v)} ." for k, v in task.metadata]
    return iri, "".join(sorted(f"{line}\n" for line in lines))


FAKE = Options(workers=1, converter=fake_convert, batch_size=3)


def corpus(root: Path, n: int = 7) -> Path:
    root.mkdir(parents=True, exist_ok=True)
    for i in range(n):
        (root / f"n{i:02d}.txt").write_text(f"通知{i}\n会社 株式会社{i % 3}\n", encoding="utf-8")
    return root


def run(store_dir: Path, *paths: Path, options: Options = FAKE) -> Report:
    with EmbeddedStore(store_dir) as store:
        return ingest(store, list(paths), options)


def dump(store_dir: Path) -> str:
    with EmbeddedStore(store_dir, read_only=True) as store:
        assert union_mismatches(store) == 0
        return dump_nquads(store)


def test_ingesting_twice_is_a_no_op(tmp_path: Path) -> None:
    docs = corpus(tmp_path / "docs")
    first = run(tmp_path / "s", docs)
    assert (first.ingested, first.unchanged, first.failures) == (7, 0, [])
    before = dump(tmp_path / "s")
    second = run(tmp_path / "s", docs)
    assert (second.ingested, second.replaced, second.unchanged) == (0, 0, 7)
    assert dump(tmp_path / "s") == before


def test_a_changed_file_replaces_its_notice_only(tmp_path: Path) -> None:
    docs = corpus(tmp_path / "docs")
    run(tmp_path / "s", docs)
    (docs / "n03.txt").write_text("通知3 改訂\n会社 株式会社新\n", encoding="utf-8")
    report = run(tmp_path / "s", docs)
    assert (report.ingested, report.replaced, report.unchanged) == (0, 1, 6)
    text = dump(tmp_path / "s")
    assert "通知3 改訂" in text and '"通知3"' not in text and "株式会社新" in text
    # the organisation notice 3 mentioned before is still there for notices 0 and 6
    assert f"<{BASE}org/株式会社0> <{LABEL}>" in text


def test_a_bad_file_is_reported_and_the_rest_lands(tmp_path: Path) -> None:
    docs = corpus(tmp_path / "docs")
    (docs / "bad.txt").write_text("壊れ\n", encoding="utf-8")
    report = run(tmp_path / "s", docs, tmp_path / "missing.txt")
    assert report.ingested == 7 and report.exit_status == 1
    assert report.failed_by_code == {"SHOBUN-E001": 1, "SHOBUN-E011": 1}
    assert report.failures[0].path.endswith("bad.txt")
    assert report.failures[1].path.endswith("missing.txt")
    assert report.lines()[1:3] == ["  SHOBUN-E001: 1", "  SHOBUN-E011: 1"]


def test_a_manifest_names_files_and_gives_their_metadata(tmp_path: Path) -> None:
    docs = corpus(tmp_path / "docs", 2)
    (tmp_path / "m.csv").write_text(
        "path,source_url,published\n"
        "docs/n00.txt,https://example.go.jp/a.html,2024-01-05\n"
        "docs/n01.txt,,\n"
        "docs/none.txt,,\n",
        encoding="utf-8",
    )
    report = run(tmp_path / "s", tmp_path / "m.csv")
    assert report.ingested == 2 and report.failed_by_code == {"SHOBUN-E001": 1}
    text = dump(tmp_path / "s")
    assert f'<{BASE}notice/n00> <{SBO}source_url> "https://example.go.jp/a.html"' in text
    assert f'<{BASE}notice/n00> <{SBO}path> "docs/n00.txt"' in text
    # the same metadata from a JSONL manifest gives the same store: nothing changes
    (tmp_path / "m.jsonl").write_text(
        json.dumps(
            {
                "path": "docs/n00.txt",
                "source_url": "https://example.go.jp/a.html",
                "published": "2024-01-05",
            }
        )
        + "\n"
        + json.dumps({"path": "docs/n01.txt"}),
        encoding="utf-8",
    )
    again = run(tmp_path / "s", tmp_path / "m.jsonl")
    assert (again.unchanged, again.ingested) == (2, 0)
    assert docs.exists()


@pytest.mark.parametrize(
    ("content", "suffix"),
    [
        ("path,x\n,1\n", ".csv"),
        ('{"path": "a.txt"}\n[1]\n', ".jsonl"),
        ('{"path": "a.txt"}\n{oops\n', ".jsonl"),
    ],
    ids=["csv row without path", "jsonl line not an object", "jsonl line not json"],
)
def test_a_bad_manifest_is_e053_with_its_line(tmp_path: Path, content: str, suffix: str) -> None:
    manifest = tmp_path / f"m{suffix}"
    manifest.write_text(content, encoding="utf-8")
    with pytest.raises(ShobunError) as err:
        read_manifest(manifest)
    assert err.value.code == "SHOBUN-E053" and f"{manifest}:2" in err.value.line()


def test_two_files_with_one_name_keep_the_first(tmp_path: Path) -> None:
    corpus(tmp_path / "a", 2)
    corpus(tmp_path / "b", 1)
    report = run(tmp_path / "s", tmp_path / "a", tmp_path / "b")
    assert report.ingested == 2 and report.failed_by_code == {"SHOBUN-E053": 1}


def test_shards_partition_the_corpus_and_together_make_the_whole_store(tmp_path: Path) -> None:
    docs = corpus(tmp_path / "docs", 20)
    names = [{t.name for t in discover([docs], (i, 3))[0]} for i in (1, 2, 3)]
    assert set().union(*names) == {f"n{i:02d}" for i in range(20)}
    assert sum(map(len, names)) == 20 and all(names)
    for i in (1, 2, 3):
        run(
            tmp_path / "sharded",
            docs,
            options=Options(workers=1, converter=fake_convert, shard=(i, 3)),
        )
    run(tmp_path / "whole", docs)
    assert dump(tmp_path / "sharded") == dump(tmp_path / "whole")


@pytest.mark.parametrize("text", ["0/2", "3/2", "1", "a/b", "1/0"])
def test_a_bad_shard_is_a_usage_error(text: str) -> None:
    with pytest.raises(ShobunError) as err:
        parse_shard(text)
    assert err.value.code == "SHOBUN-E040"


def test_a_process_pool_gives_the_same_store_as_one_process(tmp_path: Path) -> None:
    docs = corpus(tmp_path / "docs", 12)
    (docs / "bad.txt").write_text("壊れ\n", encoding="utf-8")
    pooled = Options(workers=2, converter=fake_convert, batch_size=4, preload=())
    report = run(tmp_path / "pooled", docs, options=pooled)
    assert report.ingested == 12 and len(report.failures) == 1
    run(tmp_path / "single", docs)
    assert dump(tmp_path / "pooled") == dump(tmp_path / "single")


def test_hidden_files_and_other_suffixes_are_not_inputs(tmp_path: Path) -> None:
    docs = corpus(tmp_path / "docs", 1)
    (docs / ".hidden.txt").write_text("x", encoding="utf-8")
    (docs / "notes.json").write_text("{}", encoding="utf-8")
    (docs / "sub").mkdir()
    (docs / "sub" / "deep.md").write_text("x", encoding="utf-8")
    tasks, _ = discover([docs])
    assert [(t.name, dict(t.metadata)["path"]) for t in tasks] == [
        ("deep", "sub/deep.md"),
        ("n00", "n00.txt"),
    ]


def test_the_json_report_counts_everything(tmp_path: Path) -> None:
    docs = corpus(tmp_path / "docs", 3)
    (docs / "bad.txt").write_text("壊れ\n", encoding="utf-8")
    d = run(tmp_path / "s", docs).as_dict()
    assert {k: d[k] for k in ("total", "ingested", "replaced", "unchanged", "failed")} == {
        "total": 4,
        "ingested": 3,
        "replaced": 0,
        "unchanged": 0,
        "failed": 1,
    }
    assert d["failures"][0]["code"] == "SHOBUN-E011"
    json.dumps(d)


@pytest.mark.parametrize(
    "relative",
    ["ppc-2024-01.md", "sub/dir/caa_2025.10.txt", "令和6年 処分.pdf", "a b(c).html", "x.y.z.txt"],
)
def test_input_names_follow_the_parsers_rule(relative: str) -> None:
    from shobun.graph.discover import name_of
    from shobun.parser import notice_name

    assert name_of(relative) == notice_name(relative, "0" * 64)


def test_progress_is_quiet_lines_when_not_on_a_terminal() -> None:
    import io

    from shobun.graph.progress import LineProgress, progress_for

    stream = io.StringIO()
    assert isinstance(progress_for(10, stream), LineProgress)
    lines = LineProgress(4, stream, every_s=0.0)
    for status in ("ingested", "failed", "unchanged", "replaced"):
        lines.advance(status)
    out = stream.getvalue().splitlines()
    assert len(out) == 4 and out[-1].startswith("ingest: 4/4 (100%)")


def test_a_folders_readme_is_not_a_notice(tmp_path: Path) -> None:
    (tmp_path / "README.md").write_text("# corpus\nwhat these notices are", encoding="utf-8")
    (tmp_path / "a.txt").write_text(
        "金融庁は、株式会社あおばに対し、指導を行った。", encoding="utf-8"
    )
    tasks, _ = discover([tmp_path])
    assert [t.name for t in tasks] == ["a"]


class CountingStore(EmbeddedStore):
    """The embedded store, counting how many batches (commits) it is handed."""

    batches: list[int]

    def put_notices(self, records: Sequence[NoticeRecord]) -> set[str]:
        self.batches.append(len(records))
        return super().put_notices(records)


@pytest.mark.parametrize(
    ("batch_size", "batch_quads", "batches"),
    [
        (1000, 1_000_000, [7]),  # everything fits: one commit
        (3, 1_000_000, [3, 3, 1]),  # bounded by notices
        (1000, 10, [2, 2, 2, 1]),  # bounded by quads (each fake notice has ≥ 3 triples)
    ],
)
def test_batches_are_bounded_by_notices_and_by_quads(
    tmp_path: Path, batch_size: int, batch_quads: int, batches: list[int]
) -> None:
    docs = corpus(tmp_path / "docs")
    options = Options(
        workers=1, converter=fake_convert, batch_size=batch_size, batch_quads=batch_quads
    )
    with CountingStore(tmp_path / "s") as store:
        store.batches = []
        report = ingest(store, [docs], options)
        assert store.batches == batches
    assert report.ingested == 7
