"""The credit a reproduced headline gives after its last words (「…初の適用 金融庁あおば経済
新聞」, 「…に業務停止命令 みなと通信」): the paper's, not the headline's."""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence

# the kind of press a reproduced headline credits after it: a paper, a wire, a broadcaster
_PRESS = re.compile(r"(?:新聞|通信|ニュース|放送|テレビ|タイムス|タイムズ|NEWS|News)社?$")
_PHRASE = re.compile(r"[のでにをがはと]|について")


def without_credit(line: str, gaps: Sequence[int], cue: re.Pattern[str]) -> str:
    """A headline without the credit its last words give (the words apart where white space
    stood, `gaps`): the words after its last phrase (none reads as a title's or holds a
    particle), ending in a press word; the headline must read as a title (`cue`), the credit
    not."""
    cuts = [0, *(g for g in gaps if 0 < g < len(line)), len(line)]
    words = [line[a:b].strip() for a, b in itertools.pairwise(cuts)]
    if len(words) < 2 or not _PRESS.search(words[-1]):
        return line
    keep = len(words) - 1
    while keep > 1 and len(words[keep - 1]) <= 12 and not _PHRASE.search(words[keep - 1]):
        keep -= 1
    head, tail = line[: cuts[keep]].rstrip(), line[cuts[keep] :]
    if tail.lstrip().startswith(("-", "‐", "―", "—", "|")):
        return line  # 「… - 〇〇ニュース」: a page's <title>, kept as the page writes it
    return head if cue.search(head) and not cue.search(tail) else line
