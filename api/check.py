"""What a query must pass before it reaches the store: size, and no SERVICE clause.

SERVICE would make the store fetch from other hosts (Oxigraph has an HTTP client), so
the endpoint refuses it. The decision is made on rdflib's SPARQL parse tree, never on
the text; the text is only a cheap pre-filter: a query whose text (after SPARQL's
\\u escapes are expanded) never contains the word "service" cannot hold the keyword,
so the 5–10 ms parse is spent only on queries that mention it.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from pyparsing import ParseException
from rdflib.plugins.sparql.parser import parseQuery, parseUpdate
from rdflib.plugins.sparql.parserutils import CompValue

_ESCAPE = re.compile(r"\\u([0-9A-Fa-f]{4})|\\U([0-9A-Fa-f]{8})")


class Refused(Exception):
    """A query the endpoint will not run: `status` and a message for the client."""

    def __init__(self, status: int, code: str, message: str) -> None:
        super().__init__(message)
        self.status = status
        self.code = code
        self.message = message


def unescape(text: str) -> str:
    """Expand SPARQL's codepoint escapes (\\uXXXX, \\UXXXXXXXX), as a parser may."""

    def expand(m: re.Match[str]) -> str:
        code = int(m.group(1) or m.group(2), 16)
        return chr(code) if code <= 0x10FFFF else m.group(0)

    return _ESCAPE.sub(expand, text) if "\\" in text else text


def _nodes(tree: Any) -> Iterator[CompValue]:
    stack = [tree]
    while stack:
        node = stack.pop()
        if isinstance(node, CompValue):
            yield node
            stack.extend(node.values())
        elif isinstance(node, list | tuple):
            stack.extend(node)
        elif hasattr(node, "asList") and not isinstance(node, str):
            stack.extend(list(node))


def mentions_service(text: str) -> bool:
    return "service" in unescape(text).lower()


def service_clauses(text: str, *, update: bool = False) -> list[str]:
    """The SERVICE clauses in a query (or update), found in rdflib's parse tree."""
    try:
        tree = parseUpdate(text) if update else parseQuery(text)
    except ParseException as err:
        raise Refused(400, "malformed_query", f"SERVICE check: {err}") from None
    return [str(n.get("term")) for n in _nodes(tree) if n.name == "ServiceGraphPattern"]


def check(text: str, *, max_chars: int, update: bool = False) -> None:
    """Raise `Refused` for a query that is too long or federates to another endpoint."""
    what = "update" if update else "query"
    if not text.strip():
        raise Refused(400, "malformed_query", f"empty {what}")
    if len(text) > max_chars:
        raise Refused(413, "query_too_long", f"{what} of {len(text)} characters > {max_chars}")
    if mentions_service(text) and (found := service_clauses(text, update=update)):
        raise Refused(
            403, "service_refused", f"SERVICE is not allowed here (asked for {', '.join(found)})"
        )
