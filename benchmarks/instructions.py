"""Instructions a parse executes, counted by valgrind: a measure the machine's load does
not move (CPU time moves by ±5 % on a busy machine, more than most changes save).

    python benchmarks/instructions.py [--rounds 3] [--top 25]

Runs this file's `--child` mode twice under `valgrind --tool=callgrind`: once with the
published-length notices of `parse.py` parsed to canonical N-Triples only to warm up,
once with `--rounds` more rounds of them; the difference, divided by the rounds and the
notices, is the parse's own count (startup and warming cancel out; what they left on the
heap is frozen, so that the collector's walks in the rounds do not depend on how much a
change made at startup). Hash randomisation
is fixed (PYTHONHASHSEED=0), so that the order of sets and dicts, and the work it leads
to, repeat from run to run.
Prints the instructions per notice and the C functions that execute most of them (the
regular-expression engine's `sre_*`, the interpreter's `_PyEval_EvalFrameDefault`,
MeCab …). Each run takes minutes: valgrind runs the code about fifty times slower.
Instructions are not time — MeCab waits on memory more than it computes — so
`parse.py`'s CPU ratios stay the measure of record.
"""

from __future__ import annotations

import argparse
import gc
import os
import re
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
_FUNCTION = re.compile(r"^\s*([\d,]+)\s+(?:\([^)]*\)\s+)?(\S.*)$")


def child(rounds: int) -> None:
    sys.path.insert(0, str(ROOT / "benchmarks"))
    from parse import real_length

    from shobun.graph.build import notice_ntriples
    from shobun.parser import parse

    texts = real_length(1)
    for text in texts:  # warm: tables load, patterns compile
        notice_ntriples(parse(text))
    gc.collect()
    gc.freeze()  # what startup made is not walked again by the rounds' collections
    for _ in range(rounds):
        for i, text in enumerate(texts):
            notice_ntriples(parse(text, f"n{i}"))
    print(len(texts))


def counted(rounds: int, out: Path) -> tuple[int, dict[str, int]]:
    """The notices parsed a round, and the instructions by function of one run."""
    # one BLAS thread: `parse` imports spaCy and so numpy, whose idle worker threads
    # otherwise poll under valgrind and add a million instructions a notice to the parse's
    env = {**os.environ, "PYTHONHASHSEED": "0", "OPENBLAS_NUM_THREADS": "1"}
    cmd = ["valgrind", "--tool=callgrind", f"--callgrind-out-file={out}", sys.executable]
    run = subprocess.run(
        [*cmd, __file__, "--child", str(rounds)], env=env, capture_output=True, text=True
    )
    if run.returncode != 0:
        raise SystemExit(run.stderr[-2000:])
    notes = subprocess.run(
        ["callgrind_annotate", "--threshold=100", str(out)], capture_output=True, text=True
    ).stdout
    functions: dict[str, int] = {}
    for line in notes.splitlines():
        m = _FUNCTION.match(line)
        if m:
            functions[m.group(2).split(" [")[0]] = int(m.group(1).replace(",", ""))
    return int(run.stdout.split()[-1]), functions


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--top", type=int, default=25)
    ap.add_argument("--child", type=int, default=None, help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.child is not None:
        child(args.child)
        return
    with tempfile.TemporaryDirectory() as tmp:
        notices, warm = counted(0, Path(tmp) / "warm.out")
        _, full = counted(args.rounds, Path(tmp) / "full.out")
    per = {f: (full.get(f, 0) - warm.get(f, 0)) / args.rounds / notices for f in full}
    total = per.pop("PROGRAM TOTALS", 0.0)
    print(f"{notices} notices a round, {args.rounds} rounds: {total:,.0f} instructions a notice")
    print("| function | instructions a notice | share |\n|---|---|---|")
    for name, n in sorted(per.items(), key=lambda kv: -kv[1])[: args.top]:
        short = name.rsplit("/", 1)[-1]
        print(f"| {short} | {n:,.0f} | {n / total:.1%} |")


if __name__ == "__main__":
    main()
