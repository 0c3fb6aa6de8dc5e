"""The bookkeeping graph out of reach of a query sent to a server as it is.

With the union in a server's default graph, the SPARQL protocol cannot name that graph,
so a query that reads both the default graph and named graphs is sent without a
dataset, and its `GRAPH ?g` would range over every graph the server holds, the
bookkeeping graph among them. `hidden()` rewrites the text so that it cannot:

- each `GRAPH ?v { … }` is followed, in the same group, by `FILTER(?v != <meta>)`. A
  filter applies to the whole group it stands in, where `?v` is bound by the clause,
  so the rows the bookkeeping graph would give are dropped and no other row is;
- the bookkeeping graph named outright (`<urn:shobun:meta>`, or a prefixed name that
  expands to it) becomes a graph never written, so it reads as empty.

The rewrite works on `check.tokens` (IRIs, strings and comments whole; linear in the
text), after SPARQL's `\\u` escapes are expanded, as the engine would expand them.
"""

from __future__ import annotations

from shobun.api.check import tokens, unescape
from shobun.graph.terms import META_GRAPH

EMPTY_GRAPH = "urn:shobun:empty"  # a graph never written


def hidden(text: str) -> str:
    """`text` with every GRAPH clause kept off the bookkeeping graph (see the module)."""
    text = unescape(text)
    out: list[str] = []
    prefixes: dict[str, str] = {}
    pending: list[tuple[int, str]] = []  # (depth of the clause's `{`, its variable)
    recent: list[str] = []  # the last significant tokens, to spot GRAPH ?v { and PREFIX p: <…>
    level, at = 0, 0
    for token in tokens(text):
        kind, word = token.lastgroup or "", token.group()
        out.append(text[at : token.start()])
        at = token.end()
        if kind == "comment":
            out.append(word)
            continue
        out.append(_renamed(kind, word, recent, prefixes))
        if kind == "open":
            level += 1
            if word == "{" and len(recent) >= 2 and _is_graph(recent[-2]) and recent[-1][0] in "?$":
                pending.append((level, recent[-1]))
        elif kind == "close":
            if pending and pending[-1][0] == level:
                out.append(f" FILTER({pending.pop()[1]} != <{META_GRAPH}>)")
            level = max(0, level - 1)
        recent = [*recent[-2:], word]
    out.append(text[at:])
    return "".join(out)


def _is_graph(word: str) -> bool:
    """GRAPH, also when a triple's `.` touches it (`?o.GRAPH` is read as one name)."""
    return word.rsplit(".", 1)[-1].upper() == "GRAPH"


def _renamed(kind: str, word: str, recent: list[str], prefixes: dict[str, str]) -> str:
    """The token as sent: the bookkeeping graph's name becomes the empty graph's; a
    PREFIX declaration is remembered."""
    if kind == "iri":
        if len(recent) >= 2 and recent[-2].upper() == "PREFIX" and recent[-1].endswith(":"):
            prefixes[recent[-1]] = word[1:-1]
        return f"<{EMPTY_GRAPH}>" if word[1:-1] == META_GRAPH else word
    if kind == "name" and ":" in word and not (recent and recent[-1].upper() == "PREFIX"):
        head, _, local = word.partition(":")
        if prefixes.get(f"{head}:", "\0") + local == META_GRAPH:
            return f"<{EMPTY_GRAPH}>"
    return word
