"""Statutes (title, law number, e-Gov ID) and the provisions the text cites.

Citations come in chains: 法第30条第1項及び第3項, 第5条から第7条まで, 同条第2号. The
first link names its statute (a title, a short name, 同法, or a short name defined in
the text); later links inherit the statute and the levels above the one they give.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache

from shobun.parser import concordance, tables
from shobun.parser.extract import contracted
from shobun.parser.extract.citeunits import NUMERAL as _N
from shobun.parser.extract.glossed import without_glossed
from shobun.parser.extract.lawnumber import LAW_NUMBER, normalise_law_number
from shobun.parser.extract.spelled import spelled_out
from shobun.parser.normalize import NormText
from shobun.parser.patterns import longest_first

_TITLE_CHAR = re.compile(r"[一-鿿々ぁ-んァ-ヴー、・]")
_TITLE_STOP = re.compile(r"[はがをへ]|に対し|、")


@dataclass(frozen=True)
class StatuteMention:
    title: str
    law_number: str | None
    start: int
    end: int  # includes a law-number parenthetical that follows the title
    written: str = ""  # the name as the text gives it (景品表示法, 下請代金支払遅延等防止法)
    generic: bool = False  # a title found only by its place before an article


_SUBORDINATE = "施行規則|施行令|施行規程|に基づく(?:ガイドライン|指針|告示)"


@lru_cache(maxsize=1)
def _known() -> tuple[re.Pattern[str], dict[str, tables.StatuteRow]]:
    names: dict[str, tables.StatuteRow] = {}
    for row in tables.statutes():
        for name in (row.title, *row.short_names):
            names[name] = row
    # 個人情報の保護に関する法律施行規則 is another instrument, not the law
    return re.compile(f"(?:{longest_first(names)})(?!{_SUBORDINATE}|人)"), names  # 医療法人


def known_statute(name: str) -> tables.StatuteRow | None:
    return _known()[1].get(name)


# A citation that opens at a point: 同法第5条, 第5条, 信用金庫法第89条, 景品表示法
_CITATION_AHEAD = re.compile(rf"(?:同法|[一-鿿ァ-ヴー・]{{1,40}}?法律?)?第{_N}条")


def statute_or_citation_at(text: str, at: int) -> bool:
    """A statute's title or a citation (第N条) begins at `at`."""
    return bool(_CITATION_AHEAD.match(text, at) or _known()[0].match(text, at))


def statute_by_number(law_number: str) -> tables.StatuteRow | None:
    return next((r for r in tables.statutes() if r.law_number == law_number), None)


_ALIAS_PAREN = re.compile(r"\((?:以下|。)[^()]{0,40}\)")


def _paren_law_number(text: str, at: int) -> tuple[str | None, int]:
    """A `(平成15年法律第57号。以下「法」という。)` or `(以下「法」という。)` right at
    `at`: the normalised law number it gives, if any, and where the parenthetical ends."""
    if not text.startswith("(", at):
        return None, at
    m = LAW_NUMBER.match(text, at + 1)
    if not m:
        alias = _ALIAS_PAREN.match(text, at)
        return None, (alias.end() if alias else at)
    close = text.find(")", m.end())
    return normalise_law_number(m), (close + 1 if close >= 0 else m.end())


def statutes(norm: NormText) -> list[StatuteMention]:
    """Statute mentions: known titles and short names, and any title with a law number."""
    text = norm.text
    pattern, names = _known()
    out: list[StatuteMention] = []
    covered: set[int] = set()
    for m in pattern.finditer(text):
        row = names[m.group()]
        number, end = _paren_law_number(text, m.end())
        out.append(StatuteMention(row.title, number or row.law_number, m.start(), end, m.group()))
        covered.update(range(m.start(), m.end()))
    for m in LAW_NUMBER.finditer(text):
        paren = m.start() - 1
        if paren < 1 or text[paren] != "(" or paren - 1 in covered:
            continue
        start = _title_start(text, paren)
        if start is not None and (
            text[paren - 1] in "法律令則準例" or m.group("type").endswith("告示")
        ):
            _, end = _paren_law_number(text, paren)
            title = text[start:paren]
            out.append(StatuteMention(title, normalise_law_number(m), start, end, title))
            covered.update(range(start, end))
    out += _titles_before_articles(text, covered)
    out += _subordinates_of_same_law(text, out)
    ordered = sorted(_outermost(out), key=lambda s: s.start)
    return without_glossed(text, contracted.linked(_written_titles(ordered)))


def _outermost(mentions: list[StatuteMention]) -> list[StatuteMention]:
    """Without a title written inside a longer one (建設業法 in 建設業法等の一部を改正する
    法律): the amending act is named, not the law it amends."""
    out: list[StatuteMention] = []
    reach = -1  # the end of the longest title so far, in order of start then length
    for s in sorted(mentions, key=lambda s: (s.start, -len(s.written))):
        end = s.start + len(s.written)
        if end <= reach and out and len(out[-1].written) > len(s.written):
            continue
        out.append(s)
        reach = max(reach, end)
    return out


