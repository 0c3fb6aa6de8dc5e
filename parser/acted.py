"""When an action was taken: 本日, or the dates written before its term in its sentence
(「令和7年6月2日及び同年7月1日、」 gives two), not a deadline (までに) or a period's start
(から); a year alone (平成30年にも) dates none."""

from __future__ import annotations

import re
from bisect import bisect_left
from functools import lru_cache

from shobun.parser import roles
from shobun.parser.context import Context
from shobun.parser.model import DateValue

_PERIOD_AFTER = re.compile(r"(?:頃)?(?:から|より)")
_NEXT_DAY = re.compile(r"(?:及び|並びに|、)[0-9]{1,2}日(?:の両日)?[、に]")
_DATED = re.compile(
    r"\)?付け?(?:\([^()]{0,30}\))?で"
)  # 付けで, 付け(…名)で: adverbial; 付けの names another
_DATE_JOIN = re.compile(r"及び|および|並びに|、")
_RESTATED = re.compile(r"\([0-9]{1,2}(?:/[0-9]{1,2}|月[0-9]{1,2}日)\)")


def is_action_date(text: str, end: int) -> bool:
    """A date that says when something was done: 「令和7年3月14日、」「…日に」「…日付けで」,
    not a deadline (までに) or the start of a period (から)."""
    if text.startswith(")", end):  # 本日(平成31年2月28日)付けで
        end += 1
    if (again := _RESTATED.match(text, end)) is not None:  # 昨日(4/19)、: the day again
        end = again.end()
    if text.startswith("付", end):
        return True
    if text.startswith("|", end) and _fills_cell(text, end):  # |令和6年8月6日|
        return True
    if _NEXT_DAY.match(text, end):  # 「平成28年6月8日及び9日、…立入検査を実施」: its first day
        return True
    return (
        text[end : end + 1] in ("、", "に", ",")  # ，(NFKC ,): 公正取引委員会の読点
        and not text.startswith(("までに", "にかけ"), end)  # AからBにかけ(て): a period
        and not _PERIOD_AFTER.match(text, end)
    )


_BEGUN = re.compile(
    r"から(?:実施|開始)した(?:(?:当行|当社|当金庫|当組合|同社|同行|同金庫|同組合)に対する)?"
    r"(?:立入|立ち入り|臨店)?検査"
)  # 「当局が令和5年10月から実施した当行に対する立入検査」: its month
# 本日, and news' 「…局はきょう、」
_TODAY = re.compile(r"本日|(?<=[はが、])(?:きょう|今日)(?=、|[一-鿿ァ-ヴ])")
# 「◆10月3日 電話勧誘販売業者【…】に対する行政処分について⏎…本日、…命じました。」: a digest's
# item quotes a release under the day it was issued; its 本日 is that day, not the digest's
_ITEM_HEAD = re.compile(r"^[◆◇■□●○▼]\s*(?:[0-9]{4}年)?[0-9]{1,2}月[0-9]{1,2}日(?!から|まで)", re.M)
_ITEM_REACH = 1500  # characters: how far above its 本日 an item's head line stands
_ITEM_HEAD_MAX = 16  # characters: the longest head (◆2018年10月10日)


def _item_day(ctx: Context, pos: int) -> DateValue | None:
    heads = _item_heads(ctx.norm.text)
    i = bisect_left(heads, pos) - 1
    if i < 0 or pos - heads[i] > _ITEM_REACH:
        return None
    found = [v for _, _, v in ctx.date_index.between(heads[i], heads[i] + _ITEM_HEAD_MAX)]
    day = found[0] if found and found[0].day else None
    today = ctx.today
    return day if day and today and (day.year, day.month) <= (today.year, today.month) else None


@lru_cache(maxsize=8)
def _item_heads(text: str) -> list[int]:
    """Where each digest item's head line starts, once per text."""
    return [m.start() for m in _ITEM_HEAD.finditer(text)]


def _fills_cell(text: str, end: int) -> bool:
    """The date ending at `end` is all its table cell holds (|令和6年8月6日|)."""
    bar = text.rfind("|", max(0, end - 17), end)
    return (
        bar >= 0
        and "\n" not in text[bar:end]
        and _CELL_DATE.fullmatch(text, bar + 1, end) is not None
    )


_CELL_DATE = re.compile(r"(?:令和|平成|昭和)?[0-9元]+年[0-9]+月[0-9]+日")


def action_dates(ctx: Context, lo: int, hi: int) -> list[DateValue]:
    """When the action in [lo, hi) was taken: 本日, or the dates written before it
    (「令和7年6月2日及び同年7月1日、」 gives two); a year alone (平成30年にも) dates none."""
    text = ctx.norm.text
    if ctx.today and ctx.seen(_TODAY, len("きょう"), lo, hi):
        said = _TODAY.search(text, lo, hi)
        return [(_item_day(ctx, said.start()) if said else None) or ctx.today]
    inside = [(s, e, v) for s, e, v in ctx.date_index.between(lo, hi) if e <= hi]
    dated = [i for i, (_, e, v) in enumerate(inside) if v.day and _DATED.match(text, e)]
    if len(dated) == 1:  # 「1月4日、…昨年12月25日付で…処分を行ったと発表した」: its own day
        return _joined_before(text, inside, dated[0])
    told = _told_why(text, lo, hi) if inside else -1  # a scan of the clause: only if dated
    for i, (start, end, value) in enumerate(inside):
        if end < told and text.startswith("に", end):
            continue  # 「…には、昨年11月に…を迫っていたとして、…命じた」: when the wrong was done
        if end < told and value.day is None and "に対し" in text[lo:start]:
            continue  # 「…に対して、…支店で昨年11月、…迫っていたとして、」: the wrong's month too
        begun = _BEGUN.match(text, end)  # 「当局が平成31年2月から実施した立入検査」: its month
        if begun and value.month is not None and hi <= begun.end():
            return [value]
        if value.day is None and _OWN_CLAUSE.match(text, end, hi):
            continue  # 「3月に苦情が届き、都が立ち入り検査をした」: when something else happened
        if _EVENT.match(text, end, hi):
            continue  # 「…は5月20日に実施した旅行において、…業務改善命令」: the trip's day
        if value.month is not None and (is_action_date(text, end) or _body_after(ctx, end)):
            run = [value]
            for s0, e0, v0 in reversed(inside[:i]):
                if not _DATE_JOIN.fullmatch(text, e0, start):
                    break
                run.insert(0, v0)
                start = s0
            return run
    return []


