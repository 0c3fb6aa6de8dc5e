"""Quality: the evaluation's scorer over the dev set and every round of probe notices.

    python benchmarks/quality.py [--scorer ../shared/eval/score.py]

Prints micro precision / recall / F1 per set, and under it every fact type of a set whose F1 is
below 0.9 (the issue's floor for each fact type). The probe rounds (tests/data/probes/) were
written by people who did not write the rules and scored once before any rule was made
for them; see tests/data/probes/README.md for the first-seen scores.
"""

from __future__ import annotations

import argparse
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
MICRO = re.compile(r"micro P ([0-9.]+) R ([0-9.]+) F1 ([0-9.]+) over ([0-9]+)")
FACT = re.compile(r"^([a-z_]+) +[0-9.]+ +[0-9.]+ +([0-9.]+) +([0-9]+)$", re.M)
FLOOR = 0.9


def weak_types(stdout: str) -> list[str]:
    """The fact types the scorer's table gives an F1 under the floor, with their gold count."""
    return [
        f"{name} {f1} ({gold})"
        for name, f1, gold in FACT.findall(stdout)
        if float(f1) < FLOOR and name not in {"fact", "micro"}
    ]


def score(scorer: Path, folder: Path) -> tuple[tuple[str, ...], list[str]]:
    shobun = Path(sys.executable).with_name("shobun")
    done = subprocess.run(
        [sys.executable, str(scorer), str(folder), "--cmd", f"{shobun} parse {{doc}} --format nt"],
        capture_output=True, text=True, check=False, cwd=ROOT,
    )  # fmt: skip
    m = MICRO.search(done.stdout)
    if m is None:
        raise SystemExit(f"{folder}: the scorer said\n{done.stdout}{done.stderr}")
    return m.groups(), weak_types(done.stdout)


def main() -> None:
    ap = argparse.ArgumentParser(description="shobun quality on dev and probe notices")
    ap.add_argument("--scorer", type=Path, default=ROOT.parent / "shared/eval/score.py")
    args = ap.parse_args()
    sets = [("dev", ROOT.parent / "shared/eval/dev")] + [
        (f"probe {p.name}", p) for p in sorted((ROOT / "tests/data/probes").glob("round*"))
    ]
    print("| set | notices | P | R | F1 | fact types under 0.9 |\n|---|---|---|---|---|---|")
    for name, folder in sets:
        (p, r, f1, n), weak = score(args.scorer, folder)
        print(f"| {name} | {n} | {p} | {r} | {f1} | {', '.join(weak) or '—'} |")


if __name__ == "__main__":
    main()
