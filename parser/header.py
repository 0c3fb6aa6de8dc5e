"""The header block: title, issue-date line and issuing authority.

The header is every line before the first sentence (a line ending in 。) or the first
numbered section. Where there is no header, the authority is the subject of the
announcement (「個人情報保護委員会は、本日、…勧告を行い」).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from shobun.parser import daytitled, headlines, sourced, subheaded, tables
from shobun.parser.announced import announced_day, lead_day, yearless_day
from shobun.parser.datelines import (
    DATE_LABEL,
    date_line_parts,
    glossed_today,
    issuers,
    later_date,
    quoted_day,
    title_dated,
    title_then_date,
)
from shobun.parser.extract import dates
from shobun.parser.extract.orgs import OrgMention
from shobun.parser.extract.places import site_of
from shobun.parser.model import DateValue
from shobun.parser.normalize import NormText
from shobun.parser.runon import run_on_header
from shobun.parser.speaker import signed, subject_authority
from shobun.parser.structure import read_marker
from shobun.parser.wrapped import TITLE_MAX, best_title

# the authority that acts, at the head of a lead sentence: 「〇〇局は、」, a blog's 「大阪府が、」
_LEAD = re.compile(r"[^、。\n]{2,30}?(?:\([^()]*\))?(?:は|が)(?:[0-9]{1,2}日|昨日|今日|本日)?、")
_TITLE_ENDS = headlines.TITLE_ENDS
_TITLE_MAX = TITLE_MAX
_Span = tuple[int, int]
# Page furniture around a web notice: the page's number, the day it was updated, links.
_FURNITURE = re.compile(
    r"^(?:ページ(?:番号|ID)|(?:最終)?更新(?:日|年月日)|印刷|文字サイズ|ツイート|シェア|"
    r"このページ|本文へ|ここから本文|サイトメニュー|サイトマップ|English|ENGLISH|記者発表ヘッダー|"
    r"ページの先頭|ページ内を移動|[^()\n]{1,20}\([a-z0-9]\)へ$|"  # skip links (本文(c)へ)
    r"[^>\n]{0,40}>[^>\n]{0,80}>)"
)
_TITLE_CUE = headlines.TITLE_CUE
# A line that only names a local government or one of its bureaux (東京都, 大阪府
# 商工労働部): the issuer, printed above the title, never a part of it.
_ISSUER = re.compile(
    r"^(?:[一-鿿々]{1,4}[都道府県]|[一-鿿々ヶ]{1,6}[市区町村])"
    r"(?:[一-鿿ァ-ヶー々・]{0,20}(?:局|部|課|室|センター|事務所))?"
    r"(?: ?(?:News|Press) ?Release[A-Za-z .]{0,30})?$"  # 富山県 News Release MAKE … STYLE
)


# An office's line above the title (医薬局監視指導・麻薬対策課, 宅建業指導グループ): it names
# who answers, never a part of the title.
_OFFICE = re.compile(r"^[^、。にをはがで]{2,40}(?:課|室|係|班|グループ)$")
# A contact line printed above or below the title: (担当)…課, 問合せ先:…, 電話 03-….
_CONTACT = re.compile(
    r"^[(【\[]?(?:担当|お?問(?:い)?合(?:わ)?せ|連絡先|照会先)"
    r"|^\(?(?:電話|TEL|Tel|FAX|直通|代表)\)?(?:番号)?[: 0-9(]|^(?:E-?mail|Email|メール)"
)


@dataclass(frozen=True)
class Header:
    title: tuple[int, int] | None  # normalised span
    title_text: str | None
    issued: DateValue | None
    issued_span: tuple[int, int] | None
    authority: str | None
    body_start: int


def _lines(text: str) -> list[tuple[int, str]]:
    out, pos = [], 0
    for line in text.split("\n"):
        out.append((pos, line))
        pos += len(line) + 1
    return out


@dataclass(frozen=True)
class _Scan:
    """What the header's lines give: the issue date and its span, the issuer, a local
    government printed above the title, and per line the line if it may be a title."""

    issued: DateValue | None
    issued_span: tuple[int, int] | None
    authority: str | None
    local: str | None
    candidates: list[tuple[int, str] | None]
    posted: bool = False  # the title is the entry's, right above its 投稿日 line


def _scan(lines: list[tuple[int, str]], authorities: list[OrgMention]) -> _Scan:
    issued: DateValue | None = None
    issued_span: tuple[int, int] | None = None
    authority: str | None = None
    local: str | None = None
    candidates: list[tuple[int, str] | None] = []
    dated_by = False  # the issue date came with its issuer on its line
    entry: tuple[int, str] | None = None
    quoted = False
    for at, line in lines:
        value, own, date_span = date_line_parts(line, at, authorities)
        split = title_then_date(line) if value is None and not own else None
        if split is not None:  # …(第N号) 令和…日: a title, then the page's date
            (lo, hi), value = split[1], dates.parse_date_text(line[slice(*split[1])])
            line, date_span = split[0], (at + lo, at + hi)
        candidates.append((at, line) if split and _title_like(line) else None)
        if value is not None and (issued is None or (own and not dated_by)):
            # a date with its issuer on the line (「(令和7年3月25日 〇〇局発表)」) over a
            # site's posting stamp above it
            issued, issued_span, dated_by = value, date_span, bool(own)
            authority = (own[0].label if own else None) or authority
        elif own and (authority is None or _part_of(own[0].label, authority)):
            authority = own[0].label  # 総務省⏎関東総合通信局: the bureau on its own line speaks
        elif _ISSUER.match(line) or site_of(line):  # 群馬県県土整備部…, 新潟県ホームページ
            gov = headlines.GOVERNMENT.search(line)  # the 県 speaks
            local = local or (gov.group() if gov else None)
        elif _title_like(line):
            candidates[-1] = (at, line)
        local = local or headlines.stamped_government(line)
        above = candidates[-2] if value is not None and len(candidates) > 1 else None
        quoted = quoted or bool(above and entry)  # a quoted release: its title over its day
        entry = entry or (above if _POSTED.match(line) else None)  # a title over its 投稿日
    if entry and authority is None and not quoted:
        return _Scan(issued, issued_span, authority, local, [entry], posted=True)
    return _Scan(issued, issued_span, authority, local, candidates)


_POSTED = re.compile(r"(?:投稿日|公開日)\s*[:：]")


def read_header(norm: NormText, authorities: list[OrgMention]) -> Header:
    lines, body_start = _header_lines(norm)
    found = _scan(lines, authorities)
    issued, issued_span, authority = found.issued, found.issued_span, found.authority
    title, title_text = _best(norm, found, body_start)
    # the notice's own date and issuer above its title (a News Release, then its 別添)
    own_header = bool(title and issued_span and authority and issued_span[0] < title[0])
    if not own_header and (inner := _reproduced(norm.text, authorities)) is not None:
        (title, title_text), issued, issued_span, authority, body_start = inner
    elif not own_header and (linked := _linked(norm.text)) is not None:
        title, title_text = linked  # a blog's memo: the government page it quotes
    elif (title_text is None or not _TITLE_CUE.search(title_text)) and not found.posted:
        # a site's line that ends in 。 (a blog's tagline) stood above the notice's own
        # header: the title is further down, before the lead; a site's name is none
        late = best_title(_late_candidates(norm.text, body_start, authorities))
        title, title_text = late if late[0] is not None else (title, title_text)
    if (title_text is None or not _TITLE_CUE.search(title_text)) and (
        run := run_on_header(norm.text, authorities)
    ):  # a forum's quote: the release's header run on into its first line
        (title, issued, issued_span, said), title_text = run, norm.text[slice(*run[0])]
        authority = said or authority
    if not own_header and (quoted := quoted_day(norm.text, authorities)) is not None:
        issued, issued_span, authority = quoted  # a blog's quote: the release's own day
    elif not own_header and (src := sourced.reproduced_day(norm.text, issued)) is not None:
        issued, issued_span = src  # 「参照元:消費者庁(2025年6月18日より)」: the release's day
    title_text, authority, issued, issued_span = signed(
        norm.text, authorities, title_text, authority, (issued, issued_span)
    )
    if authority is None:
        authority = subject_authority(norm.text, body_start, authorities, found.local)
        authority = authority or headlines.headline_subject(title_text, norm.text[body_start:])
    crumb = headlines.breadcrumb_title(norm.source)
    title, title_text, dated = headlines.dated_title(title, title_text, crumb)
    if issued is None:
        dated = dated or _prefix_day(norm.text, title)
        issued, issued_span = _late_day(norm, authority, title_text, dated, body_start)
    title, title_text = subheaded.cut(norm, *_final_title(norm, title, title_text, found.posted))
    issued, issued_span = _after_title(norm.text, title_text, issued, issued_span)
    return Header(
        title, title_text, issued, issued_span, authority, min(body_start, len(norm.text))
    )


def _prefix_day(text: str, title: tuple[int, int] | None) -> _Span | None:
    """The day in brackets a page writes right before its title (「(令和7年2月26日)…について」),
    which the title's leading mark took off."""
    found = _PREFIX_DAY.search(text, 0, title[0]) if title else None
    return found.span(1) if found else None


