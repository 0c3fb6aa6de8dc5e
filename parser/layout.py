"""Line-level layout rules: section markers, page furniture, and which line breaks
are PDF wraps (soft) rather than the author's (hard)."""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass

from shobun.parser import scan
from shobun.parser.patterns import guarded

KANJI_DIGITS = "〇一二三四五六七八九十百千"
_KATAKANA_MARK = (
    "アイウエオカキクケコサシスセソタチツテトナニヌネノハヒフヘホマミムメモヤユヨラリルレロワヲン"
)

# A section marker at the start of a line, before NFKC-squeezing removed its space.
MARKER = re.compile(
    rf"""^[ \t]*(?:
      第[ \t\u3000]*[0-9{KANJI_DIGITS}]+
        (?![0-9{KANJI_DIGITS}]|[ \t\u3000]*[条項号章節款目編回期年月日者三])
    | \([ \t\u3000]*[0-9]{{1,2}}[ \t\u3000]*\)
    | \([{KANJI_DIGITS}]{{1,3}}\)
    | \([{_KATAKANA_MARK}]\)
    | [0-9]{{1,2}}(?:[.、](?![0-9])|(?=[ \t\u3000]+(?![0-9]|[年月日条人名社件円%])))
    | [{KANJI_DIGITS}]{{1,3}}(?=[ \t\u3000])
    | [{_KATAKANA_MARK}](?=[ \t\u3000])
    | [IVX]{{1,4}}[.、](?=[ \t\u3000]*[^\x00-\x7f])
    )""",
    re.VERBOSE,
)
_BULLET = re.compile(r"^(?:[・•●■□◆◇○◎※【〔<]|以上$|以上。?$|記$|別紙|別添|\(注|注[0-9])")
_PAGE_NUMBER = re.compile(
    r"^(?:[-‐－—–]\s*)?[0-9]{1,3}(?:\s*[-‐－—–])?$"
    r"|^[0-9]{1,3}\s*/\s*[0-9]{1,3}$|^[pP]\.\s*[0-9]+$"
)
_BREADCRUMB = guarded(  # searched on every line: tried only where a trail can start
    r"^(?:ホーム|トップ(?:ページ)?|TOP|Top|Home|HOME)\s*[>＞›»]|(?:[>＞›»].*){2,}"
    r"|^[^\s。、]{0,12}(?:トップ(?:ページ)?へ(?:戻る)?|ヘッダー|フッター)$"  # 佐賀県総合トップへ
    r"|^(?![<＜])(?:[0-9]{1,2}[.)]\s*)?[^。]{1,40}[>＞›»]$"  # a trail item: 「1. トップ >」
    r"|^(?:現在(?:位置|地)|このページの(?:場所|位置)|担当所属)[:]?$"
    r"|^(?:[・•]\s*)?(?:facebook|Facebook|x|X|line|LINE|twitter|Twitter|はてな)(?: share)?$"
    r"|^このエントリーを[^。]{1,20}に追加$"  # a share button
    r"|^[0-9]{1,5}\s?(?:件の)?(?:コメント|[Cc]omments?)$"  # a forum's counter: 1コメント
    r"|^[^。、<>＜＞0-9]{1,40}[>＞›»][^。、<>＜＞0-9]{1,20}$"  # a site, then its section
)
_WEB_FURNITURE = frozenset(
    {
        "ページの先頭へ",
        "ページの先頭へ戻る",
        "このページの先頭へ",
        "印刷",
        "PDF",
        "本文へ",
        "メニュー",
    }
)
# A web page's marks around its navigation and its body (本文ここから, サイトメニューここまで,
# このページの先頭です): furniture, and no text to join to the title below them.
_SITE_MARK = re.compile(
    r"^(?:(?:サイト|グローバル)?メニュー|本文|ナビ(?:ゲーション)?|ヘッダー|フッター)?"
    r"(?:ここから|ここまで)(?:本文|メニュー)?(?:です)?。?$|^このページの先頭です。?$"
    r"|^(?:(?:この)?ページの先頭です。?\s*)?(?:メニューを飛ばして本文へ|本文へ(?:移動|スキップ))$"
    # a trade paper's menu of what it sells (定期購読する, 業界データ購入, デジタル版で読む)
    r"|^(?:定期購読(?:する|のお申し?込み)?|(?:デジタル|電子)版で読む|[^\s、。]{0,6}データ(?:を)?購入"
    r"|ログイン|会員登録|Page ?Topへ"
    # a news page's bookmark button
    r"|お気に入り(?:に)?(?:登録|追加)(?:する)?|(?:この)?記事を保存する)$"
)
_DATE_LINE = re.compile(  # 令和6年5月10日, 2024年10月11日 09:30 配信, …日 AM09:30, 08時26分 編集部
    # (令和5年(2023年)3月28日: a prefecture's page adds the 西暦 year)
    # (2024.06.03 掲載, 2007/11/13: a news site's date with dots or slashes)
    r"^(?:(?:令和|平成|昭和|[0-9]{4}年?)(?:[0-9元]{1,2}年\([0-9]{4}年\))?.{0,12}[日月]"
    r"|[0-9]{4}([/.])[0-9]{1,2}\1[0-9]{1,2}|[0-9]{4}-[0-9]{2}-[0-9]{2})(?:\([月火水木金土日]\))?"
    r"(?:\s*(?:AM|PM|午前|午後)?\s?[0-9]{1,2}(?::[0-9]{2}|時(?:[0-9]{1,2}分)?)(?:\s*[^\s、。]{1,12})?)?"
    r"(?:\s*(?:報道)?(?:配信|掲載|公開|発表|公表))?$"
)
_SENTENCE_END = tuple("。:：")
_OPEN_TAIL = tuple("、,・(「『【〔")
_PARTICLE_HEAD = re.compile(
    r"^(?:[をにがはのとでへもや、。)」』]|から|より|まで|及び|並びに|又は|若しくは)"
)
_CITATION_HEAD = re.compile(r"^第[0-9" + KANJI_DIGITS + r"]+[条項号]")
# A citation cut before its next level (同法第34条⏎ 第1項): the line after goes on with
# it even when indented. Only a lower level continues (第N条 → 項/号, 第N項 → 号).
_CITATION_CUT = {
    "条": re.compile(r"第[0-9" + KANJI_DIGITS + r"]+条(?:の[0-9" + KANJI_DIGITS + r"]+)*$"),
    "項": re.compile(r"第[0-9" + KANJI_DIGITS + r"]+項$"),
}
_LOWER = {"条": "項号", "項": "号"}
# A line that opens a record of a fact sheet (法人番号 1234…, 所在地 東京都…)
_LABEL = re.compile(
    r"^(?:法人番号|所在地|本店所在地|本店|代表者|名称|商号|住所|電話番号|設立|資本金|事業内容|業種"
    r"|取引類型|対象商品|対象役務)(?:[ :：]|(?=[0-9一-鿿]))"
)
# A line that opens a field of an action's record (処分内容 …, 処分日 令和2年2月19日, 違反条項)
_ACTION_FIELD = re.compile(
    r"^(?:処分(?:の)?(?:内容|理由|根拠)|処分(?:年月)?日|違反条項|根拠(?:法令|条文))"
    r"(?:[ :：|]|(?=[0-9一-鿿])|$)"
)
# A web page's header field before the notice: ページ番号:…, 発表日:…, 担当者名:…, Email:…
FIELD = re.compile(
    r"^印刷(?:用)?ページ(?:を)?表示(?:する)?|^(?:ページ番号|ページID|発表日|掲載日|更新日|公開日|投稿日|部局名|課所名|担当名|担当者名?|担当課|内線(?:電話番号)?"
    r"|直通(?:電話番号)?|電話番号?|E-?mail|Email|FAX|ファクス)[:]"
)
# A byline's or a post's stamp: a date and the time it was posted end the line
# (「テレビあおば 2022年10月6日(木) 17:48」, 「名無しさん 2008/01/10(木) 21:09:47 ID:x」)
_STAMPED = re.compile(
    r"(?:[0-9]{4}年[0-9]{1,2}月[0-9]{1,2}日|[0-9]{4}/[0-9]{1,2}/[0-9]{1,2})"
    r"(?:\([月火水木金土日]\))?\s*[0-9]{1,2}(?::[0-9]{2}|時[0-9]{1,2}分)"
)
_URL = re.compile(r"(?:https?://|www\.)\S+$")
# A table of contents' entry: its leader dots and page number end the line (…について……1)
TOC_ENTRY = re.compile(r"(?:\.{3,}|…{2,}|・{3,})\s*[0-9]{1,3}$")
# A line a page's own: a site's address with the day and the count of a bookmark after it
# (「example.jp　2012/06/13　12 users」), an author's byline under a column's headline
# (「行政書士　山野 透（…担当）」, 「文：編集部」): never the rest of the headline above it.
SITE_OWN = re.compile(
    r"^(?:[a-z0-9][a-z0-9-]*(?:\.[a-z0-9-]+)+(?:/\S*)?(?:\s|$)"
    r"|(?:行政書士|弁護士|税理士|司法書士|社会保険労務士|社労士|公認会計士|中小企業診断士)"
    r"(?!法人|会|事務所)[^、。]{1,30}$|(?:文|執筆者?|筆者|著者|投稿者|記者|編集部)(?::|$))"
)
# …措置命令4件; a news headline with its source after a wave (…事業停止処分~九州運輸局)
_CLOSED = re.compile(
    r"(?:処分|命令|勧告|指導|指示|措置|公表)(?:[0-9]+件)?(?:[~〜][^~〜、。]{2,15})?$"
    r"|^[^、。]{4,60}(?:処分|命令|停止|取り?消し)[にへ]$"  # a news headline: 「…違反で行政処分に」
)
# A short line under a headline that continues nothing: the news provider's name (…放送),
# a site's button (記事を保存する); a wrapped title goes on with 等, (…), について or a particle
_UNDER_HEADLINE = re.compile(
    r"(?![をにがはのとでへもや等(]|から|より|まで|及び|並びに|又は|について)[^、。()]{2,15}"
)
# 〇〇局(局長…)は、 or 〇〇庁は5月31日、: a lead sentence opens
# (or its day first: 「令和7年9月24日、〇〇課は、」「4月2日、〇〇局は」)
_LEAD = re.compile(
    r"^[^、。()]{2,20}(?:\([^()]{1,20}\))?(?:は(?:[^、。()]{1,12}?日)?|が)、"
    r"|^(?:(?:令和|平成|昭和)[0-9元]{1,2}年|[0-9]{4}年)?[0-9]{1,2}月[0-9]{1,2}日(?:付け?で)?、"
    r"[^、。()]{2,30}(?:\([^()]{1,20}\))?(?:は|が)"
)
_TITLE_END = ("について", "について(概要)", "の公表", "に関する公表")
_STRONG_TAIL = re.compile(r"(?:[をがはにのとでへもや、]|[条項])$")
_HIRAGANA = re.compile(r"[\u3041-\u309f]$")
# A line cut mid-clause: after it, even an indented line (the hanging indent of a
# numbered item in a PDF) goes on with the same sentence.
_CLAUSE_TAIL = re.compile(r"[、をがにはでへ]$")


