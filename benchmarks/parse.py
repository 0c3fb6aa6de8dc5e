"""Parse throughput against bare fugashi on the same text, in the same run.

    python benchmarks/parse.py [--chars 2000000] [--rounds 1]

Two corpora of at least `--chars` characters each: notices of the length regulators
publish (the shipped corpus and the regulator-style test notices, repeated), and short
synthetic ones from `gen_corpus.py`, where per-notice costs weigh most.
Bare fugashi tokenises each notice and reads every token's POS and lemma; the full
parse runs every stage from the decoded text to the typed model, then to RDF, and
through spaCy as `shobun.load()` (the Doc, then the `shobun_notice` component, which
runs the same stages and turns each mention into a span of the Doc).
Startup (loading the dictionary, spaCy, the tables) is excluded: both sides are
warmed up first. Times are the process's CPU time (both sides are single-threaded), so
other work on the machine disturbs the ratio less than it would wall-clock time; with
`--rounds N` each run's best of N rounds, the runs interleaved.
Prints a table, the ratio, and where the parse's time goes.

    python benchmarks/parse.py --linearity 25000 [--doublings 3]

parses adversarial shapes (short lines without 。, one huge line, many short sections)
at doubling sizes and prints each doubling's time ratio (2.0 is linear, 4.0 quadratic).
"""

from __future__ import annotations

import argparse
import platform
import sys
import tempfile
import time
from collections.abc import Callable
from itertools import pairwise
from pathlib import Path

import fugashi
from spacy.language import Language

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))

from gen_corpus import generate  # noqa: E402

import shobun  # noqa: E402
from shobun.graph.build import notice_graph, notice_ntriples  # noqa: E402
from shobun.parser import mecab, parse  # noqa: E402
from shobun.parser import stages as parser_stages  # noqa: E402
from shobun.parser.model import Notice  # noqa: E402
from shobun.parser.normalize import normalize  # noqa: E402
from shobun.parser.read import read_path  # noqa: E402


def real_length(min_chars: int) -> list[str]:
    """The shipped notices and the regulator-style test notices (0.1–2.4 k characters
    each, 1–6 kB of UTF-8, like published ones), repeated until the corpus holds
    `min_chars`."""
    paths = [
        p
        for folder in (ROOT / "corpus", ROOT / "tests" / "data" / "styles")
        for p in sorted(folder.iterdir())
        if p.suffix in (".md", ".txt", ".html") and p.stem != "README"
    ]
    texts = [read_path(p).text for p in paths]
    out: list[str] = []
    while sum(map(len, out)) < min_chars:
        out += texts
    return out


def synthetic(min_chars: int) -> list[str]:
    """Short synthetic notices from gen_corpus.py (about 350 characters each): the
    per-notice costs weigh most here."""
    texts: list[str] = []
    with tempfile.TemporaryDirectory() as tmp:
        count = 200
        while sum(map(len, texts)) < min_chars:
            paths = generate(count, Path(tmp) / str(count), seed=count)
            texts += [read_path(p).text for p in paths]
            count *= 2
    return texts


def bare_fugashi(texts: list[str]) -> None:
    tagger = fugashi.Tagger()
    for text in texts:
        for word in tagger(text):
            _ = (word.feature.pos1, word.feature.lemma)


def timed(fn: Callable[[], object]) -> float:
    start = time.process_time()
    fn()
    return time.process_time() - start


def stages(texts: list[str]) -> dict[str, float]:
    """Normalisation and tokenisation as the parse does them: the parser reads token
    positions from `parser.mecab` (spaCy's tokenizer, which builds a Doc with tags and
    lemmas, is the spaCy component's and was timed here before), and only for a notice
    whose names ask for them, so MeCab is timed inside the parse's own extract stage."""
    out = {"normalise": 0.0, "tokenise (MeCab positions)": 0.0}
    tokenise = mecab.positions

    def timed_positions(text: str) -> tuple[list[int], dict[int, str]]:
        t0 = time.process_time()
        found = tokenise(text)
        out["tokenise (MeCab positions)"] += time.process_time() - t0
        return found

    mecab.positions = timed_positions  # what stages.extract calls, where it needs tokens
    try:
        for text in texts:
            t0 = time.process_time()
            norm = normalize(text)
            out["normalise"] += time.process_time() - t0
            parser_stages.extract(norm)
    finally:
        mecab.positions = tokenise
    return out


def best_of(rounds: int, runs: dict[str, Callable[[], object]]) -> dict[str, float]:
    """Each run's least CPU time over `rounds` rounds, the runs interleaved in each round,
    so that a burst of other work on the machine does not land on one run only."""
    best = dict.fromkeys(runs, float("inf"))
    for _ in range(rounds):
        for name, fn in runs.items():
            best[name] = min(best[name], timed(fn))
    return best


