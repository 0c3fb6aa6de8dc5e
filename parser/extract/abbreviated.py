"""A company written with its legal form abbreviated (ノースリーフ(株), (有)みさき商店) in a
headline or a table, and in full elsewhere in the notice (ノースリーフ株式会社): one
company, under the name written in full."""

from __future__ import annotations

from dataclasses import replace
from functools import cache

from shobun.parser import tables
from shobun.parser.extract.orgs import OrgMention

_SHORT = {"(株)": "株式会社", "(有)": "有限会社", "(同)": "合同会社"}


def _full(label: str) -> str | None:
    for short, full in _SHORT.items():
        if label.endswith(short):
            return label[: -len(short)] + full
        if label.startswith(short):
            return full + label[len(short) :]
    return None


def expanded(found: list[OrgMention]) -> list[OrgMention]:
    """Each abbreviated name whose full name the notice also writes, under the full name;
    and each name written with no legal form (a news item's 「ちくしローン」 before its
    株式会社ちくしローン) where the notice writes one company of that name with its form."""
    labels = {m.label for m in found}
    formed: dict[str, set[str]] = {}
    for label in labels:
        if (stem := without_form(label)) != label:
            formed.setdefault(stem, set()).add(label)
    out = []
    for m in found:
        full = _full(m.label)
        if full is None and m.kind == "Company" and len(formed.get(m.label, ())) == 1:
            full = next(iter(formed[m.label]))
        out.append(replace(m, label=full) if full is not None and full in labels else m)
    return out


@cache
def without_form(name: str) -> str:
    """A company's name without its legal form (株式会社こだま商事 → こだま商事), as news
    items write it after the first mention; the name itself where it has none."""
    for form in _forms_longest_first():
        if name != form and name.startswith(form):
            return name.removeprefix(form)
        if name != form and name.endswith(form):
            return name.removesuffix(form)
    return name


@cache
def _forms_longest_first() -> tuple[str, ...]:
    return tuple(sorted(tables.org_forms(), key=len, reverse=True))
