"""Where a parse's CPU goes, stage by stage, with call counts.

    python benchmarks/stages.py [--chars 300000] [--rounds 3]

Parses the published-length notices of `parse.py` (the shipped corpus and the
regulator-style test notices, repeated to `--chars` characters) to canonical N-Triples
and prints, for each stage of `pipeline.run` and the writer, its CPU time, its share of
the whole, the running total of the top-level stages' shares, and how often it is called
per notice. Indented rows are parts of the row above them (the extract stage's scanners,
the events stage's passes one by one). Each stage is timed by wrapping the function the
stage before calls (CPU time, `time.process_time`); the least time of `--rounds` rounds
is kept per row. The wrappers cost about a microsecond a call, so the rows sum to a
little more than the untimed parse.
"""

from __future__ import annotations

import argparse
import importlib
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))

from parse import real_length  # noqa: E402

from shobun.graph import build  # noqa: E402
from shobun.parser import parse, passes  # noqa: E402

# (depth, label, module, function): each call of module.function is timed under label
STAGES: list[tuple[int, str, str, str]] = [
    (0, "normalise", "shobun.parser.pipeline", "normalize"),
    (0, "extract", "shobun.parser.stages", "extract"),
    (1, "authorities", "shobun.parser.extract.orgs", "authorities"),
    (1, "header", "shobun.parser.header", "read_header"),
    (1, "sections", "shobun.parser.structure", "sections_and_lines"),
    (1, "aliases", "shobun.parser.extract.aliases", "definitions"),
    (1, "statutes", "shobun.parser.extract.law", "statutes"),
    (1, "companies (legal forms)", "shobun.parser.extract.orgs", "companies"),
    (2, "MeCab positions", "shobun.parser.mecab", "positions"),
    (1, "dates", "shobun.parser.extract.dates", "find_dates"),
    (1, "figures", "shobun.parser.extract.figures", "figures"),
    (1, "sanction terms", "shobun.parser.extract.sanctions", "terms"),
    (0, "resolve", "shobun.parser.stages", "resolved"),
    (1, "organisations", "shobun.parser.resolve", "organizations"),
    (1, "citations", "shobun.parser.enactments", "citations"),
    (1, "documents", "shobun.parser.resolve", "documents"),
    (0, "context", "shobun.parser.stages", "context_of"),
    (0, "events", "shobun.parser.stages", "events"),
    (1, "actions", "shobun.parser.assemble", "actions"),
    (2, "violations", "shobun.parser.violations", "violations"),
    (2, "drafts (taken)", "shobun.parser.passes", "found"),
    (2, "passes", "shobun.parser.passes", "PASSES"),
    (2, "remedied", "shobun.parser.remedied", "remedied"),
    (1, "incidents and quantities", "shobun.parser.assemble", "incident"),
    (1, "entrustments", "shobun.parser.incidents", "entrustments"),
    (0, "Notice", "shobun.parser.pipeline", "_notice"),
    (0, "law in time", "shobun.parser.lawtime", "annotate"),
    (0, "N-Triples", "shobun.graph.build", "notice_ntriples"),
]


class Clock:
    """CPU seconds and calls by label, summed over a round."""

    def __init__(self) -> None:
        self.secs: dict[str, float] = {}
        self.calls: dict[str, int] = {}

    def timed(self, label: str, fn: Callable[..., Any]) -> Callable[..., Any]:
        def wrapper(*args: Any, **kwargs: Any) -> Any:
            start = time.process_time()
            try:
                return fn(*args, **kwargs)
            finally:
                self.secs[label] = self.secs.get(label, 0.0) + time.process_time() - start
                self.calls[label] = self.calls.get(label, 0) + 1

        return wrapper


def install(clock: Clock) -> list[tuple[int, str]]:
    """Wrap every stage of `STAGES` (each pass of the events stage on its own row);
    returns the rows in order, with their depth."""
    rows: list[tuple[int, str]] = []
    for depth, label, module_name, name in STAGES:
        module = importlib.import_module(module_name)
        if name == "PASSES":
            wrapped = tuple((n, clock.timed(f"pass: {n}", f)) for n, f in passes.PASSES)
            passes.PASSES = wrapped
            rows += [(depth, f"pass: {n}") for n, _ in wrapped]
            continue
        setattr(module, name, clock.timed(label, getattr(module, name)))
        rows.append((depth, label))
    return rows


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--chars", type=int, default=300_000)
    ap.add_argument("--rounds", type=int, default=3)
    args = ap.parse_args()
    texts = real_length(args.chars)
    for text in texts[:32]:  # warm-up: dictionary, tables, compiled patterns
        build.notice_ntriples(parse(text))
    clock = Clock()
    rows = install(clock)
    best: dict[str, float] = {}
    whole = float("inf")
    for _ in range(args.rounds):
        clock.secs.clear()
        clock.calls.clear()
        start = time.process_time()
        for i, text in enumerate(texts):
            build.notice_ntriples(parse(text, f"n{i}"))
        whole = min(whole, time.process_time() - start)
        for label, secs in clock.secs.items():
            best[label] = min(best.get(label, float("inf")), secs)
    report(rows, best, clock.calls, whole, len(texts))


def report(
    rows: list[tuple[int, str]],
    best: dict[str, float],
    calls: dict[str, int],
    whole: float,
    notices: int,
) -> None:
    print(f"{notices} notices, parse → N-Triples: {whole:.3f} s of CPU (best round)")
    print(f"{'stage':52} {'CPU s':>7} {'share':>6} {'cumul.':>6} {'calls/notice':>12}")
    running = 0.0
    for depth, label in rows:
        secs = best.get(label, 0.0)
        share = secs / whole
        if depth == 0:
            running += share
        cumul = f"{running:6.1%}" if depth == 0 else ""
        name = "  " * depth + label
        per = calls.get(label, 0) / notices
        print(f"{name[:52]:52} {secs:7.3f} {share:6.1%} {cumul:>6} {per:12.1f}")


if __name__ == "__main__":
    main()
