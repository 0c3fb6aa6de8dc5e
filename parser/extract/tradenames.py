"""Names with no legal-form word that a notice gives after a label (「事業者名：ここみず
工房」, 「屋号　はなまる商店」) or by their context (`bare_names`: 貸金業者「…」): a sole
trader's trade name is the organisation the notice is about. Each is found wherever else
the text writes it."""

from __future__ import annotations

import re
from functools import lru_cache

from shobun.parser import roles
from shobun.parser.extract import phrases
from shobun.parser.extract.bare_names import bare_names
from shobun.parser.extract.known import known_mentions
from shobun.parser.extract.orgs import OrgMention
from shobun.parser.extract.suffixed import NAME_CHAR
from shobun.parser.model import OrgKind
from shobun.parser.normalize import NormText

_MIN, _MAX = 2, 30


@lru_cache(maxsize=1)
def _line() -> re.Pattern[str]:
    label = roles.pattern("trade_name_label").pattern
    return re.compile(
        rf"^(?:[0-9]+[.)]|\([0-9]+\)|[-・●])?\s*(?:{label})(?P<sep>\s*[:| ]\s*)?(?P<name>[^\n]+)$",
        re.M,
    )


# 「名　称　つばめ薬局　本町店⏎開設者　株式会社…」: 名称 with only a space may name a pharmacy,
# a shop or a site whose owner the next line gives, not the business
_FACILITY = re.compile(r"^[^\n]*?名称")


def trade_names(norm: NormText, found: list[OrgMention]) -> list[OrgMention]:
    """Every mention of a labelled name that no other rule found."""
    text = norm.text
    taken = [(m.start, m.end) for m in found]
    names: dict[str, tuple[str, OrgKind]] = {}
    for m in _line().finditer(text):
        if not m.group("sep") and (m.start("name") not in norm.gaps or _FACILITY.search(m.group())):
            continue  # 「事業者名 みなと商事」: the space normalised away is the separator
        name = m.group("name").strip()
        header = roles.pattern("column_header").match(name) or phrases.pattern("not_a_name").search(
            name
        )
        if not m.group("sep") and header:
            continue  # 「商号 処分の内容」, 「業者名 処分」: a table's header row
        start = m.start("name") + m.group("name").index(name) if name else m.end()
        if any(s < start + len(name) and start < e for s, e in taken):
            continue
        if _MIN <= len(name) <= _MAX and all(NAME_CHAR.match(c) for c in name):
            names[name] = (name, "Company")
    for name in bare_names(text):  # 貸金業者「…」, はまかぜ旅行(代表者:…), A(宮城県)…のN社
        names.setdefault(name, (name.replace(" ", ""), "Company"))
    names = {n: v for n, v in names.items() if not _sole_trader(text, n)}
    found_here = known_mentions(text, names) if names else []
    return [m for m in found_here if not any(s < m.end and m.start < e for s, e in taken)]


def _sole_trader(text: str, name: str) -> bool:
    """「名称　やまと屋(個人事業)」: the notice says the name is a person's trade, no
    organisation (`sole_trader_mark` in `roles.tsv`)."""
    mark = roles.pattern("sole_trader_mark")
    at = text.find(name)
    while at >= 0:
        if mark.match(text, at + len(name)):
            return True
        at = text.find(name, at + 1)
    return False
