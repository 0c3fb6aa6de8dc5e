"""`RemoteStore`: the same store on any SPARQL 1.1 server (Oxigraph server, Fuseki,
Virtuoso, GraphDB …).

Writes go through SPARQL 1.1 Update, split under the request size cap (`graph.updates`),
or, for Oxigraph server, as N-Quads POSTed to its Graph Store (its bulk loader, then the
bookkeeping). The union is maintained by the same updates as in the embedded store,
in the default graph or in `--union-graph`, rather than by a server option such as
`--union-default-graph` or `tdb2:unionDefaultGraph`: those are evaluated at query time,
much slower, and have bag semantics. Reads page CONSTRUCT queries per notice graph, so
export needs nothing beyond SPARQL 1.1 Query.
"""

from __future__ import annotations

import re
import tempfile
from collections.abc import Iterator, Sequence
from typing import Self

import httpx
import pyoxigraph as ox

from shobun.core.errors import ShobunError
from shobun.graph import updates
from shobun.graph.endpoint import Endpoints, Remote, endpoints_for
from shobun.graph.store import Fingerprint, NoticeRecord, Row, Scope
from shobun.graph.terms import META_GRAPH, meta_nquads, skolemize, solutions_to_rows, to_nquads

__all__ = ["NQUADS", "NTRIPLES", "RESULTS_JSON", "Endpoints", "RemoteStore", "endpoints_for"]
RESULTS_JSON = "application/sparql-results+json"
NQUADS = "application/n-quads"
NTRIPLES = "application/n-triples"
GRAPH_TYPES = f"{NTRIPLES}, text/turtle;q=0.9"
_GRAPH = re.compile(r"\bGRAPH\b", re.IGNORECASE)
PAGE = 5_000  # triples a CONSTRUCT page asks for (under Virtuoso's 10 000-row cap)


def _remote(where: str | Remote, timeout_s: float) -> Remote:
    if isinstance(where, Remote):
        return where
    e = endpoints_for(where)
    return Remote(e.query, e.update, e.store, timeout_s=timeout_s)


def _labelled(ntriples: str, graph: str) -> str:
    """N-Triples as N-Quads in `graph` (split on \\n only: a literal may hold U+2028)."""
    tail = f" <{graph}> .\n"
    lines = (line.rstrip(" \t\r") for line in ntriples.split("\n"))
    return "".join(line[:-1].rstrip() + tail for line in lines if line and line[0] != "#")


