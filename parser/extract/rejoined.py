"""A company name a PDF broke over two lines (「商号：有限会社みなと」⏎「設備」): where the text
writes the whole name elsewhere, the piece before the break and the rest after it are
that one name, not a company of their own."""

from __future__ import annotations

from dataclasses import replace

from shobun.parser.extract.orgs import OrgMention


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
