"""A company written with its legal form abbreviated (エールジャパン(株), (有)みさき商店) in a
headline or a table, and in full elsewhere in the notice (エールジャパン株式会社): one
company, under the name written in full."""

from __future__ import annotations

from dataclasses import replace

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
    """Each abbreviated name whose full name the notice also writes, under the full name."""
    labels = {m.label for m in found}
    out = []
    for m in found:
        full = _full(m.label)
        out.append(replace(m, label=full) if full is not None and full in labels else m)
    return out