def marker_end(line: str) -> int | None:
    """Index just past a section marker at the start of `line`, if there is one."""
    m = MARKER.match(line)
    return m.end() if m else None


def starts_block(line: str) -> bool:
    """True where `line` begins a new unit: a section marker or a bullet."""
    return bool(MARKER.match(line) or _BULLET.match(line))


def _header_lines(lines: list[str]) -> set[str]:
    """The lines before the first sentence: a title repeated on every PDF page is one
    of them (wrapped titles repeat line by line)."""
    out: set[str] = set()
    for text in lines:
        if text.endswith("。") or (MARKER.match(text) and out):
            break
        if len(text) >= 6 and not _DATE_LINE.match(text):
            out.add(text)
    return out


# the words a breadcrumb's or a site mark's line needs, looked for once in the whole page
_CRUMB_WORDS = scan.Guarded(_BREADCRUMB, most=32)
_MARK_WORDS = scan.Guarded(_SITE_MARK, most=32)


def furniture(lines: list[str]) -> list[bool]:
    """Which lines are page furniture: page numbers, breadcrumbs, repeated titles."""
    header = _header_lines(lines)
    whole = "\n".join(lines)
    crumbs, marks = not _CRUMB_WORDS.absent(whole), not _MARK_WORDS.absent(whole)
    seen: set[str] = set()
    drop: list[bool] = []
    trail = False  # the line before was an item of a trail (「5. 行政処分 >」)
    for text in lines:
        crumb = crumbs and bool(_BREADCRUMB.search(text))
        gone = (
            bool(_PAGE_NUMBER.match(text))
            or crumb
            or text in _WEB_FURNITURE
            or (marks and bool(_SITE_MARK.match(text)))
            or (text in header and text in seen and not text.endswith("。"))
            or (trail and bool(MARKER.match(text)) and not text.endswith("。"))  # its last item
        )
        trail = crumb and text.endswith((">", "＞", "›", "»"))
        seen.add(text)
        drop.append(gone)
    return drop


