"""Which header lines of a web page cannot be a notice's title, and the title a page gives
only as the last item of its breadcrumb trail.

A press page prints a label over its title (報道資料, 記者発表資料, 【報道発表】), header
fields around it (部局名:…, 直通電話番号:…, Email:…), and a reproducing site adds its own
lines (a bookmark's 「example.jp 2012/06/13 12 users」, a column's byline 「行政書士 山野
透」, a news list's cut-off snippet 「…に対し...」). None of them is a title. A category tag
in brackets before a headline (【食品】, 【労働経済】) is a part of it; a release label in the
same brackets (【報道発表】) is not.
"""

from __future__ import annotations

import itertools
import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from itertools import islice

from shobun.parser import credited, roles, scan, tables
from shobun.parser.extract.dates import DATE
from shobun.parser.layout import FIELD, SITE_OWN, TOC_ENTRY
from shobun.parser.structure import read_marker

# The labels a press page or a reprint site prints over a notice, never its title.
_RELEASE = (
    r"(?:報道発表資料|報道発表|報道資料|記者発表資料|記者発表|プレスリリース|ニュースリリース"
    r"|(?:News|Press) ?Release|お知らせ|公表|発表|新着|更新|重要|NEW|New"
    r"|(?:行政|監督)?処分(?:情報)?|行政指導)"  # a label of the item's kind, as 【行政処分】
)
NOT_TITLE = re.compile(
    rf"^(?:{_RELEASE}|別紙|別添|記|記事詳細|記事本文|本文)$"
)  # 記事詳細: a news page's label
# A news list's snippet, cut off with an ellipsis: the start of a sentence, no title.
_SNIPPET = re.compile(r"(?:\.{3}|…+|・{3})$")
# An officer's post in a contact block (副主任需給調整指導官, 課長補佐, 需給調整事業室長)
_POST = re.compile(r"^[^、。]{0,14}(?:官|課長|室長|部長|局長|補佐|係長|主査|主任)$")


# A contact's telephone number (a PDF's 担当 cells run together: 「…指導官遠藤みどり電話022-…」)
_PHONE = re.compile(
    r"(?:電話|TEL|Tel|FAX|内線)[: ]?\(?0[0-9]{1,4}[-)]|0[0-9]{1,4}-[0-9]{2,4}-[0-9X]{4}"
)


# A document-sharing page's run-on summary: the title, then the date and the lead on one line
_RUN_ON = re.compile(r"について(?:令和|平成|昭和)[0-9元]{1,2}年[0-9]{1,2}月[0-9]{1,2}日.{4,}")


# A blog's mark around what it quotes (:::引用:::, 【転載】, 以下引用): no title of its own
_QUOTE_MARK = re.compile(
    r"^[^一-鿿ぁ-んァ-ヴーA-Za-z0-9]*(?:以下)?(?:引用|転載)(?:元|開始|ここから)?"
    r"[^一-鿿ぁ-んァ-ヴーA-Za-z0-9]*$"
)


# A news list's item: a headline with the day it was posted in brackets at its end
# (「…に使用停止処分(1月28日付)(01月29日)」, 「…に改善命令 (4/2)」), under a list's heading
# or beside the story's own date: the site's list, not the story's title
_LISTED = re.compile(r"\S\s?\((?:[0-9]{1,2}月[0-9]{1,2}日|[0-9]{1,2}/[0-9]{1,2})\)$")


# A section's heading whose number the page dropped (「1.勧告の内容」 copied as 「.勧告の内容」)
_UNNUMBERED = re.compile(r"^\.(?![.0-9])[^。]{1,16}$")


def not_title(line: str) -> bool:
    """A page's header field, a site's own line, a contact's post, a cut-off snippet, a
    run-on summary, a blog's quotation mark or a section heading without its number."""
    checks = (
        NOT_TITLE, FIELD, SITE_OWN, _POST, _SNIPPET, _RUN_ON, _QUOTE_MARK, _PHONE, _UNNUMBERED,
        _LISTED,
    )  # fmt: skip
    return any(p.search(line) for p in checks)


