"""What a SPARQL Update must pass beyond `api.check`, and the protocol's update dataset.

LOAD makes the store fetch a URL; it is refused unless the URL's host is in the
allow-list (`SHOBUN_SPARQL_LOAD_HOSTS`), as SERVICE is for queries. `using-graph-uri` and
`using-named-graph-uri` are applied as SPARQL 1.1 says: as if each DELETE/INSERT … WHERE
operation carried those USING / USING NAMED clauses (a `DELETE WHERE {P}` becomes
`DELETE {P} USING … WHERE {P}`); a request that has its own USING or WITH besides is 400.

Oxigraph takes no dataset for an update, so the clauses are written into the text at the
WHERE keywords a small scanner finds at brace depth 0 (strings, IRIs and comments
skipped); rdflib's parse tree says what the request holds, and the two must agree.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

from pyparsing import ParseException
from rdflib.plugins.sparql.algebra import translatePrologue
from rdflib.plugins.sparql.parser import parseUpdate

from shobun.api.check import Refused, unescape

_TOKEN = re.compile(
    r"""(?P<skip>\#[^\n]*
      |\"\"\"(?:[^"\\]|\\.|"(?!""))*\"\"\"|'''(?:[^'\\]|\\.|'(?!''))*'''
      |"(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*'
      |<[^<>"{}|^`\\\x00-\x20]*>)
    |(?P<open>\{)|(?P<close>\})
    |(?P<word>[^\s{}()<>"'\#,;]+)
    |(?P<other>\S)""",
    re.VERBOSE,
)


@dataclass(frozen=True)
class UpdateDataset:
    """The protocol's using-graph-uri and using-named-graph-uri values."""

    default: tuple[str, ...] = ()
    named: tuple[str, ...] = ()

    def clauses(self) -> str:
        using = [f"USING <{g}>" for g in self.default]
        return " ".join([*using, *(f"USING NAMED <{g}>" for g in self.named)])


def _operations(text: str) -> list[tuple[Any, Any]]:
    """(prologue, operation) pairs of an update, prefixed names and BASE resolvable."""
    try:
        tree = parseUpdate(text)
    except ParseException as err:
        raise Refused("malformed_query", f"update: {err}") from None
    pairs: list[tuple[Any, Any]] = []
    prologue = None
    for given, op in zip(tree.get("prologue") or [], tree.get("request") or [], strict=False):
        prologue = translatePrologue(given, None, None, prologue)
        pairs.append((prologue, op))
    return pairs


def check_load(text: str, hosts: Sequence[str]) -> None:
    """Refuse a LOAD whose URL's host is not in `hosts` (403)."""
    if "load" not in unescape(text).lower():
        return
    allowed = {h.lower() for h in hosts}
    for prologue, op in _operations(text):
        if op.name != "Load":
            continue
        url = str(prologue.absolutize(op.iri))
        host = urlsplit(url).hostname or ""
        if host not in allowed:
            message = f"LOAD <{url}> would fetch from {host or 'a local file'}; "
            message += "only hosts in SHOBUN_SPARQL_LOAD_HOSTS may be loaded"
            raise Refused("load_refused", message)


def _where_positions(text: str) -> list[tuple[int, bool]]:
    """Offsets of the WHERE keywords at brace depth 0, and whether each is DELETE WHERE."""
    depth, previous, found = 0, "", []
    for m in _TOKEN.finditer(text):
        kind, token = m.lastgroup, m.group()
        if kind == "open":
            depth += 1
        elif kind == "close":
            depth -= 1
        elif kind == "word" and depth == 0 and token.upper() == "WHERE":
            found.append((m.start(), previous == "DELETE"))
        if kind != "skip" or token.startswith("<"):
            previous = token.upper()
    return found


def _group_end(text: str, start: int) -> int:
    """The offset just past the `{…}` group that opens at or after `start`."""
    depth = 0
    for m in _TOKEN.finditer(text, start):
        if m.lastgroup == "open":
            depth += 1
        elif m.lastgroup == "close":
            depth -= 1
            if depth == 0:
                return m.end()
    raise Refused("malformed_query", "update: a WHERE group is not closed")


def apply_dataset(text: str, dataset: UpdateDataset) -> str:
    """The update with the protocol's dataset written in as USING clauses."""
    if not dataset.default and not dataset.named:
        return text
    ops = [op for _, op in _operations(text)]
    if any("using" in op or "withClause" in op for op in ops):
        message = "using-graph-uri / using-named-graph-uri with USING or WITH in the update"
        raise Refused("dataset_conflict", message)
    wheres = _where_positions(text)
    expected = sum(op.name in ("Modify", "DeleteWhere") for op in ops)
    if len(wheres) != expected:
        raise Refused("malformed_query", "update: could not place the USING clauses")
    clauses = dataset.clauses()
    for at, shorthand in reversed(wheres):
        if shorthand:  # DELETE WHERE {P} → DELETE {P} USING … WHERE {P}
            end = _group_end(text, at)
            group = text[at + len("WHERE") : end]
            text = f"{text[:at]}{group} {clauses} WHERE{group}{text[end:]}"
        else:
            text = f"{text[:at]}{clauses} {text[at:]}"
    return text
