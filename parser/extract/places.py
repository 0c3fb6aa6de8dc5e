"""Local governments (地方公共団体) named as actors or addressees: prefectures, cities,
towns, villages, special wards and the unions they form (広域連合, 一部事務組合).

A place name is a body only where the sentence makes it one — it acts (〇〇市は、), is
addressed (〇〇市に対し, 〇〇市に対する指導) or defines a short name (〇〇市(以下…)); an
address (東京都港区芝…) or prose about all of them (都道府県, 市町村) is none. A local
government is a PublicBody, and an Authority only where it regulates: its governor or
mayor (〇〇県知事), or as the subject of a sentence that performs a sanction
(東京都は、…に対し…停止するよう命じた).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence
from functools import lru_cache

from shobun.parser import roles, tables
from shobun.parser.extract import sanctions

_NAME_CHAR = "[一-鿿ぁ-んァ-ヴー]"
_NOT_A_PLACE = re.compile(
    r"^(?:同|当|当該|各|本|全|他|両|貴|都市$)|市町村|区市町村|市区町村|^町村$|都市$|都道府県|道府県"
    r"|(?:地|管|特別|選挙|学|校|行政)区$|^(?:中核|政令|指定都)市$"
)
# 〇〇県は17日、/ 東京都は本日、/ 〇〇県は2031年4月2日、: the day the body acted, before its comma
_WHEN = (
    r"(?:本日|昨日|同日|今日|このほど|先ごろ"
    r"|(?:(?:令和|平成|昭和)(?:[0-9]{1,2}|元)年|[0-9]{4}年)?(?:[0-9]{1,2}月)?[0-9]{1,2}日)"
)
# 知事 with anything after it (〇〇県知事あて); 〇〇県が発注する: the subject of a clause;
# 「福岡県も令和7年3月25日付けで…業務停止命令…を行いました」: it acts too
# 東京都産業労働局は、/ 大阪府商工労働部の: one of its bureaux, which speaks for it
# (not a station: 〇〇市の船舶局の免許人, 〇〇町の無線局, 〇〇市の郵便局 are no bureaux of its own)
_OWN_BUREAU = r"[一-鿿ぁ-んァ-ヴー・]{1,12}?(?<!船舶)(?<!無線)(?<!放送)(?<!郵便)(?<!薬)(?:局|部)"
_ANCHOR = (
    rf"知事|長(?=は|が|に|、|\()|[はが](?:{_WHEN})?、|が(?!、)|に対し|に対す|\(以下"
    r"|も(?=[^。]{0,80}?(?:命令|処分|指示|勧告)(?:[^。]{0,40}?を行|と(?:する|した|し、)))"
    rf"|{_OWN_BUREAU}(?:長|[はが](?:{_WHEN})?、|の)"
    r"|(?=発注(?:の|した|する))"  # 大阪府発注の河川改修工事: the client that ordered the works
    # 「高知県から指示を受けたのは…」, 「〇〇県はこの業者に…を指示しました」 (news)
    r"|から(?=[^。]{0,12}?(?:指示|命令|処分|勧告|指導|警告)を受け)"
    r"|は(?=[^。、]{0,30}?(?:指示|命令|勧告|指導|警告)(?:し(?:た|まし)|を行))"
    # 「兵庫県薬務課より当該薬局について…情報提供あり」: the body a tip came from
    r"|[一-鿿]{1,8}?(?:局|部|課)より(?=[^。\n]{0,60}?(?:情報提供|通報|連絡))"
)
_BUREAU_HEAD = re.compile(_OWN_BUREAU)
_HEAD = re.compile(r"知事|長")
_SUBJECT = re.compile(rf"[はが](?:{_WHEN})?、")
_IMPOSES = re.compile(r"命じ|命ず|指示|処分")
_IMPOSING = frozenset({"から", "は"})  # the anchors that look ahead to what is imposed


@lru_cache(maxsize=1)
def _stems() -> dict[str, list[str]]:
    by_stem: dict[str, list[str]] = {}
    for row in tables.rows("local_governments"):
        by_stem.setdefault(row["stem"], []).append(re.escape(row["suffix"]))
    return by_stem


@lru_cache(maxsize=1)  # one string: the re module's cache then finds it by its kept hash
def _prefecture() -> str:
    by_stem = _stems()
    # no 県 inside the stem: 長野県県民文化部 is 長野県 and its 県民文化部; no stem ends in a
    # department's word: くらし・環境部県民生活局 is a 部 and a 県民生活局, no 環境部県
    stem = "(?:(?![都道府県])[一-鿿]){1,2}(?![都道府県部局課室])[一-鿿]"
    return f"(?:{'|'.join(by_stem['none'])}|{stem}(?:{'|'.join(by_stem['prefecture'])}))"


@lru_cache(maxsize=1)
def _name() -> str:
    """A local government's name; built from local_governments.tsv."""
    by_stem, prefecture = _stems(), _prefecture()
    place = f"(?:{prefecture})?{_NAME_CHAR}{{1,6}}?(?:{'|'.join(by_stem['place'])})"
    body = f"(?:{prefecture})?{_NAME_CHAR}{{1,20}}?(?:{'|'.join(by_stem['body'])})"
    return f"{body}|{place}|{prefecture}"


