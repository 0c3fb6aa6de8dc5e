"""A header's date line: 「令和6年5月10日」, 「発表日:2023年10月5日11時」, 「News Release
平成24年3月29日」, a news item's stamp 「2019年02月08日(金) 17時05分」, a reproduction's
「(令和7年3月25日 九州経済産業局発表)」; and the authority a header line consists of."""

from __future__ import annotations

import bisect
import itertools
import re

from shobun.parser import roles
from shobun.parser.extract import dates
from shobun.parser.extract.orgs import OrgMention
from shobun.parser.model import DateValue

# 公表日：令和7年3月13日 — web pages label the date they publish a notice on.
# 「News Release 平成24年3月29日」「報道発表資料 令和6年5月10日」: a label before the date.
DATE_LABEL = re.compile(
    r"^(?:(?:報道)?発表|公表|掲載|公開)(?:日|年月日)(?:時)?[: ]?|^日付[:]"
    r"|^(?:(?:News|Press) ?Release|報道発表資料|報道資料|記者発表資料|プレスリリース)"
    r" ?(?=[0-9令平昭])|^(?:記者)?資料提供 ?\((?=[0-9令平昭])"  # 記者資料提供(2024年3月13日)
)
# What follows a published date on its line: a time (14時, 14時00分, 14:00), a weekday.
_AFTER_DATE = re.compile(
    r"\s*(?:\([月火水木金土日]\))?\s*(?:[0-9]{1,2}(?:時(?:[0-9]{1,2}分)?|:[0-9]{2}))?\)?\s*$"
)
# The office that publishes, after the date on its line: 「報道発表資料 2024年10月22日
# 生活文化スポーツ局」, 「平成27年11月24日 消費経済課」 — a bureau of the body, not a body.
_OFFICE_AFTER = re.compile(
    r"\s*(?:\([月火水木金土日]\))?\s*[一-鿿ァ-ヶー々・]{2,20}(?:局|部|課|室|センター|事務所|グループ)$"
)
# A news page's date line: 「2024年10月11日 09:30 配信」, or stamped with the time and a
# byline (「2008年05月17日(土) 08時26分」, 「2016年10月27日 11:40 編集部」).
_POSTED = re.compile(
    r"\s*(?:[0-9]{1,2}(?:時(?:[0-9]{1,2}分)?|:[0-9]{2}))?\s*(?:報道)?(?:配信|掲載|公開|発表|公表)$"
    r"|\s*(?:AM|PM|午前|午後)?\s?[0-9]{1,2}(?:時(?:[0-9]{1,2}分)?|:[0-9]{2})(?:\s*[^\s、。]{1,12})?$"
    # a handout's date line: 「平成24年9月21日(金) 県政記者クラブ配付資料」「…日 記者発表資料」
    r"|\s*(?:\([月火水木金土日]\))?\s*[一-鿿]{0,8}?(?:記者クラブ|記者発表|報道発表|報道)"
    r"(?:配付|配布|提供|発表)?資料$"
)


def date_line_parts(
    line: str, at: int, authorities: list[OrgMention]
) -> tuple[DateValue | None, list[OrgMention], tuple[int, int]]:
    """The date a header line gives (after a label like 公表日:, if any), the
    authorities that make up the rest of it, and the date's normalised span."""
    label = DATE_LABEL.match(line)
    skip = label.end() if label else 0
    value = dates.parse_date_text(line[skip:])
    date_len = len(line) - skip
    m = dates.leading_date(line, skip) if value is None else None
    if m and (
        (_AFTER_DATE if label else _POSTED).fullmatch(line, m.end())
        or _OFFICE_AFTER.fullmatch(line, m.end())
        or (not label and m.groupdict().get("sep") and _TAGS.fullmatch(line, m.end()))
    ):
        value, date_len = dates.parse_date_text(m.group()), m.end() - skip  # 発表日:…14時
    own = issuers(line, at, authorities)
    if value is None and not own:  # 令和6年1月31日 金融庁: date and authority on one line
        value, own, date_len = _date_and_authority(line[skip:], at + skip, authorities)
    if value is None and not own and (said := _said_on(line, at, authorities)):
        value, own, skip, date_len = said
    if value is None and not own and (dated := _dated_line(line, at, authorities)):
        value, own, skip, date_len = dated
    if value is None and not own and (glued := run_together(line)) is not None:
        value, skip, date_len = glued  # 「9月 202019」: a blog theme's month, day and year
    if value is None and not own and (compact := compact_stamp(line)) is not None:
        value, skip, date_len = compact  # 「20080702 日本経済新聞 朝刊」: a clipping's head
    if value is None and not own and (posted := _line_stamp(line)) is not None:
        value, skip, date_len = (
            dates.parse_date_text(line[slice(*posted)]),
            posted[0],
            posted[1] - posted[0],
        )
    return value, own, (at + skip, at + skip + date_len)


