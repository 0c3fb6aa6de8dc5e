"""Organisation mentions: companies by their legal form (前株 and 後株), regulators and
public bodies from the shipped table, and 法人番号 with their check digit."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from shobun.parser import tables
from shobun.parser.extract import centres, glued, phrases, places
from shobun.parser.extract.bounds import before_joined, name_breaks
from shobun.parser.extract.suffixed import (
    CUT_POS,
    NAME_CHAR,
    Tokens,
    latin_form,
    latin_space,
    name_label,
    suffix_start,
)
from shobun.parser.model import OrgKind
from shobun.parser.normalize import NormText
from shobun.parser.patterns import JOINT_WORDS, longest_first

# 「AほかN社」「A外N名」: the name ends where the others are counted; 「A及びBの2社」: where
# the list's count closes it.
_OTHERS_SRC = r"(?:ほか|外|の)[0-9一二三四五六七八九十]+(?:社|名|者|法人|団体|事業者)"
_OTHERS = re.compile(_OTHERS_SRC)
_ANCHOR_AFTER = re.compile(
    rf"\((?=[^)]{{0,80}}(?:以下|法人番号|本店|本社|所在地|代表|住所))|(?:{_OTHERS_SRC})?に対[しす]"
)
# what closes a 前株 name that has an の in it (…の株式会社むさしのカード(さいたま市)と…,
# 「株式会社ひのくにファイナンス」に…): its place in brackets, or the quotes around it
_CLOSED_AFTER = re.compile(r"\((?=[^()、。]{1,16}[都道府県市区町村郡]\))|」")
# Where an unanchored 前株 name stops: the start of what follows it in the sentence.
_CONTINUATION = re.compile(
    r"に対し|に対す|について|に係る|において|による|により|に関す|における|から|及び|並びに"
    r"|又は|若しくは|と共に|とともに|との|ほか|等|が|は|を|に|の|と|で|へ|も|や"
)
_NOT_IN_NAME = re.compile(  # との取引, による違反: what follows the name, not part of it
    r"について|に関する|に基づ|に対す|に係る|における|による|との(?=[一-鿿])|であ|した|する|及び|並びに|又は"
)
_CLEAN_STOP = re.compile(r"(?:^|[^一-鿿々ぁ-んァ-ヴーA-Za-z0-9]|[はがをにでのとへも])$")
_FOOTNOTE = re.compile(r"(?<=[^0-9])[0-9]{1,2}(?:[、,][0-9]{1,2})+$")
_COORDINATION = re.compile(JOINT_WORDS)
_FOOTNOTE_TAIL = re.compile(r"(?:[、,][0-9]{1,2}(?![0-9]))+")


@dataclass(frozen=True)
class OrgMention:
    label: str
    kind: OrgKind
    start: int  # normalised offsets
    end: int


@lru_cache(maxsize=1)
def authority_pattern() -> tuple[re.Pattern[str], dict[str, tuple[str, OrgKind]]]:
    names: dict[str, tuple[str, OrgKind]] = {}
    for row in tables.authorities():
        kind: OrgKind = "Authority" if row.kind == "Authority" else "PublicBody"
        for name in (row.name, *row.common_names):
            names[name] = (row.name, kind)
    alternation = longest_first(names)
    # 内閣府令, 総務省告示, 設置法 name an enactment, 金融庁長官 an official, not the body
    return re.compile(f"(?:{alternation})(?!令|規則|告示|訓令|設置法|長官)"), names


_LATIN_BEFORE = re.compile(r"[A-Za-z0-9.,] $")


def form_matches(text: str) -> list[tuple[int, int, str]]:
    """Every legal form in `text`, leftmost and longest first, not overlapping: the
    same as `_form_pattern().finditer`. The forms in Japanese are one alternation of
    literals, longest first, which the regex engine scans for by their first
    characters; the Latin ones (Inc., NPO法人), which need a Latin name before them, by
    `str.find`. No form of one kind can overlap one of the other (a Latin form is
    ASCII where it meets another), so each kind is read alone and the two merged."""
    found = [(m.start(), m.end(), m.group()) for m in _native_forms().finditer(text)]
    for form in _latin_forms():
        at = text.find(form)
        while at >= 0:
            end = at + len(form)
            if _LATIN_BEFORE.search(text, max(0, at - 2), at) and not (
                text[end : end + 1].isascii() and text[end : end + 1].isalpha()
            ):
                found.append((at, end, form))
            at = text.find(form, at + 1)
    found.sort(key=lambda f: (f[0], -f[1]))
    out: list[tuple[int, int, str]] = []
    for f in found:
        if not out or f[0] >= out[-1][1]:
            out.append(f)
    return out


@lru_cache(maxsize=1)
def _native_forms() -> re.Pattern[str]:
    """The forms not written in Latin letters, longest first (the first that matches at
    a place is the longest there)."""
    forms = sorted((f for f in tables.org_forms() if not latin_form(f)), key=len, reverse=True)
    return re.compile("|".join(map(re.escape, forms)))


@lru_cache(maxsize=1)
def _latin_forms() -> tuple[str, ...]:
    return tuple(f for f in tables.org_forms() if latin_form(f))


@lru_cache(maxsize=1)
def _form_pattern() -> re.Pattern[str]:
    """Legal forms; a Latin one (Inc., LLC, AG) only as a whole word after a Latin name."""
    forms = sorted(tables.org_forms(), key=len, reverse=True)
    parts = [
        rf"(?<=[A-Za-z0-9.,] ){re.escape(f)}(?![A-Za-z])" if latin_form(f) else re.escape(f)
        for f in forms
    ]
    return re.compile("|".join(parts))


def authorities(norm: NormText) -> list[OrgMention]:
    """Regulators and public bodies from the table, and local governments where the
    sentence makes them one (see `places`)."""
    pattern, names = authority_pattern()
    out: list[OrgMention] = []
    for m in pattern.finditer(norm.text):
        label, kind = names[m.group()]
        out.append(OrgMention(label, kind, m.start(), m.end()))
    taken = [(m.start, m.end) for m in out]
    joins = frozenset(
        g for g in norm.gaps if g > 0 and "\n" in norm.source[norm.src[g - 1] : norm.src[g]]
    )  # where a line of the source ended
    found = [
        *places.local_governments(norm.text, norm.gaps, joins),
        *places.offices(norm.text),
        *centres.health_centres(norm.text),
    ]
    for label, local, start, end in found:
        if not any(s < end and start < e for s, e in taken):
            out.append(
                OrgMention(label, "Authority" if local == "Authority" else "PublicBody", start, end)
            )
    return sorted(out, key=lambda x: x.start)


def _right_extent(text: str, start: int, stops: frozenset[int] = frozenset()) -> int:
    """The end of the run of name characters (and spaces between Latin words) from
    `start`, up to the first stop after it; each run of name characters in one match."""
    end = start
    while end < len(text) and (end == start or end not in stops):
        run = _NAME_RUN.match(text, end)
        if run is None:
            if not (end > start and latin_space(text, end)):
                break
            end += 1
            continue
        end = next((at for at in range(end + 1, run.end()) if at in stops), run.end())
    others = _OTHERS.search(text, start, end)  # 株式会社ほか3社: no name after the form
    return others.start() if others else end


_NAME_RUN = re.compile(f"{NAME_CHAR.pattern}+")


def _prefix_name(text: str, fs: int, fe: int, tokens: Tokens, stops: frozenset[int]) -> int | None:
    """End of a 前株 name whose form is at [fs, fe), or None."""
    if (quoted := _quoted_end(text, fs, fe, stops)) is not None:
        return quoted  # 「株式会社ひのくに…」: the quote closes the name, の and all
    end = _prefix_end(text, fe, tokens, stops)
    return end if end is not None and plausible_name(text[fe:end]) else None


def _quoted_end(text: str, fs: int, fe: int, stops: frozenset[int]) -> int | None:
    """The end of a 前株 name that a 「」 holds whole (「…の貸金業者「株式会社Aのぞみ」に」)."""
    if fs == 0 or text[fs - 1] != "「":
        return None
    end = _right_extent(text, fe, stops)
    return end if text.startswith("」", end) and plausible_name(text[fe:end]) else None


def _prefix_end(text: str, fe: int, tokens: Tokens, stops: frozenset[int]) -> int | None:
    end = before_joined(text, fe, _form_pattern(), _right_extent(text, fe, stops))
    if text[fe : fe + 1].isdigit() or _COORDINATION.match(text, fe):  # A株式会社並びにB株式会社
        return None
    anchor = _ANCHOR_AFTER.match(text, end) or _CLOSED_AFTER.match(text, end)
    second = _form_pattern().search(text, fe, end)  # 株式会社A及びB株式会社: two names
    joint = _COORDINATION.search(text, fe, second.start()) if second else None
    if joint and joint.start() > fe:
        return joint.start()
    inner = _ANCHOR_AFTER.search(text, fe + 1, end)
    if inner and inner.start() > fe:
        end = inner.start()  # 株式会社Xに対する…: the name ends where に対し begins
        anchor = _ANCHOR_AFTER.match(text, end)
    if anchor and end > fe and not _NOT_IN_NAME.search(text, fe, end):
        return end
    for p in range(fe + 1, end):
        if _CONTINUATION.match(text, p) and tokens.pos_at.get(p) in CUT_POS:  # MeCab last
            return p
    return end if end > fe else None


def companies(norm: NormText, tokens: Tokens) -> list[OrgMention]:
    """Every company-like name built on a legal form.

    Names anchored by what follows them (a defining parenthetical, に対し) are
    trusted first; elsewhere a known name that fits the same form wins over the
    token heuristics, so 株式会社ひので銀行 is not cut at its の.
    """
    # |2024/5/21|株式会社A|減額|: run together; 「平成25年8月21日 ㈱A 事業改善に…」: apart by spaces
    stops = name_breaks(norm) | glued.name_ends(norm) | glued.spaced_name_ends(norm)
    forms = form_matches(norm.text)
    # each form's name by where the form starts: the second scan asks what the first did
    chosen: dict[int, tuple[int, int] | None] = {}
    first = _scan(norm, tokens, {}, stops, forms, chosen)
    anchored = {m.label: m for m in first if _ANCHOR_AFTER.match(norm.text, m.end)}
    if not anchored or len(anchored) == len(first):
        return first  # nothing known that could correct an unanchored name
    return _scan(norm, tokens, anchored, stops, forms, chosen)


def _scan(
    norm: NormText,
    tokens: Tokens,
    known: dict[str, OrgMention],
    stops: frozenset[int],
    forms: list[tuple[int, int, str]],
    chosen: dict[int, tuple[int, int] | None],
) -> list[OrgMention]:
    text = norm.text
    known = {k: known[k] for k in sorted(known, key=len, reverse=True)}
    out: list[OrgMention] = []
    taken_until = -1
    for fs, fe, form in forms:
        if fs < taken_until:
            continue
        position, kind_name = tables.org_forms()[form]
        kind: OrgKind = "PublicBody" if kind_name == "PublicBody" else "Company"
        span = _known_at(text, fs, fe, known) or _branch_owner(norm, fs, fe, position, tokens)
        if span is None and fs not in chosen:
            chosen[fs] = _choose(norm, fs, fe, position, tokens, stops)
        span = span or chosen[fs]
        if span is None:
            continue
        s, e = span
        s += text.startswith("・", s) and s < fs  # 「・A株式会社」: a bullet, not the name's
        tail = _FOOTNOTE_TAIL.match(text, e) if text[e - 1 : e].isdigit() else None
        label = _FOOTNOTE.sub("", text[s : tail.end() if tail else e])
        label = phrases.trimmed(label, fe - s if s == fs else len(label))
        out.append(OrgMention(label.replace(" ", ""), kind, s, s + len(label)))
        taken_until = e
    return out


def _known_at(text: str, fs: int, fe: int, known: dict[str, OrgMention]) -> tuple[int, int] | None:
    for label in known:  # longest first: _scan passes them so
        if text.startswith(label, fs):
            return fs, fs + len(label)
        if text.startswith(label, fe - len(label)) and fe - len(label) >= 0:
            return fe - len(label), fe
    return None


def _anchored_prefix_end(text: str, fe: int, stops: frozenset[int]) -> int | None:
    """The end of a 前株 name that a defining parenthetical or に対し closes."""
    end = _right_extent(text, fe, stops)
    if (joined := before_joined(text, fe, _form_pattern(), end)) < end:
        return joined if plausible_name(text[fe:joined]) else None
    inner = _ANCHOR_AFTER.search(text, fe + 1, end)
    if inner is not None:
        end = inner.start()
    if (
        end > fe
        and (_ANCHOR_AFTER.match(text, end) or _CLOSED_AFTER.match(text, end))
        and not _NOT_IN_NAME.search(text, fe, end)
        and plausible_name(text[fe:end])
    ):
        return end
    return None


# a law named after a legal form: 農業協同組合法第10条, 中小企業等協同組合法に基づく
_LAW_AFTER = re.compile(r"法(?:律)?(?=[(第にのでをはが、。\n]|施行|$)")
_NAME_OF = re.compile(r"名(?:称)?(?:欄)?(?![一-鿿ぁ-んァ-ヴー])")
_GENERIC_HEAD = re.compile(  # 「A株式会社及びB株式会社の2社」: the count of those named before
    r"^(?:等|又は|及び|並びに|若しくは|その他|の(?:形態|役員|従業員|社員)"
    r"|の(?:[0-9]+|[一二三四五六七八九十]+|両|各)(?:社|者|法人|事業者)(?![一-鿿ァ-ヴ]))"
)
_GENERIC_TAIL = re.compile(r"(?:事業者|業者|者|形態|役員|従業員|等)$")


# What a trade is called, not a company: the word before a name written (株)X
_ROLE_NOUN = re.compile(r"(?:業者|者)$")


def plausible_name(rest: str) -> bool:
    """What follows a legal form reads as a name, not as prose about companies in
    general (株式会社等の事業者, 合同会社の形態をとる事業者)."""
    return not (_GENERIC_HEAD.match(rest) or _GENERIC_TAIL.search(rest))


def _closes_before_gap(norm: NormText, fs: int, fe: int, position: str) -> bool:
    """A form written right after a name and followed by white space (a PDF column, a field
    block): it closes that name; the words after it are the next field's."""
    return (
        position == "both"
        and norm.gap_before(fe)
        and not norm.gap_before(fs)
        and fs > 0
        and NAME_CHAR.match(norm.text, fs - 1) is not None
    )


