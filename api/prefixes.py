"""The project's prefixes, known to every query: a query that uses `sbo:` (or `dcterms:`,
`rdfs:` …) without declaring it gets the declaration added before it runs. A syntax
error's position is then given back in the query as the user wrote it, and a prefix
nobody knows is named, with the line to declare it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from api.vocab import PREFIXES as VOCAB

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


@dataclass(frozen=True)
class Prepared:
    """The query to run, and how many lines were added before what the user wrote."""

    query: str
    added: tuple[str, ...] = ()

    @property
    def lines(self) -> int:
        return 1 if self.added else 0


def prepare(query: str) -> Prepared:
    """Declare the known prefixes the query uses but does not declare (on one line
    before it, so positions move by exactly one line)."""
    missing = sorted((used(query) - declared(query)) & set(KNOWN))
    if not missing:
        return Prepared(query)
    head = " ".join(f"PREFIX {p}: <{KNOWN[p]}>" for p in missing)
    return Prepared(f"{head}\n{query}", tuple(missing))


def explain(message: str, prepared: Prepared, original: str) -> str:
    """A parser's message in the user's terms: the line and column in their query, and
    for an undeclared prefix, its name and how to declare it."""
    m = _POSITION.search(message)
    if m is None:
        return message
    line, column = int(m.group(1)) - prepared.lines, int(m.group(2))
    where = f"line {line}, column {column}"
    if "Prefix not found" in message:
        name = _prefix_at(original, line, column)
        if name is not None:
            known = ", ".join(sorted(KNOWN))
            return (
                f"{where}: unknown prefix {name}: — declare it, e.g. PREFIX {name}: <…> "
                f"(known without declaring: {known})"
            )
    rest = _POSITION.sub("", message, count=1).lstrip(": ")
    return f"{where}: {rest}"


def _prefix_at(query: str, line: int, column: int) -> str | None:
    """The prefix of the prefixed name that ends near (line, column)."""
    lines = query.split("\n")
    if not 1 <= line <= len(lines):
        return None
    text = lines[line - 1][: max(column, 0)]
    found = list(re.finditer(r"([A-Za-z][\w.-]*)?:", text))
    return (found[-1].group(1) or "") if found else None
