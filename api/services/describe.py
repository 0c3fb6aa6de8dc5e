"""What the store says about one IRI: the triples with it as subject (in the union
default graph), and, for its HTML page, the labels of what it links to and what links
to it."""

from __future__ import annotations

import re
from dataclasses import dataclass
from urllib.parse import quote

import pyoxigraph as ox

from shobun.api.engine import Engine, check_answer, select
from shobun.api.errors import ApiError
from shobun.api.queries import ref
from shobun.api.services.common import provision_ref, statute_labels
from shobun.api.vocab import SPARQL_PREFIXES, Keys, curie
from shobun.api.worker import Job

NTRIPLES = "application/n-triples"
OWN_LABELS = ("rdfs:label", "sbo:sanctionTerm", "sbo:heading", "dcterms:title", "oa:exact")
INCOMING_SHOWN = 200
_ESCAPE = re.compile(r"%[0-9a-fA-F]{2}")
ASCII_PRINTABLE = "".join(chr(c) for c in range(0x21, 0x7F))


def iri_of(base: str, raw_path: bytes, prefix: str = "/id/") -> str:
    """The IRI a request path under `/id/` names: the base IRI plus the path as sent
    (percent-escapes kept, as minted IRIs have them; raw UTF-8 escaped)."""
    text = raw_path.decode("utf-8", errors="replace")
    rest = text[len(prefix) :] if text.startswith(prefix) else text
    return base + _ESCAPE.sub(lambda m: m.group(0).upper(), quote(rest, safe=ASCII_PRINTABLE))


def path_of(base: str, iri: str) -> str | None:
    """The local path of a minted IRI (`/id/…`), None for other IRIs."""
    return "/id/" + iri[len(base) :] if iri.startswith(base) and iri != base else None


async def description(engine: Engine, iri: str, max_rows: int) -> list[ox.Triple]:
    """Every triple with `iri` as subject; 404 when there is none."""
    try:
        node = ref(iri)
    except ValueError:
        raise ApiError(404, f"not an IRI this server mints: {iri}") from None
    query = f"CONSTRUCT {{ {node} ?p ?o }} WHERE {{ {node} ?p ?o }}"
    answer = check_answer(await engine.run(Job("query", query, NTRIPLES, max_rows=max_rows)))
    triples = [q.triple for q in ox.parse(answer.body, format=ox.RdfFormat.N_TRIPLES)]
    if not triples:
        raise ApiError(404, f"the graph says nothing about {iri}")
    return sorted(triples, key=lambda t: (t.predicate.value, str(t.object)))


@dataclass(frozen=True)
class Row:
    predicate: str
    predicate_label: str
    value: str
    is_iri: bool
    label: str | None
    datatype: str | None = None


@dataclass(frozen=True)
class Described:
    iri: str
    label: str
    types: list[str]
    rows: list[Row]
    incoming: list[Row]
    more_incoming: bool


def _checked(iri: str) -> str | None:
    try:
        return ref(iri)
    except ValueError:
        return None


def _labels_query(nodes: list[str]) -> str:
    values = " ".join(filter(None, map(_checked, nodes)))
    return f"""{SPARQL_PREFIXES}SELECT DISTINCT ?x ?label WHERE {{
  VALUES ?x {{ {values} }}
  ?x rdfs:label|sbo:sanctionTerm|sbo:heading|oa:exact|dcterms:title|sbo:description ?label
}}"""


def _incoming_query(node: str) -> str:
    return f"SELECT ?s ?p WHERE {{ ?s ?p {node} }} ORDER BY ?p ?s LIMIT {INCOMING_SHOWN + 1}"


async def described(engine: Engine, iri: str, triples: list[ox.Triple]) -> Described:
    """The triples with labels for the page, and up to 200 triples pointing at `iri`."""
    node = ref(iri)
    back = await select(engine, _incoming_query(node))
    linked = {t.object.value for t in triples if isinstance(t.object, ox.NamedNode)}
    shown = sorted({iri, *linked, *(r["s"] for r in back[:INCOMING_SHOWN])})
    labels: dict[str, str] = {}
    for row in await select(engine, _labels_query(shown)) if shown else []:
        labels.setdefault(row["x"], row["label"])
    statutes = await statute_labels(engine)
    for x in shown:
        if "/article/" in x and x not in labels:
            labels[x] = provision_ref(Keys(""), x, statutes).label
    rows = [_row(t.predicate.value, t.object, labels) for t in triples]
    incoming = [_row(r["p"], ox.NamedNode(r["s"]), labels) for r in back[:INCOMING_SHOWN]]
    types = [r.value for r in rows if r.predicate.endswith("#type") and r.is_iri]
    own = labels.get(iri) or next((r.value for r in rows if r.predicate_label in OWN_LABELS), "")
    return Described(
        iri, own or iri, [curie(t) for t in types], rows, incoming, len(back) > INCOMING_SHOWN
    )


def _row(
    predicate: str,
    obj: ox.NamedNode | ox.BlankNode | ox.Literal | ox.Triple,
    labels: dict[str, str],
) -> Row:
    if isinstance(obj, ox.Literal):
        dtype = obj.datatype.value if obj.datatype else None
        shown = None if dtype and dtype.endswith("#string") else curie(dtype or "")
        return Row(predicate, curie(predicate), obj.value, False, None, shown or obj.language)
    value = getattr(obj, "value", str(obj))
    return Row(predicate, curie(predicate), value, True, labels.get(value))
