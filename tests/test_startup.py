"""`shobun parse` starts without spaCy (its import alone cost more than the parse), without
pydantic when no `SHOBUN_*` variable is set (the settings are then the defaults), without
the PDF and HTML readers for a text notice and, for the formats written from strings,
without rdflib: each case runs the command's parse path in a fresh interpreter and lists
what it imported. With a setting in the environment, the settings class reads it as
before (a bad value is its catalogued error)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
NOTICE = next(p for p in sorted((ROOT / "corpus").iterdir()) if p.suffix == ".txt")
PROBE = """
import json, sys
from shobun.cli import main
status = main(["parse", sys.argv[1], "--format", sys.argv[2]])
heavy = ("spacy", "rdflib", "thinc", "pydantic", "pydantic_settings", "pypdfium2", "selectolax")
print(json.dumps(sorted(m for m in heavy if m in sys.modules)), file=sys.stderr)
sys.exit(status)
"""
# format → the heavy packages its parse path may import
CASES = {
    "nt": [],
    "nq": [],
    "json": [],
    "ttl": ["rdflib"],  # Turtle is rdflib's serialiser: the probe sees what it imports
    "jsonld": ["rdflib"],
}


def probe(fmt: str, **settings: str) -> subprocess.CompletedProcess[str]:
    """The probe in a fresh interpreter, with no `SHOBUN_*` variable but `settings`."""
    env = {k: v for k, v in os.environ.items() if not k.upper().startswith("SHOBUN_")}
    return subprocess.run(
        [sys.executable, "-c", PROBE, str(NOTICE), fmt],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env=env | settings,
    )


@pytest.mark.parametrize("fmt", CASES, ids=[f"--format {f}" for f in CASES])
def test_parse_imports_neither_spacy_nor_more_than_it_needs(fmt: str) -> None:
    done = probe(fmt)
    assert done.returncode == 0 and done.stdout.strip(), done.stderr
    assert json.loads(done.stderr.strip().splitlines()[-1]) == CASES[fmt]


# (variables set, what the command then does: the start of stdout, or of stderr's line)
WITH_SETTINGS = [
    ({"SHOBUN_BASE_IRI": "https://example.org/x/"}, "out", "<https://example.org/x/"),
    ({"shobun_base_iri": "https://example.org/y/"}, "out", "<https://example.org/y/"),
    ({"SHOBUN_MAX_BYTES": "10"}, "err", "SHOBUN-E020"),
    ({"SHOBUN_MAX_BYTES": "abc"}, "err", "SHOBUN-E041 SHOBUN_MAX_BYTES=abc"),
    ({"SHOBUN_BASE_IRI": "not an iri"}, "err", "SHOBUN-E041 SHOBUN_BASE_IRI=not an iri"),
    ({"SHOBUN_SPARQL_TIMEOUT_S": "soon"}, "err", "SHOBUN-E041 SHOBUN_SPARQL_TIMEOUT_S=soon"),
]


@pytest.mark.parametrize(
    ("env", "stream", "start"),
    WITH_SETTINGS,
    ids=[" ".join(f"{k}={v}" for k, v in env.items()) for env, _, _ in WITH_SETTINGS],
)
def test_a_setting_in_the_environment_is_read_and_checked(
    env: dict[str, str], stream: str, start: str
) -> None:
    done = probe("nt", **env)
    text = done.stdout if stream == "out" else done.stderr
    assert text.startswith(start), (done.stdout[:200], done.stderr)
    assert (done.returncode == 0) == (stream == "out")
