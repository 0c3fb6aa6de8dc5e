"""A law the table does not know, named once by its title and elsewhere by a short name
made of the title's own characters in order (〇〇業協同組合法 … 〇協法第9条): one statute,
under the title. Japanese short names of laws are contractions of this kind (農業協同組合法
→ 農協法, 消費生活協同組合法 → 生協法 is the exception that does not keep the first character,
and is left alone)."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from shobun.parser.extract.law import StatuteMention

_SHORT = 5  # characters: 農協法, 独禁法 — a contraction, not a title of its own
_LAWS = ("法", "法律")


def _in_order(short: str, title: str) -> bool:
    """Whether every character of `short` appears in `title`, in the same order."""
    rest = iter(title)
    return all(c in rest for c in short)


def _contracts(short: str, title: str) -> bool:
    return (
        len(title) >= 2 * len(short)
        and title[0] == short[0]
        and title.endswith(_LAWS)
        and _in_order(short, title)
    )


def linked(mentions: list[StatuteMention]) -> list[StatuteMention]:
    """Each unknown short name under the one unknown title in the notice it contracts."""
    titles = {s.title for s in mentions if s.generic}
    out = []
    for s in mentions:
        short = s.title if s.generic and len(s.title) <= _SHORT else ""
        whole = [t for t in titles if short.endswith("法") and _contracts(short, t)]
        out.append(replace(s, title=whole[0]) if len(whole) == 1 else s)
    return out