def double_spaced(texts: list[str]) -> bool:
    """True where the text puts a blank line after nearly every line (PDF text copied
    from a viewer, a document-sharing page): those blanks are spacing, not paragraphs."""
    lines = blanks = 0
    for prev, cur in itertools.pairwise(texts):
        if prev:
            lines += 1
            blanks += not cur
    return lines >= 10 and blanks >= 0.8 * lines


_CUT_NUMBER = re.compile(r"第[0-9〇一二三四五六七八九十百]+$")


def _cut_citation(prev: str, nxt: str) -> bool:
    """`prev` ends in an article or paragraph and `nxt` opens with a level below it."""
    head = _CITATION_HEAD.match(nxt)
    if head is None:
        return False
    level = next((k for k, p in _CITATION_CUT.items() if p.search(prev)), None)
    return level is not None and head.group()[-1] in _LOWER[level]


_FENCED_LINE = re.compile(r"^[~〜].{2,80}[~〜]$")


def _open_bracket(line: str) -> bool:
    """A line that leaves a bracket open: the next, however indented, goes on inside it."""
    return line.count("(") > line.count(")")


def _after_title(nxt: str) -> bool:
    """A line that follows a closed headline without going on with it: the lead, or a short
    line of the page's own (the provider's name, a button)."""
    return bool(_LEAD.match(nxt) or _UNDER_HEADLINE.fullmatch(nxt))