def _branch_owner(
    norm: NormText, fs: int, fe: int, position: str, tokens: Tokens
) -> tuple[int, int] | None:
    """あおば建設株式会社東北支店: the company before its form, not a 前株 株式会社東北支店."""
    text = norm.text
    if position != "both" or not phrases.pattern("company_branch").match(text, fe):
        return None
    if fs == 0 or not NAME_CHAR.match(text, fs - 1) or norm.gap_before(fs):
        return None
    start = suffix_start(norm, fs, tokens)
    return (start, fe) if start is not None else None


def _choose(
    norm: NormText, fs: int, fe: int, position: str, tokens: Tokens, stops: frozenset[int]
) -> tuple[int, int] | None:
    text = norm.text
    if _NAME_OF.match(text, fe):
        return None  # 生活協同組合名欄, 会社名: the word for a name, not a name
    if _LAW_AFTER.match(text, fe):
        return None  # 水産業協同組合法(以下「法」という。): a law's name, no 協同組合
    prefix = (  # a column break right after the form: the name stands before it
        position in ("prefix", "both") and NAME_CHAR.match(text, fe) is not None and fe not in stops
    )
    # A株式会社と親会社のB株式会社: the form closes the name before it (not 被処分者 株式会社や…)
    joined = (
        prefix and position == "both" and not norm.gap_before(fs) and _goes_on(text, fe, tokens)
    )
    # 「東雲興業株式会社 国土交通大臣許可」: a name ends at the form, white space after it
    joined = joined or _closes_before_gap(norm, fs, fe, position)
    suffix = suffix_start(norm, fs, tokens) if joined else None
    if suffix and _ROLE_NOUN.search(text, suffix, fs):
        suffix = None  # 食肉加工販売業者(株)やはぎ…: a trade's word before a 前株 name
    if suffix and _CLEAN_STOP.search(text, 0, suffix):
        return suffix, fe
    # 株式会社はやて証券(本店…: は begins the name; |株式会社さくら美容研究所|: a cell that is one
    end = (
        (_anchored_prefix_end(text, fe, stops) or _whole_cell(text, fs, fe, stops))
        if prefix
        else None
    )
    if end is None and prefix and not _goes_on(text, fe, tokens):
        end = _prefix_name(text, fs, fe, tokens, stops)
    if end is not None:
        return fs, end
    if position in ("suffix", "both"):
        start = suffix_start(norm, fs, tokens)
        if start is not None:
            return start, fe
    return None


