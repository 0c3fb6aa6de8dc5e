"""Where a company's name ends that what follows it in a list or a table row would run on
into: a second name joined by と (株式会社Aと株式会社B), the next column of a row flattened
into a line (an amount, an address, a licence number, a sanction term: 株式会社A 業務停止命令).
Read by `orgs`."""

from __future__ import annotations

import re
from functools import lru_cache

from shobun.parser import tables
from shobun.parser.extract import law
from shobun.parser.normalize import NormText
from shobun.parser.patterns import longest_first

# What a gap in the source may not run on into: an amount (1億8,765万円), an address
# (東京都港区…) or a licence number (国土交通大臣許可(特-3)第…号, 東京都知事(2)第…号)
# written after the name on the same line.
_AFTER_GAP = re.compile(
    r"[0-9][0-9,.]*(?:億|万|千|百|円)|[一-鿿]{2,3}[都道府県][一-鿿ぁ-んァ-ヴー]{1,6}?[市区町村郡]"
    r"|(?:国土交通大臣|[一-鿿ぁ-ん]{1,4}[都道府県]知事)(?:許可|免許|登録|\()"
)


def next_column(text: str, at: int) -> bool:
    """What starts at a gap is the next column of the name's row: an amount, an address, a
    licence number, or a sanction term filling its cell (「株式会社A 指示」)."""
    return bool(_AFTER_GAP.match(text, at) or term_column().match(text, at))


@lru_cache(maxsize=1)
def term_column() -> re.Pattern[str]:
    """A sanction term that fills the rest of its cell after a gap: a table's next column."""
    words = [*tables.sanction_terms(), "指示"]  # 指示 alone: roles.tsv's `order_label`
    # 「●株式会社A 産業廃棄物処分業の事業の全部停止(…)」: the business suspended, then the term
    return re.compile(rf"(?:[一-鿿ァ-ヴー・]{{1,20}}業の)?(?:{longest_first(words)})(?=[\n(|]|$)")


def before_joined(text: str, fe: int, forms: re.Pattern[str], end: int) -> int:
    """Where a 前株 name whose form ends at `fe` ends when と joins it to a second 前株 one
    (株式会社Aと株式会社B): at the と right before the second's form (`forms` finds the
    legal forms), else `end`."""
    second = forms.search(text, fe, end)
    while second is not None and text[second.start() - 1] != "と":
        second = forms.search(text, second.end(), end)
    return second.start() - 1 if second is not None and second.start() - 1 > fe else end


_PADDING = re.compile(r"\t|[ \u3000\u00a0]{2}")


def name_breaks(norm: NormText) -> frozenset[int]:
    """Where white space in the source ends a name: padding (a tab, two or more spaces)
    within a line, or a gap before an amount, an address, a statute, a citation or a
    sanction term (the next column of a table row). A single space inside a name (株式会社 ABC
    マーケティングワークス) and a line break joined again are not breaks."""
    out: set[int] = set()
    for at in norm.gaps:
        if not 0 < at < len(norm.text) or norm.text[at - 1] == "\n":
            continue
        between = norm.source[norm.src[at - 1] + 1 : norm.src[at]]
        padded = "\n" not in between and _PADDING.search(between) is not None
        if padded or next_column(norm.text, at) or law.statute_or_citation_at(norm.text, at):
            out.add(at)
    return frozenset(out)