@dataclass(frozen=True)
class Rare:
    """Which of the line tests of `joins` can match some line of a page (an address, a
    ~subtitle~, a contents entry): the words each needs are looked for once a page."""

    url: bool = True
    fenced: bool = True
    toc: bool = True

    @classmethod
    def of(cls, lines: list[str]) -> Rare:
        whole = "\n".join(lines)
        return cls(*(not words.absent(whole) for words in _RARE_WORDS))


_RARE_WORDS = tuple(map(scan.Guarded, (_URL, _FENCED_LINE, TOC_ENTRY)))
_EVERY = Rare()


def _alone(prev: str, nxt: str, rare: Rare) -> bool:
    """A table row, a page's address, a headline's ~subtitle~, a contents entry
    (…について……2): lines of their own, never joined."""
    return (
        prev.startswith("|")
        or nxt.startswith("|")
        or (rare.url and bool(_URL.match(prev) or _URL.match(nxt)))
        or (rare.fenced and bool(_FENCED_LINE.match(prev) or _FENCED_LINE.match(nxt)))
        or (rare.toc and bool(TOC_ENTRY.search(prev)))
    )


def joins(
    prev: str, nxt: str, *, bold_open: bool, heading: bool, indented: bool, blank: bool,
    rare: Rare = _EVERY,
) -> bool:  # fmt: skip
    """True where the line break between `prev` and `nxt` is a wrap to undo. `heading`:
    `prev` is a markdown heading or a whole bold line; `blank`: blank or dropped lines
    stand between, so only strong evidence joins across them; `rare`: which rare line
    tests can match on the page."""
    if bold_open or (not heading and _cut_citation(prev, nxt)):
        return True
    if _CUT_NUMBER.search(prev) and nxt[:1] in ("条", "項", "号"):
        return True  # 建設業法第28⏎条第1項: a PDF line cut inside an article's number
    if _DAI_OPEN.search(prev) and _NUMBER_HEAD.match(nxt):
        return True  # …という。)第⏎49条第1項, …基準第1⏎8条: cut between 第 and its number
    if _alone(prev, nxt, rare):
        return False
    if indented and not (heading or blank) and (_CLAUSE_TAIL.search(prev) or _open_bracket(prev)):
        return not starts_block(nxt)  # 「1.A社(本社:…、第一種金⏎  融商品取引業。以下…)」
    if prev.endswith("。") and nxt.startswith((")", "」")) and not heading:
        return True  # (以下「あおば」といいます。⏎): the 。 closed no sentence
    if heading or indented or prev.endswith(_SENTENCE_END):
        return False
    if _PARTICLE_HEAD.match(nxt) or _CITATION_HEAD.match(nxt):
        return True
    if blank:
        return bool(_STRONG_TAIL.search(prev)) and not starts_block(nxt)
    if starts_block(nxt) or _DATE_LINE.match(prev) or _DATE_LINE.match(nxt) or _LABEL.match(nxt):
        return False
    if _own_lines(prev, nxt) or (_CLOSED.search(prev) and _after_title(nxt)):
        return False  # …の事業停止処分 ⏎ 愛知労働局(局長 …)は、: a title, then the lead
    if prev.endswith(_TITLE_END):
        return False  # …に対する行政処分について: a title, whatever follows
    if prev.endswith(_OPEN_TAIL) or _HIRAGANA.search(prev):
        return not (MARKER.match(prev) and len(prev) < 12 and not prev.endswith("、"))
    if prev.endswith((")", "」", "』", "】")):
        return False
    if MARKER.match(prev):  # a numbered item wrapped mid-word, not a heading
        return len(prev) >= 30 and "、" in prev
    return _width(prev) >= 30 or "、" in prev


