"""The project's prefixes, known to every query: a query that uses `sbo:` (or `dcterms:`,
`rdfs:` …) without declaring it gets the declaration added before it runs. A syntax
error's position is then given back in the query as the user wrote it, and a prefix
nobody knows is named, with the line to declare it.
"""

from __future__ import annotations

import re

from shobun.api.errors import ApiError
from shobun.api.vocab import PREFIXES as VOCAB

KNOWN: dict[str, str] = {
    **VOCAB,
    "owl": "http://www.w3.org/2002/07/owl#",
    "void": "http://rdfs.org/ns/void#",
    "sd": "http://www.w3.org/ns/sparql-service-description#",
}
# What is not code in a query: IRIs, strings (long and short), comments.
_NOT_CODE = re.compile(
    r"<[^<>\"{}|^`\\\s]*>"
    r"|\"\"\"(?:[^\\]|\\.)*?\"\"\"|'''(?:[^\\]|\\.)*?'''"
    r"|\"(?:[^\"\\\n]|\\.)*\"|'(?:[^'\\\n]|\\.)*'"
    r"|#[^\n]*",
    re.DOTALL,
)
_DECLARED = re.compile(r"\bPREFIX\s+([A-Za-z][\w.-]*)?\s*:", re.IGNORECASE)
_USED = re.compile(r"(?<![\w.?$:-])([A-Za-z][\w-]*(?:\.[\w-]+)*)?:(?![/:])")
_POSITION = re.compile(r"error at (\d+):(\d+)")


def code_of(query: str) -> str:
    """The query with IRIs, strings and comments blanked (same length, same lines)."""
    return _NOT_CODE.sub(lambda m: re.sub(r"[^\n]", " ", m.group(0)), query)


def used(query: str) -> set[str]:
    """The prefixes a query's prefixed names use ("" for the default `:`)."""
    code = _DECLARED.sub(" ", code_of(query))
    return {m.group(1) or "" for m in _USED.finditer(code)}


def declared(query: str) -> set[str]:
    return {m.group(1) or "" for m in _DECLARED.finditer(code_of(query))}


def missing(query: str) -> list[str]:
    """The known prefixes the query uses but does not declare."""
    return sorted((used(query) - declared(query)) & set(KNOWN))


def unknown(query: str) -> list[tuple[str, int, int]]:
    """Each prefix the query uses that is neither declared nor known, with the line and
    column (from 1) of its first use."""
    code = _DECLARED.sub(lambda m: " " * len(m.group(0)), code_of(query))
    names = used(query) - declared(query) - set(KNOWN)
    found: dict[str, tuple[str, int, int]] = {}
    for m in _USED.finditer(code):
        name = m.group(1) or ""
        if name in names and name not in found:
            line = code.count("\n", 0, m.start()) + 1
            column = m.start() - (code.rfind("\n", 0, m.start()) + 1) + 1
            found[name] = (name, line, column)
    return list(found.values())


def prepare(query: str) -> str:
    """The query with the known prefixes it uses but does not declare declared (on one
    line before it, so positions move by exactly one line); 400 naming a prefix that is
    neither declared nor known."""
    for name, line, column in unknown(query)[:1]:
        known = ", ".join(sorted(KNOWN))
        raise ApiError.of(
            "malformed_query",
            f"line {line}, column {column}: unknown prefix {name}: — declare it, e.g. "
            f"PREFIX {name}: <…> (known without declaring: {known})",
        )
    added = missing(query)
    if not added:
        return query
    return " ".join(f"PREFIX {p}: <{KNOWN[p]}>" for p in added) + "\n" + query


def explain(message: str, query: str) -> str:
    """A parser's message about the prepared query, in the terms of the query as
    written: its line and column there."""
    m = _POSITION.search(message)
    if m is None:
        return message
    line = int(m.group(1)) - (1 if missing(query) else 0)
    rest = _POSITION.sub("", message, count=1).lstrip(": ")
    return f"line {line}, column {m.group(2)}: {rest}"