_PREFIX_DAY = re.compile(r"(?:^|\n)\(((?:令和|平成)(?:[0-9]+|元)年[0-9]+月[0-9]+日)\)\s*$")


def _best(norm: NormText, found: _Scan, body: int) -> tuple[_Span | None, str | None]:
    """The header line that reads most as the title, or the handout's title under the
    kicker in 【】 that would read so."""
    title, text = best_title(found.candidates)
    return daytitled.after_kicker(norm, title, text, body) or (title, text)


def _after_title(
    text: str, title_text: str | None, issued: DateValue | None, span: tuple[int, int] | None
) -> tuple[DateValue | None, tuple[int, int] | None]:
    """「…について令和13年4月2日〇〇局…」: the day right after a run-on page's title, where
    no other line dated the notice."""
    if issued is not None or (after := title_dated(text, title_text)) is None:
        return issued, span
    return dates.parse_date_text(text[slice(*after)]), after


def _late_day(
    norm: NormText, authority: str | None, title: str | None, dated: _Span | None, body: int
) -> tuple[DateValue | None, _Span | None]:
    """The day of a header that gives none: a reprint's 「岐阜県は3月4日、…を公表」 (the
    release's day), a title's (…について(令和5年5月25日付)), a date on a line of its own
    further down (signed at the end), the day a list page says it was updated, a posting
    stamp, else the full date the lead gives after the speaker."""
    if release := announced_day(norm.text, authority, dates.dateline):
        return release
    if (glossed := glossed_today(norm.text)) is not None:  # 本日(令和13年4月2日)、
        return dates.parse_date_text(norm.text[slice(*glossed)]), glossed
    if dated and (day := dates.parse_date_text(norm.text[slice(*dated)])) is not None:
        return day, dated
    span = title_dated(norm.text, title) or later_date(norm.text, body)
    if span is None and (lead := lead_day(norm.text, authority)) is not None:
        return lead  # 「〇〇庁は令和13年4月2日、…」 on a page with no date of its own
    if span is None and (stamped := yearless_day(norm.text, body)) is not None:
        return stamped  # 「12月8日(金) 17時05分 配信」, its year from a full date below
    return (dates.parse_date_text(norm.text[slice(*span)]) if span else None), span