def named_in_notice(mentions: list[StatuteMention], body: int) -> list[StatuteMention]:
    """Without a statute named only above the notice's title, from `body` on (a blog's
    tagline, a site's menu): the page's, not the notice's."""
    below = {s.title for s in mentions if s.start >= body}
    return [s for s in mentions if s.start >= body or s.title in below]


_SAME_LAW_SUBORDINATE = re.compile(r"同(法|条例)(施行規則|施行令)")


def _subordinates_of_same_law(text: str, found: list[StatuteMention]) -> list[StatuteMention]:
    """同法施行規則 after 特定商取引法, 同条例施行規則 after 〇〇県消費生活条例: the law or
    ordinance named last, with 施行規則 — an instrument of its own, not the law."""
    out: list[StatuteMention] = []
    for m in _SAME_LAW_SUBORDINATE.finditer(text):
        kind = ("法", "法律") if m.group(1) == "法" else ("条例",)
        named = [s for s in found if s.end <= m.start() and s.title.endswith(kind)]
        law = max(named, key=lambda s: s.end, default=None)
        if law is not None:
            title = law.title + m.group(2)
            out.append(StatuteMention(title, None, m.start(), m.end(), m.group()))
    return out


# The enactments a notice cites by title: laws, and 条例, 基準, 規則, 施行令, 告示 … each
# a statute of its own, never credited to the nearest law (神奈川県消費生活条例第25条).
_ENACTMENT = r"(?:法律?|条例|基準|規則|施行令|政令|府令|省令|告示)"
# …before an article, a short name it is given (〇〇条例(以下「条例」という。)) or a schedule
# …or the short name news writes after it in brackets (〇〇に関する法律(JAS法))
# (法 after a kanji is looked behind from the 法 itself, so that every alternative opens
# with a literal: the regex engine then skips to those characters instead of trying each)
_TITLE_BEFORE_ARTICLE = re.compile(
    rf"{_ENACTMENT}(?=第{_N}条|\(以下、?「|別表|\([A-Za-z一-鿿ァ-ヴー]{{1,10}}法\))"
    r"|(?P<rules>施行規則|施行令|報告規則)(?=に基づ|に定め|の規定|に規定|で定め)|法律(?=」に基づ)"
    r"|法(?<=[一-鿿]法)(?=(?:の規定)?に基づ|(?:及び|並びに)[一-鿿]{2,20}法(?:の規定)?に基づ"
    r"|[でに]定め|(?:の規定)?に?違反)"
)
# an ordinance named with no article, only as what something is based on (電気通信事業報告
# 規則に基づく報告): a long title only, never 就業規則 or a company's own rules
_RULES_TITLE = 8
_MIN_TITLE = 3  # 法 and 同法 are short names; 信用金庫法 is a title
# 信用金庫法, 協同組合による金融事業に関する法: words joined by の / に関する / による
# (及び inside a title — 〇〇の規格化及び品質表示の適正化に関する法律 — but not after a
# whole enactment: 景品表示法及び特定商取引法 are two)
_GENERIC_TITLE = re.compile(
    rf"[一-鿿ァ-ヴー][一-鿿ァ-ヴー・]*(?:(?:の|に関する|に係る|による)[一-鿿ァ-ヴー・]*"
    rf"|(?<![法律例令則準])(?<!告示)(?:及び|並びに)[一-鿿ァ-ヴー・]+)*{_ENACTMENT}$"
)
_NOT_A_TITLE = re.compile(
    r"^(?:同|本|前記|上記|当該|新|旧|改正|各|関係|関連|個別|根拠|他の|その他)|第|条(?!例)|[項号]|(?:(?<=[法律例令則準])|(?<=告示))(?:及び|並びに)"
    r"|又は|違反|規定"
)


def _titles_before_articles(text: str, covered: set[int]) -> list[StatuteMention]:
    """A law the table does not know, named by its title right before an article
    (信用金庫法第89条): its citations belong to it, under the title as written."""
    out: list[StatuteMention] = []
    for m in _TITLE_BEFORE_ARTICLE.finditer(text):
        if m.start() in covered:
            continue
        start = _title_start(text, m.end())
        found = _GENERIC_TITLE.search(text, start if start is not None else m.start(), m.end())
        title = found.group() if found else ""
        least = _RULES_TITLE if m.group("rules") else _MIN_TITLE
        labelled = _LABEL_BEFORE_SHORT.search(title)  # ア法第9条: item ア, then 法 (以下「法」)
        if len(title) >= least and not _NOT_A_TITLE.search(title) and found and not labelled:
            begin = _known_law_before(text, found.start(), m.end())
            title = text[begin : m.end()]
            end = _paren_law_number(text, m.end())[1]
            out.append(StatuteMention(title, None, begin, end, title, generic=True))
    return _apart_from_words_before(out)


