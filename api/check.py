"""What a query must pass before it reaches the store: size, nesting, and no SERVICE.

SERVICE would make the store fetch from other hosts (Oxigraph has an HTTP client), so
the endpoint refuses it; nesting deeper than `MAX_DEPTH` brackets would overflow the
engine's recursive parser (5 000 parentheses crash pyoxigraph), so it is refused too.

Both decisions are made on SPARQL's tokens, read by one regular expression whose
alternatives each begin with a different character and never back-track (possessive
quantifiers), so the scan is linear in the query's length: IRIs, strings and comments
are skipped whole; variables (`?service`) and prefixed names (`ex:service`,
`service:x`) are one token each. A run of name characters is split at its dots (a
triple's `.` may touch the next word), and any piece that is exactly `service` counts:
a local name such as `ex:a.service` is refused too, which errs on the safe side. The
text is scanned as written and again with SPARQL's `\\u` escapes expanded, since a
parser may expand them before it reads the query. Nothing here parses the query: a
query the engine cannot read is the engine's to refuse (400).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from shobun.core.errors import coded

MAX_DEPTH = 32
"""The deepest nesting of ( { [ a query may have. Real queries stay under 20; the
engine's parse time grows steeply with depth (blank nodes nested 64 deep: 0.16 s, 128
deep: 2.2 s) and 5 000 parentheses crash it."""

_ESCAPE = re.compile(r"\\u([0-9A-Fa-f]{4})|\\U([0-9A-Fa-f]{8})")
_TOKEN = re.compile(
    r"""
      (?P<iri> <[^<>"{}|^`\\\x00-\x20]*+> )
    | (?P<string> \"\"\"(?:[^"\\]|\\.?|"(?!""))*+(?:\"\"\"|\Z)
                | '''(?:[^'\\]|\\.?|'(?!''))*+(?:'''|\Z)
                | "(?:[^"\\\n\r]|\\[^\n\r]?)*+"? | '(?:[^'\\\n\r]|\\[^\n\r]?)*+'? )
    | (?P<comment> \#[^\n\r]*+ )
    | (?P<var> [?$][\w\u00B7\u0300-\u036F\u203F\u2040]*+ )
    | (?P<name> [\w.:%\\\-]++ )
    | (?P<open> [({\[] )
    | (?P<close> [)}\]] )
    """,
    re.VERBOSE | re.DOTALL,
)


class Refused(Exception):
    """A query the endpoint will not run: `status` and a message for the client."""

    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.status = coded(code).http  # the catalogue's
        self.code = code
        self.message = message


def unescape(text: str) -> str:
    """Expand SPARQL's codepoint escapes (\\uXXXX, \\UXXXXXXXX), as a parser may."""

    def expand(m: re.Match[str]) -> str:
        code = int(m.group(1) or m.group(2), 16)
        return chr(code) if code <= 0x10FFFF else m.group(0)

    return _ESCAPE.sub(expand, text) if "\\" in text else text


def tokens(text: str) -> Iterator[re.Match[str]]:
    """The query's tokens that matter here (characters no alternative takes are skipped
    one at a time by `finditer`)."""
    return _TOKEN.finditer(text)


def service_keywords(text: str) -> int:
    """How many SERVICE keywords the text holds, as written (see the module's note)."""
    found = 0
    for token in tokens(text):
        if token.lastgroup == "name" and "ervice" in (word := token.group().lower()):
            found += sum(1 for piece in word.split(".") if piece == "service")
    return found


def depth(text: str) -> int:
    """The deepest nesting of brackets outside strings, IRIs and comments."""
    deepest = level = 0
    for token in tokens(text):
        if token.lastgroup == "open":
            level += 1
            deepest = max(deepest, level)
        elif token.lastgroup == "close":
            level = max(0, level - 1)
    return deepest


def check(text: str, *, max_chars: int, update: bool = False, max_depth: int = MAX_DEPTH) -> None:
    """Raise `Refused` for a query that is too long, nested too deep or federates to
    another endpoint. Linear in the text's length; at most three scans of it."""
    what = "update" if update else "query"
    if not text.strip():
        raise Refused("malformed_query", f"empty {what}")
    if len(text) > max_chars:
        raise Refused("query_too_long", f"{what} of {len(text)} characters > {max_chars}")
    expanded = unescape(text)
    if sum(text.count(c) + expanded.count(c) for c in "({[") > max_depth:
        deepest = max(depth(text), depth(expanded))
        if deepest > max_depth:
            raise Refused(
                "too_deep", f"{what} nests brackets {deepest} deep; the limit is {max_depth}"
            )
    for form in {text, expanded}:
        if "ervice" in form.lower() and service_keywords(form):
            raise Refused("service_refused", "SERVICE is not allowed here")
