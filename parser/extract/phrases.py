"""The phrasing around organisation names, as data (`parser/data/org_phrases.tsv`, one
row per phrasing with an example it must match): where a name ends (an officer's title, a
regional office after it), what introduces a name with no legal-form word (貸金業者「…」,
a parenthetical with the representative), and a short name that counts (3社)."""

from __future__ import annotations

import re

from shobun.parser import roles, scan
from shobun.parser.mecab import PosAt


def pattern(role: str) -> re.Pattern[str]:
    """Every phrasing of `role` in org_phrases.tsv, as one alternation."""
    return roles.pattern(role, "org_phrases")


def guarded(role: str) -> scan.Guarded:
    """`pattern(role)`, looking first for the words its every match needs."""
    return roles.guarded(role, "org_phrases")


def trimmed(label: str, body: int) -> str:
    """A name without what follows it on its line: an officer and a person, a security, or
    a site of it, after the body of a 前株 name (`body` is where the body starts; 有限会社X
    取締役Y → 有限会社X, 株式会社X株券合計8 → 株式会社X, 株式会社Xの最終処分場 → 株式会社X),
    and a regional office after a body's head word (…センター仙台センター → …センター)."""
    for role in ("officer_title", "security", "facility"):  # …取締役Y, …株券合計8, …の工場
        after = pattern(role).search(label, body + 2) if body < len(label) else None
        label = label[: after.start()] if after is not None else label
    branch = pattern("branch").search(label, body + 2)
    return label[: branch.end("head")] if branch is not None else label


# A one-kanji word that modifies with の rather than beginning a name (国の…, 同の…)
_MODIFIER = frozenset("国県市都府道町村区同当本各旧新元前現他両全某")
_CUT = ("助詞", "助動詞", "動詞", "接続詞")


def named_with_no(text: str, no: int, pos_at: PosAt) -> int | None:
    """Where a name starts that has の inside it after one kanji (森の宮製薬, 梅の里フーズ):
    `no` is the の's offset; the kanji before it must begin the name (a bracket, a verb or
    a particle before it), else None."""
    at = no - 1
    if text[no : no + 1] != "の" or at < 0 or at not in pos_at or no not in pos_at:
        return None
    if not ("一" <= text[at] <= "鿿") or text[at] in _MODIFIER:
        return None
    before = at - 1  # the token before the kanji: walk back to its start
    while before > 0 and before not in pos_at:
        before -= 1
    opens = at == 0 or not re.match(r"[一-鿿ァ-ヴーA-Za-z0-9]", text[at - 1])
    return at if opens or pos_at.get(before, "") in _CUT else None
