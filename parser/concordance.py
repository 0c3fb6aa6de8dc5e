"""Laws in time: the tables that say which numbering of a law was in force on a day and
where a provision of an old numbering is in today's (`parser/data/law_versions.tsv`,
`concordance.tsv`, `captions.tsv`, `law_titles.tsv`; `docs/law-in-time.md`).

A law's *versions* are the days its numbering changed. A concordance row moves one
provision (or a whole article, with its paragraphs and items where `carry` is yes) from
the numbering of one version to that of a later one; following rows from version to
version reaches today's numbering. A provision that no row moves keeps its number only
where the version it moves into says `unlisted=same`; otherwise its place today is
unknown, and the project says so rather than guessing.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from functools import lru_cache

from shobun.core.numbering import Item, parse_item
from shobun.parser import tables
from shobun.parser.model import Numbering


@dataclass(frozen=True)
class Move:
    version: str  # the numbering the row starts from
    at: Numbering
    carry: bool  # paragraphs and items the row leaves open move with it
    to_version: str
    to: Numbering


@dataclass(frozen=True)
class Title:
    title: str
    since: str  # yyyy-mm[-dd]; empty: as far back as the table goes
    until: str  # empty: in force today


def _int(cell: str) -> int | None:
    return int(cell) if cell else None


def _item(cell: str) -> Item | None:
    """An item cell: 3, or a branched item as an article cell writes a branch (3の2)."""
    item = parse_item(cell) if cell else None
    if cell and item is None:
        raise ValueError(f"concordance.tsv: {cell!r} is not an item (3 or 3の2)")
    return item


def _numbering(article: str, paragraph: str, item: str) -> Numbering:
    return Numbering(article, _int(paragraph), _item(item))


@lru_cache(maxsize=4096)
def day(text: str) -> date:
    """A table date, `yyyy-mm-dd` or `yyyy-mm` (read as the month's first day)."""
    parts = [int(p) for p in text.split("-")]
    return date(parts[0], parts[1], parts[2] if len(parts) > 2 else 1)


@lru_cache(maxsize=1)
def versions() -> dict[str, tuple[tuple[str, str], ...]]:
    """e-Gov ID → its versions in order, each (day it took effect, `unlisted`)."""
    out: dict[str, list[tuple[str, str]]] = {}
    for r in tables.rows("law_versions"):
        out.setdefault(r["egov_id"], []).append((r["version"], r["unlisted"]))
    return {k: tuple(sorted(v, key=lambda x: day(x[0]))) for k, v in out.items()}


@lru_cache(maxsize=1)
def moves() -> dict[str, tuple[Move, ...]]:
    out: dict[str, list[Move]] = {}
    for r in tables.rows("concordance"):
        at = _numbering(r["article"], r["paragraph"], r["item"])
        to = _numbering(r["to_article"], r["to_paragraph"], r["to_item"])
        move = Move(r["version"], at, r["carry"] == "yes", r["to_version"], to)
        out.setdefault(r["egov_id"], []).append(move)
    return {k: tuple(v) for k, v in out.items()}


@lru_cache(maxsize=1)
def captions() -> dict[tuple[str, str, str], str]:
    """(e-Gov ID, version, article) → the article's 見出し in that version."""
    return {
        (r["egov_id"], r["version"], r["article"]): r["caption"] for r in tables.rows("captions")
    }


@lru_cache(maxsize=1)
def titles() -> dict[str, tuple[Title, ...]]:
    out: dict[str, list[Title]] = {}
    for r in tables.rows("law_titles"):
        out.setdefault(r["egov_id"], []).append(Title(r["title"], r["from"], r["until"]))
    return {k: tuple(v) for k, v in out.items()}


def has_versions(egov: str) -> bool:
    return egov in versions()


def current_version(egov: str) -> str | None:
    vs = versions().get(egov)
    return vs[-1][0] if vs else None


@lru_cache(maxsize=4096)  # the tables' answers: the same laws and days recur in every notice
def version_on(egov: str, when: date | None) -> str | None:
    """The version in force on `when` (today's where `when` is None); None before the
    first version the table knows."""
    vs = versions().get(egov, ())
    if when is None:
        return vs[-1][0] if vs else None
    in_force = [v for v, _ in vs if day(v) <= when]
    return in_force[-1] if in_force else None


def previous(egov: str, version: str) -> str | None:
    """The version before `version` (what 旧法 / 改正前の refers to)."""
    names = [v for v, _ in versions().get(egov, ())]
    i = names.index(version) if version in names else 0
    return names[i - 1] if i > 0 else None


def _covers(m: Move, n: Numbering) -> bool:
    if m.at == n:
        return True
    if not m.carry or m.at.article != n.article:
        return False
    para_ok = m.at.paragraph is None or m.at.paragraph == n.paragraph
    item_ok = m.at.item is None or m.at.item == n.item
    return para_ok and item_ok


def _depth(n: Numbering) -> int:
    return (n.paragraph is not None) + (n.item is not None)


def _moved(m: Move, n: Numbering) -> Numbering:
    """`n` moved by `m`: the levels the row leaves open keep their numbers."""
    para = m.to.paragraph if m.to.paragraph is not None else None
    if para is None and m.at.paragraph is None:
        para = n.paragraph
    item = m.to.item if m.to.item is not None else None
    if item is None and m.at.item is None:
        item = n.item
    return Numbering(m.to.article, para, item)


def step(egov: str, version: str, n: Numbering) -> tuple[str, Numbering] | None:
    """The most specific row that moves `n` out of `version`, applied."""
    rows = [m for m in moves().get(egov, ()) if m.version == version and _covers(m, n)]
    if not rows:
        return None
    best = max(rows, key=lambda m: (m.at == n, _depth(m.at)))
    return best.to_version, _moved(best, n)


def _next(egov: str, version: str) -> tuple[str, str] | None:
    vs = versions().get(egov, ())
    names = [v for v, _ in vs]
    i = names.index(version)
    return vs[i + 1] if i + 1 < len(vs) else None


@lru_cache(maxsize=4096)  # the tables' answer: the same provisions recur across notices
def to_current(egov: str, version: str, n: Numbering) -> Numbering | None:
    """`n`, cited in the numbering of `version`, in today's numbering; None where the
    tables cannot tell."""
    current = current_version(egov)
    v, x = version, n
    while v != current:
        moved = step(egov, v, x)
        if moved is not None:
            v, x = moved
            continue
        following = _next(egov, v)
        if following is None or following[1] != "same":
            return None
        v = following[0]
    return x


def caption(egov: str, version: str | None, article: str) -> str | None:
    return captions().get((egov, version, article)) if version else None


def title_on(egov: str, when: date) -> str | None:
    """The law's title in force on `when`, where the table records its titles."""
    for t in titles().get(egov, ()):
        if (not t.since or day(t.since) <= when) and (not t.until or when < day(t.until)):
            return t.title
    return None


def former_titles(egov: str) -> tuple[str, ...]:
    return tuple(t.title for t in titles().get(egov, ()) if t.until)
