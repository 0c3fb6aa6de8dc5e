"""An instrument under a law named with the law's short name: 「薬機法施行規則」
「医薬品医療機器等法施行規則」 are the 施行規則 of the law the table knows by that short name,
labelled with the law's title as 同法施行規則 and 法施行規則 are (「医薬品、医療機器等の…
に関する法律施行規則」). A title the law had (訪問販売等に関する法律施行規則) is kept as written."""

from __future__ import annotations

from shobun.parser import concordance
from shobun.parser.extract import law


def law_title(name: str) -> str | None:
    """The title of the law `name` is a short name of, or None where `name` is a title (its
    own or one it had) or no name the table knows."""
    row = law.known_statute(name)
    if row is None or name == row.title:
        return None
    return None if name in concordance.former_titles(row.egov_id) else row.title
