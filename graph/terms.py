"""The boundary between rdflib (where code builds graphs) and Oxigraph (where they are stored).

Notice graphs cross it as canonical N-Triples text: cheap to pickle from a parser
process, parsed by Oxigraph's Rust parser on the writer side. Query results cross it
back as rdflib terms, so analytics and the API never see an engine's own term types.
"""

from __future__ import annotations

import re

import pyoxigraph as ox
from rdflib import BNode, Literal, URIRef
from rdflib.term import Node

from shobun.core.errors import ShobunError

META_GRAPH = "urn:shobun:meta"
META = "urn:shobun:meta#"
META_NAME = META + "name"
META_KEY = META + "key"

RDF_LANG_STRING = "http://www.w3.org/1999/02/22-rdf-syntax-ns#langString"
XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"

# A blank node label at the start of a line or after the subject (N-Triples allows
# blank nodes only as subject or object, never inside an IRI, and a literal cannot
# start a line), so this never touches a literal's text.
_BNODE_SUBJECT = re.compile(r"^_:([A-Za-z0-9_.\-]+)", re.MULTILINE)
_BNODE_OBJECT = re.compile(r"(> )_:([A-Za-z0-9_.\-]+)( \.)$", re.MULTILINE)


def skolemize(ntriples: str, graph_iri: str) -> str:
    """Replace blank nodes by IRIs under the notice, so that they survive a store round trip.

    Blank nodes would get fresh identities in every SPARQL INSERT DATA and would merge
    across notices that happen to use the same label; the union graph needs neither.
    """
    if "_:" not in ntriples:
        return ntriples
    genid = f"{graph_iri}/.well-known/genid/"
    text = _BNODE_SUBJECT.sub(lambda m: f"<{genid}{m.group(1)}>", ntriples)
    return _BNODE_OBJECT.sub(lambda m: f"{m.group(1)}<{genid}{m.group(2)}>{m.group(3)}", text)


def to_nquads(ntriples: str, graph_iri: str) -> str:
    """The notice's triples twice: in its named graph and in the default (union) graph."""
    named = f"<{graph_iri}> .\n"
    out: list[str] = []
    for line in ntriples.split("\n"):  # not splitlines: a literal may hold U+2028, \f …
        line = line.rstrip(" \t\r")
        if not line or line.startswith("#"):
            continue
        out.append(line + "\n")
        out.append(line[:-1].rstrip() + " " + named)
    return "".join(out)


def meta_nquads(iri: str, name: str, key: str) -> str:
    """The bookkeeping quads that say which input and fingerprint a notice graph came from."""
    g = f"<{META_GRAPH}>"
    return (
        f"<{iri}> <{META_NAME}> {quote_literal(name)} {g} .\n"
        f"<{iri}> <{META_KEY}> {quote_literal(key)} {g} .\n"
    )


def quote_literal(value: str) -> str:
    """A plain literal in N-Triples / SPARQL syntax."""
    return str(ox.Literal(value))


def check_iri(iri: str) -> str:
    """Refuse strings that cannot be written between < and > (they would inject syntax)."""
    if not iri or any(c in iri for c in '<>"{}|^`\\ \n\r\t'):
        raise ValueError(f"not an IRI: {iri!r}")
    return iri


def from_ox(term: ox.NamedNode | ox.BlankNode | ox.Literal | ox.Triple | None) -> Node | None:
    """An Oxigraph term as the rdflib term of the same value."""
    if term is None:
        return None
    if isinstance(term, ox.NamedNode):
        return URIRef(term.value)
    if isinstance(term, ox.BlankNode):
        return BNode(term.value)
    if isinstance(term, ox.Literal):
        if term.language:
            return Literal(term.value, lang=term.language)
        datatype = term.datatype.value
        if datatype == XSD_STRING:
            return Literal(term.value)
        return Literal(term.value, datatype=URIRef(datatype))
    raise TypeError(f"unsupported term {term!r}")


def solutions_to_rows(result: object) -> list[dict[str, Node]]:
    """A SELECT's solutions as rows of rdflib terms (unbound variables left out); any
    other kind of result is a bad query (E060)."""
    if not isinstance(result, ox.QuerySolutions):
        raise ShobunError("SHOBUN-E060", "query", "not a SELECT query")
    names = [v.value for v in result.variables]
    return [
        {n: t for n, v in zip(names, row, strict=True) if (t := from_ox(v)) is not None}
        for row in result
    ]