# A title's leading mark or label: ●, 【報道発表】, 〔お知らせ〕, (令和7年…) — a category tag
# in 【】 (【食品】) stays with the headline it heads.
TITLE_MARK = re.compile(
    r"^(?:[0-9]{1,2} (?=[^ ]{8,}(?:について|処分|命令)$)"  # a PDF page's number before its title
    r"|[●○◆◇■□◎・]\s*(?:[0-9]{1,2}月[0-9]{1,2}日\s*)?"
    rf"|【{_RELEASE}】\s*|〔[^〕]{{1,10}}〕\s*|\([^()]{{0,8}}(?:[0-9]+|元)年[^()]*\)\s*)+"
)


# A breadcrumb trail: items separated by >, ＞, ›, » or ≫ (two separators at least).
_TRAIL = re.compile(r"[>＞›»≫]")
# Every character whose NFKC may hold a separator (tests/test_speed_guards.py): a line
# without one is no trail, and is not normalised to find out (NFKC of every line the
# page opens with cost 1.5 % of a parse)
TRAIL_SOURCE = re.compile("[>»›≫≯﹥＞]")
_TRAIL_LINES = 12  # how far down the source a page's trail may stand
_TRAIL_CHARS = scan.Guarded(TRAIL_SOURCE)


def breadcrumb_title(source: str) -> str | None:
    """The last item of the first breadcrumb trail near the top of the source (a 県's page
    whose title stands nowhere else: 「トップページ > 消費生活 > 報道発表資料 > 〇〇業者に
    対する業務停止命令について」), NFKC-normalised and without white space."""
    if _TRAIL_CHARS.absent(source):
        return None  # no line holds a separator
    lines = (ln for ln in source.split("\n") if ln.strip())  # only the first few are read
    for line in islice(lines, _TRAIL_LINES):
        if not TRAIL_SOURCE.search(line):
            continue
        items = _TRAIL.split(unicodedata.normalize("NFKC", line))
        if len(items) < 3:
            continue
        last = re.sub(r"\s+", "", items[-1])
        return last or None
    return None


# A title's date after it, in brackets: 「…について(令和5年5月25日付)」
_DATED_TAIL = re.compile(
    r"\((?P<date>(?:令和|平成|昭和|[0-9]{4}年)[^()]{1,16}?日)(?:付け?|公表|発表)?\)$"
)


def dated_title(
    title: tuple[int, int] | None, text: str | None, crumb: str | None = None
) -> tuple[tuple[int, int] | None, str | None, tuple[int, int] | None]:
    """The title without a date in brackets at its end, and that date's span; the date
    stays where the page's breadcrumb ends in the same words (the page's own title)."""
    m = _DATED_TAIL.search(text) if text and title else None
    if m is None or title is None or text is None or m.start() == 0:
        return title, text, None
    end = title[1] - (len(text) - m.start())
    date_at = end + 1
    day = (date_at, date_at + len(m.group("date")))
    # a series' issue (「〇〇への便り(令和13年4月2日)」 under a trail ending in the series'
    # name): the date is the name, part of the title
    kept = crumb in (text, text[: m.start()])
    return (title, text, day) if kept else ((title[0], end), text[: m.start()], day)


# A news headline's subject: 「山口県、産廃運搬業「…」に許可取消処分」
_HEADLINE_GOV = re.compile(
    r"^(北海道|東京都|京都府|大阪府|[一-鿿]{2,3}県)、(?=.*(?:処分|命令|指示|勧告|指導))"
)


# A regional edition's tag after a headline (「…:県、「…」の許可取り消し /和歌山」), read as the
# prefecture that acts where the headline's subject is 県 alone, or where the story's lead
# is (「不法投棄の産廃業者、許可を取り消し /群馬」 over 「…として、県は2日までに、…」)
_EDITION = re.compile(r"\s?/(?P<pref>[一-鿿]{2,3})$")
_KEN_IN_HEADLINE = re.compile(r"(?:^|[:、\s])県、")
_KEN_SPEAKS = re.compile(r"(?:^|[、。\s])県(?:は|が)")


def headline_subject(title: str | None, text: str = "") -> str | None:
    """The prefecture a news headline opens with, or ends with as the subject of its verb
    (「…に使用停止命令 〇〇県が通知」) or as its credit after a space (「…を行政指導 〇〇県」),
    or whose regional edition it is (a headline tagged /和歌山 whose subject, or whose
    story's subject in `text`, is 県 alone), as the body that acted."""
    m = _HEADLINE_GOV.match(title) if title else None
    m = m or (_said_by().search(title) if title else None)
    edition = _EDITION.search(title) if title and m is None else None
    ken = edition and (_KEN_IN_HEADLINE.search(title or "") or _KEN_SPEAKS.search(text))
    named = ken and edition and f"{edition.group('pref')}県"
    if named and named in tables.prefecture_names():
        return named
    return (m.group(1) or m.group(2)) if m else None