_NUMERAL = "0-9一二三四五六七八九十百"
_NUMBER_HEAD = re.compile(rf"[{_NUMERAL}]+(?:条|項|号|章|節|の)")
_DAI_OPEN = re.compile(rf"第[{_NUMERAL}]{{0,2}}$")


def _own_lines(prev: str, nxt: str) -> bool:
    """Two lines each of its own: a record's fields and parallel items (「…許可の取消し⏎
    …許可の取消し⏎処分日 …」), a page's header field (担当者名:…, Email:…), a byline, a
    site's own line."""
    return bool(
        _ACTION_FIELD.match(nxt)
        or _parallel(prev, nxt)
        or FIELD.match(prev)
        or FIELD.match(nxt)
        or _STAMPED.search(nxt)
        or _STAMPED.search(prev)
        or SITE_OWN.match(nxt)
        or SITE_OWN.match(prev)
    )


def _width(line: str) -> float:
    """A line's printed width in full-width characters: a Latin letter, digit or space is
    half as wide (「富山県 News Release MAKE TOYAMA STYLE」 is a short banner, no wrapped
    line)."""
    return len(line) - sum(c.isascii() for c in line) / 2


def _parallel(prev: str, nxt: str) -> bool:
    """Two lines of a list that end alike (「産業廃棄物収集運搬業の許可の取消し⏎産業廃棄物
    処分業の許可の取消し」): items, each a line of its own, not one line wrapped."""
    return len(prev) >= _TAIL and len(nxt) >= _TAIL and prev[-_TAIL:] == nxt[-_TAIL:]


_TAIL = 3  # characters two lines of a list end with alike
