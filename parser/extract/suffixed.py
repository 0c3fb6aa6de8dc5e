"""Where a name written before its legal form (後株: 〇〇株式会社) starts: walking left from
the form over the name's characters, to the particle, verb, column gap or label word
before it (the left half of `orgs`, which builds names on legal forms)."""

from __future__ import annotations

import re
from functools import lru_cache

from shobun.parser import roles
from shobun.parser.extract import phrases
from shobun.parser.mecab import Positions
from shobun.parser.normalize import NormText

NAME_CHAR = re.compile(r"[一-鿿々〆ヵヶぁ-んァ-ヴーA-Za-z0-9&・.'\-＆\u2010\u2011]")  # ‐: W‐ENDLESS
CUT_POS = ("助詞", "助動詞", "動詞", "接続詞")
_LEFT_STOP_WORDS = frozenset(
    {"名称", "商号", "事業者名", "当該", "同", "親会社", "子会社", "委託先", "委託元", "関連会社",
     "グループ会社", "相手方", "違反行為者", "被審人", "対象事業者", "及び", "並びに", "又は",
     "とおり"}
)  # fmt: skip


Tokens = Positions  # token starts and pos1 of the text, tokenised where a name asks


def latin_form(form: str) -> bool:
    """A Latin legal form (Inc., LLC), not a Japanese one ((株))."""
    return form[0].isascii() and form[0].isalpha()


_LATIN_NAME = re.compile(r"[A-Za-z0-9&.,'\- ]")


def _latin_start(text: str, fs: int) -> int | None:
    """Start of a Latin name before a Latin form (Sora Platforms, Inc.)."""
    start = fs
    while start > 0 and _LATIN_NAME.match(text, start - 1):
        start -= 1
    while start < fs and not text[start].isalnum():
        start += 1
    return start if start < fs and text[start:fs].strip(" ,") else None


def suffix_start(norm: NormText, fs: int, tokens: Tokens) -> int | None:
    """Start of a 後株 name whose form starts at `fs`, or None."""
    text = norm.text
    if latin_form(text[fs]):
        return _latin_start(text, fs)
    found = _labelled_start(norm, fs) or _suffix_walk(norm, fs, tokens)
    if found is None:
        return None
    marker = _LEADING_NUMBER.match(text, found, fs)  # 1.ABC株式会社: the 1. numbers a line
    start = marker.end() if marker else found
    return start if start < fs else None


_LEADING_NUMBER = re.compile(r"(?:[0-9]{1,3}|[IVX]{1,4})[.．]")


@lru_cache(maxsize=1)
def name_label() -> re.Pattern[str]:
    """A label before a column gap that the name fills: 「商号又は名称　はやて建設株式会社」,
    「名 称　株式会社…」 (the letter spacing is gone), 「被処分者　…」."""
    return re.compile(rf"(?:{roles.pattern('name_label').pattern})$")


def _labelled_start(norm: NormText, fs: int) -> int | None:
    """Where a name starts that fills the column after a label on its line."""
    text = norm.text
    line = text.rfind("\n", 0, fs) + 1
    for gap in norm.gaps_between(line, fs):
        if name_label().search(text, line, gap) and all(
            NAME_CHAR.match(text, i) for i in range(gap, fs)
        ):
            return gap
    return None


def latin_space(text: str, at: int) -> bool:
    """A space between two Latin words of one name (ABC Holdings株式会社)."""
    return text[at] == " " and at > 0 and text[at - 1].isascii() and text[at + 1 : at + 2].isascii()


_KANA = re.compile(r"[ぁ-んァ-ヴー]")
_KATAKANA_NO = re.compile(r"(?<=[ァ-ヴー])ノ(?=[ァ-ヴー])")  # アオバノペイ: no particle


def _opens_kana_run(text: str, at: int) -> bool:
    """Whether only kana stand between a break (the text's start, a punctuation mark, a
    space; not a bracket's close: 株式会社A(略称)とB株式会社) and `at`: a kana name that
    the tokenizer cut into particles (、みなかぜ放送株式会社 → み/な/か/ぜ), not a particle
    after a word. A label word and its の may stand for the break (親会社のみなかぜ…)."""
    start = at
    while start > 0 and _KANA.match(text, start - 1):
        if text[start - 1] == "の" and text[: start - 1].endswith(tuple(_LEFT_STOP_WORDS)):
            return True  # 親会社のみなかぜ…: the word before the name, and its の
        start -= 1
    return start == 0 or (not NAME_CHAR.match(text, start - 1) and text[start - 1] not in ")」")


def _suffix_walk(norm: NormText, fs: int, tokens: Tokens) -> int | None:
    """Walk left from a 後株 form over the name, to the particle, verb, gap or label
    word before it."""
    text = norm.text
    start = fs
    while start > 0 and (NAME_CHAR.match(text, start - 1) or latin_space(text, start - 1)):
        if norm.gap_before(start) and not text[start - 1].isascii() and start < fs:
            break
        prev = start - 1
        while prev > 0 and prev not in tokens.pos_at:
            prev -= 1
        # はかた…, みなかぜ…: kana from a break on, which the tokenizer cut into particles
        first = _opens_kana_run(text, prev) or _KATAKANA_NO.match(text, prev) is not None
        if (tokens.pos_at.get(prev) in CUT_POS and not first) or (
            tokens.surface_at(prev) in _LEFT_STOP_WORDS
        ):
            start = phrases.named_with_no(text, prev, tokens.pos_at) or start  # 森の宮製薬
            break
        if text[prev:start] in _LEFT_STOP_WORDS:
            break
        start = prev
    return start if start < fs else None