# a list's katakana label run into the short name after it (ア法, 一部の停止命令エ法 where
# the line repair joined 「…停止命令⏎エ法第14条」): no title ends in one katakana and 法
_LABEL_BEFORE_SHORT = re.compile(r"(?:^|(?<=[一-鿿々]))[ア-ン](?:法|条例|規則)$")
_TITLE_JOIN = re.compile(r"及び|並びに")


def _apart_from_words_before(found: list[StatuteMention]) -> list[StatuteMention]:
    """A title run together with the words before it by 及び (「…実施した立入検査の結果及び
    協同組合による金融事業に関する法律第6条」) is the title after the 及び where the notice
    names that title on its own elsewhere; a title with 及び of its own is left whole."""
    alone = {s.title for s in found}
    out: list[StatuteMention] = []
    for s in found:
        cut = next(
            (j.end() for j in _TITLE_JOIN.finditer(s.title) if s.title[j.end() :] in alone), None
        )
        if cut is None:
            out.append(s)
            continue
        title = s.title[cut:]
        out.append(replace(s, title=title, start=s.start + cut, written=title))
    return out


_UNDER = re.compile(r"(?:施行規則|施行令|施行規程)$")


def _known_law_before(text: str, start: int, end: int) -> int:
    """Where the title of an instrument under a law starts when the law's full title runs
    back past where a title is cut (不当景品類及び不当表示防止法施行規則: its 及び)."""
    under = _UNDER.search(text, start, end)
    if under is None:
        return start
    m = _known_ending().search(text, max(0, under.start() - _LONGEST), under.start())
    return m.start() if m is not None and m.start() < start else start


_LONGEST = 80  # characters: the longest title in statutes.tsv, and then some


@lru_cache(maxsize=1)
def _known_ending() -> re.Pattern[str]:
    names = sorted(_known()[1], key=len, reverse=True)
    return re.compile("(?:" + "|".join(re.escape(n) for n in names) + ")$")


_FULL_TITLE = 10  # 景品表示法 is a short name; 下請代金支払遅延等防止法 a title of its own


def _written_titles(mentions: list[StatuteMention]) -> list[StatuteMention]:
    """A law the notice names by a full title that is no longer its title (下請代金支払
    遅延等防止法, renamed in 2026) is labelled as the notice writes it: the text is read
    literally. Every mention of that law in the notice then carries that label."""
    label: dict[str, str] = {}
    current = {s.title for s in mentions if s.written == s.title}  # 〇〇法律(旧〇〇法)
    for s in mentions:
        row = known_statute(s.written) if s.title not in current else None
        if row is not None and _a_title(s.written, row):
            label.setdefault(s.title, s.written)
    return [replace(s, title=label.get(s.title, s.title)) for s in mentions] if label else mentions


def _a_title(written: str, row: tables.StatuteRow) -> bool:
    """Whether `written` is one of the law's titles, not a short name: the titles it had
    where the table records them (日本農林規格(JAS)法 is long, and a short name), else
    a name as long as a title."""
    recorded = concordance.titles().get(row.egov_id or "")
    if recorded:
        return any(t.title == written for t in recorded)
    return len(written) >= _FULL_TITLE


# What a title never contains: a citation or the clause that introduces the enactment
# (法第4条第1項の規定に基づき定められた食品表示基準 → 食品表示基準).
_TITLE_CUT = re.compile(
    rf"第{_N}[条項号](?:の{_N})*|に基づ[きく]|定められた|定める|掲げる|規定する"
)


# An amending act's title runs over its を (…に関する法律の一部を改正する法律), and so does
# a title that says what it is for (…の促進を図るための…法律, …の自立性を高めるための…).
_RUNS_OVER = re.compile(r"(?<=の一部|の全部)を改正する|を[一-鿿ぁ-ん]{1,8}?るための")
# What a cut leaves of a citation before a title (第72条第1項及び〇〇規則 → 項及び〇〇規則)
_LEADING_JOIN = re.compile(r"[条項号]?(?:及び|並びに|又は|若しくは)")
# A volume's name between a title and its number: 〇〇ガイドライン(通則編)(平成28年…告示第6号)
_VOLUME = re.compile(r"\([^()]{1,20}[編版]\)$")


def _title_start(text: str, paren: int) -> int | None:
    volume = _VOLUME.search(text, max(0, paren - 22), paren)
    start = volume.start() if volume is not None else paren
    while start > 0 and _TITLE_CHAR.match(text, start - 1):
        if _TITLE_STOP.match(text, start - 1) and not _RUNS_OVER.match(text, start - 1):
            break
        start -= 1
    start = spelled_out(text, start, paren)
    for cut in _TITLE_CUT.finditer(text, start, paren):
        start = cut.end()
    join = _LEADING_JOIN.match(text, start, paren)
    start = join.end() if join else start
    if (era := _ERA_BEFORE.search(text, max(0, start - 6), start)) and text.startswith("年", start):
        start = era.start()  # 平成17年独占禁止法改正法: the era's year begins the title
    return start if paren - start >= 2 and not (volume and start == volume.start()) else None


_ERA_BEFORE = re.compile(r"(?:明治|大正|昭和|平成|令和)(?:元|[0-9]{1,2})$")