# A blog theme's date block flattened to one line: the month, then the day and the year run
# together (「9月 202019」 = 2019-09-20, 「Sep 202019」)
_RUN_TOGETHER = re.compile(
    r"\s*(?:(?P<m>[0-9]{1,2})月|(?P<en>Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?)"
    r" ?(?P<d>[0-3][0-9])(?P<y>(?:19|20)[0-9]{2})\s*"
)
_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def run_together(line: str) -> tuple[DateValue, int, int] | None:
    """The date of a line that is only a month, then a day and a year run together, with
    where it starts in the line and its length."""
    m = _RUN_TOGETHER.fullmatch(line) if "20" in line or "19" in line else None
    if m is None:
        return None
    month = int(m["m"]) if m["m"] else _MONTHS.index(m["en"]) + 1
    day = int(m["d"])
    if not (1 <= month <= 12 and 1 <= day <= 31):
        return None
    lo = len(line) - len(line.lstrip())
    return DateValue(int(m["y"]), month, day), lo, len(line.rstrip()) - lo


# A newspaper clipping's head: the day as eight digits, the paper and its edition or page
# (「20080702 日本経済新聞 朝刊」, 「20310402 あけぼの新報 夕刊 3面」): the item's date, no title
_COMPACT = re.compile(
    r"\s*(?P<y>(?:19|20)[0-9]{2})(?P<m>[01][0-9])(?P<d>[0-3][0-9])\s?"
    r"[^\s0-9。、]{1,16}?(?:新聞|新報|日報|時報|通信|タイムス|ジャーナル)(?:社)?"
    r"(?:\s?(?:朝刊|夕刊|電子版|地方版|[^\s0-9。、]{1,6}版|[0-9]{1,2}面|\([^()]{1,8}\)))*\s*"
)


def compact_stamp(line: str) -> tuple[DateValue, int, int] | None:
    """The date of a clipping's head line, where it starts in the line and its length."""
    m = _COMPACT.fullmatch(line) if line[:1].isdigit() or line[:1].isspace() else None
    if m is None:
        return None
    value = dates.parse_date_text(f"{m['y']}年{int(m['m'])}月{int(m['d'])}日")
    return (value, m.start("y"), 8) if value is not None else None


# A thread's post header with a two-digit year: 「1 :名無し ★:25/10/09(木) 16:11:35」
_THREAD_POST = re.compile(
    r"^[0-9]{1,4}\s*:[^。:]{1,30}:\s*(?P<y>[0-9]{2})/(?P<m>[0-9]{2})/(?P<d>[0-9]{2})"
    r"(?:\([月火水木金土日]\))?\s*[0-9]{1,2}:[0-9]{2}"
)


# A post's date with its tags or byline after it: 「2011/02/25 消費者取引関連法務, 特定商取引法」,
# 「2023/03/22 弁護士 山田 太郎」 (a date with slashes or dots: a site's, never a sentence's)
_TAGS = re.compile(r"[^。、]{1,60}")
_SAID_BY = re.compile(r"(?:発表|公表)?\)?$")