class RemoteStore:
    """A `GraphStore` over HTTP; several machines may write to one server (see `--shard`)."""

    def __init__(self, where: str | Remote, *, timeout_s: float = 300.0) -> None:
        self.remote = _remote(where, timeout_s)
        self.location = self.remote.location
        self.union_graph = self.remote.union_graph
        self._http = self.remote.client()

    def fingerprints(self) -> dict[str, Fingerprint]:
        return {
            str(r["g"]): Fingerprint(str(r["name"]), str(r["key"]))
            for r in self.select(updates.FINGERPRINTS)
        }

    def put_notices(self, records: Sequence[NoticeRecord]) -> set[str]:
        if not records:
            return set()
        known = self._present([r.iri for r in records])
        rows = [(r.iri, r.name, r.key, skolemize(r.ntriples, r.iri)) for r in records]
        if self.remote.write == "quads":
            self._put_quads(rows, known)
            return known
        # Removal runs for every notice with a graph on the server, recorded or not: a
        # killed ingest may have left part of one, which the bookkeeping does not name.
        cap = updates.Cap(self.remote.max_bytes, self.remote.max_statements)
        stored = known | self._graphs([r.iri for r in records])
        for request in updates.write_requests(rows, self.union_graph, cap, stored):
            self.update(request)
        return known

    def _put_quads(self, rows: list[updates.Row], known: set[str]) -> None:
        """Removal of the stored versions (an update), the graphs and the union as one
        N-Quads POST through Oxigraph's bulk loader (`no_transaction`: 2.7× faster, not
        atomic), then the bookkeeping in a POST of its own: a notice is recorded only
        once all of it is stored, so a killed ingest re-run writes what is missing."""
        if known:
            self.update(" ;\n".join(updates.remove_ops(iri, self.union_graph) for iri in known))
        union = self.union_graph
        data = "".join(
            _labelled(nt, iri) + _labelled(nt, union) if union else to_nquads(nt, iri)
            for iri, _, _, nt in rows
        )
        meta = "".join(meta_nquads(iri, name, key) for iri, name, key, _ in rows)
        headers = {"Content-Type": NQUADS}
        url = self.remote.store
        self._send(
            "POST", f"{url}?no_transaction", "graph store", content=data.encode(), headers=headers
        )
        self._send("POST", url, "graph store", content=meta.encode(), headers=headers)

    def remove_notice(self, iri: str) -> None:
        if not self._present([iri]):
            raise ShobunError("SHOBUN-E054", self.location, iri)
        self.update(updates.remove_ops(iri, self.union_graph))

    def notices(self) -> list[str]:
        return sorted(self.fingerprints())

    def iter_quads(self, scope: Scope) -> Iterator[ox.Quad]:
        """Quads by CONSTRUCT pages per notice graph; the union is their merge (a set),
        built in a scratch store on disk so the corpus never sits in memory."""
        notices = self.notices()
        if scope in ("notices", "all"):
            for iri in notices:
                yield from self._graph(iri)
        if scope == "all":
            yield from self._graph(META_GRAPH)
        if scope in ("union", "all"):
            with tempfile.TemporaryDirectory(prefix="shobun-union-") as scratch:
                merged = ox.Store(scratch)
                for iri in notices:
                    merged.extend(
                        ox.Quad(q.subject, q.predicate, q.object) for q in self._graph(iri)
                    )
                yield from merged.quads_for_pattern(None, None, None, ox.DefaultGraph())
                del merged

    def _graph(self, iri: str) -> Iterator[ox.Quad]:
        name = ox.NamedNode(iri)
        for offset in range(0, 1 << 62, PAGE):
            query = (
                f"CONSTRUCT {{ ?s ?p ?o }} WHERE {{ GRAPH <{iri}> {{ ?s ?p ?o }} }} "
                f"ORDER BY ?s ?p ?o LIMIT {PAGE} OFFSET {offset}"
            )
            r = self._post(self.remote.query, {"query": query}, {"Accept": GRAPH_TYPES}, "export")
            fmt = ox.RdfFormat.TURTLE if "turtle" in r.headers.get("content-type", "") else None
            triples = list(ox.parse(r.content, format=fmt or ox.RdfFormat.N_TRIPLES))
            yield from (ox.Quad(q.subject, q.predicate, q.object, name) for q in triples)
            if len(triples) < PAGE:
                return

    def select(self, sparql: str) -> list[Row]:
        """Rows of a SELECT; one without GRAPH reads the union (given as the default graph
        when it is a named graph, so the engine's own graphs stay out)."""
        form: dict[str, str] = {"query": sparql}
        if self.union_graph and not _GRAPH.search(sparql):
            form["default-graph-uri"] = self.union_graph
        response = self._post(self.remote.query, form, {"Accept": RESULTS_JSON}, "query")
        result = ox.parse_query_results(response.content, format=ox.QueryResultsFormat.JSON)
        return solutions_to_rows(result)

    def update(self, sparql: str) -> None:
        self._post(self.remote.update, {"update": sparql}, {}, "update")

    def optimize(self) -> None:
        """The server compacts on its own schedule."""

    def close(self) -> None:
        self._http.close()

    def _present(self, iris: list[str]) -> set[str]:
        values = " ".join(f"<{iri}>" for iri in iris)
        rows = self.select(
            f"SELECT ?g WHERE {{ VALUES ?g {{ {values} }} GRAPH <{META_GRAPH}> {{ ?g ?p ?o }} }}"
        )
        return {str(r["g"]) for r in rows}

    def _graphs(self, iris: list[str]) -> set[str]:
        """Which of these graphs hold any triple on the server."""
        values = " ".join(f"<{iri}>" for iri in iris)
        query = f"SELECT DISTINCT ?g WHERE {{ VALUES ?g {{ {values} }} GRAPH ?g {{ ?s ?p ?o }} }}"
        return {str(r["g"]) for r in self.select(query)}

    def _post(
        self, url: str, form: dict[str, str], headers: dict[str, str], what: str
    ) -> httpx.Response:
        return self._send("POST", url, what, data=form, headers=headers)

    def _send(self, method: str, url: str, what: str, **kwargs: object) -> httpx.Response:
        """One request; any failure is E052 naming the URL (never its credentials)."""
        try:
            response = self._http.request(method, url, **kwargs)  # type: ignore[arg-type]
        except httpx.HTTPError as err:
            detail = self.remote.redact(f"{what}: {type(err).__name__}: {err}")
            raise ShobunError("SHOBUN-E052", url, detail) from None
        if response.status_code >= 400:
            first = response.text.strip().splitlines()[:1]
            detail = f"{what}: HTTP {response.status_code} {first[0][:300] if first else ''}"
            raise ShobunError("SHOBUN-E052", url, self.remote.redact(detail).rstrip())
        return response

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
