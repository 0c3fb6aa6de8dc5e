"""`shobun parse` starts without spaCy (its import alone cost more than the parse) and,
for the formats written from strings, without rdflib: each case runs the command's
parse path in a fresh interpreter and lists what it imported."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
NOTICE = next(p for p in sorted((ROOT / "corpus").iterdir()) if p.suffix == ".txt")
PROBE = """
import json, sys
from shobun.cli import main
main(["parse", sys.argv[1], "--format", sys.argv[2]])
print(json.dumps(sorted(m for m in ("spacy", "rdflib", "thinc") if m in sys.modules)),
      file=sys.stderr)
"""
# format → the heavy packages its parse path may import
CASES = {
    "nt": [],
    "nq": [],
    "json": [],
    "ttl": ["rdflib"],  # Turtle is rdflib's serialiser: the probe sees what it imports
    "jsonld": ["rdflib"],
}


@pytest.mark.parametrize("fmt", CASES, ids=[f"--format {f}" for f in CASES])
def test_parse_imports_neither_spacy_nor_more_than_it_needs(fmt: str) -> None:
    done = subprocess.run(
        [sys.executable, "-c", PROBE, str(NOTICE), fmt],
        capture_output=True,
        text=True,
        cwd=ROOT,
        check=True,
    )
    assert done.stdout.strip(), done.stderr
    assert json.loads(done.stderr.strip().splitlines()[-1]) == CASES[fmt]