def _dated_line(
    line: str, at: int, authorities: list[OrgMention]
) -> tuple[DateValue | None, list[OrgMention], int, int] | None:
    """A reproduction's date line: 「(令和7年3月25日 九州経済産業局発表)」, 「2024年07月12日
    | カテゴリ:…」 — a date, then nothing but who said it, a 発表, a column of the site."""
    start = 1 if line.startswith("(") else 0
    m = dates.leading_date(line, start)
    if m is None:
        return None
    rest = line[m.end() :].split("|")[0].rstrip()
    who = _SAID_BY.sub("", rest).strip()
    own = issuers(who, at + m.end() + rest.find(who), authorities) if who else []
    if (who and not own) or ("|" not in line and not start and not who):
        return None
    return dates.parse_date_text(m.group()), own, m.start(), m.end() - m.start()


# 「東京労働局発表 平成22年7月27日 |」: who publishes, 発表, then the day (a 労働局's head line)
_SAID_ON = re.compile(r"(?P<who>[^\s|]{2,20}?)(?:報道|記者)?発表(?:資料)?\s*(?=[0-9令平昭])")
_DAY_AFTER = re.compile(r"\s*(?:\([^()]{1,6}\))?\s*\|?\s*")


def _said_on(
    line: str, at: int, authorities: list[OrgMention]
) -> tuple[DateValue | None, list[OrgMention], int, int] | None:
    said = _SAID_ON.match(line)
    m = dates.leading_date(line, said.end()) if said else None
    if said is None or m is None or not _DAY_AFTER.fullmatch(line, m.end()):
        return None
    own = issuers(said.group("who"), at, authorities)
    return (dates.parse_date_text(m.group()), own, m.start(), m.end() - m.start()) if own else None


def issuers(line: str, at: int, authorities: list[OrgMention]) -> list[OrgMention]:
    """The authority a header line consists of; where it is a ministry and its bureau
    (国土交通省関東地方整備局), the bureau, which is the body that speaks."""
    i = bisect.bisect_left(authorities, at, key=lambda a: a.start)  # linear over a header
    inside = []
    while i < len(authorities) and authorities[i].start < at + len(line):
        if authorities[i].end <= at + len(line):
            inside.append(authorities[i])
        i += 1
    whole = bool(inside) and inside[0].start == at and inside[-1].end == at + len(line)
    if whole and all(x.end == y.start for x, y in itertools.pairwise(inside)):
        return [inside[-1]]
    return []


def _date_and_authority(
    line: str, at: int, authorities: list[OrgMention]
) -> tuple[DateValue | None, list[OrgMention], int]:
    m = dates.leading_date(line)
    if not m or m.end() == len(line):
        return None, [], 0
    own = issuers(
        line[m.end() :].lstrip(), at + len(line) - len(line[m.end() :].lstrip()), authorities
    )
    return (dates.parse_date_text(m.group()), own, m.end()) if own else (None, [], 0)


def title_dated(text: str, title: str | None) -> tuple[int, int] | None:
    """The span of the release's own day right after its title quoted again below it (a
    bookmark's excerpt: 「…指示について 平成24年10月25日 福祉保健局 都は、…」)."""
    at = text.find(title) if title else -1
    while title and at >= 0:
        end = at + len(title)
        m = dates.DATE.match(text, end + (text[end : end + 1] == " "))
        if m is not None and m.group("d"):
            return m.span()
        at = text.find(title, end)
    return None


# 「…は、本日(令和13年4月2日)、…」: the lead says which day 本日 is
_TODAY_GLOSSED = re.compile(r"本日\s?\(")
_GLOSS_REACH = 2000  # characters: the lead stands near the top


def glossed_today(text: str) -> tuple[int, int] | None:
    """The span of the day a lead glosses its 本日 with (本日(令和13年4月2日)), or None."""
    m = _TODAY_GLOSSED.search(text, 0, _GLOSS_REACH)
    day = dates.DATE.match(text, m.end()) if m is not None else None
    if day is None or not day.group("d") or not text.startswith(")", day.end()):
        return None
    return day.span() if dates.parse_date_text(day.group()) is not None else None


def later_date(text: str, start: int) -> tuple[int, int] | None:
    """The span of the date a notice whose header gives none is dated by: a date line of
    its own below the header, else a list page's 更新 stamp, else a page's posting stamp
    (a byline, a post's header, a footer)."""
    return date_line(text, start) or updated(text, start) or stamp(text)


