"""Patterns several stages share, written once."""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache
from typing import Any

# A parenthetical that may hold one level of parentheses of its own:
# (法人番号1234。以下「当社」という。), (特定商取引法第6条第1項第1号(不実告知))
PAREN_BODY = r"[^()]*(?:\([^()]*\)[^()]*)*"
PAREN = rf"\({PAREN_BODY}\)"
PARENTHETICAL = re.compile(PAREN)

# The words that join the last items of a list: 「A、B及びC」「A及びB並びにC」
JOINT_WORDS = "及び|並びに|又は"
# A business's office written after its name: 「みなと交通東京支店」「あおば建設本社営業所」
BRANCH = r"[一-鿿ァ-ヴー]{0,8}?(?:支店|支社|営業所|事業所|本社|本店|工場|出張所)"
# A word that names a sanction or an action's kind, for a cheap look at a sentence before a
# fuller reading: 「…処分を命じた」「…の許可を取り消した」
SANCTION_WORD = re.compile(r"処分|命令|指示|勧告|指導|警告|注意|停止|取り?消")

# What joins coordinated names: 「A(…)及びB」「A、B」「A・B」「AとB」
# 「A及び同社のコールセンター業務の委託先であるB」: what B is to A between them
COORDINATION = re.compile(  # 「A東京支店とB本社営業所に」: each business with its office
    rf"(?:{PAREN})*(?:{BRANCH})?"
    rf"(?:{PAREN})*(?:{JOINT_WORDS}|、|・|と)"
    r"(?:(?:同社|その|当該)[^、。「」()]{0,30}?である)?"
)


@lru_cache(maxsize=256)
def _parsed(pattern: str, flags: int) -> Any:
    """The standard library's parse of `pattern` (raises re.error), made once for the
    helpers below; a Python without `re._parser` (3.11's name for it) gets none, and
    the helpers then leave every pattern as it is."""
    parser = getattr(re, "_parser", None)
    if parser is None:
        raise re.error("the standard library's regular-expression parser is not at hand")
    return parser.parse(pattern, flags)


def required_literal(pattern: str) -> str:
    """The longest run of plain characters that every match of `pattern` contains ("" if
    none is sure): `literal in text` is a cheap test that a table's row cannot match,
    before a search over the whole text. Read from the parsed pattern (`re._parser`,
    the standard library's own parser); literals inside groups that must match count,
    those inside repeats, alternatives and look-arounds do not."""
    try:
        parsed = _parsed(pattern, 0)
    except re.error:
        return ""
    if parsed.state.flags & (re.IGNORECASE | re.VERBOSE):
        return ""
    return max(_literal_runs(parsed.data), key=len, default="")


def _literal_runs(items: list[tuple[object, object]]) -> list[str]:
    runs: list[str] = []
    run: list[str] = []
    for op, arg in items:
        if str(op) == "LITERAL" and isinstance(arg, int):
            run.append(chr(arg))
            continue
        runs.append("".join(run))
        run = []
        if str(op) == "SUBPATTERN" and isinstance(arg, tuple) and not arg[1] & re.IGNORECASE:
            runs += _literal_runs(arg[-1].data)  # (group, add_flags, del_flags, pattern)
    runs.append("".join(run))
    return runs