def _goes_on(text: str, fe: int, tokens: Tokens) -> bool:
    """A particle, verb or conjunction right after the form (A株式会社と…, 株式会社は…): a
    part of speech, so asked only where it decides the name, since the first question
    tokenises the whole text."""
    return _CONTINUATION.match(text, fe) is not None and tokens.pos_at.get(fe) in CUT_POS


_ROW_START = re.compile(r"[0-9]{1,3} ?")  # a table row's number before its first cell
_CELL_NAME = re.compile(r"[^、。|\n()「」 ]{1,30}(?=[|\n]|$)")


def _whole_cell(text: str, fs: int, fe: int, stops: frozenset[int]) -> int | None:
    """The end of a name that fills its table cell or line from the form on (up to a
    padding gap: 株式会社A　　1億円), or None."""
    line = text.rfind("\n", 0, fs) + 1
    row = _ROW_START.fullmatch(text, line, fs) is not None  # 1 株式会社A 東京都…: a row
    if not (fs == line or text[fs - 1] == "|" or row or name_label().search(text, line, fs)):
        return None  # not at a cell's or line's start, nor after a label (商号　株式会社…)
    stop = next((at for at in range(fe + 1, min(len(text), fe + 31)) if at in stops), None)
    if row and stop is None:
        return None  # 2 株式会社Aの概要: a numbered heading, not a table's row
    m = _CELL_NAME.match(text, fe, stop or len(text))  # up to the next column
    if m is None or any(at in stops for at in range(fe + 1, m.end())):
        return None
    rest = m.group()  # no prose (に対する…について) and no second company (A及びB株式会社)
    if _NOT_IN_NAME.search(rest) or _form_pattern().search(rest) or not plausible_name(rest):
        return None
    return m.end()