def date_line(text: str, start: int) -> tuple[int, int] | None:
    """A date on a line of its own from `start` on (a notice signed at its end), not the
    value of a field that dates an action (「処分年月日⏎令和5年11月8日」 in a list page's
    block: the page is dated by its 更新日, the action by the field)."""
    label = roles.pattern("action_date_label")
    at = 0
    for line in text.split("\n"):
        day = _SAID_AT_FOOT.sub("", line)  # 「令和13年4月2日 発表」: the day it was announced
        dated = len(line) <= 20 and dates.parse_date_text(day) is not None
        if at >= start and dated and not label.search(text, max(0, at - 13), at):
            return at, at + len(day)
        at += len(line) + 1
    return None


_SAID_AT_FOOT = re.compile(r"\s?(?:発表|公表)$")


def updated(text: str, end: int) -> tuple[int, int] | None:
    """The date of a page's 更新 stamp before `end` (「2021年6月30日更新」, a prefecture's
    header field 「ページ番号:… 更新日:2021年6月30日」), where the page gives no other date."""
    for m in dates.DATE.finditer(text, 0, end):
        stamped = text.startswith("更新", m.end()) or _UPDATED_FIELD.search(
            text, max(0, m.start() - 6), m.start()
        )
        if stamped and dates.parse_date_text(m.group()) is not None:
            return m.start(), m.end()
    return None


_UPDATED_FIELD = re.compile(r"更新日[:\s]?$")


# A page's stamp of the day it posted a story, with no sentence around it: a byline
# 「テレビあおば 2022年10月6日(木) 17:48」, 「投稿日:2018年10月9日」, a post header
# 「2013年02月20日 カテゴリー:行政処分情報」, a footer 「[2013年1月31日20時08分]」, a forum
# post 「112 名無しさん 2008/01/10(木) 21:09:47 ID:x」, a bookmark's 「example.jp 2012/06/13
# 12 users」, a trade paper's issue 「(2020年10月15日号)」, a paper's 「…新聞 2031年4月2日記事」
# or 「…新聞 2031年4月2日付 5面」, 「…ジャーナル 2031年4月2日(水) 食品・卸売面」,
# a credit 「提供:…新聞社 (2031年4月2日 更新)」, a clip's 「【2031年4月2日 …新報】」.
# It needs a time, an issue, a count of users, a label before it, a labelled field or the
# paper's name after it: a date alone on a line is `date_line`'s.
_STAMP_BEFORE = re.compile(
    r"[^。、「」:]{0,32}?[\[(【]?|(?:投稿|公開|掲載|配信)(?:日|日時)?:"
    r"|(?:提供|出典|出所|引用元?|ソース):[^。、「」:]{1,30}?[\[(【]?"  # a credit, then the day
    r"|[0-9]{1,4}\s*:[^。:]{1,30}:\s*"  # a thread's post: 「1 :名無し ★:2031/04/02(水) 16:11:35」
)
_STAMP_TIME = r"(?:AM|PM|午前|午後)?\s?[0-9]{1,2}(?:時(?:[0-9]{1,2}分)?|:[0-9]{2}(?::[0-9]{2})?)"
_STAMP_AFTER = re.compile(
    rf"(?:\([月火水木金土日]\))?\s*(?P<time>{_STAMP_TIME})?\s?(?P<issue>号|記事|更新|掲載|付\s?(?:(?:朝刊|夕刊)\s?)?(?:[0-9]{{1,2}}面)?(?<!付)|[一-鿿・]{{1,10}}面)?\s*[\])】]?"
    r"(?P<field>\s*[^\s:0-9]{1,8}:[^。]*)?(?P<count>\s*[0-9]+\s*users?(?:\s*#[^\s#]+)*)?\s*"
)
_LABELLED = re.compile(r"(?:投稿|公開|掲載|配信)(?:日|日時)?:$")
# the paper a clip credits after its day, inside the brackets: 「【2031年4月2日 …新報】」, not
# what the day starts (「(2031年4月2日から実施)」) or a licence's day (「(令和3年4月1日許可)」)
_OPENERS = ("【", "[", "(")
_SOURCE_AFTER = re.compile(
    r"\s*(?!から|まで|以[降後前]|付|[にのをはで]|(?:許可|認可|登録|免許|届出|設立|承認|指定)[】\])])"
    r"[^\s\])】:0-9。、「」]{2,12}[】\])]\s*"
)


