"""One catalogue of coded errors and warnings, so bulk logs can be grepped and counted.

Every error that shobun raises on purpose is a `ShobunError` carrying a code from
`CATALOGUE`; the command line prints `SHOBUN-Exxx file: message` and exits with the
code's exit status. Warnings the parser records in a notice use the `W` codes.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Code:
    """One entry of the catalogue: the command line's exit status, the HTTP status the
    server answers with, and the short name API clients see in `error.code`."""

    code: str
    exit_status: int
    http: int
    name: str
    summary: str


def _c(code: str, exit_status: int, http: int, name: str, summary: str) -> Code:
    return Code(code, exit_status, http, name, summary)


CATALOGUE: dict[str, Code] = {
    c.code: c
    for c in (
        _c("SHOBUN-E001", 3, 404, "no_such_file", "no such file"),
        _c("SHOBUN-E002", 4, 400, "unreadable_file", "not a readable file"),
        _c("SHOBUN-E010", 5, 422, "undecodable", "undecodable input"),
        _c("SHOBUN-E011", 6, 422, "empty_input", "empty input"),
        _c("SHOBUN-E012", 7, 422, "binary_input", "binary input, not text"),
        _c("SHOBUN-E013", 8, 422, "unreadable_pdf", "unreadable PDF"),
        _c("SHOBUN-E014", 17, 422, "html_too_deep", "HTML nested too deeply"),
        _c("SHOBUN-E020", 9, 413, "too_large", "input over the size limit"),
        _c("SHOBUN-E030", 10, 500, "tokenizer_failure", "tokenizer failure"),
        _c("SHOBUN-E040", 2, 400, "bad_usage", "bad command-line usage"),
        _c("SHOBUN-E041", 18, 500, "bad_setting", "bad setting"),
        _c("SHOBUN-E050", 11, 503, "store_error", "store error"),
        _c("SHOBUN-E051", 12, 503, "store_locked", "store locked by another process"),
        _c("SHOBUN-E052", 13, 502, "remote_error", "remote SPARQL endpoint error"),
        _c("SHOBUN-E053", 14, 400, "bad_manifest", "bad manifest"),
        _c("SHOBUN-E054", 15, 404, "no_such_notice", "no such notice in the store"),
        _c("SHOBUN-E055", 19, 507, "disk_full", "not enough disk space for the store"),
        _c("SHOBUN-E060", 16, 400, "bad_query", "bad query"),
        # what the SPARQL endpoint refuses or cannot answer
        _c("SHOBUN-E061", 20, 400, "malformed_query", "query or update does not parse"),
        _c("SHOBUN-E062", 21, 413, "query_too_long", "query over the length limit"),
        _c("SHOBUN-E063", 22, 400, "too_deep", "brackets nested beyond the limit"),
        _c("SHOBUN-E064", 23, 403, "service_refused", "SERVICE is not allowed"),
        _c("SHOBUN-E065", 24, 403, "load_refused", "LOAD from a host not allowed"),
        _c("SHOBUN-E066", 25, 413, "dataset_too_large", "dataset over the limit"),
        _c("SHOBUN-E067", 26, 400, "dataset_conflict", "USING in the update and the request"),
        _c("SHOBUN-E068", 27, 400, "ambiguous", "query and update, or a parameter twice"),
        _c("SHOBUN-E069", 28, 400, "bad_graph_uri", "bad graph IRI"),
        _c("SHOBUN-E070", 29, 400, "update_failed", "update refused by the store"),
        _c("SHOBUN-E071", 30, 503, "query_timeout", "query over the time limit"),
        _c("SHOBUN-E072", 31, 503, "query_memory", "query over the memory limit"),
        _c("SHOBUN-E073", 32, 503, "worker_died", "query worker died"),
        _c("SHOBUN-E074", 33, 503, "busy", "every query worker busy"),
        _c(
            "SHOBUN-E099",
            70,
            500,
            "internal_error",
            "internal error (a bug in shobun: please report it)",
        ),
        # warnings recorded in a notice (sbo:warning), never raised
        _c("SHOBUN-W101", 0, 200, "weekday_mismatch", "weekday does not match its date"),
        _c("SHOBUN-W102", 0, 200, "undefined_short_name", "undefined short name"),
        _c("SHOBUN-W103", 0, 200, "bad_check_digit", "invalid corporate number check digit"),
        _c("SHOBUN-W104", 0, 200, "no_addressee", "action without addressee"),
        _c("SHOBUN-W105", 0, 200, "no_document", "section reference with no document"),
        _c("SHOBUN-W106", 0, 200, "unresolved_anaphor", "unresolved anaphor"),
        _c("SHOBUN-W107", 0, 200, "impossible_date", "impossible date"),
        _c("SHOBUN-W108", 0, 200, "no_notice", "no notice found in the text"),
        _c(
            "SHOBUN-W109",
            0,
            200,
            "no_notice_date",
            "no notice date: provisions read in today's numbering",
        ),
        _c("SHOBUN-W110", 0, 200, "unknown_current", "cited provision's number today not known"),
        _c("SHOBUN-W111", 0, 200, "out_of_range", "number out of range (kept as text, no fact)"),
    )
}
BY_NAME: dict[str, Code] = {c.name: c for c in CATALOGUE.values()}


def coded(name: str) -> Code:
    """The catalogue entry an API error name (`busy`, `malformed_query` …) stands for."""
    return BY_NAME[name]


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
