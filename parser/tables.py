"""The shipped data tables (`parser/data/*.tsv`), read once and cached."""

from __future__ import annotations

import csv
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

DATA = Path(__file__).parent / "data"


def rows(name: str) -> list[dict[str, str]]:
    """Rows of `parser/data/NAME.tsv` as dicts keyed by its header."""
    with (DATA / f"{name}.tsv").open(encoding="utf-8", newline="") as fh:
        return [dict(r) for r in csv.DictReader(fh, delimiter="\t", quoting=csv.QUOTE_NONE)]


@dataclass(frozen=True)
class StatuteRow:
    title: str
    law_number: str
    egov_id: str
    short_names: tuple[str, ...]


@dataclass(frozen=True)
class AuthorityRow:
    name: str
    kind: str
    common_names: tuple[str, ...]


def _split(cell: str | None) -> tuple[str, ...]:
    return tuple(p for p in (cell or "").split("|") if p)


@lru_cache(maxsize=1)
def statutes() -> tuple[StatuteRow, ...]:
    return tuple(
        StatuteRow(r["title"], r["law_number"], r["egov_id"], _split(r["short_names"]))
        for r in rows("statutes")
    )


@lru_cache(maxsize=1)
def authorities() -> tuple[AuthorityRow, ...]:
    return tuple(
        AuthorityRow(r["name"], r["kind"], _split(r["common_names"])) for r in rows("authorities")
    )


@lru_cache(maxsize=1)
def parent_bodies() -> dict[str, str]:
    """Authority → the body it is part of (関東総合通信局 → 総務省), from authorities.tsv."""
    return {r["name"]: r["parent"] for r in rows("authorities") if r["parent"]}


@lru_cache(maxsize=1)
def prefecture_names() -> frozenset[str]:
    """The 47 prefectures' names (東京都, 北海道, 大阪府, 〇〇県), from prefectures.tsv."""
    return frozenset(r["name"] for r in rows("prefectures"))


@lru_cache(maxsize=1)
def org_forms() -> dict[str, tuple[str, str]]:
    """Legal-entity designator → (position: prefix|suffix|both, kind)."""
    return {r["form"]: (r["position"], r["kind"]) for r in rows("org_forms")}


@lru_cache(maxsize=1)
def sanction_terms() -> dict[str, str]:
    """Sanction term as written → sbo class local name."""
    return {r["term"]: r["class"] for r in rows("sanction_terms")}


@lru_cache(maxsize=1)
def eras() -> dict[str, tuple[int, int, int, str]]:
    """Era → (start year, month, day, e-Gov era digit)."""
    out: dict[str, tuple[int, int, int, str]] = {}
    for r in rows("eras"):
        y, m, d = (int(p) for p in r["start"].split("-"))
        out[r["era"]] = (y, m, d, r["egov_digit"])
    return out


@lru_cache(maxsize=1)
def counters() -> dict[str, str]:
    return {r["counter"]: r["kind"] for r in rows("counters")}
