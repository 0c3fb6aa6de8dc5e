"""A page's posting stamp (a byline, a post header, a footer, a forum post's line): the
day the page gives where its header names none."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from shobun.parser.datelines import stamp
from shobun.parser.normalize import normalize

# (text, the date the stamp gives, or None where the text has no stamp)
ROWS = [
    ("みなとテレビ　2031年4月2日(水) 18:05", "2031年4月2日(水)"),
    ("2031年04月02日　カテゴリー：行政処分情報", "2031年04月02日"),
    ("投稿日：2031年4月2日", "2031年4月2日"),
    ("公開日：2031年4月2日　最終更新日：2031年4月9日", "2031年4月2日"),
    ("［2031年4月2日18時05分］", "2031年4月2日"),
    ("12 名無しさん 2031/04/02(水) 21:09:47 ID:Ab3dE", "2031/04/02"),
    ("  9 users　　偽装　農水省　　2031/04/02 19:05", "2031/04/02"),
    ("あおば日報　2031年4月2日記事", "2031年4月2日"),
    ("提供：あおば新聞社　（2031年4月2日 更新）", "2031年4月2日"),
    ("【2031年4月2日　あおば新報】", "2031年4月2日"),
    ("2031年04月02日 AM09:30", "2031年04月02日"),
    ("（2031年4月2日から実施）", None),
    ("架空県は2031年4月2日、あおば商店に指示した。", None),
    ("2031年4月2日", None),
    ("処分日　2031年4月2日", None),
    ("同社は2031年4月2日から同年5月1日まで営業した", None),
]
IDS = [
    "byline-source-date-weekday-time",
    "post-header-date-then-category",
    "labelled-posting-date",
    "labelled-date-before-updated-field",
    "footer-date-time-in-brackets",
    "forum-post-line",
    "bookmark-line-tags-date-time",
    "a-papers-name-then-its-day-of-the-article",
    "a-credit-then-the-day-it-was-updated-in-brackets",
    "a-clips-day-and-paper-in-lenticular-brackets",
    "a-news-sites-date-with-an-am-time",
    "a-day-in-brackets-that-starts-something-is-no-stamp",
    "a-sentence-is-no-stamp",
    "a-date-alone-is-date-lines-not-a-stamp",
    "an-action-field-is-no-stamp",
    "a-period-is-no-stamp",
]


@pytest.mark.parametrize(("text", "date"), ROWS, ids=IDS)
def test_stamp(text: str, date: str | None) -> None:
    norm = normalize("あおば商店への指示\n" + text + "\n").text
    span = stamp(norm)
    assert (norm[slice(*span)] if span else None) == (normalize(date).text if date else None)


@given(st.text(alphabet="年月日0123456789/:() 　ID名無し[]、。\n", max_size=300))
def test_stamp_is_a_date_span_or_none(text: str) -> None:
    span = stamp(text)
    assert span is None or 0 <= span[0] < span[1] <= len(text)
