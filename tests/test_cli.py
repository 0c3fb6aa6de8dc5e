"""The `shobun parse` command as a user meets it: formats, stdin, and bad input."""

from __future__ import annotations

import json
import random
import subprocess
import sys
from pathlib import Path

import pytest
from rdflib import Dataset, Graph

from shobun.core.errors import CATALOGUE

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "corpus" / "ppc-2024-01-ntt-procx-overview.md"
SHOBUN = [sys.executable, "-m", "shobun"]


def shobun(
    *args: str, stdin: bytes | None = None, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run([*SHOBUN, *args], input=stdin, capture_output=True, timeout=120, env=env)


@pytest.mark.parametrize(
    ("fmt", "rdflib_format"),
    [("nt", "nt"), ("ttl", "turtle"), ("jsonld", "json-ld")],
    ids=["n-triples", "turtle", "json-ld"],
)
def test_each_rdf_format_parses_back_to_the_same_graph(fmt: str, rdflib_format: str) -> None:
    out = shobun("parse", str(SEED), "--format", fmt)
    assert out.returncode == 0, out.stderr
    graph = Graph().parse(data=out.stdout.decode("utf-8"), format=rdflib_format)
    reference = Graph().parse(data=shobun("parse", str(SEED), "--format", "nt").stdout, format="nt")
    assert len(graph) == len(reference) > 100


def test_nquads_put_everything_in_the_notice_named_graph() -> None:
    out = shobun("parse", str(SEED), "--format", "nq")
    ds = Dataset()
    ds.parse(data=out.stdout.decode("utf-8"), format="nquads")
    names = {str(g.identifier) for g in ds.graphs() if len(g)}
    assert names == {"https://w3id.org/shobun/id/notice/ppc-2024-01-ntt-procx-overview"}


def test_json_model_carries_spans_into_the_text() -> None:
    model = json.loads(shobun("parse", str(SEED), "--format", "json").stdout)
    text = model["text"]
    for action in model["actions"]:
        span = action["span"]
        assert text[span["start"] : span["end"]] == span["surface"]
    assert len(model["actions"]) == 8


def test_stdin_reads_the_same_notice() -> None:
    from_file = shobun("parse", str(SEED), "--format", "nt").stdout
    from_stdin = shobun("parse", "-", "--format", "nt", stdin=SEED.read_bytes()).stdout
    # the notice IRI differs (file stem vs content hash); the facts do not
    assert len(from_file.splitlines()) == len(from_stdin.splitlines())


def test_same_input_gives_byte_identical_ntriples() -> None:
    first = shobun("parse", str(SEED), "--format", "nt").stdout
    second = shobun("parse", str(SEED), "--format", "nt").stdout
    assert first == second
    assert first.decode("utf-8").splitlines() == sorted(first.decode("utf-8").splitlines())


BAD = [
    ("empty", b"", "SHOBUN-E011"),
    ("random-bytes", random.Random(0).randbytes(4000), "SHOBUN-E012"),
    ("nul-bytes", b"abc\x00def\x00" * 10, "SHOBUN-E012"),
]


@pytest.mark.parametrize(("name", "data", "code"), BAD, ids=[b[0] for b in BAD])
def test_bad_file_gives_one_line_naming_file_and_problem(
    tmp_path: Path, name: str, data: bytes, code: str
) -> None:
    path = tmp_path / f"{name}.txt"
    path.write_bytes(data)
    out = shobun("parse", str(path))
    err = out.stderr.decode("utf-8")
    assert out.returncode == CATALOGUE[code].exit_status != 0
    assert err.startswith(code) and str(path) in err
    assert len(err.strip().splitlines()) == 1 and "Traceback" not in err


def test_missing_path_and_directory_have_distinct_exit_codes(tmp_path: Path) -> None:
    missing = shobun("parse", str(tmp_path / "nope.txt"))
    directory = shobun("parse", str(tmp_path))
    assert missing.stderr.decode().startswith("SHOBUN-E001")
    assert directory.stderr.decode().startswith("SHOBUN-E002")
    assert len({missing.returncode, directory.returncode, 0}) == 3


def test_file_over_the_size_limit_is_refused(tmp_path: Path) -> None:
    import os

    path = tmp_path / "big.txt"
    path.write_text("勧告" * 100, encoding="utf-8")
    out = shobun("parse", str(path), env={**os.environ, "SHOBUN_MAX_BYTES": "100"})
    assert out.returncode == CATALOGUE["SHOBUN-E020"].exit_status
    assert "big.txt" in out.stderr.decode()


def test_text_with_no_notice_is_a_small_graph_not_an_error(tmp_path: Path) -> None:
    path = tmp_path / "weather.txt"
    path.write_text("明日の天気は晴れのち曇りでしょう。\n", encoding="utf-8")
    out = shobun("parse", str(path), "--format", "nt")
    assert out.returncode == 0
    graph = Graph().parse(data=out.stdout.decode(), format="nt")
    assert 0 < len(graph) < 10


def test_exit_statuses_are_distinct_per_error() -> None:
    errors = [c.exit_status for c in CATALOGUE.values() if c.code.startswith("SHOBUN-E")]
    assert len(errors) == len(set(errors))
