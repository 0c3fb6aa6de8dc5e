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
from collections import defaultdict
from typing import TYPE_CHECKING, Protocol

from shobun.core.vocabulary import namespaces

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

    def evidence(self, node: str, notice: str, start: int, end: int, surface: str) -> None:
        """`node` derived from `notice`, its evidence the span start–end of the notice's
        text (an oa:TextPositionSelector under the notice's IRI)."""


_NS = namespaces("prov", "sbo", "rdf", "oa", "xsd")
# An evidence's terms: derived from, evidence, a selector's type and its three values.
EVIDENCE = (
    _NS["prov"] + "wasDerivedFrom",
    _NS["sbo"] + "evidence",
    _NS["rdf"] + "type",
    _NS["oa"] + "TextPositionSelector",
    _NS["oa"] + "start",
    _NS["oa"] + "end",
    _NS["oa"] + "exact",
    _NS["xsd"] + "nonNegativeInteger",
)


class _Written(dict[str, str]):
    """Each IRI checked and written once per process, not once per notice: the
    vocabulary's terms, statutes and organisations recur in every notice. A missing
    IRI is written on lookup (`written[value]`, no exception); emptied when large."""

    def __missing__(self, value: str) -> str:
        if len(self) >= _MAX_WRITTEN:
            self.clear()
        written = self[value] = iri(value)
        return written


_MAX_WRITTEN = 20_000  # about 5 MB
_WRITTEN = _Written()
_DERIVED, _EVIDENCE, _A, _SELECTOR, _START, _END, _EXACT = (iri(t) for t in EVIDENCE[:7])
_NNI = iri(EVIDENCE[7])


class NTriplesWriter:
    """Canonical N-Triples: one line a triple, duplicates dropped, lines sorted. The
    lines are kept by their written subject, which sorts them as one sort of every line
    would (a written IRI ends in its only >), with a third of the string comparisons."""

    def __init__(self) -> None:
        self.by_subject: defaultdict[str, set[str]] = defaultdict(set)

    def add(self, s: str, p: str, o: str) -> None:
        w = _WRITTEN
        subject = w[s]
        self.by_subject[subject].add(f"{subject} {w[p]} {w[o]} .\n")

    def lit(
        self, s: str, p: str, value: Value, datatype: str | None = None, lang: str | None = None
    ) -> None:
        w = _WRITTEN
        if value.__class__ is str and datatype is None and lang is None:
            obj = quote(value)  # the common case: a plain string
        elif value.__class__ is int and datatype and not lang:
            obj = f'"{value}"^^{w[datatype]}'  # an offset, a number: nothing to escape
        else:
            obj = literal(value, datatype, lang)
        subject = w[s]
        self.by_subject[subject].add(f"{subject} {w[p]} {obj} .\n")

    def evidence(self, node: str, notice: str, start: int, end: int, surface: str) -> None:
        """The six lines at once; the selector's IRI is the notice's (checked) and digits."""
        n, doc = _WRITTEN[node], _WRITTEN[notice]
        sel = f"{doc[:-1]}/span/{start}-{end}>"
        self.by_subject[n].update((f"{n} {_DERIVED} {doc} .\n", f"{n} {_EVIDENCE} {sel} .\n"))
        self.by_subject[sel].update(
            (
                f"{sel} {_A} {_SELECTOR} .\n",
                f'{sel} {_START} "{start}"^^{_NNI} .\n',
                f'{sel} {_END} "{end}"^^{_NNI} .\n',
                f"{sel} {_EXACT} {quote(surface)} .\n",
            )
        )

    def sorted_lines(self) -> list[str]:
        out: list[str] = []
        by_subject = self.by_subject
        for subject in sorted(by_subject):
            out += sorted(by_subject[subject])
        return out

    def text(self) -> str:
        return "".join(self.sorted_lines())

    def nquads(self, graph: str) -> str:
        """The same triples in one named graph, as sorted N-Quads lines."""
        named = f" {iri(graph)} .\n"
        return "".join([line[:-3] + named for line in self.sorted_lines()])


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

    def evidence(self, node: str, notice: str, start: int, end: int, surface: str) -> None:
        derived, evidence, a, selector, start_p, end_p, exact, nni = EVIDENCE
        sel = f"{notice}/span/{start}-{end}"
        self.add(node, derived, notice)
        self.add(node, evidence, sel)
        self.add(sel, a, selector)
        self.lit(sel, start_p, start, datatype=nni)
        self.lit(sel, end_p, end, datatype=nni)
        self.lit(sel, exact, surface)