@lru_cache(maxsize=1)
def _pattern() -> re.Pattern[str]:
    """Group 1 the name, group 2 what makes it a body. Every name is a run of name
    characters ending in one of the table's suffixes: a look-ahead for such an ending in
    the run a match would start (`_ending`) spares the search trying every length of
    name and every suffix where there is none (half its time); the matches are the same."""
    # after a word that is no name (A局とB県); the last character of each such word looked
    # for before the words themselves (at most places of a text a name character stands
    # before, and four look-behinds there cost the search half its time)
    joiner = "(?<=[びとには])(?:(?<=及び)|(?<=並びに)|(?<=又は)|(?<=と))"
    after_word = rf"(?:(?<!{_NAME_CHAR})|{joiner})"
    return re.compile(rf"{after_word}{_ending()}({_name()})({_ANCHOR})")


def _ending() -> str:
    """A look-ahead for a character a name can end with, in the run of name characters
    ahead; "" where some name in the table holds a character outside that run."""
    names = [row["suffix"] for row in tables.rows("local_governments")]
    if not names or not all(re.fullmatch(f"{_NAME_CHAR}+", n) for n in names):
        return ""
    return f"(?={_NAME_CHAR}*?[{''.join(sorted({re.escape(n[-1]) for n in names}))}])"


def _sentence_end(text: str, at: int) -> int:
    """The end of the sentence `at` is in: the first 。 outside parentheses, or the line end
    (「…法律(…。以下「法」という。)第22条に基づき…」 is one sentence)."""
    depth = 0
    for i in range(at, len(text)):
        ch = text[i]
        if ch in "(「":
            depth += 1
        elif ch in ")」":
            depth = max(0, depth - 1)
        elif ch == "\n" or (ch == "。" and depth == 0):
            return i
    return len(text)


def _regulates(text: str, name_end: int, anchor: str) -> bool:
    """The governor or mayor, or the subject of a sentence that imposes something on
    someone: 「…に対し」 followed by a sanction term or 命じ/指示 (〇〇県は、事業者に対し、
    …停止するよう命じる…); 「〇〇市は、…を委託していた」 regulates no one."""
    bureau = _BUREAU_HEAD.match(anchor)
    if bureau is not None and bureau.end() < len(anchor):  # 〇〇県〇〇部は、 / 〇〇部長
        anchor = anchor[bureau.end() :]
    if _HEAD.fullmatch(anchor) or anchor in _IMPOSING:
        return True  # 「〇〇県から指示を受けた」「〇〇県はこの業者に…を指示しました」
    if not _SUBJECT.fullmatch(anchor):
        return False
    to = text.find("に対し", name_end, _sentence_end(text, name_end))
    if to < 0:
        return False
    rest = text[to : _sentence_end(text, name_end)]
    return _IMPOSES.search(rest) is not None or bool(sanctions.terms(rest))


def _start_after_gap(text: str, start: int, end: int, gaps: Sequence[int]) -> int | None:
    """Where a name that white space in the source cuts really starts: 「ア　実際　県が、」
    is a label, a word and 県 (the prefecture speaking), not a place 実際県. A gap after a
    prefecture (東京都 千代田区) is no cut. None where what follows the gap is no name."""
    i = bisect_left(gaps, end) - 1  # `gaps` sorted: the last one before `end`
    cut = gaps[i] if i >= 0 and gaps[i] > start else None
    if cut is None or re.fullmatch(_prefecture(), text[start:cut]):
        return start
    return cut if re.fullmatch(_name(), text[cut:end]) else None