def _final_title(
    norm: NormText, title: tuple[int, int] | None, text: str | None, posted: bool
) -> tuple[tuple[int, int] | None, str | None]:
    """The title a page gives only as its breadcrumb's last item (not over a blog entry's own),
    with the subtitle the trail gives it, and with the circled numbers its source writes."""
    if (text is None or not _TITLE_CUE.search(text)) and not posted:
        title, text = _crumb(norm) or daytitled.title_before_day(norm) or (title, text)
    text = headlines.crumb_subtitled(text, norm.source) or text
    if title is not None and text is not None:
        text = headlines.circled_as_written(text, norm.source[slice(*norm.to_source(*title))])
    return title, text


def _linked(text: str) -> tuple[tuple[int, int], str] | None:
    """The title of the government page a page quotes under its address (`sourced`)."""
    found = sourced.linked_title(text)
    return found if found and _title_like(found[1]) and _TITLE_CUE.search(found[1]) else None


def _crumb(norm: NormText) -> tuple[None, str] | None:
    """A title given only as the breadcrumb's last item: no span, for normalising dropped
    the trail from the text."""
    crumb = headlines.breadcrumb_title(norm.source)
    fits = crumb and _title_like(crumb) and _TITLE_CUE.search(crumb) and not dates.DATE.match(crumb)
    return (None, crumb) if fits and crumb else None


def notice_start(head: Header) -> int:
    """Where the notice's own text starts: at its title, or after it where the title is a
    site's heading that names no action (a news list's 「最近の…関連ニュース」)."""
    if head.title is None:
        return 0
    cued = head.title_text is not None and _TITLE_CUE.search(head.title_text)
    return head.title[0] if cued else head.title[1]


def _part_of(body: str, whole: str) -> bool:
    return tables.parent_bodies().get(body) == whole


def _header_lines(norm: NormText) -> tuple[list[tuple[int, str]], int]:
    """The lines before the first sentence or numbered section, page furniture (a site's
    menu too) left out and a title's leading mark (●, 【報道発表】) taken off; and where the
    body starts."""
    out: list[tuple[int, str]] = []
    body_start = 0
    trail = False  # inside a breadcrumb trail written as a numbered list
    for at, line in _lines(norm.text):
        trail = headlines.in_trail(line, trail)
        menu = headlines.menu_line(line, [g - at for g in norm.gaps_between(at, at + len(line))])
        if trail or menu or _FURNITURE.match(line):  # ここから本文です。 ends no header
            body_start = at + len(line) + 1
            continue
        if line.endswith("。") or headlines.opens_body(line) or len(line) > 200:
            return out, at
        body_start = at + len(line) + 1
        mark = headlines.TITLE_MARK.match(line)
        if mark and _title_like(line[mark.end() :]):
            at, line = _unmarked(at, line, mark)
        gaps = [g - at for g in norm.gaps_between(at, at + len(line))]
        out.append((at, headlines.without_site(line, gaps)))
    return out, body_start


