"""A trade paper's list of the businesses sanctioned, one block each: a bullet line that is
only the name (an office after ・) and its place in brackets (「■みなと陸送・第二営業所
(架空県架空市)」, `org_phrases.tsv`'s `bulleted_name`), then the lines that set out what it
was given, up to the next bullet line. The block's name is the business its sanctions are
for, though no line of it writes a legal form or a に対し."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from shobun.parser.extract.phrases import guarded
from shobun.parser.patterns import SANCTION_WORD

_BULLET_LINE = re.compile(r"^[■●◆◇□▼◎]", re.M)  # where the block above ends


@dataclass(frozen=True)
class Block:
    """One business's block: its name as the bullet line writes it, the line, and where the
    lines under it end."""

    name: str
    start: int  # the bullet line's start
    name_start: int
    name_end: int
    end: int  # the next bullet line's start, or the text's end


@lru_cache(maxsize=4)  # asked for by the organisation extractor and the events pass alike
def bulleted_blocks(text: str) -> tuple[Block, ...]:
    """Every bullet line naming a business whose lines under it name a sanction."""
    out = []
    for m in guarded("bulleted_name").finditer(text):
        nxt = _BULLET_LINE.search(text, m.end())
        end = nxt.start() if nxt is not None else len(text)
        if SANCTION_WORD.search(text, m.end(), end):
            out.append(Block(m.group("name"), m.start(), m.start("name"), m.end("name"), end))
    return tuple(out)


def block_at(text: str, pos: int) -> Block | None:
    """The block whose lines under its bullet line hold `pos`."""
    return next((b for b in bulleted_blocks(text) if b.name_end < pos < b.end), None)