@lru_cache(maxsize=1)
def _said_by() -> re.Pattern[str]:
    """A headline's closing subject and verb (「…に使用停止命令 〇〇県が通知」), or a
    prefecture alone after a space closing it as the news item's credit (「…を行政指導 〇〇県」)."""
    names = "|".join(re.escape(r["name"]) for r in tables.rows("prefectures"))
    verbs = "通知|発表|公表|命令|処分|指示|勧告"
    # the credit's space is gone once normalised: the action's word comes right before it
    acts = "命令|処分|指示|勧告|指導|停止|取り?消し?|禁止"
    return re.compile(rf"(?<=[^\s])(?:\s?({names})が(?:{verbs})|(?<=\S)(?:{acts}|へ)\s?({names}))$")


# What makes a line read as a notice's title, not a site's name or a section label.
TITLE_CUE = re.compile(r"について|に対する|処分|命令|勧告|指導|措置|指示|公表|報告")
# A news headline names the sanction in its own words (「…を営業停止へ」「許可取り消し」): below a
# site's name that names none, such a line before the lead is the story's title.
HEADLINE_CUE = re.compile(r"停止|取り?消し?|禁止")


_TRAIL_TOP = re.compile(
    r"(?:[0-9]{1,2}[.)]|[・•])\x20*(?:トップ(?:ページ)?|ホーム|HOME|Home)\x20*>?$"
)


_MENU_ITEMS = 4  # a site's menu: four or more short items side by side
_MENU_ITEM = re.compile(r"[^0-9A-Za-z。、]{2,12}")
# a news headline's phrase that puts an action on someone (…に改善命令, …を営業停止へ): no
# menu's item, which names a page (行政処分情報, お問い合わせ)
_NEWS_PHRASE = re.compile(r"[にを][^にを]{0,6}?(?:命令|処分|勧告|指導|指示|停止|取り?消し?|禁止)")


def menu_line(line: str, gaps: list[int]) -> bool:
    """Whether `line` is a site's menu: short items the source set apart by white space
    (「公正取引委員会について 報道発表・広報活動 相談・手続窓口 独占禁止法 下請法」), never
    a title, whose words run on."""
    if len(gaps) + 1 < _MENU_ITEMS:
        return False
    cuts = [0, *gaps, len(line)]
    items = list(itertools.pairwise(cuts))
    if any(_NEWS_PHRASE.search(line, a, b) for a, b in items):
        return False  # 「あけぼの物産に改善命令 改正法で初の適用 …」: a headline in phrases
    return all(_MENU_ITEM.fullmatch(line, a, b) for a, b in items)


def in_trail(line: str, trail: bool) -> bool:
    """Whether `line` is an item of a breadcrumb trail written as a numbered list (「1. トップ」
    ⏎「2. プレス発表」⏎「3. …について」; 都 and 県 pages): from the top page's item on, while
    the numbered items last. The title stands again on its own line below."""
    line = line.strip()
    if _TRAIL_TOP.match(line):
        return True
    return trail and read_marker(line) is not None and not line.endswith("。")


# A subtitle fenced by brackets under the title that names the action (～…改善命令～,
# －…処分－, ＜14日間の…停止処分＞); one with a date or naming no action is no subtitle of
# this kind. A wave or a dash fence is no part of the title, which is the headline above it
# (PHENOMENA 1.2; 労働局 and 経済産業省 PDFs); an angle fence is: a 総合通信局 page's own
# <title> and breadcrumb carry its ＜…＞ line after the headline (PHENOMENA 1.2).
_FENCED = re.compile(r"^[~〜<\-―].{2,60}[~〜>\-―]$")
_ANGLED = re.compile(r"^<[^<>]{2,60}>$")
FENCED_TAIL = re.compile(r"[~〜][^~〜]{2,60}[~〜]$")


def subtitle(line: str) -> bool:
    """Whether `line` is such a subtitle."""
    return bool(_FENCED.match(line) and TITLE_CUE.search(line) and not DATE.search(line))


