"""How long `shobun parse` takes to start: the command on one short notice, against
`shobun --help` and a bare `import spacy`, each run `--runs` times in fresh processes.

    python benchmarks/startup.py [--runs 10]

Prints the median wall and CPU time (user + system, which other work on the machine
disturbs less) per command, each against the goal (`shobun parse` ≤ 0.3 s), the load
average, and the imports that cost most in one run of `python -X importtime -m shobun
parse`. The commands run with no `SHOBUN_*` variable set (the settings are then the
defaults and pydantic does not load), and once more with one set. A first run of each
writes Python's bytecode caches, as installing the package does: without them every
start compiles the sources again (`PYTHONDONTWRITEBYTECODE`), about 0.1 s more.
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

NOTICE = """令和6年4月1日
株式会社テストに対する業務改善命令について
金融庁は、本日、株式会社テストに対し、銀行法第26条第1項に基づき業務改善命令を発出しました。
"""
GOAL_S = 0.3
BASE = "https://example.org/id/"


# the environment of every run: no SHOBUN_* setting, bytecode caches written and read
ENV = {
    k: v
    for k, v in os.environ.items()
    if not k.upper().startswith("SHOBUN_") and k != "PYTHONDONTWRITEBYTECODE"
}


def timed(command: list[str], runs: int, env: dict[str, str]) -> tuple[float, float]:
    """Median wall seconds and median CPU seconds of `runs` runs of `command`, after one
    run that warms the bytecode caches and the page cache."""
    subprocess.run(command, check=True, stdout=subprocess.DEVNULL, env=env)
    walls, cpus = [], []
    for _ in range(runs):
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        started = time.perf_counter()
        subprocess.run(command, check=True, stdout=subprocess.DEVNULL, env=env)
        walls.append(time.perf_counter() - started)
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpus.append(after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime)
    return statistics.median(walls), statistics.median(cpus)


def heaviest_imports(command: list[str], top: int = 8) -> list[tuple[str, float]]:
    """The top-level imports of one run with their cumulative milliseconds."""
    done = subprocess.run(
        [sys.executable, "-X", "importtime", *command[1:]],
        capture_output=True,
        text=True,
        env=ENV,
    )
    found = []
    for line in done.stderr.splitlines():
        parts = line.split("|")
        if len(parts) == 3 and parts[1].strip().isdigit() and not parts[2].startswith("  "):
            found.append((parts[2].strip(), int(parts[1]) / 1000))
    return sorted(found, key=lambda x: -x[1])[:top]


def main() -> None:
    ap = argparse.ArgumentParser(description="shobun startup benchmark")
    ap.add_argument("--runs", type=int, default=10)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        notice = Path(tmp) / "notice.txt"
        notice.write_text(NOTICE, encoding="utf-8")
        shobun = [sys.executable, "-m", "shobun"]
        nt = [*shobun, "parse", str(notice), "--format", "nt"]
        commands = {
            "shobun parse FILE --format nt": (nt, ENV),
            "shobun parse FILE --format json": ([*nt[:-1], "json"], ENV),
            "same, with SHOBUN_BASE_IRI set (pydantic loads)": (
                nt,
                ENV | {"SHOBUN_BASE_IRI": BASE},
            ),
            "shobun --help": ([*shobun, "--help"], ENV),
            "python -c 'import spacy'": ([sys.executable, "-c", "import spacy"], ENV),
        }
        load = " ".join(f"{x:.1f}" for x in os.getloadavg())
        print(f"\nstartup, median of {args.runs} runs (load average {load})\n")
        print("| command | wall s | CPU s | wall ÷ 0.3 s | CPU ÷ 0.3 s |\n|---|---|---|---|---|")
        for name, (command, env) in commands.items():
            wall, cpu = timed(command, args.runs, env)
            print(f"| {name} | {wall:.3f} | {cpu:.3f} | {wall / GOAL_S:.2f} | {cpu / GOAL_S:.2f} |")
        heavy = heaviest_imports(nt)
    print("\nheaviest top-level imports of `shobun parse` (one run, ms)\n")
    print("| module | ms |\n|---|---|")
    for module, ms in heavy:
        print(f"| {module} | {ms:.0f} |")


if __name__ == "__main__":
    main()
