"""Ingestion with the real parser through the `shobun` command: input formats, the JSON
report, removal, a second process, and a SIGKILL in the middle of a run."""

from __future__ import annotations

import importlib.util
import json
import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path
from types import ModuleType

import pytest
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.pdfgen import canvas

from shobun.cli import main
from shobun.graph.facts import actions
from shobun.graph.store import EmbeddedStore, dump_nquads, union_mismatches

ROOT = Path(__file__).resolve().parents[1]


def gen_corpus() -> ModuleType:
    spec = importlib.util.spec_from_file_location("gen_corpus", ROOT / "benchmarks/gen_corpus.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up
    spec.loader.exec_module(module)
    return module


def write_pdf(path: Path, text: str) -> None:
    """A text PDF in reportlab's built-in Japanese CID font (nothing downloaded)."""
    pdfmetrics.registerFont(UnicodeCIDFont("HeiseiMin-W3"))
    page = canvas.Canvas(str(path))
    y = 800
    for line in text.splitlines():
        for start in range(0, max(len(line), 1), 45):
            page.setFont("HeiseiMin-W3", 10)
            page.drawString(40, y, line[start : start + 45])
            y -= 14
    page.save()


def cli(*args: str) -> tuple[int, str]:
    """Run `shobun` in a child process, as a user would; → (exit status, stdout)."""
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    code = "import sys\nfrom shobun.cli import main\nsys.exit(main(sys.argv[1:]))"
    done = subprocess.run(
        [sys.executable, "-c", code, *args], capture_output=True, text=True, env=env, timeout=300
    )
    return done.returncode, done.stdout + done.stderr


def test_each_input_format_lands_with_its_actions(tmp_path: Path) -> None:
    g = gen_corpus()
    rng = random.Random(3)
    people = g.companies(rng, 2)
    notice = g.ppc(rng, people[0], people[1], 2, "令和7年11月28日")
    docs = tmp_path / "docs"
    docs.mkdir()
    for layout in ("txt", "md", "html"):
        (docs / f"order-{layout}.{layout}").write_text(g.render(notice, layout), encoding="utf-8")
    write_pdf(docs / "order-pdf.pdf", g.render(notice, "txt"))
    status, out = cli(
        "ingest", str(docs), "--store", str(tmp_path / "s"), "--json", "--workers", "2"
    )
    report = json.loads(out[: out.rindex("}") + 1])
    assert status == 0 and report["ingested"] == 4, out
    with EmbeddedStore(tmp_path / "s", read_only=True) as store:
        found = {(f.notice.rsplit("/", 1)[1], f.kind, f.addressee_label) for f in actions(store)}
    for layout in ("txt", "md", "html", "pdf"):
        assert (f"order-{layout}", "Order", people[0].name) in found, layout


def test_a_bad_file_fails_alone_and_the_exit_status_says_so(tmp_path: Path) -> None:
    docs = tmp_path / "docs"
    gen_corpus().generate(3, docs)
    (docs / "empty.txt").write_bytes(b"")
    (docs / "binary.pdf").write_bytes(b"%PDF-1.4 not really")
    status, out = cli("ingest", str(docs), "--store", str(tmp_path / "s"), "--json")
    report = json.loads(out[: out.rindex("}") + 1])
    assert status == 1 and report["ingested"] == 3
    assert report["failed_by_code"] == {"SHOBUN-E011": 1, "SHOBUN-E013": 1}
    assert {Path(f["path"]).name for f in report["failures"]} == {"empty.txt", "binary.pdf"}


def test_remove_by_name_and_a_second_process_is_refused(tmp_path: Path) -> None:
    docs = tmp_path / "docs"
    gen_corpus().generate(4, docs)
    store = tmp_path / "s"
    name = sorted(p.stem for p in docs.iterdir())[1]
    assert main(["ingest", str(docs), "--store", str(store), "--workers", "1"]) == 0
    with EmbeddedStore(store):
        status, out = cli("remove", name, "--store", str(store))
        assert status == 12 and "SHOBUN-E051" in out
    assert main(["remove", name, "--store", str(store)]) == 0
    assert main(["remove", name, "--store", str(store)]) == 15  # E054
    with EmbeddedStore(store, read_only=True) as s:
        assert len(s.notices()) == 3 and union_mismatches(s) == 0


def descendants(root: int) -> list[int]:
    """Processes under `root`, found through /proc (the fork server is a child, its
    workers grandchildren)."""
    parents = {}
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            parents[int(stat.parent.name)] = int(stat.read_text().rsplit(")", 1)[1].split()[1])
        except (OSError, IndexError, ValueError):
            continue
    found, frontier = [], {root}
    while frontier:
        frontier = {pid for pid, ppid in parents.items() if ppid in frontier}
        found += sorted(frontier)
    return found


def ingested_files(store: Path) -> int:
    """SST files in the store: one at creation, then 11 (one per index) for each bulk-loaded
    batch. RocksDB links a batch's files in before it commits them, so 14 means the second
    batch has begun and the first is in."""
    return len(list((store / "oxigraph").glob("[0-9]*.sst")))


def test_sigkill_mid_ingest_leaves_whole_notices_and_a_rerun_finishes(tmp_path: Path) -> None:
    docs, clean, victim = tmp_path / "docs", tmp_path / "clean", tmp_path / "victim"
    total = 400
    gen_corpus().generate(total, docs)
    assert cli("ingest", str(docs), "--store", str(clean))[0] == 0
    # batches of about 20 notices, so that the kill lands between commits
    env = {**os.environ, "PYTHONPATH": str(ROOT), "SHOBUN_INGEST_BATCH_QUADS": "6000"}
    code = "import sys\nfrom shobun.cli import main\nsys.exit(main(sys.argv[1:]))"
    proc = subprocess.Popen(
        [sys.executable, "-c", code, "ingest", str(docs), "--store", str(victim)],
        env=env,
        stderr=subprocess.DEVNULL,
    )
    deadline = time.monotonic() + 120
    while not (victim / "oxigraph").is_dir() or ingested_files(victim) < 14:
        assert time.monotonic() < deadline and proc.poll() is None
        time.sleep(0.01)
    helpers = descendants(proc.pid)  # the fork server and the parser workers
    assert len(helpers) >= 2
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    deadline = time.monotonic() + 10
    while any(Path(f"/proc/{pid}").exists() for pid in helpers):
        assert time.monotonic() < deadline, "workers outlived the killed writer"
        time.sleep(0.1)
    with EmbeddedStore(clean, read_only=True) as c, EmbeddedStore(victim, read_only=True) as v:
        partial = v.notices()
        assert 0 < len(partial) < total
        assert union_mismatches(v) == 0
        whole = dump_nquads(c, "notices").splitlines()
        mine = set(partial)
        expected = [line for line in whole if line.rsplit(" ", 2)[-2][1:-1] in mine]
        assert dump_nquads(v, "notices").splitlines() == expected  # each notice whole
    status, out = cli("ingest", str(docs), "--store", str(victim), "--json")
    report = json.loads(out[: out.rindex("}") + 1])
    assert status == 0
    assert (report["unchanged"], report["ingested"]) == (len(partial), total - len(partial))
    with EmbeddedStore(clean, read_only=True) as c, EmbeddedStore(victim, read_only=True) as v:
        assert dump_nquads(v) == dump_nquads(c)


@pytest.mark.parametrize("args", [["--shard", "0/2"], ["--workers", "x"]])
def test_bad_arguments_are_usage_errors(tmp_path: Path, args: list[str]) -> None:
    status, _ = cli("ingest", str(tmp_path), "--store", str(tmp_path / "s"), *args)
    assert status == 2
