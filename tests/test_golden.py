"""Golden graphs: every corpus notice parses to its reviewed `corpus/golden/*.ttl`."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from rdflib import Graph
from rdflib.compare import graph_diff, isomorphic, to_isomorphic

from shobun.graph.build import notice_graph
from shobun.parser import parse_path

ROOT = Path(__file__).resolve().parent.parent
CORPUS = sorted(
    p
    for p in (ROOT / "corpus").iterdir()
    if p.suffix in (".md", ".txt", ".html") and p.name != "README.md"
)
GOLDEN = ROOT / "corpus" / "golden"


def _graph(path: Path) -> Graph:
    return notice_graph(parse_path(path))[1]


@pytest.mark.parametrize("path", CORPUS, ids=[p.name for p in CORPUS])
def test_parse_matches_golden_graph(path: Path) -> None:
    want = Graph().parse(GOLDEN / f"{path.stem}.ttl")
    have = _graph(path)
    if not isomorphic(want, have):
        _, missing, extra = graph_diff(to_isomorphic(want), to_isomorphic(have))
        lines = [f"- {t}" for t in sorted(missing)][:20] + [f"+ {t}" for t in sorted(extra)][:20]
        pytest.fail(f"{path.name} differs from its golden graph:\n" + "\n".join(lines))


def regenerate() -> None:
    GOLDEN.mkdir(exist_ok=True)
    for path in CORPUS:
        (GOLDEN / f"{path.stem}.ttl").write_text(_graph(path).serialize(format="turtle"), "utf-8")


if __name__ == "__main__" and "--regenerate" in sys.argv:
    regenerate()
