"""The law-in-time tables in `parser/data/` (law_versions, concordance, captions,
law_titles): well-formed, every row sourced, and consistent with each other and with
statutes.tsv — checked per table and per law, so a bad row fails with its key."""

from __future__ import annotations

import csv
import itertools
import re
import unicodedata
from datetime import date
from pathlib import Path

import pytest

from shobun.core.numbering import parse_item

DATA = Path(__file__).resolve().parent.parent / "parser" / "data"

HEADERS = {
    "law_versions": ["egov_id", "version", "unlisted", "source", "note"],
    "concordance": [
        "egov_id",
        "version",
        "article",
        "paragraph",
        "item",
        "carry",
        "to_version",
        "to_article",
        "to_paragraph",
        "to_item",
        "source",
        "note",
    ],
    "captions": ["egov_id", "version", "article", "caption", "source"],
    "law_titles": ["egov_id", "title", "from", "until", "source", "note"],
}
OPTIONAL = {
    "concordance": {"paragraph", "item", "to_paragraph", "to_item", "note"},
    "law_titles": {"from", "until", "note"},
    "law_versions": set(),
    "captions": set(),
}
# The laws the issue asks for: 個人情報保護法, 景品表示法, 独占禁止法, 下請法 (articles);
# 労働者派遣法 and 特定商取引法 (titles; no renumbering of their cited articles was sourced).
ARTICLE_LAWS = {
    "415AC0000000057": "個人情報保護法",
    "337AC0000000134": "景品表示法",
    "322AC0000000054": "独占禁止法",
    "331AC0000000120": "下請法",
}
TITLE_LAWS = {
    "331AC0000000120": "下請法",
    "360AC0000000088": "労働者派遣法",
    "351AC0000000057": "特定商取引法",
}
DAY = re.compile(r"^\d{4}-\d{2}(-\d{2})?$")
ARTICLE = re.compile(r"^[0-9]+(の[0-9]+)*$")
NUMBER = re.compile(r"^[1-9][0-9]*$")
URL = re.compile(r"^https?://[^\s|]+$")


def read(name: str) -> list[dict[str, str]]:
    with (DATA / f"{name}.tsv").open(encoding="utf-8", newline="") as fh:
        return [dict(r) for r in csv.DictReader(fh, delimiter="\t", quoting=csv.QUOTE_NONE)]


def to_day(text: str) -> date:
    parts = [int(p) for p in text.split("-")]
    return date(parts[0], parts[1], parts[2] if len(parts) > 2 else 1)


STATUTES = {r["egov_id"]: r for r in read("statutes")}
VERSIONS = read("law_versions")
MOVES = read("concordance")
CAPTIONS = read("captions")
TITLES = read("law_titles")
VERSION_DAYS = {(r["egov_id"], r["version"]) for r in VERSIONS}


@pytest.mark.parametrize("name", sorted(HEADERS))
def test_header_and_cells(name: str) -> None:
    lines = (DATA / f"{name}.tsv").read_text(encoding="utf-8").splitlines()
    assert lines[0].split("\t") == HEADERS[name]
    for n, line in enumerate(lines[1:], 2):
        cells = line.split("\t")
        assert len(cells) == len(HEADERS[name]), f"{name}.tsv line {n}: {len(cells)} cells"
        for col, cell in zip(HEADERS[name], cells, strict=True):
            assert cell or col in OPTIONAL[name], f"{name}.tsv line {n}: empty {col}"
            assert cell == unicodedata.normalize("NFKC", cell), f"{name}.tsv line {n}: {col}"
            if col != "note":
                assert not re.search(r"\s", cell), f"{name}.tsv line {n}: space in {col}"


@pytest.mark.parametrize("name", sorted(HEADERS))
def test_every_row_is_sourced(name: str) -> None:
    for r in read(name):
        sources = r["source"].split("|")
        assert sources and all(URL.match(s) for s in sources), (name, r)