_BY_BODY = re.compile(r"による|が|は|から")


def _body_after(ctx: Context, end: int) -> bool:
    """A day written right before the body that took the action (「令和6年10月31日公正取引
    委員会による行政処分として…の納付を命じられており」): the action's day."""
    return any(
        m.kind == "Authority" and _BY_BODY.match(ctx.norm.text, m.end)
        for m in ctx.mention_index.between(end, end + 1)
    )


def _joined_before(text: str, inside: list[tuple[int, int, DateValue]], i: int) -> list[DateValue]:
    """The day at `i` and those joined before it (「5月20日付け(…大臣名)及び6月3日付け(…委員長
    名)で…報告徴収を行っている」: two days, one action each)."""
    run = [inside[i][2]]
    while i > 0 and _JOINED_ASIDE.fullmatch(text, inside[i - 1][1], inside[i][0]):
        i -= 1
        run.insert(0, inside[i][2])
    return run


_JOINED_ASIDE = re.compile(r"(?:付け?)?(?:\([^()]{0,30}\))?(?:及び|並びに|、)")


_WHY = re.compile(r"(?:として|ため|ことから)、")
# a day inside a clause that modifies the noun the wrong happened in (「…日に実施された…旅行で、」)
_EVENT = re.compile(r"に[^、。]{0,40}?(?:た|る)[^、。]{0,20}?(?:で|において|に関し(?:て)?)、")
# a month heading a clause of its own subject and verb (「…に苦情が届き、」) before the action's
_OWN_CLAUSE = re.compile(r"に[^、。]{0,30}?が[^、。]{0,20}?[いきしちにびみりえけせてれ](?<!対し)、")


def _told_why(text: str, lo: int, hi: int) -> int:
    """Where the last clause in [lo, hi) that gives the reason for the action ends."""
    end = -1
    for m in _WHY.finditer(text, lo, hi):
        end = m.end()
    return end


def year_only(ctx: Context, lo: int, hi: int) -> bool:
    """Whether a year alone says when the action in [lo, hi) was taken (平成30年にも、)."""
    return any(
        v.month is None and e <= hi and is_action_date(ctx.norm.text, e)
        for _, e, v in ctx.date_index.between(lo, hi)
    )


# 「以前にも…是正指導を受け」「過去にも…指導を行っている」: an earlier action, not today's
_EARLIER = re.compile(r"(?:以前|過去|従前|かつて|前回)(?:に)?(?:も|は)?、?")


def earlier(ctx: Context, lo: int, hi: int) -> bool:
    """Whether the clause in [lo, hi) says the action was taken some time before, on no
    day it gives (「以前にも労働者派遣法第4条第1項違反に係る是正指導を受け」)."""
    return ctx.seen(_EARLIER, 6, lo, hi)


_TO_EACH = re.compile(r"(?:\([^()]*\))*に対し(?:ては|て)?、?")


def own_dates(ctx: Context, lo: int, hi: int) -> dict[str, DateValue]:
    """Each addressee's own day where the sentence gives one per addressee: 「Aに対しては
    3月2日に、Bに対しては同月9日に、それぞれ…立入検査を実施しました」."""
    text = ctx.norm.text
    named = [
        m for m in ctx.mention_index.between(lo, hi)
        if m.kind != "Authority" and _TO_EACH.match(text, m.end)
    ]  # fmt: skip
    out: dict[str, DateValue] = {}
    ends = [*(n.start for n in named[1:]), hi] if named else []
    for m, end in zip(named, ends, strict=True):
        found = action_dates(ctx, m.end, end)
        if found:
            out.setdefault(m.label, found[0])
    return out if len(set(out.values())) > 1 else {}


_HEAD_LINE = 30  # characters: the longest line read as the heading an action stands under
_HEAD_LINES = 12  # lines above an action searched for that heading


def in_history(ctx: Context, pos: int) -> bool:
    """Whether the action at `pos` stands under a line heading the case's history (「経緯⏎
    1. …⏎2. このため、当局は、同組合に対して改善指導を行い、…」): the first short line above
    it that is no sentence."""
    text = ctx.norm.text
    if "経緯" not in text and "経過" not in text:
        return False
    end = text.rfind("\n", 0, pos)
    for _ in range(_HEAD_LINES):
        if end < 0:
            return False
        start = text.rfind("\n", 0, end) + 1
        line = text[start:end].strip()
        if line and len(line) <= _HEAD_LINE and not line.endswith("。"):
            return roles.pattern("history_heading").match(line) is not None
        end = start - 1
    return False
