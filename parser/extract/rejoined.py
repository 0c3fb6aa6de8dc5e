"""Company names a layout cut or ran on: one a PDF broke over two lines (「商号：有限会社みなと」⏎
「設備」), where the text writes the whole name elsewhere, is that one name, not a company of
its own; one a run-together table row holds is the whole cell between the row's date and
its wrongs (「2024/6/27みなと精工(株)下請代金の減額」)."""

from __future__ import annotations

from dataclasses import replace

from shobun.parser.extract import glued
from shobun.parser.extract.orgs import OrgMention
from shobun.parser.normalize import NormText


def rejoined(text: str, found: list[OrgMention]) -> list[OrgMention]:
    """`found` with each mention that a line break cuts short of another mention's label
    (the label begins with it, the next line begins with the rest) read as that label."""
    labels = {m.label for m in found}
    out: list[OrgMention] = []
    for m in found:
        whole = _whole(text, m, labels) if text[m.end : m.end + 1] == "\n" else None
        out.append(
            m
            if whole is None
            else replace(m, label=whole, end=m.end + 1 + len(whole) - len(m.label))
        )
    return out


def _whole(text: str, m: OrgMention, labels: set[str]) -> str | None:
    """The longest label that `m` begins and that the next line goes on to complete."""
    fits = [
        label
        for label in labels
        if len(label) > len(m.label)
        and label.startswith(m.label)
        and text.startswith(label[len(m.label) :], m.end + 1)
    ]
    return max(fits, key=len) if fits else None


def row_names(norm: NormText, found: list[OrgMention]) -> list[OrgMention]:
    """`found` with each name in a run-together table row read as the whole cell between
    the row's date and its first named wrong (not cut at a particle inside the name, nor
    run back over the date)."""
    cells = [(r.name, r.wrongs[0][0]) for r in glued.rows(norm) if r.wrongs]
    if not cells:
        return found
    out: list[OrgMention] = []
    for m in found:
        cell = next(((lo, hi) for lo, hi in cells if m.start < hi and lo < m.end), None)
        label = norm.text[cell[0] : cell[1]].replace(" ", "") if cell else m.label
        out.append(replace(m, label=label, start=cell[0], end=cell[1]) if cell else m)
    return out