def local_governments(
    text: str, gaps: frozenset[int] = frozenset(), joins: frozenset[int] = frozenset()
) -> list[tuple[str, str, int, int]]:
    """(label, kind, start, end) of each local government that acts or is addressed;
    `gaps` are where the source had white space (`NormText.gaps`), `joins` those of them
    where a line ended."""
    out: list[tuple[str, str, int, int]] = []
    ordered = sorted(gaps)
    for first, end, anchor in _named(text, sorted(joins)):
        start = _start_after_gap(text, first, end, ordered)
        if start is None or _NOT_A_PLACE.search(text[start:end]):
            continue
        if text[start - 1 : start] == "(" and _HEAD_IN_BRACKETS.match(text, end):
            continue  # 〇〇労働局(山田一郎局長): a person and the bureau's head, no 山田
        if anchor == "知事" and not _PREFECTURAL.search(text[first:end]):
            continue  # 「県の北村知事は」: a governor's surname, no village 北村 (a 村 has a 村長)
        kind = "Authority" if _regulates(text, end, anchor) else "PublicBody"
        out += [(n, kind, s, e) for n, s, e in _joined_before(text, start)]
        out.append((text[start:end], kind, start, end))
    out += _bracketed_members(text)
    out += [g for g in _site_government(text) if all(g[2] != x[2] for x in out)]
    own = own_prefecture(text, gaps)
    if own is not None and all(label != own[0] for label, *_ in out):
        out.append((own[0], "Authority", own[1], own[2]))
    return sorted(out, key=lambda x: x[2])


_LINE_REACH = 80  # characters after a joined line's start where its first name ends


def _named(text: str, joins: Sequence[int]) -> list[tuple[int, int, str]]:
    """(start, end, anchor) of each name the pattern finds, and of one that starts a line
    the source broke after words with no 。 (a headline run into 「〇〇県は、…」 by the line
    repair): after that join the name stands after a word of the line before. A name after
    white space inside a line is a table cell's (免許証番号　〇〇県知事(3)第N号), no body."""
    found = [(m.start(1), m.end(1), m.group(2)) for m in _pattern().finditer(text)]
    spans = [(f[0], f[1]) for f in found]
    for gap in joins:
        inside = any(s <= gap < e for s, e in spans)  # 長 野 県: a spaced-out name found whole
        if inside or not 0 < gap < len(text) or not re.match(_NAME_CHAR, text[gap - 1]):
            continue
        m = _pattern().match(text[gap : gap + _LINE_REACH])
        if m is not None and m.start(1) == 0:
            found.append((gap, gap + m.end(1), m.group(2)))
    return sorted(found)


_JOINER = re.compile(r"(?:及び|並びに|又は|、)\Z")
_PREFECTURAL = re.compile(r"[都道府県]$")  # only a prefecture has a 知事
_HEAD_IN_BRACKETS = re.compile(r"[一-鿿]{1,4}(?:局長|部長|所長|社長|理事長)\)")


def _joined_before(text: str, start: int) -> list[tuple[str, int, int]]:
    """The prefectures joined to a body's name before it (「島根県及び山口県も…を行って」):
    each acts as it does; as (label, start, end), nearest last."""
    found: list[tuple[str, int, int]] = []
    while (joiner := _JOINER.search(text, max(0, start - 3), start)) is not None:
        name = next(
            (
                (text[s : joiner.start()], s)
                for s in range(max(0, joiner.start() - 5), joiner.start() - 1)
                if re.fullmatch(_prefecture(), text[s : joiner.start()])
                and (s == 0 or not re.match(_NAME_CHAR, text[s - 1]))
            ),
            None,
        )
        if name is None:
            break
        found.insert(0, (name[0], name[1], joiner.start()))
        start = name[1]
    return found


# 「…会議(愛知県、岐阜県及び三重県)の枠組みにより、3県が連携して」: the members of a body,
# said to act together after it (N県が / N県で / N県は)
_MEMBER = r"[一-鿿]{2,4}[都道府県]"
_MEMBERS = re.compile(rf"\(((?:{_MEMBER}(?:、|及び|並びに)){{1,9}}{_MEMBER})\)()")
_DOTTED = re.compile(  # 「A県・B県・C県の東海3県が同時に実施」, 「A県・B県が」
    rf"()((?:{_MEMBER}・){{1,9}}{_MEMBER})(?=の[一-鿿]{{0,6}}[0-9一二三四五六七八九十]+(?:府県|県)|[がは])"
)
_ACT_TOGETHER = re.compile(r"[0-9一二三四五六七八九十]+(?:都道府県|府県|県)(?:が|は|で|と)")


