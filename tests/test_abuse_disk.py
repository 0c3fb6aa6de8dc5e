"""A full disk stops an ingest with one E055 line naming the store and the space needed,
promptly (RocksDB on a full disk waits for ever), the store stays readable and a re-run
after freeing space completes. The disk is a small tmpfs the test mounts (as root)."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from shobun.core.errors import CATALOGUE
from shobun.graph.ingest import Failure, Report

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Path]:
    mount = tmp_path / "disk"
    mount.mkdir()
    done = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=48m", "tmpfs", str(mount)],
        capture_output=True, text=True,
    )  # fmt: skip
    if done.returncode != 0:
        pytest.fail(f"cannot mount a small tmpfs (needs root): {done.stderr.strip()}")
    try:
        yield mount
    finally:
        subprocess.run(["umount", "-l", str(mount)], check=False)


def ingest(store: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "shobun", "ingest", str(ROOT / "corpus"), "--store", str(store),
         "--workers", "1"],
        capture_output=True, text=True, timeout=120, cwd=ROOT, env=dict(os.environ),
    )  # fmt: skip


def test_a_full_disk_stops_the_ingest_with_one_line_and_a_rerun_completes(
    small_disk: Path,
) -> None:
    filler = small_disk / "filler"
    with filler.open("wb") as out:
        out.write(b"\0" * (36 * 2**20))  # leaves about 12 MB
    store = small_disk / "store"
    full = ingest(store)
    assert full.returncode == CATALOGUE["SHOBUN-E055"].exit_status, full.stderr
    lines = [line for line in full.stderr.splitlines() if line.startswith("SHOBUN-")]
    assert len(lines) == 1 and lines[0].startswith(f"SHOBUN-E055 {store}:")
    assert "MB free, about" in lines[0] and "MB needed" in lines[0]
    filler.unlink()
    again = ingest(store)
    assert again.returncode == 0, again.stderr
    notices = [p for p in (ROOT / "corpus").iterdir() if p.suffix in (".txt", ".md")]
    assert f"{len(notices) - 1} ingested" in again.stderr  # every notice but the README


def test_the_same_failure_many_times_is_one_line_with_its_count() -> None:
    line = "SHOBUN-E050 /data/store: store error: No space left on device"
    report = Report(total=231, failures=[Failure(f"n{i}", "SHOBUN-E050", line) for i in range(231)])
    assert report.lines()[1:] == ["  SHOBUN-E050: 231", f"  {line} (×231)"]