# A page's strap in waves under its title (「～当会では、…を配信しています～」): a series'
# tagline, never the title, whatever it names.
_STRAP = re.compile(r"^[~〜][^~〜]{2,100}[~〜]$")


def strap(line: str) -> bool:
    """Whether `line` is a strap fenced in waves."""
    return _STRAP.match(line) is not None


_CRUMB_SUBTITLE = re.compile(r"[~〜<\-―−][^~〜<>\-―−]{2,60}[~〜>\-―−]")


def crumb_subtitled(title: str | None, source: str) -> str | None:
    """The title with the fenced subtitle the page's own breadcrumb gives after it (a
    総合通信局 page: 「… > 電波法違反の…に対する行政処分 −無線局の運用停止…−」): the page
    titles itself so, whatever the fence; None where the trail's last item is the title."""
    crumb = breadcrumb_title(source) if title else None
    if not title or not crumb or not crumb.startswith(title):
        return None
    return crumb if _CRUMB_SUBTITLE.fullmatch(crumb, len(title)) else None


def titled_subtitle(line: str) -> bool:
    """Whether `line` is a subtitle the title goes on with (＜…処分＞, joined with no space)."""
    return subtitle(line) and _ANGLED.match(line) is not None


_NAMED_TITLE = re.compile(
    r"[^\x20、。]{1,40}?に対する[^。]{0,40}?(?:について|処分|命令|勧告|指導|指示)"
)


def opens_body(line: str) -> bool:
    """A numbered line that opens the body, not a title whose name begins with 第一
    (「第一ミナト航空(株)に対する事業改善命令について」, 第一〇〇株式会社に対する…)."""
    marker = read_marker(line)
    if marker is None:
        return False
    return not (marker.kind == "dai" and _NAMED_TITLE.match(line, marker.end))


# A site's own lines: a menu, a category, a headline with its site's name (…|…).
SITE_LINE = re.compile(
    r"^※|\|(?![^|]*[をで「])|ここから|トップ(?!(?!ペ)[ァ-ヴ])|ヘッダー|カテゴリ|メニュー|Tag:|検索|記事を保存|保存した記事"
    r"|記事を(?:シェア|共有|ツイート)"  # a news page's share button (この記事をシェア)
)  # トップ as a menu's (トップページ, ページトップ, トップへ), not in a name (〇〇トップツアーズ);
# a note (※…同時公表) is no title either


TITLE_ENDS = ("について", "】", ")", "」", "』", "等", "(概要)", "処分", "公表")
_LINK = re.compile(r"\s*(?:https?://|www\.)\S+$")
_CONTENTS_TAIL = re.compile(rf"(?:\([^()]{{1,15}}(?:課|室|係|局|部)\))?(?:{TOC_ENTRY.pattern})")
# A site's name after | (住まいニュース, 行政書士みずほ事務所): short, no clause and no quote in
# it; a series' subtitle (…教訓③|無登録で…をした「…」への警告) is part of the title
_SITE_NAME = re.compile(r"[^「」をでへ。、]{1,20}")


def without_site(line: str, gaps: Sequence[int] = ()) -> str:
    """A page's <title> line without the site's name after it: 「…に業務停止命令 | 住まい
    ニュース」 is the headline (the line is kept where what stands before | is no title)."""
    line = _LINK.sub("", line) or line  # a round-up's item: its headline, then the link
    line = _CONTENTS_TAIL.sub("", line) or line  # a 県報's contents entry: …について(…課)……1
    head, bar, tail = line.partition("|")
    site = bar and _SITE_NAME.fullmatch(tail.strip())
    if site and TITLE_CUE.search(head) and not TITLE_CUE.search(tail):
        return head.rstrip()
    head, colon, tail = line.rpartition(":")  # 「…について:農林水産省」: a page's <title>
    if colon and head.endswith(TITLE_ENDS) and len(tail) <= 12 and not TITLE_CUE.search(tail):
        return head.rstrip()
    return credited.without_credit(line, gaps, TITLE_CUE)


def circled_as_written(title: str, source: str) -> str:
    """A title with the circled numbers its source writes (教訓③), which normalising made
    (3) for numbered items: a title is text, and NFKC reads ③ as 3, never (3)."""
    for c in (c for c in source if "\u2460" <= c <= "\u2473"):
        title = title.replace(f"({ord(c) - 0x245F})", c, 1)
    return title


