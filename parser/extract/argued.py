"""Names a news sentence gives an action without a legal-form word, read from the grammar
of the sentence that takes the action rather than from a phrasing of one page:

* the noun phrase the sanction is given to — before に対し, before に where the sanction
  and its verb close the clause (「Xに15日間の営業停止処分を命じた」), before を where the
  clause makes it the sanction's object (「Xを30日間の事業停止処分とした」), before が where
  it is the subject of the wrong told before として — the markers are `org_phrases.tsv`'s
  `argued_marker` rows, read only in a sentence that names a sanction and no company by its
  legal form (where one stands, the company rules' addressee does); and the business a
  bracket introduces (「X(本社・…、…社長)は」: `introduced_paren`);
* its left edge is the clause's: a 、, a line, a bracket, or the place, the topic or the
  kind of business written before it (架空市の, 県は, 食品製造業者, タクシー会社、);
* it is a name where it reads as a business's: it ends in a business's head word after a
  stem of its own (…建設, …交通, …信販: `business_head`), or it is written in katakana or
  Latin letters (ルミナスラボ) and is not a common word of trade (`trade_word`).

A person (山田太郎に対し), a kind of business (県内の建設業者3社に) or a group (地方銀行に)
reads as none. A name so found is then found wherever the text writes it."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

from shobun.parser.extract.addressed import addressee_name, without_context
from shobun.parser.extract.orgs import authority_pattern, form_matches
from shobun.parser.extract.phrases import guarded, pattern
from shobun.parser.patterns import JOINT_WORDS, SANCTION_WORD

_NAME_CHAR = re.compile(r"[一-鿿々〆ヵヶぁ-んァ-ヴーA-Za-z0-9&・]")
_REACH = 30  # characters before the marker a name may take
_KATAKANA_OR_LATIN = re.compile(r"[ァ-ヴーA-Za-z]")
_LATIN_SPACE = re.compile(r"[A-Za-z] [A-Za-z]")
_JOINT = re.compile(rf"{JOINT_WORDS}|若しくは")


def _run_before(text: str, end: int) -> str:
    """The name characters right before `end`, up to the clause's edge."""
    start = end
    while (
        start > 0
        and end - start < _REACH
        and (_NAME_CHAR.match(text, start - 1) or _LATIN_SPACE.match(text, start - 2))
    ):
        start -= 1  # BLUE HARBOR: a space between Latin words is the name's
    run = text[start:end]
    if start > 0 and text[start - 1] == ")" and run[:1] in ("と", "や"):  # A(市)とB(市)は
        run = run[1:]
    run = _JOINT.split(run)[-1]  # A及びBに対し: B (A is the list rules')
    return _without_branch(without_context(run))  # 福岡市の食品製造業者X: X


_BRANCH = re.compile(r"(?:支店|支社|営業所|事業所|出張所)$")


def _without_branch(run: str) -> str:
    """…ツアーズ広島支店, …建設名古屋支店: the company's name, the place cut where what is left
    reads as a name."""
    office = _BRANCH.search(run)
    if office is None:
        return run
    if (name := pattern("office_after").sub("", run)) != run:  # 松尾配送・本社営業所
        return name
    for place in range(2, 5):
        if reads_as_name(name := run[: office.start() - place]):
            return name
    return run


def reads_as_name(name: str) -> bool:
    """A business's head word after a stem of its own, or katakana or Latin letters that are
    not a common word of trade; never an authority."""
    if name in authority_pattern()[1] or pattern("trade_word").fullmatch(name):
        return False
    head = pattern("business_head").search(name)
    if head is not None and head.start() >= (1 if len(head.group()) >= 4 else 2):
        return True  # …建設, …交通 after a stem of two; 凪観光バス, 湊エキスプレス after one
    return len(_KATAKANA_OR_LATIN.findall(name)) >= 3


def _paired(run: str) -> list[str]:
    """「さくら交通とみどりバスに対し」: the two names と joins, where each reads as one (the と
    of みなと交通 leaves a part that does not)."""
    for at in (i for i, c in enumerate(run) if c == "と"):
        pair = [run[:at], run[at + 1 :]]
        if all(reads_as_name(p) for p in pair):
            return pair
    return []


def _candidates(text: str) -> Iterator[str]:
    """The phrase before each addressee's marker, and before each bracket that introduces a
    business, where it reads as a name (or the bracket names the business's 社長)."""
    for m in _markers(text):
        if _formed_in_sentence(text, m.start()):
            continue  # the sentence names a company by its legal form: the company rules'
        run = _run_before(text, m.start())
        if m.group() == "の" and "の" in run:
            continue  # 「Xの…事業の許可を取り消した」: the first の's phrase is the holder
        yield from _paired(run) or ([run] if reads_as_name(run) else [])
    for m in guarded("introduced_paren").finditer(text):
        run, bracket = _run_before(text, m.start()), text[m.start() : m.start() + 40]
        if reads_as_name(run) or "社長" in bracket[: bracket.find(")")]:
            yield run


def _markers(text: str) -> Iterator[re.Match[str]]:
    """Each addressee's marker, looked for only in sentences (or lines) that name a sanction:
    most of a notice tells facts, and a marker's every row needs a sanction after it."""
    marker, done = guarded("argued_marker"), -1
    for word in SANCTION_WORD.finditer(text):
        if word.start() < done:
            continue  # a sentence already read
        start = max(text.rfind("。", 0, word.start()), text.rfind("\n", 0, word.start())) + 1
        ends = [e for e in (text.find("。", word.end()), text.find("\n", word.end())) if e >= 0]
        done = min(ends, default=len(text))
        yield from marker.finditer(text, start, done)


def _formed_in_sentence(text: str, at: int) -> bool:
    """The sentence holding `at` names a company with its legal form before `at`."""
    start = max(text.rfind("。", 0, at), text.rfind("\n", 0, at)) + 1
    return bool(form_matches(text[start:at]))


def argued_names(text: str, clean: Callable[[str], str | None]) -> Iterator[str]:
    """Every name a sentence's grammar makes the addressee of a sanction it takes, or news
    introduces with a bracket only a business has."""
    for run in _candidates(text):
        found = addressee_name(text, run, clean)
        if found is not None:
            yield found