def _bracketed_members(text: str) -> list[tuple[str, str, int, int]]:
    """Prefectures listed in brackets after a body that the sentence then says act together."""
    out: list[tuple[str, str, int, int]] = []
    dotted = _DOTTED.finditer(text) if re.search("[都道府県]・", text) else ()
    for m in [*_MEMBERS.finditer(text), *dotted]:
        acting = m.group(2) and text[m.end() : m.end() + 1] in "がは"  # A県・B県が同時に
        if not acting and not _ACT_TOGETHER.search(text, m.end(), _sentence_end(text, m.end())):
            continue
        group = 1 if m.group(1) else 2
        for part in re.finditer(r"[^、・]+?(?=、|・|及び|並びに|$)", m.group(group)):
            name = part.group().removeprefix("及び").removeprefix("並びに")
            at = m.start(group) + part.end() - len(name)
            if re.fullmatch(_prefecture(), name):
                out.append((name, "Authority", at, at + len(name)))
    return out


_BARE = re.compile(rf"(県|都|道|府)(?=[はが](?:{_WHEN})?、)")  # 県は、: the prefecture speaking
# A prefecture named as the page's own: its department, site, governor or gazette after it
_OWN_AFTER = re.compile(r"[一-鿿ぁ-んァ-ヴー・]{0,12}?(?:部|局|課|室)|ホームページ|知事|公報")


# A local government's site named on the page's first line (新潟県ホームページ, とりネット
# 鳥取県公式サイト): the 県 that publishes, where the notice says only 県 or names no one.
_SITE_OF = re.compile(
    r"^[^\n]{0,12}?(?<![一-鿿])(?P<gov>北海道|東京都|京都府|大阪府|[一-鿿]{2,3}県|[一-鿿々ヶ]{1,5}[市区町村])"
    r"(?:公式)?(?:ホームページ|ウェブサイト|Webサイト|WEBサイト|サイト)$"
)
_SITE_LINES = 2  # the site's name heads the page
_ONE_OF_KIND = {"都": "東京都", "道": "北海道"}


def site_of(line: str) -> re.Match[str] | None:
    """The local government a site's name line names (its group `gov`), or None."""
    return _SITE_OF.match(line)


def _site_government(text: str) -> list[tuple[str, str, int, int]]:
    at = 0
    for line in text.split("\n", _SITE_LINES)[:_SITE_LINES]:
        if (m := site_of(line)) is not None:
            return [(m.group("gov"), "Authority", at + m.start("gov"), at + m.end("gov"))]
        at += len(line) + 1
    return []


def own_prefecture(text: str, gaps: frozenset[int] = frozenset()) -> tuple[str, int, int] | None:
    """The prefecture a page that calls it only 県 (県は、本日、…) is from: the one prefecture
    of that kind it names with a department, site or governor after it (静岡県 くらし・環境部
    in the contact block), as (label, start, end) of that name; None where it is not one."""
    bare = next(
        (
            m
            for m in _BARE.finditer(text)
            if m.start() == 0 or m.start() in gaps or not re.match("[一-鿿]", text[m.start() - 1])
        ),
        None,
    )
    if bare is None:
        return _only_prefecture(text)
    own = [
        m
        for m in re.finditer(rf"(?<![一-鿿])(?:{_prefecture()})", text)
        if m.group().endswith(bare.group(1))
        and _OWN_AFTER.match(text, m.end())
        and not _NOT_A_PLACE.search(m.group())
    ]
    names = {m.group() for m in own}
    if not names:  # 都 and 道 are one each: 「本日、都は、」 is 東京都 wherever the page says so
        one = _ONE_OF_KIND.get(bare.group(1))
        return _by_domain(text, bare.group(1)) or ((one, *bare.span()) if one else None)
    return (own[0].group(), own[0].start(), own[0].end()) if len(names) == 1 else None