def report(label: str, texts: list[str], nlp: Language, rounds: int) -> None:
    chars = sum(map(len, texts))
    notices = [parse(t, f"n{i}") for i, t in enumerate(texts)]
    best = best_of(
        rounds,
        {
            "fugashi": lambda: bare_fugashi(texts),
            "model": lambda: [parse(t, f"n{i}") for i, t in enumerate(texts)],
            "rdf": lambda: [notice_ntriples(parse(t, f"n{i}")) for i, t in enumerate(texts)],
            "spacy": lambda: list(nlp.pipe(texts)),
        },
    )
    t_fugashi, t_model, t_rdf, t_spacy = (best[k] for k in ("fugashi", "model", "rdf", "spacy"))
    parts = stages(texts)
    print(f"\n{label}: {len(texts)} notices, {chars:,} characters")
    print(f"{'run':44} {'CPU s':>8} {'chars/s':>11} {'notices/s':>10} {'ratio':>6}")
    for name, secs in (
        ("bare fugashi (POS + lemma)", t_fugashi),
        ("full parse → typed model", t_model),
        ("full parse → canonical N-Triples", t_rdf),
        ("spaCy: shobun.load() → doc._.notice + spans", t_spacy),
    ):
        ratio = t_fugashi / secs
        print(f"{name:44} {secs:8.2f} {chars / secs:11,.0f} {len(texts) / secs:10.1f} {ratio:6.2f}")
    print(f"the spaCy component costs {t_spacy / t_model:.2f}× the typed model's time")
    rdf_writers(notices, t_model)
    print("where the parse → model time goes:")
    for name, secs in (*parts.items(), ("extract, resolve, events", t_model - sum(parts.values()))):
        print(f"  {name:32} {secs:6.2f} s  {secs / t_model:5.0%}")


SHAPES: dict[str, Callable[[int], str]] = {
    "short lines without 。": lambda n: "勧告\n" * (n // 3),
    "authority lines": lambda n: "消費者庁\n" * (n // 5),
    "one huge line": lambda n: "勧告を行った" * (n // 6),
    "many short sections": lambda n: "".join(f"第{i} 勧告\n" for i in range(n // 9)),
    "violations, one run-on line": lambda n: (
        "A社に勧告した。" + "同社は、法第3条(表示)及び第5条(書面)に違反し、" * (n // 30)
    ),
    "violations of 別紙2's company": lambda n: (
        "別紙2の事業者は、法第5条に違反した。" * (n // 20)
        + "\n(別紙2)\n|商号|\n|---|\n|株式会社あおい商事|\n"
    ),
}


def parse_time(text: str) -> float:
    return timed(lambda: parse(text, "x"))


def linearity(start_chars: int, doublings: int) -> None:
    """Parse time of adversarial shapes as the input doubles: a linear stage keeps the
    ratio near 2.0; 4.0 is quadratic."""
    print(f"\nlinearity: CPU s to parse, input doubled {doublings} times from {start_chars:,}")
    sizes = [start_chars * 2**k for k in range(doublings + 1)]
    print(f"{'shape':24} " + " ".join(f"{n:>9,}" for n in sizes) + "   ratios")
    for name, make in SHAPES.items():
        secs = [parse_time(make(n)) for n in sizes]
        ratios = " ".join(f"{b / a:4.1f}" for a, b in pairwise(secs))
        print(f"{name:24} " + " ".join(f"{t:9.2f}" for t in secs) + f"   {ratios}", flush=True)


def rdf_writers(notices: list[Notice], t_model: float) -> None:
    """The typed model → canonical N-Triples alone: shobun's string writer, and rdflib's
    Graph (`notice_graph`, then its N-Triples serialiser, sorted) for comparison."""
    t_fast = timed(lambda: [notice_ntriples(n) for n in notices])
    t_graph = timed(
        lambda: [sorted(notice_graph(n)[1].serialize(format="nt").split("\n")) for n in notices]
    )
    print("typed model → canonical N-Triples alone:")
    for name, secs in (("string writer (notice_ntriples)", t_fast), ("rdflib Graph", t_graph)):
        print(f"  {name:32} {secs:6.2f} s  {secs / t_model:5.0%} of the parse")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--chars", type=int, default=2_000_000)
    ap.add_argument("--linearity", type=int, metavar="CHARS", default=0,
                    help="only the doubling table, from CHARS characters")  # fmt: skip
    ap.add_argument("--doublings", type=int, default=3)
    ap.add_argument("--rounds", type=int, default=1, help="best of N interleaved rounds")
    args = ap.parse_args()
    machine = f"{platform.machine()} {platform.processor() or ''}".strip()
    print(f"machine: {machine}, Python {platform.python_version()}")
    if args.linearity:
        parse("勧告")  # warm-up
        linearity(args.linearity, args.doublings)
        return
    warm = real_length(1)
    bare_fugashi(warm)
    parse(warm[0])  # warm-up: dictionary, spaCy pipeline, tables
    nlp = shobun.load()
    nlp(warm[0])
    report("real-length notices", real_length(args.chars), nlp, args.rounds)
    report("short synthetic notices", synthetic(args.chars), nlp, args.rounds)


if __name__ == "__main__":
    main()