def guarded(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """`pattern` compiled behind a look-ahead for the characters a match can start with
    (`first_chars`), where they are known: a search over a whole text then tries the
    pattern's alternatives and look-behinds only where a match can begin (and at the
    text's start, for alternatives anchored there by ^). The matches are the same; a
    pattern whose first characters are not known compiles as it is."""
    found = _first_pieces(pattern, flags)
    if found is None or not found[0] or _scans_itself(pattern, flags):
        return re.compile(pattern, flags)  # unknown, anchored only, or no need
    pieces, anchored = found
    guard = ("\\A|" if anchored else "") + f"(?=[{''.join(pieces)}])"
    end = "\n)" if flags & re.VERBOSE else ")"  # a verbose pattern may end in a comment
    try:
        fast = re.compile(f"(?:{guard})(?:{pattern}{end}", flags)
    except re.error:  # global flags inside the pattern, which must come first
        return re.compile(pattern, flags)
    _PLAIN[fast] = pattern
    return fast


_PLAIN: dict[re.Pattern[str], str] = {}  # each guarded pattern's own text


def plain(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """The pattern `guarded` was given, compiled as it is (for the tests that hold the
    two to the same matches)."""
    return re.compile(_PLAIN.get(pattern, pattern.pattern), pattern.flags)


def _scans_itself(pattern: str, flags: int) -> bool:
    """Whether the regex engine skips ahead on its own: a pattern that opens with a
    literal, a class, or alternatives that each open with a literal (the standard
    library's compiler then scans for those characters; a look-ahead would stop it)."""
    items = _parsed(pattern, flags).data
    while items and str(items[0][0]) == "SUBPATTERN":
        items = items[0][1][-1].data
    if not items:
        return False
    op, arg = items[0]
    if str(op) == "BRANCH":
        return all(b.data and str(b.data[0][0]) == "LITERAL" for b in arg[1])
    return str(op) in ("LITERAL", "IN")


def first_chars(pattern: str, flags: int = 0) -> str | None:
    """A character class's body holding every character a match of `pattern` can start
    with, or None where that is not sure (a match may be empty, may start with any
    character or only at the text's start, or case is ignored)."""
    found = _first_pieces(pattern, flags)
    return "".join(found[0]) if found is not None and not found[1] else None


def _first_pieces(pattern: str, flags: int) -> tuple[list[str], bool] | None:
    """The class pieces a match can start with, and whether some alternative can match
    only at the text's start (^ without MULTILINE, \\A); None where not sure."""
    try:
        parsed = _parsed(pattern, flags)
    except re.error:
        return None
    if parsed.state.flags & re.IGNORECASE:
        return None
    found = _first(parsed.data, bool(parsed.state.flags & re.MULTILINE))
    if found is None or found[1]:
        return None
    pieces = list(dict.fromkeys(found[0]))
    return [p for p in pieces if p != _START], _START in pieces


_START = "^"  # a piece that stands for an alternative anchored at the text's start
_ZERO_WIDTH = frozenset({"ASSERT", "ASSERT_NOT", "AT"})
_REPEATS = frozenset({"MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT"})


def _first(items: list[tuple[Any, Any]], multiline: bool) -> tuple[list[str], bool] | None:
    """The class pieces a sequence can start with, and whether it can match empty."""
    out: list[str] = []
    for op, arg in items:
        if (
            str(op) == "AT"
            and str(arg) in _TEXT_START
            and not (multiline and str(arg) == "AT_BEGINNING")
        ):
            return [*out, _START], False  # this way, a match starts only at the text's start
        ahead = _ahead(op, arg, multiline)
        if ahead is not None:  # (?=第…): a match, even an empty one, begins where it does
            return [*out, *ahead], False
        if str(op) in _ZERO_WIDTH:
            continue
        found = _first_of(str(op), arg, multiline)
        if found is None:
            return None
        out += found[0]
        if not found[1]:
            return out, False
    return out, True


_TEXT_START = frozenset({"AT_BEGINNING", "AT_BEGINNING_STRING"})


def _ahead(op: Any, arg: Any, multiline: bool) -> list[str] | None:
    """The pieces a look-ahead's body begins with, where it cannot match empty: what
    stands where the look-ahead holds (None for any other part)."""
    if str(op) != "ASSERT" or arg[0] != 1:
        return None
    found = _first(arg[1].data, multiline)
    if found is None or found[1] or _START in found[0]:
        return None
    return found[0]


def _first_of(op: str, arg: Any, multiline: bool) -> tuple[list[str], bool] | None:
    if op == "LITERAL":
        return [re.escape(chr(arg))], False
    if op == "IN":
        return _class(arg)
    if op == "BRANCH":
        branches = [_first(b.data, multiline) for b in arg[1]]
        if any(b is None for b in branches):
            return None
        return [p for b in branches if b for p in b[0]], any(b[1] for b in branches if b)
    if op == "SUBPATTERN" and not arg[1] & re.IGNORECASE:
        return _first(arg[-1].data, multiline)
    if op in _REPEATS:
        found = _first(arg[2].data, multiline)
        return None if found is None else (found[0], found[1] or arg[0] == 0)
    return None


def _class(items: list[tuple[Any, Any]]) -> tuple[list[str], bool] | None:
    """A class's pieces: its literals and ranges (a negated class, or one with a
    category such as \\d, is not read)."""
    out: list[str] = []
    for op, arg in items:
        if str(op) == "LITERAL":
            out.append(re.escape(chr(arg)))
        elif str(op) == "RANGE":
            out.append(f"{re.escape(chr(arg[0]))}-{re.escape(chr(arg[1]))}")
        else:
            return None
    return out, False


# 「経済産業省の地方局が…を命じた」: a ministry named only for its regional bureaux
OWN_BUREAUX = re.compile(r"の(?:各)?(?:地方局|地方支分部局|出先機関|地方機関|地方事務所)")


def wrapped(*words: str) -> str:
    """Alternatives that a PDF line may break anywhere inside (「…の規定に基⏎づき」)."""
    return "|".join("\n?".join(map(re.escape, w)) for w in words)


def longest_first(words: Iterable[str]) -> str:
    """An alternation of the literal `words` that matches as they do joined by | longest
    first (the longest word at a place, then shorter ones where what follows fails), as
    a trie of their characters: the regex engine walks it once per place instead of
    trying every word (hundreds of authorities and statutes, at every place a name can
    start). The words that match at one place are prefixes of one another, so the trie,
    trying a longer word before stopping, tries them in the same order."""
    trie: dict[str, dict[str, Any]] = {}
    for word in words:
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}  # a word ends here
    return _trie(trie)


def _trie(node: dict[str, dict[str, Any]]) -> str:
    branches = [re.escape(ch) + _trie(child) for ch, child in sorted(node.items()) if ch]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else f"(?:{'|'.join(branches)})"
    return f"(?:{body})?" if "" in node else body


# the kinds of organisation that are bodies, never an action's addressee nor an offender
PUBLIC_KINDS = frozenset({"Authority", "PublicBody"})