@pytest.mark.parametrize("row", VERSIONS, ids=lambda r: f"{r['egov_id']}@{r['version']}")
def test_versions(row: dict[str, str]) -> None:
    assert row["egov_id"] in STATUTES, "a law the statutes table knows"
    assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", row["version"]), "a day: it names versioned IRIs"
    to_day(row["version"])
    assert row["unlisted"] in ("same", "unknown")


def _key(r: dict[str, str]) -> str:
    at = f"{r['article']}/{r['paragraph']}/{r['item']}"
    return f"{r['egov_id']}@{r['version']}:{at}"


@pytest.mark.parametrize("row", MOVES, ids=_key)
def test_concordance_row(row: dict[str, str]) -> None:
    law = row["egov_id"]
    assert (law, row["version"]) in VERSION_DAYS, "moves out of a version the law has"
    assert (law, row["to_version"]) in VERSION_DAYS, "into a version the law has"
    assert to_day(row["to_version"]) > to_day(row["version"]), "forward in time only"
    assert ARTICLE.match(row["article"]) and ARTICLE.match(row["to_article"])
    for col in ("paragraph", "to_paragraph"):
        assert not row[col] or NUMBER.match(row[col]), col
    for col in ("item", "to_item"):  # 3, or a branched item in the article's form (3の2)
        assert not row[col] or parse_item(row[col]) is not None, col
    assert not (row["item"] and not row["paragraph"] and row["egov_id"] != "337AC0000000134")
    assert row["carry"] in ("yes", "no")


def test_concordance_has_one_row_per_provision_and_version() -> None:
    keys = [_key(r) for r in MOVES]
    assert len(keys) == len(set(keys)), [k for k in keys if keys.count(k) > 1]


@pytest.mark.parametrize("law", sorted(ARTICLE_LAWS), ids=lambda k: ARTICLE_LAWS[k])
def test_each_article_law_has_versions_moves_and_reaches_today(law: str) -> None:
    versions = sorted((to_day(v), v) for e, v in VERSION_DAYS if e == law)
    assert len(versions) >= 2
    moves = [r for r in MOVES if r["egov_id"] == law]
    assert moves, "at least one sourced move"
    last = versions[-1][1]
    assert any(r["to_version"] == last for r in moves), "some row reaches today's numbering"


@pytest.mark.parametrize(
    "row", CAPTIONS, ids=lambda r: f"{r['egov_id']}@{r['version']}:{r['article']}"
)
def test_caption_row(row: dict[str, str]) -> None:
    assert (row["egov_id"], row["version"]) in VERSION_DAYS
    assert ARTICLE.match(row["article"])
    assert not re.search(r"[()()]|第[0-9一二三四五六七八九十]+条", row["caption"]), "a bare 見出し"


def test_one_caption_per_article_and_version() -> None:
    keys = [(r["egov_id"], r["version"], r["article"]) for r in CAPTIONS]
    assert len(keys) == len(set(keys))


def test_moved_captions_agree() -> None:
    """Where both ends of a move have a caption, the move joins provisions of the same
    見出し (or the row's note names the change)."""
    cap = {(r["egov_id"], r["version"], r["article"]): r["caption"] for r in CAPTIONS}
    for r in MOVES:
        a = cap.get((r["egov_id"], r["version"], r["article"]))
        b = cap.get((r["egov_id"], r["to_version"], r["to_article"]))
        if a and b:
            assert a == b or b in r["note"], _key(r)


@pytest.mark.parametrize("law", sorted(TITLE_LAWS), ids=lambda k: TITLE_LAWS[k])
def test_title_history(law: str) -> None:
    rows = sorted((r for r in TITLES if r["egov_id"] == law), key=lambda r: r["from"] or "0")
    assert len(rows) >= 2, "a former title and today's"
    assert rows[0]["from"] == "" and rows[-1]["until"] == ""
    assert rows[-1]["title"] == STATUTES[law]["title"], "today's title is statutes.tsv's"
    for before, after in itertools.pairwise(rows):
        assert DAY.match(before["until"]) and before["until"] == after["from"], "no gap"
    short = STATUTES[law]["short_names"].split("|")
    for r in rows[:-1]:
        assert r["title"] in short, "a former title is a short name, so notices find it"