# A letter's head (命令書, 指示書): its day, the addressee over 殿, the officer who signs it
# (消費者庁長官, 〇〇県知事), (公印省略), then the letter's title on a line of its own
_LETTER = re.compile(
    r"(?:^|\n)(?P<day>(?:令和|平成|昭和)[0-9元]{1,2}年[0-9]{1,2}月[0-9]{1,2}日)\n"
    r"(?:[^\n。]{1,40}\n){0,3}?[^\n。]{1,40}殿\n"
    r"(?P<body>[^\n。、]{2,20}?)(?:長官|大臣|知事|委員長|局長)\n"
    r"(?:\(公印省略\)\n)?(?P<title>[^\n。]{6,80})(?:\n|$)"
)
_LETTER_REACH = 1500  # characters from the top where a letter's head may stand
_BODY_ENDS = ("", "省", "庁")  # 消費者庁長官, 経済産業大臣 → 経済産業省


@dataclass(frozen=True)
class Letter:
    """A letter's day, title (spans in the normalised text) and the body that signs it."""

    day: tuple[int, int]
    title: tuple[int, int]
    body: str


def letter_head(text: str) -> Letter | None:
    """The head of an order written as a letter (「令和2年7月30日⏎株式会社A⏎代表取締役 B 殿⏎
    消費者庁長官⏎(公印省略)⏎…第7条第1項の規定に基づく措置命令」), where its signer is a
    known body or a prefecture."""
    m = _LETTER.search(text, 0, _LETTER_REACH)
    if m is None or not TITLE_CUE.search(m.group("title")):
        return None
    names = {a.name for a in tables.authorities()} | tables.prefecture_names()
    body = next((m["body"] + e for e in _BODY_ENDS if m["body"] + e in names), None)
    return Letter(m.span("day"), m.span("title"), body) if body else None


# the government a bureau belongs to: 群馬県(県土整備部…), 横浜市(経済局…) — the shortest name
GOVERNMENT = re.compile(r"北海道|東京都|京都府|大阪府|[一-鿿]{2,3}?県|[一-鿿々ヶ]{1,5}?[市区町村]")
_BUREAU = re.compile(r"[一-鿿ァ-ヶー々・ぁ-ん]{0,30}?(?:部|局|課|室|班|係|センター|事務所)")


# A news site's line that credits a local government with the page's date (「千葉県 公開日:
# 2025年9月24日」, 「あけぼの市 掲載日 2031/04/02」): the government the story is from
_STAMPED_GOVERNMENT = re.compile(
    r"^(北海道|東京都|京都府|大阪府|[一-鿿]{2,3}?県|[一-鿿々ヶ]{1,5}?[市区町村])\s?"
    r"(?:公開|掲載|更新|発表|公表|投稿|配信)(?:日|日時)?\s?[:]?\s?[0-9令平]"
)


def stamped_government(line: str) -> str | None:
    """The local government a dated line opens with, as a news site's credit, or None."""
    m = _STAMPED_GOVERNMENT.match(line)
    return m.group(1) if m else None


def contact_government(text: str) -> str | None:
    """The local government a page's contact block names (「問い合わせ先⏎静岡県くらし・環境部
    廃棄物リサイクル課」), where no authority is named in the notice."""
    lines = text.split("\n")
    for before, line in itertools.pairwise(lines):
        gov = GOVERNMENT.match(line) if roles.pattern("contact_head").match(before) else None
        if gov and _BUREAU.match(line, gov.end()):
            return gov.group()
    return None


_RESTART = 4  # characters: a name's first words (「株式会社…」 is 4, a 信用金庫's name more)
_GOES_ON = re.compile(r"[ぁ-ん、・]$")  # …停止命令及び ⏎ 労働者派遣事業改善命令について: one title


def restarts(before: str, line: str) -> bool:
    """Whether `line` opens with the words the title above it opened with (a news page's
    headline ⏎ its first sub-heading: 「Aに対する…命令の背景と影響⏎Aに…が発令される背景」): a
    heading of its own, never the rest of a title wrapped over lines."""
    restart = len(line) >= _RESTART and line[:_RESTART] == before[:_RESTART]
    return restart and not _GOES_ON.search(before)
