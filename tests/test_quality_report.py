"""`benchmarks/quality.py` names the fact types a set scores under the issue's 0.9 floor."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))
import quality  # noqa: E402

sys.path.remove(str(ROOT / "benchmarks"))

TABLE = """fact                  P      R     F1  gold
title             1.000  1.000  1.000    16
action            1.000  0.568  0.724    37
amount            1.000  1.000  1.000     0
violation         0.833  0.882  0.857    17
violation_desc    0.900  0.900  0.900    11
micro P 0.989 R 0.993 F1 0.991 over 16 document(s), 0 error(s)
"""

CASES = [
    (TABLE, ["action 0.724 (37)", "violation 0.857 (17)"]),
    (TABLE.replace("0.857", "0.957"), ["action 0.724 (37)"]),
    ("micro P 1.000 R 1.000 F1 1.000 over 4 document(s), 0 error(s)\n", []),
]


@pytest.mark.parametrize(("stdout", "weak"), CASES, ids=["two-under", "one-under", "no-table"])
def test_weak_types(stdout: str, weak: list[str]) -> None:
    assert quality.weak_types(stdout) == weak