def stamp(text: str) -> tuple[int, int] | None:
    """The span of the date of the first line of `text` that is a page's posting stamp."""
    at = 0
    for line in text.split("\n"):
        if (span := _line_stamp(line)) is not None:
            return at + span[0], at + span[1]
        at += len(line) + 1
    return None


def _line_stamp(line: str) -> tuple[int, int] | None:
    if len(line) > 80:
        return None
    if (post := _THREAD_POST.match(line)) is not None:
        return post.start("y"), post.end("d")
    m = dates.DATE.search(line) or dates.SLASHED.search(line)
    if m is None:
        return None
    if _LABELLED.search(line, 0, m.start()):  # 公開日:2024年12月3日 最終更新日:…
        return (m.start(), m.end()) if dates.parse_date_text(m.group()) is not None else None
    if not _STAMP_BEFORE.fullmatch(line, 0, m.start()):
        return None
    after = _STAMP_AFTER.fullmatch(line, m.end())
    clipped = line[m.start() - 1 : m.start()] in _OPENERS and _SOURCE_AFTER.fullmatch(line, m.end())
    if not clipped and (
        after is None or not any(after.group(g) for g in ("time", "field", "count", "issue"))
    ):
        return None
    return (m.start(), m.end()) if dates.parse_date_text(m.group()) is not None else None


# A quoted release's lead right below its date and issuer: 「個人情報保護委員会(以下…)は、本日、」
_QUOTED_LEAD = re.compile(r"(?:\([^()]{0,60}\))?は、?本日")
_DAY_LINE = 20  # characters: a date alone on its line, with a weekday or a time


def quoted_day(
    text: str, authorities: list[OrgMention]
) -> tuple[DateValue, tuple[int, int], str] | None:
    """The date and issuer a quoted release prints above its lead with no title of their own
    (a blog post of December quoting 「令和7年9月5日⏎個人情報保護委員会⏎個人情報保護委員会
    は、本日、…」): the day the lead's 本日 means, which the page's own date is not."""
    lines = text.split("\n")
    at = 0
    for day, who, lead in zip(lines, lines[1:], lines[2:], strict=False):
        value = dates.parse_date_text(day) if len(day) <= _DAY_LINE else None
        own = issuers(who, at + len(day) + 1, authorities) if value is not None else []
        said = own and lead.startswith(own[0].label)
        if said and _QUOTED_LEAD.match(lead, len(own[0].label)) and value is not None:
            return value, (at, at + len(day)), own[0].label
        at += len(day) + 1
    return None


# A headline with the page's date after it on its line: a newsletter's 「…メールマガジン(第53号)
# 平成27年4月1日」, a post's 「…に停止命令 〇〇労働局/2021.09.08 【〇〇新聞】」 (a bracket or a
# slash before the date, the paper's name after it at most)
_TITLE_THEN_DATE = re.compile(
    r"(?<=[)/\x20])(?P<date>(?:令和|平成|昭和)[0-9元]{1,2}年[0-9]{1,2}月[0-9]{1,2}日"
    r"|[0-9]{4}年[0-9]{1,2}月[0-9]{1,2}日|[0-9]{4}([/.])[0-9]{1,2}\2[0-9]{1,2})"
    r"(?:【[^【】]{1,12}】)?$"
)


def title_then_date(line: str) -> tuple[str, tuple[int, int]] | None:
    """The headline before the date that ends `line`, and the date's span in it."""
    if not line[-1:].isdigit() and not line.endswith(("日", "】")):
        return None
    m = _TITLE_THEN_DATE.search(line)
    title = line[: m.start()].rstrip("/ ") if m else ""
    if m is None or len(title) < 8 or title.endswith(("日", "付", "期間")):
        return None  # 「処分日 令和…日」: a field's label, never a title
    return (title, m.span("date")) if dates.parse_date_text(m.group("date")) else None
