"""One catalogue of coded errors and warnings, so bulk logs can be grepped and counted.

Every error that shobun raises on purpose is a `ShobunError` carrying a code from
`CATALOGUE`; the command line prints `SHOBUN-Exxx file: message` and exits with the
code's exit status. Warnings the parser records in a notice use the `W` codes.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Code:
    code: str
    exit_status: int
    summary: str


CATALOGUE: dict[str, Code] = {
    c.code: c
    for c in (
        Code("SHOBUN-E001", 3, "no such file"),
        Code("SHOBUN-E002", 4, "not a readable file"),
        Code("SHOBUN-E010", 5, "undecodable input"),
        Code("SHOBUN-E011", 6, "empty input"),
        Code("SHOBUN-E012", 7, "binary input, not text"),
        Code("SHOBUN-E013", 8, "unreadable PDF"),
        Code("SHOBUN-E014", 17, "HTML nested too deeply"),
        Code("SHOBUN-E020", 9, "input over the size limit"),
        Code("SHOBUN-E030", 10, "tokenizer failure"),
        Code("SHOBUN-E040", 2, "bad command-line usage"),
        Code("SHOBUN-E041", 18, "bad setting"),
        Code("SHOBUN-E050", 11, "store error"),
        Code("SHOBUN-E051", 12, "store locked by another process"),
        Code("SHOBUN-E052", 13, "remote SPARQL endpoint error"),
        Code("SHOBUN-E053", 14, "bad manifest"),
        Code("SHOBUN-E054", 15, "no such notice in the store"),
        Code("SHOBUN-E055", 19, "not enough disk space for the store"),
        Code("SHOBUN-E060", 16, "bad query"),
        Code("SHOBUN-E099", 70, "internal error (a bug in shobun: please report it)"),
        # warnings recorded in a notice (sbo:warning), never raised
        Code("SHOBUN-W101", 0, "weekday does not match its date"),
        Code("SHOBUN-W102", 0, "undefined short name"),
        Code("SHOBUN-W103", 0, "invalid corporate number check digit"),
        Code("SHOBUN-W104", 0, "action without addressee"),
        Code("SHOBUN-W105", 0, "section reference with no document"),
        Code("SHOBUN-W106", 0, "unresolved anaphor"),
        Code("SHOBUN-W107", 0, "impossible date"),
        Code("SHOBUN-W108", 0, "no notice found in the text"),
        Code("SHOBUN-W109", 0, "no notice date: provisions read in today's numbering"),
        Code("SHOBUN-W110", 0, "cited provision's number today not known"),
        Code("SHOBUN-W111", 0, "number out of range (kept as text, no fact)"),
    )
}


class ShobunError(Exception):
    """An error with a catalogue code, naming the input it concerns."""

    def __init__(self, code: str, source: str, detail: str = "") -> None:
        if code not in CATALOGUE:
            raise KeyError(code)
        self.code = code
        self.source = source
        self.detail = detail
        super().__init__(self.line())

    @property
    def exit_status(self) -> int:
        return CATALOGUE[self.code].exit_status

    def line(self) -> str:
        summary = CATALOGUE[self.code].summary
        detail = f": {self.detail}" if self.detail else ""
        return f"{self.code} {self.source}: {summary}{detail}"
