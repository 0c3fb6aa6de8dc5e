"""Bad settings and arguments: each one catalogued line naming the setting or flag and
the problem, never "a bug in shobun"; store commands that meet a held or missing store."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from shobun.core.errors import CATALOGUE
from shobun.graph.store import EmbeddedStore, StoreLock

ROOT = Path(__file__).resolve().parents[1]
NOTICE = str(ROOT / "corpus" / "caa-2025-10-kirari-measures-order.txt")


def shobun(*args: str, **env: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "shobun", *args],
        capture_output=True, text=True, cwd=ROOT, env={**os.environ, **env}, timeout=120,
    )  # fmt: skip


BAD = [
    ("max bytes not a number", ["parse", NOTICE], {"SHOBUN_MAX_BYTES": "abc"},
     "SHOBUN-E041", "SHOBUN_MAX_BYTES=abc"),
    ("base IRI setting relative", ["parse", NOTICE], {"SHOBUN_BASE_IRI": "id/"},
     "SHOBUN-E041", "SHOBUN_BASE_IRI=id/"),
    ("workers setting zero", ["serve", "--get", "/"], {"SHOBUN_SPARQL_WORKERS": "0"},
     "SHOBUN-E041", "SHOBUN_SPARQL_WORKERS=0"),
    ("--base not an IRI", ["parse", NOTICE, "--base", "not an iri"], {},
     "SHOBUN-E040", "argument --base"),
    ("--base relative", ["parse", NOTICE, "--base", "notices/"], {},
     "SHOBUN-E040", "not an absolute IRI"),
    ("--port 99999", ["serve", "--port", "99999"], {}, "SHOBUN-E040", "argument --port"),
    ("--store naming a file", ["serve", "--store", NOTICE], {},
     "SHOBUN-E040", "is a file, not a store directory"),
    ("--workers -1", ["ingest", NOTICE, "--workers", "-1"], {}, "SHOBUN-E040", "argument --workers"),
    ("-o into a missing folder", ["export", "--format", "nq", "-o", "/no/such/dir/x.nq"], {},
     "SHOBUN-E040", "/no/such/dir is not an existing folder"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("args", "env", "code", "said"), [b[1:] for b in BAD], ids=[b[0] for b in BAD]
)
def test_a_bad_setting_or_argument_is_one_catalogued_line(
    args: list[str], env: dict[str, str], code: str, said: str
) -> None:
    done = shobun(*args, **env)
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith(code), done.stderr
    assert said in lines[0]
    assert done.returncode == CATALOGUE[code].exit_status


def test_remove_from_a_missing_store_creates_nothing(tmp_path: Path) -> None:
    missing = tmp_path / "no-store"
    done = shobun("remove", "x", "--store", str(missing))
    assert done.returncode == CATALOGUE["SHOBUN-E050"].exit_status
    assert done.stderr.startswith("SHOBUN-E050") and not missing.exists()


@pytest.fixture
def store(tmp_path: Path) -> Path:
    EmbeddedStore(tmp_path / "store").close()
    return tmp_path / "store"


def test_serve_on_a_store_an_ingest_holds_is_one_line_and_exit_12(store: Path) -> None:
    with EmbeddedStore(store):
        done = shobun("serve", "--store", str(store), "--get", "/api/v1/health")
    assert done.returncode == CATALOGUE["SHOBUN-E051"].exit_status == 12
    assert done.stderr.strip().splitlines() == [
        f"SHOBUN-E051 {store}: store locked by another process: "
        f"held by process {os.getpid()} (writing)"
    ]


def test_a_lock_readers_hold_names_no_stale_process(store: Path) -> None:
    with EmbeddedStore(store):
        pass  # a writer came and went
    lock = StoreLock(store, shared=True)
    try:
        done = shobun("ingest", NOTICE, "--store", str(store))
    finally:
        lock.release()
    assert done.returncode == 12
    assert "held by readers" in done.stderr and "process" not in done.stderr.split("readers")[0]


def test_the_browser_tests_fail_rather_than_skip_without_a_browser(tmp_path: Path) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "pytest", "tests/test_web.py", "-p", "no:randomly", "-q",
         "-k", "loads_nothing_from_other_hosts", f"--basetemp={tmp_path / 'pt'}"],
        capture_output=True, text=True, cwd=ROOT, timeout=300,
        env={**os.environ, "SHOBUN_TEST_CHROMEDRIVER": str(tmp_path / "no-chromedriver")},
    )  # fmt: skip
    assert done.returncode != 0, done.stdout
    assert "no-chromedriver" in done.stdout and "skipped" not in done.stdout


OUTSIDE = [
    ("parent folder", "../outside.txt", True),
    ("absolute path", "/etc/hostname", True),
    ("climbing out and back", "docs/../../outside.txt", True),
    ("inside, through ..", "docs/../notice.txt", False),
]


@pytest.mark.parametrize(
    ("written", "refused"), [o[1:] for o in OUTSIDE], ids=[o[0] for o in OUTSIDE]
)
def test_manifest_paths_stay_in_the_manifests_folder(
    tmp_path: Path, written: str, refused: bool
) -> None:
    from shobun.core.errors import ShobunError
    from shobun.graph.discover import read_manifest

    folder = tmp_path / "in"
    folder.mkdir()
    (tmp_path / "outside.txt").write_text("x", encoding="utf-8")
    manifest = folder / "m.csv"
    manifest.write_text(f"path\n{written}\n", encoding="utf-8")
    if refused:
        with pytest.raises(ShobunError) as err:
            read_manifest(manifest)
        assert err.value.code == "SHOBUN-E053" and "--paths-anywhere" in err.value.line()
    else:
        assert [t.path for t in read_manifest(manifest)] == [folder / written]
    assert len(read_manifest(manifest, anywhere=True)) == 1


def test_ingest_refuses_a_manifest_row_outside_and_the_flag_allows_it(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (tmp_path / "outside.txt").write_text("消費者庁は、株式会社Aに対し勧告を行った。", "utf-8")
    (folder / "m.csv").write_text("path\n../outside.txt\n", encoding="utf-8")
    store = str(tmp_path / "store")
    done = shobun("ingest", str(folder / "m.csv"), "--store", store, "--workers", "1")
    assert done.returncode == CATALOGUE["SHOBUN-E053"].exit_status
    assert "outside the manifest's folder" in done.stderr
    allowed = shobun("ingest", str(folder / "m.csv"), "--store", store, "--paths-anywhere")
    assert allowed.returncode == 0, allowed.stderr