def _only_prefecture(text: str) -> tuple[str, int, int] | None:
    """The prefecture a page that calls it only 県庁 or 知事 speaks for: the one prefecture
    the page names anywhere (an address: 「〇〇県〇〇市…」), at its first mention."""
    if "県庁" not in text and "知事" not in text:  # a quick look before the pattern's
        return None
    if roles.pattern("unnamed_own_prefecture").search(text) is None:
        return None
    named = [
        m for m in re.finditer(rf"(?<![一-鿿])(?:{_prefecture()})", text)
        if not _NOT_A_PLACE.search(m.group()) and m.group() in tables.prefecture_names()
    ]  # fmt: skip
    if len({m.group() for m in named}) != 1:
        return None
    return named[0].group(), named[0].start(), named[0].end()


@lru_cache(maxsize=1)
def _domains() -> dict[str, str]:
    return {r["domain"]: r["name"] for r in tables.rows("prefectures")}


_DOMAIN = re.compile(r"\b((?:pref|metro)\.[a-z]+)\.(?:lg\.)?jp\b")


def _by_domain(text: str, kind: str) -> tuple[str, int, int] | None:
    """The prefecture whose domain the page's addresses use (a2930@pref.saitama.lg.jp), where
    they name one only; its span is the domain's, the one place the page names it."""
    names = _domains()
    found = [(names[m.group(1)], m) for m in _DOMAIN.finditer(text) if m.group(1) in names]
    if len({name for name, _ in found}) != 1 or not found[0][0].endswith(kind):
        return None
    return found[0][0], found[0][1].start(1), found[0][1].end(1)


# Offices named by their place that a notice names beside the regulator: a court that
# fined the company (「…諫早簡易裁判所から罰金の略式命令を受け」, 建設業法 reasons) and a
# 運輸局's branch that inspected it (「新潟運輸支局が監査を実施した」), or a 財務局's office
# that supervises a bank (「監督官庁である甲府財務事務所」). The place starts after a word that
# is not kanji (が, の, 、), and is no date's 年/月/日. Each with the words every match holds:
# a text without them is not searched (most notices name no court, and the search tried its
# look-behinds at every kanji: 1 % of a parse).
_OFFICES = (
    (
        re.compile(
            r"(?<![一-鿿々])(?![年月日])(?:[一-鿿々]{2,4}?(?:簡易|地方|家庭|高等)裁判所"
            r"(?:[一-鿿]{1,4}支部)?|最高裁判所)"
        ),
        "PublicBody",
        ("裁判所",),
    ),
    (  # a prosecutors' office or a police station a referral goes to (…を〇〇県〇〇警察署に
        # 告発した), a prefecture's police told of a sanction, a 気象台 among the bodies that act
        re.compile(
            r"(?<![一-鿿々])(?![年月日])(?:[一-鿿々]{2,4}?(?:地方|区|高等)検察庁|最高検察庁"
            r"|[一-鿿々]{2,4}?(?:地方|管区)気象台"
            r"|(?:[一-鿿々]{2,3}?[都道府県])?[一-鿿々]{1,4}?警察署(?![前通長])"
            r"|[一-鿿々]{1,3}?[都道府県]警察本部(?!長))"
        ),
        "PublicBody",
        ("検察庁", "気象台", "警察署", "警察本部"),
    ),
    (  # also right after its 運輸局 or 財務局 (東北運輸局青森運輸支局は、: the branch speaks)
        re.compile(
            r"(?:(?<![一-鿿々])|(?<=運輸局|財務局))(?![年月日])[一-鿿々]{2,3}?(?:運輸支局|財務事務所)"
        ),
        "Authority",
        ("運輸支局", "財務事務所"),
    ),
    (  # the coast guard's office whose report began the case (…海上保安本部からの通報書)
        re.compile(
            r"第[一二三四五六七八九十]{1,3}管区海上保安本部|(?<![一-鿿々])[一-鿿々]{2,4}?海上保安部"
        ),
        "PublicBody",
        ("海上保安",),
    ),
    (  # a local government's board of education, addressed for its pupils' data
        re.compile(
            r"(?:(?<![一-鿿々])[一-鿿々]{1,5}?|(?:(?<=[、。\n「(])|^)[ぁ-ん]{2,5})"
            r"[都道府県市区町村]教育委員会",
            re.M,
        ),
        "PublicBody",
        ("教育委員会",),
    ),
)


def offices(text: str) -> list[tuple[str, str, int, int]]:
    """(label, kind, start, end) of each court, 検察庁, 警察署, 気象台, 運輸支局 and 財務事務所
    named in `text`."""
    return [
        (m.group(), kind, m.start(), m.end())
        for pattern, kind, words in _OFFICES
        if any(word in text for word in words)
        for m in pattern.finditer(text)
    ]
