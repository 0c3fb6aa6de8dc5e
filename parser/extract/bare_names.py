"""Names with no legal-form word that news and short notices give by their context: a
business's name in 「」 after the kind of business (貸金業者「…」, 食肉販売業者「…(reading)」),
a name followed by a parenthetical only a business has (〇〇市のはまかぜ旅行(代表者:…、
…登録旅行業第N号)), and the names of a counted list (A(宮城県)、B(愛知県)…のN社; 命令を受けた
のはA、BのN社). The
phrasing is `org_phrases.tsv`'s; each name is then found wherever the text writes it."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

from shobun.parser import numerals
from shobun.parser.extract.addressed import dated_addressees, listed_addressees
from shobun.parser.extract.argued import argued_names
from shobun.parser.extract.bulleted import bulleted_blocks
from shobun.parser.extract.orgs import form_matches
from shobun.parser.extract.phrases import guarded, pattern
from shobun.parser.patterns import JOINT_WORDS

_NAME = r"[一-鿿々〆ヵヶぁ-んァ-ヴーA-Za-z0-9&・.'\-＆ ]"
_MIN, _MAX = 2, 30
# 静岡県浜松市のはまかぜ旅行, 収集運搬業の架空組: the place or the trade is not the name
_PLACE_OF = re.compile(
    r".*(?:[都道府県市区町村]|業|業者|事業者|会社|大手)の"
    # 「2回にわたってしおかぜ運輸(架空県…)」: the clause before the name, up to its last particle
    # 「サイトを運営するミドリキャリア(東京)が」: a relative clause in the dictionary form
    r"|.*(?:って|て|した|する|を|が|から|より)(?=[一-鿿ァ-ヴA-Za-z])"
)


_QUOTED = re.compile(r"「(?P<name>[^「」\n]{2,40})」(?!と|って)")
_NOUN_REACH = 16  # characters before 「 where the kind of business is written


@lru_cache(maxsize=1)
def _noun_before() -> re.Pattern[str]:
    return re.compile(rf"(?:{pattern('business_noun').pattern})$")


@lru_cache(maxsize=1)
def _place_paren() -> re.Pattern[str]:
    """(宮城県) after a listed name, and what follows it: the next name, or のN社."""
    place = pattern("list_place").pattern
    return re.compile(
        rf"\((?:{place})\)(?:(?P<join>、|及び|並びに|と)|の(?P<count>[0-9]+|[一二三四五六七八九十]+)社)"
    )


def _as_name(name: str) -> str | None:
    """The name without a reading after it, if it reads as a name."""
    name = pattern("reading").sub("", name).strip()
    name = pattern("rank_before").sub("", name)  # 消費者金融大手のX: X
    name = pattern("office_after").sub("", name)  # X・本社営業所: X
    ok = _MIN <= len(name) <= _MAX and re.fullmatch(f"{_NAME}+", name) is not None
    return name if ok and not pattern("not_a_name").search(name) else None


def _clean(name: str) -> str | None:
    """A name with no legal-form word (one with it is the company rules' to find)."""
    found = _as_name(name)
    return None if found is None or form_matches(found) else found


def _quoted_names(text: str) -> Iterator[str]:
    """A name in 「」 after the kind of business, or before what only a business has after
    its name (の屋号で, (…社長))."""
    for m in _QUOTED.finditer(text):
        noun = _noun_before().search(text, max(0, m.start() - _NOUN_REACH), m.start())
        after = noun or pattern("name_after_quote").match(text, m.end())
        if after is not None and (name := _clean(m.group("name"))) is not None:
            yield name


_JOINT = re.compile(rf"^(?:{JOINT_WORDS})")


def _parenthesised_names(text: str) -> Iterator[str]:
    """The run of name characters before a business's parenthetical, after its place."""
    for m in pattern("name_paren").finditer(text):
        start = m.start()
        while start > 0 and re.match(_NAME, text[start - 1]) and m.start() - start < 40:
            start -= 1
        run = text[start : m.start()] or _quoted_before(text, m.start())
        run = _JOINT.sub("", run)  # 「A(本社)及びB(本店)」: B, after the joint
        place = _PLACE_OF.match(run)
        if (name := _clean(run[place.end() :] if place else run)) is not None:
            yield name


def _quoted_before(text: str, end: int) -> str:
    """A name in 「」 right before `end` (…を行っていた「ケストレル」(代表者:…)), else ''."""
    if end == 0 or text[end - 1] != "」":
        return ""
    opening = text.rfind("「", max(0, end - 42), end)
    return text[opening + 1 : end - 1] if opening >= 0 else ""


@dataclass(frozen=True)
class CountedList:
    """A(宮城県)、B(愛知県)の2社: the names, where the last one ends, and the count (2社)."""

    names: tuple[str, ...]
    last_end: int
    count: str
    count_start: int
    count_end: int


_ITEM_STOP = "、。()「」\n"
_TOPIC = re.compile(r"(?:の|と)は|[はが]、")


@lru_cache(maxsize=4)  # asked for by the organisation and the alias extractors alike
def counted_lists(text: str) -> tuple[CountedList, ...]:
    """Lists that end in のN社, where N is the number of names listed."""
    out: list[CountedList] = []
    items: list[tuple[int, int]] = []  # each name's span
    joined_at = -1  # where the name after a joined one starts: past its 、 or 及び
    for m in _place_paren().finditer(text):
        start = m.start()
        while start > 0 and text[start - 1] not in _ITEM_STOP and m.start() - start < 30:
            start -= 1
        if items and start <= joined_at <= m.start():
            items.append((joined_at, m.start()))
        else:  # 「…を受けたのはA(宮城県)、…」: the first name starts after the topic
            topic = list(_TOPIC.finditer(text, start, m.start()))
            items = [(topic[-1].end() if topic else start, m.start())]
        joined_at = m.end() if m.group("join") else -1
        if m.group("count") is None:
            continue
        names = [n for n in (_as_name(text[s:e]) for s, e in items) if n is not None]
        if len(names) == len(items) == numerals.as_int(m.group("count")):
            at = m.start("count")
            out.append(CountedList(tuple(names), m.start(), text[at : m.end()], at, m.end()))
        items = []
    return tuple(out)


def _listed_names(text: str) -> Iterator[str]:
    for found in counted_lists(text):
        yield from (n for n in found.names if not form_matches(n))


def _received_names(text: str) -> Iterator[str]:
    """指示を受けたのは、…を手がける潮見水産です。: the name that ends the sentence; 処分を
    受けたミドリ興産は、: the name the next clause is about."""
    found = [*guarded("received_by").finditer(text), *guarded("received_topic").finditer(text)]
    for m in found if "受けた" in text else ():  # …を受けたXは、: X as the topic
        name = _clean(m.group("name"))
        if name is not None and not pattern("count_alias").search(name):  # …の両社です
            yield name


_APART = re.compile(r"、|及び|と(?=[^、]{2,30}の[0-9一二三四五六七八九十]+社)")


def _received_list(text: str) -> Iterator[str]:
    """措置命令を受けたのはA、B、CのN社: each name of a list its count closes, where the
    names are as many as it counts."""
    for m in guarded("received_list").finditer(text):
        items = _APART.split(m.group("names"))
        names = [_clean(i) for i in items]
        if len(items) == numerals.as_int(m.group("count")) and all(names):
            yield from (n for n in names if n is not None)
    for m in guarded("received_list_told").finditer(text):  # 「…7社を…。処分を受けたのは、A、…。」
        items = _APART.split(m.group("names"))
        names = [_clean(i) for i in items]
        if guarded("received_list").regex.match(text, m.start()):
            continue  # 「…を受けたのはA、BのN社」: counted in place, read above
        count = _COUNTED.findall(text, max(0, m.start() - _COUNT_REACH), m.start())
        if len(items) > 1 and count and len(items) == numerals.as_int(count[-1]) and all(names):
            yield from (n for n in names if n is not None)


_COUNTED = re.compile(r"([0-9]+|[一二三四五六七八九十]+)社(?=[をにがはの、])")
_COUNT_REACH = 200  # characters before the list: the sentence that counted the businesses


_PLACE_AFTER = re.compile(r"\([^()]*\)$")


def _received_placed(text: str) -> Iterator[str]:
    """取消処分を受けたのは、A(東京)、B(大阪)。: each name, where every item reads as one (a
    name with its legal form is the company rules')."""
    for m in guarded("received_placed").finditer(text):
        items = [_PLACE_AFTER.sub("", i) for i in m.group("names").split("、")]
        if all(_as_name(i) for i in items):
            yield from (n for n in map(_clean, items) if n is not None)


_COUNTED_TAIL = re.compile(r"の計?([0-9]+|[一二三四五六七八九十]+)社")
_ITEMS = re.compile(rf"、|{JOINT_WORDS}")


def _beside_formed(text: str) -> Iterator[str]:
    """「(A株式会社、ひかりビジョン、株式会社B及びC株式会社の計4社)」: in a list its count
    closes, a bare name among names written with their legal form, where the last items
    are as many as the count, one at least with its form and every one a name."""
    for m in _COUNTED_TAIL.finditer(text) if "社" in text else ():
        lo = max(text.rfind(c, 0, m.start()) for c in "。(\n「") + 1
        items = [i for i in _ITEMS.split(text[lo : m.start()]) if i]
        count = numerals.as_int(m.group(1))
        if not count or len(items) < count or count < 2:
            continue
        bare = [i for i in items[-count:] if not form_matches(i)]
        names = [_clean(i) for i in bare]
        if all(names) and len(bare) < count:
            yield from (n for n in names if n is not None)


# a legal form written before a name (株式会社キタカゼ銀行), or after it (…銀行株式会社)
_FORM_BEFORE = re.compile(r"(?:株式会社|\(株\)|相互会社)$")


def _financial_names(text: str) -> Iterator[str]:
    """A bank, an insurer or a securities firm that news names without its legal form
    (キタカゼ銀行, ミナトFW生命保険); not one the text also writes with it."""
    for m in guarded("financial_name").finditer(text):
        name = m.group()
        if pattern("not_a_name").search(name) or f"{name}株式会社" in text:
            continue
        places = re.finditer(re.escape(name), text)
        if any(_FORM_BEFORE.search(text, 0, at.start()) for at in places):
            continue
        yield name


def _placed_names(text: str) -> Iterator[str]:
    """A name after its prefecture and city (…県…市の浜風観光に対し), or after its rank in its
    trade (消費者金融大手のゆうひ信販に対し)."""
    for role in ("placed_name", "ranked_name"):
        for m in guarded(role).finditer(text):
            if (name := _clean(m.group("name"))) is not None:
                yield name


def _bulleted_names(text: str) -> Iterator[str]:
    """■X・本社営業所(…県…市) over the lines that set out its sanction: X."""
    for block in bulleted_blocks(text):
        if (name := _clean(block.name)) is not None:
            yield name


def bare_names(text: str) -> list[str]:
    """Every name the text introduces by its context, in order, once."""
    found = [*_quoted_names(text), *_parenthesised_names(text), *_listed_names(text)]
    found += [*_received_names(text), *_received_list(text), *_financial_names(text)]
    found += [*_received_placed(text)]
    found += [*_placed_names(text), *_bulleted_names(text), *_beside_formed(text)]
    found += [*dated_addressees(text, _clean), *listed_addressees(text, _clean)]
    found += [*argued_names(text, _clean)]
    return list(dict.fromkeys(found))
