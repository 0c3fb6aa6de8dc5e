"""Two writers for the triples `graph.build` emits, taking the same calls.

`NTriplesWriter` writes each triple straight to a canonical N-Triples line from plain
strings — the hot path of `shobun parse --format nt` and of ingest, where building rdflib
terms cost about half as much again as the parse. `GraphWriter` turns the same calls
into rdflib terms for users who want a `Graph`. The text is byte for byte what rdflib's
own N-Triples serialiser writes for that graph (its escapes, its lexical forms), so the
two cannot drift; tests/test_ntriples.py holds them to each other.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    from rdflib import Literal, URIRef

XSD_NS = "http://www.w3.org/2001/XMLSchema#"
XSD_INTEGER = XSD_NS + "integer"
XSD_BOOLEAN = XSD_NS + "boolean"

# What rdflib refuses to serialise between < and > (rdflib.term._invalid_uri_chars).
_NOT_IN_IRI = re.compile(r'[<>" {}|\\^`]')

Value = str | int | bool


class Vocab:
    """The terms of one namespace as plain strings (`vocab.label`, `vocab["label"]`),
    each made once: rdflib's `Namespace` makes a new `URIRef` on every access."""

    def __init__(self, namespace: str) -> None:
        self._namespace = namespace

    def __getattr__(self, name: str) -> str:
        if name.startswith("__"):
            raise AttributeError(name)
        term = self._namespace + name
        self.__dict__[name] = term
        return term

    def __getitem__(self, name: str) -> str:
        return str(getattr(self, name))


def iri(value: str) -> str:
    """An IRI in N-Triples syntax; an IRI that cannot be written is an error, as in rdflib."""
    if _NOT_IN_IRI.search(value):
        raise ValueError(f"{value!r} is not an IRI that N-Triples can write")
    return f"<{value}>"


def quote(text: str) -> str:
    """A string between double quotes, escaped as rdflib's N-Triples writer escapes it
    (backslash, line feed, quote, carriage return; every other character as itself)."""
    if "\\" in text:
        text = text.replace("\\", "\\\\")
    if "\n" in text:
        text = text.replace("\n", "\\n")
    if '"' in text:
        text = text.replace('"', '\\"')
    if "\r" in text:
        text = text.replace("\r", "\\r")
    return f'"{text}"'


def literal(value: Value, datatype: str | None = None, lang: str | None = None) -> str:
    """A literal in N-Triples syntax, with the lexical form and datatype rdflib's
    `Literal(value, datatype=…, lang=…)` gets for a str, int or bool."""
    if isinstance(value, bool):
        text, default = ("true" if value else "false"), XSD_BOOLEAN
    elif isinstance(value, int):
        text, default = str(value), XSD_INTEGER
    else:
        text, default = value, None
    if lang:
        return f"{quote(text)}@{lang}"
    datatype = datatype or default
    return f"{quote(text)}^^<{datatype}>" if datatype else quote(text)


class Writer(Protocol):
    """Where `graph.build` sends triples: subjects, predicates and IRI objects as str."""

    def add(self, s: str, p: str, o: str) -> None: ...

    def lit(
        self, s: str, p: str, value: Value, datatype: str | None = None, lang: str | None = None
    ) -> None: ...


# Each IRI checked and written once per process, not once per notice: the vocabulary's
# terms, statutes and organisations recur in every notice. Emptied when it grows large.
_WRITTEN: dict[str, str] = {}
_MAX_WRITTEN = 20_000  # about 5 MB


def _written(value: str) -> str:
    if len(_WRITTEN) >= _MAX_WRITTEN:
        _WRITTEN.clear()
    written = _WRITTEN[value] = iri(value)
    return written


class NTriplesWriter:
    """Canonical N-Triples: one line a triple, duplicates dropped, lines sorted."""

    def __init__(self) -> None:
        self.lines: set[str] = set()

    def add(self, s: str, p: str, o: str) -> None:
        i, w = _WRITTEN.get, _written
        self.lines.add(f"{i(s) or w(s)} {i(p) or w(p)} {i(o) or w(o)} .\n")

    def lit(
        self, s: str, p: str, value: Value, datatype: str | None = None, lang: str | None = None
    ) -> None:
        i, w = _WRITTEN.get, _written
        if value.__class__ is str and datatype is None and lang is None:
            obj = quote(value)  # the common case: a plain string
        elif value.__class__ is int and datatype and not lang:
            obj = f'"{value}"^^<{datatype}>'  # an offset, a number: nothing to escape
        else:
            obj = literal(value, datatype, lang)
        self.lines.add(f"{i(s) or w(s)} {i(p) or w(p)} {obj} .\n")

    def text(self) -> str:
        return "".join(sorted(self.lines))

    def nquads(self, graph: str) -> str:
        """The same triples in one named graph, as sorted N-Quads lines."""
        named = f" {iri(graph)} .\n"
        return "".join(sorted(line[:-3] + named for line in self.lines))


RdfTriple = tuple["URIRef", "URIRef", "URIRef | Literal"]


class GraphWriter:
    """The same triples as rdflib terms, for `notice_graph`."""

    def __init__(self) -> None:
        from rdflib import Literal, URIRef  # here: the N-Triples path never needs rdflib

        self.triples: set[RdfTriple] = set()
        self._iri, self._literal = URIRef, Literal

    def add(self, s: str, p: str, o: str) -> None:
        iri = self._iri
        self.triples.add((iri(s), iri(p), iri(o)))

    def lit(
        self, s: str, p: str, value: Value, datatype: str | None = None, lang: str | None = None
    ) -> None:
        iri = self._iri
        dt = iri(datatype) if datatype else None
        self.triples.add((iri(s), iri(p), self._literal(value, datatype=dt, lang=lang)))
