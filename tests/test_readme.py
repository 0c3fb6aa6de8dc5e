"""The README cannot drift from the code: its commands, examples and tables are run."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
README = (ROOT / "README.md").read_text(encoding="utf-8")
CI = (ROOT / ".ci" / "run").read_text(encoding="utf-8")


def _indented_commands() -> list[str]:
    return [line.strip() for line in README.splitlines() if line.startswith("    python3 -m venv")]


def test_readme_starts_with_the_two_commands() -> None:
    main, tests = _indented_commands()[:2]
    assert main.startswith("python3 -m venv .venv") and "shobun" in main
    assert tests.endswith(".venv/bin/pytest")


def test_ci_runs_the_readme_test_command() -> None:
    tests = _indented_commands()[1]
    install, run = tests.split(" && ")[1:]
    assert install.replace(" -q", "").split("install")[1].strip() in CI
    assert run in CI.splitlines()


def test_the_parse_example_shows_real_output() -> None:
    block = re.search(
        r"    \$ shobun parse (\S+) --format ttl \| grep -A4 '([^']+)'\n((?:    .+\n)+)", README
    )
    assert block, "the parse example is missing"
    path, needle, shown = block.groups()
    out = subprocess.run(
        [sys.executable, "-m", "shobun", "parse", str(ROOT / path), "--format", "ttl"],
        capture_output=True, text=True, check=True,
    ).stdout.splitlines()  # fmt: skip
    at = next(i for i, line in enumerate(out) if needle in line)
    assert out[at : at + 5] == [line[4:] for line in shown.splitlines()]


def test_the_python_example_runs() -> None:
    code = re.search(r"```python\n(.+?)```", README, re.S)
    assert code
    done = subprocess.run(
        [sys.executable, "-c", code.group(1)], cwd=ROOT, capture_output=True, text=True
    )
    assert done.returncode == 0, done.stderr
    assert "Recommendation" in done.stdout


def test_every_error_code_in_the_table_is_in_the_catalogue() -> None:
    from shobun.core.errors import CATALOGUE

    for code, status in re.findall(r"\| (SHOBUN-E\d+) \| (\d+) \|", README):
        assert CATALOGUE[code].exit_status == int(status)


def test_the_cross_version_query_is_the_examples() -> None:
    """The law-in-time query the README shows is the SPARQL page's (its output is checked
    by tests/test_api_docs.py)."""
    from shobun.api.examples import BY_KEY

    query = BY_KEY["safety-measures-across-versions"].query
    assert f"```sparql\n{query}\n```" in README