def _unmarked(at: int, line: str, mark: re.Match[str]) -> tuple[int, str]:
    """A title line without its leading mark, and without the same mark closing it (◆…◆)."""
    line = line[mark.end() :]
    return at + mark.end(), line[:-1] if line[-1:] == mark.group()[:1] else line


_Title = tuple[tuple[int, int] | None, str | None]
# the title, the date and its span, the authority (None where only its office is printed,
# 「平成29年3月24日⏎薬務課薬物監視係」) and where the body starts
_Reproduced = tuple[_Title, DateValue, tuple[int, int], str | None, int]


def _reproduced(text: str, authorities: list[OrgMention]) -> _Reproduced | None:
    """A notice's own header inside a page that reproduces it (a law firm's column, a news
    site, a document-sharing page): below the site's headline and before the first
    numbered section, a date line and an authority's line next to each other, then the
    title (「令和4年6月24日⏎近畿財務局⏎…に対する行政処分について」)."""
    run: list[tuple[int, str]] = []
    first = True  # the page's own header: the run must follow a headline of the site's
    for at, line in _lines(text)[:_REPRO_LINES]:
        # a document-sharing page's page number ((1) alone on its line) opens no section
        marker = read_marker(line) is not None and not _PAGE_NUMBER.fullmatch(line)
        if not (line.endswith("。") or marker):
            run.append((at, line))
            continue
        if (found := _header_run(run, authorities, first)) is not None or marker:
            return found
        run, first = [], False
    return None


_REPRO_LINES = 60  # how far down a page the notice's own header may stand
_PAGE_NUMBER = re.compile(r"\([0-9]{1,3}\)|-\s?[0-9]{1,3}\s?-")


def _header_run(
    run: list[tuple[int, str]], authorities: list[OrgMention], first: bool
) -> _Reproduced | None:
    for i in range(len(run) - 2):
        pair = (run[i], run[i + 1])
        dated = [(at, line, dates.parse_date_text(line)) for at, line in pair]
        said = [issuers(line, at, authorities) for at, line in pair]
        day = next(((at, line, v) for at, line, v in dated if v is not None), None)
        who = next((own[0].label for own in said if own), None)
        office = who is None and any(_OFFICE.match(line) for _, line in pair)
        if day is None or not (who or office) or (first and not _headline_before(run[:i])):
            continue
        title = best_title([_titled(at, line) for at, line in run[i + 2 :]])
        if title[0] is not None:
            at, line, value = day
            return title, value, (at, at + len(line)), who, run[-1][0] + len(run[-1][1]) + 1
    return None


def _headline_before(lines: list[tuple[int, str]]) -> bool:
    return any(_titled(at, line) for at, line in lines)


def _titled(at: int, line: str) -> tuple[int, str] | None:
    return (at, line) if _title_like(line) and _TITLE_CUE.search(line) else None


def _late_candidates(
    text: str, body_start: int, authorities: list[OrgMention]
) -> list[tuple[int, str] | None]:
    """The lines that may be a title between the header and the lead sentence
    (「消費者庁は、本日、…」), where a site's line ending in 。 cut the header short."""
    lead = next(
        (a.start for a in authorities if a.start >= body_start and _LEAD.match(text, a.start)),
        None,
    )
    if lead is None:
        return []
    out: list[tuple[int, str] | None] = []
    for at, line in _lines(text[:lead]):
        if at < body_start or at + len(line) >= lead:
            continue
        mark = headlines.TITLE_MARK.match(line)
        at, line = _unmarked(at, line, mark) if mark else (at, line)
        line = headlines.without_site(line)
        cued = _TITLE_CUE.search(line) or headlines.HEADLINE_CUE.search(line)
        fits = _title_like(line) and not (_FURNITURE.match(line) or headlines.opens_body(line))
        fits = fits and bool(cued)
        out.append((at, line) if fits else None)
    return out


def _title_like(line: str) -> bool:
    """A title is a phrase: no sentence inside it, not a label like 報道発表資料."""
    return (
        bool(line)
        and not any(p.match(line) for p in (_ISSUER, DATE_LABEL, _CONTACT, _OFFICE))
        and not headlines.not_title(line)
        and "。" not in line
        and len(line) <= _TITLE_MAX
    )
