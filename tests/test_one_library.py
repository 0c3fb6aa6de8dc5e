"""One of each: one vocabulary module mints and reads back IRIs, one list of notice
suffixes, one reader of files, one default per setting, one code for a bug."""

from __future__ import annotations

import inspect
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from shobun.cli.parse import _files
from shobun.core.errors import ShobunError
from shobun.core.settings import DEFAULT_MAX_BYTES, Settings
from shobun.core.vocabulary import DEFAULT_BASE, IRIs, Parsed
from shobun.graph.discover import Task, discover
from shobun.graph.ingest import Job, Options, run_job
from shobun.parser import read

IRIS = IRIs("https://example.org/id/")

MINTED = [
    ("notice", "ppc-2024-01", Parsed("notice", "ppc-2024-01")),
    ("org", "株式会社さくら/東京", Parsed("org", "株式会社さくら/東京")),
    ("law", "415AC0000000057", Parsed("law", "415AC0000000057")),
    ("law", "景品表示法 (旧)", Parsed("law", "景品表示法 (旧)")),
]


@pytest.mark.parametrize(("kind", "key", "parsed"), MINTED, ids=[m[1] for m in MINTED])
def test_a_minted_iri_reads_back(kind: str, key: str, parsed: Parsed) -> None:
    iri = IRIS.iri(kind, key)  # type: ignore[arg-type]
    assert (
        iri.startswith("https://example.org/id/")
        and "/" not in iri[len(IRIS.base) :][len(kind) + 1 :]
    )
    assert IRIS.parse(iri) == parsed
    assert IRIS.key(kind, iri) == key  # type: ignore[arg-type]


PROVISIONS = [
    (("148", 1, None, None), "/article/148/paragraph/1", Parsed("article", "L", "148")),
    (("2の3", None, 4, None), "/article/2%E3%81%AE3/item/4", Parsed("article", "L", "2の3")),
    (("26", 1, None, "h27"), "/version/h27/article/26/paragraph/1", None),  # shown at /id/
]


@pytest.mark.parametrize(
    ("numbering", "tail", "parsed"), PROVISIONS, ids=["para", "item", "version"]
)
def test_a_provision_iri_reads_back(
    numbering: tuple[str, int | None, int | None, str | None], tail: str, parsed: Parsed | None
) -> None:
    statute = IRIS.iri("law", "L")
    iri = IRIs.provision(statute, *numbering)
    assert iri == statute + tail
    assert IRIS.parse(iri) == parsed


@given(st.sampled_from(["notice", "org", "law"]), st.text(min_size=1, max_size=40))
def test_every_key_survives_the_round_trip(kind: str, key: str) -> None:
    assert IRIS.parse(IRIS.iri(kind, key)) == Parsed(kind, key)  # type: ignore[arg-type]


def test_iris_not_minted_here_are_not_read() -> None:
    assert IRIS.parse("https://other.example/id/notice/x") is None
    assert IRIS.parse(IRIS.base) is None
    assert IRIS.local_path(IRIS.base + "notice/x/action/a1") == "notice/x/action/a1"
    assert IRIs().base == DEFAULT_BASE


def test_summary_and_ingest_pick_the_same_files(tmp_path: Path) -> None:
    for name in ("a.txt", "b.markdown", "c.HTML", "d.pdf", "sub/e.md", "README.md",
                 ".hidden/f.txt", "g.csv", "h.docx", "sub/readme.txt"):  # fmt: skip
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text("x", encoding="utf-8")
    tasks, _ = discover([tmp_path])
    assert sorted(_files([str(tmp_path)])) == sorted(t.path for t in tasks)
    assert {p.name for p in _files([str(tmp_path)])} == {"a.txt", "b.markdown", "c.HTML",
                                                        "d.pdf", "e.md"}  # fmt: skip


def test_one_default_for_the_size_limit() -> None:
    assert Settings().max_bytes == DEFAULT_MAX_BYTES == Options().max_bytes
    for reader in (read.read_path, read.read_bytes):
        assert inspect.signature(reader).parameters["max_bytes"].default == DEFAULT_MAX_BYTES


def _broken(data: bytes, task: Task, base: str, max_bytes: int) -> tuple[str, str]:
    raise ZeroDivisionError("a bug in a converter")


@pytest.mark.parametrize(
    ("make", "code"),
    [
        (lambda p: p / "missing.txt", "SHOBUN-E001"),
        (lambda p: p, "SHOBUN-E002"),  # a directory
        (lambda p: _file(p / "big.txt", 11), "SHOBUN-E020"),
        (lambda p: _file(p / "ok.txt", 3), "SHOBUN-E099"),  # the converter's bug
    ],
    ids=["missing", "directory", "too-big", "bug"],
)
def test_ingest_reports_each_failure_with_its_code(tmp_path: Path, make: object, code: str) -> None:
    path = make(tmp_path)  # type: ignore[operator]
    outcome = run_job(Job(Task(path, "n"), None, DEFAULT_BASE, 10, _broken))
    assert outcome.status == "failed" and outcome.failure is not None
    assert outcome.failure.code == code
    assert outcome.failure.message.startswith(f"{code} {path}")


def _file(path: Path, size: int) -> Path:
    path.write_bytes(b"x" * size)
    return path


def test_the_reader_is_the_one_place_files_are_refused(tmp_path: Path) -> None:
    with pytest.raises(ShobunError) as missing:
        read.read_file(tmp_path / "none.txt", 10)
    assert missing.value.code == "SHOBUN-E001"
