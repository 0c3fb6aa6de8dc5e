"""`RemoteStore`: the same store on any SPARQL 1.1 server (Oxigraph server, Fuseki, …).

Writes go through the SPARQL 1.1 Update protocol, one request per batch: the removal
of replaced notices, their new named graphs, the union triples and the bookkeeping
travel together, and a single update request is one transaction on Oxigraph and on
Jena TDB2. Reads of whole graphs go through the Graph Store HTTP Protocol (GET). The
union default graph is maintained by the same updates as in the embedded store rather
than by a server option such as `--union-default-graph` or `tdb2:unionDefaultGraph`:
those are evaluated at query time, much slower, and have bag semantics.
"""

from __future__ import annotations

import tempfile
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import IO, Self

import httpx
import pyoxigraph as ox

from graph import updates
from graph.store import Fingerprint, NoticeRecord, Row, Scope
from graph.terms import META_GRAPH, skolemize, solutions_to_rows
from shobun.errors import ShobunError

RESULTS_JSON = "application/sparql-results+json"
NQUADS = "application/n-quads"
NTRIPLES = "application/n-triples"


@dataclass(frozen=True)
class Endpoints:
    query: str
    update: str
    store: str


def endpoints_for(url: str) -> Endpoints:
    """The query, update and graph-store URLs of a server from the one URL a user gives.

    `…/query` is Oxigraph server's layout (/update, /store beside it); `…/sparql` is
    Fuseki's (/update, /data); any other URL (a Fuseki dataset such as …/ds) serves
    all three protocols itself.
    """
    base, _, last = url.rstrip("/").rpartition("/")
    if last == "query":
        return Endpoints(url, f"{base}/update", f"{base}/store")
    if last == "sparql":
        return Endpoints(url, f"{base}/update", f"{base}/data")
    return Endpoints(url, url, url)


def _is_notice_graph(graph: ox.NamedNode | ox.BlankNode | ox.DefaultGraph) -> bool:
    return isinstance(graph, ox.NamedNode) and graph.value != META_GRAPH


class RemoteStore:
    """A `GraphStore` over HTTP; several machines may write to one server (see `--shard`)."""

    def __init__(self, url: str, *, timeout_s: float = 300.0) -> None:
        self.location = url
        self.endpoints = endpoints_for(url)
        self._http = httpx.Client(timeout=timeout_s, trust_env=False)

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
        # Removal runs for every record, not only for `known`: another writer may have
        # stored one of these notices since we looked, and removing nothing is cheap.
        self.update(updates.replace_request(rows, {r.iri for r in records}))
        return known

    def remove_notice(self, iri: str) -> None:
        if not self._present([iri]):
            raise ShobunError("SHOBUN-E054", self.location, iri)
        self.update(updates.remove_ops(iri))

    def notices(self) -> list[str]:
        return sorted(self.fingerprints())

    def iter_quads(self, scope: Scope) -> Iterator[ox.Quad]:
        if scope == "union":
            params: dict[str, str] = {"default": ""}
            fmt, accept = ox.RdfFormat.N_TRIPLES, NTRIPLES
        else:
            params, fmt, accept = {}, ox.RdfFormat.N_QUADS, NQUADS
        with tempfile.TemporaryFile() as spool:
            self._download(params, accept, spool)
            spool.seek(0)
            for q in ox.parse(spool, format=fmt):
                if scope != "notices" or _is_notice_graph(q.graph_name):
                    yield q

    def select(self, sparql: str) -> list[Row]:
        response = self._post(
            self.endpoints.query, {"query": sparql}, {"Accept": RESULTS_JSON}, "query"
        )
        result = ox.parse_query_results(response.content, format=ox.QueryResultsFormat.JSON)
        return solutions_to_rows(result)

    def update(self, sparql: str) -> None:
        self._post(self.endpoints.update, {"update": sparql}, {}, "update")

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

    def _post(
        self, url: str, form: dict[str, str], headers: dict[str, str], what: str
    ) -> httpx.Response:
        try:
            response = self._http.post(url, data=form, headers=headers)
        except httpx.HTTPError as err:
            raise ShobunError("SHOBUN-E052", url, f"{what}: {err}") from err
        if response.status_code >= 400:
            first = response.text.strip().splitlines()[:1]
            detail = f"{what}: HTTP {response.status_code} {first[0][:300] if first else ''}"
            raise ShobunError("SHOBUN-E052", url, detail.rstrip())
        return response

    def _download(self, params: dict[str, str], accept: str, spool: IO[bytes]) -> None:
        url = self.endpoints.store
        try:
            with self._http.stream("GET", url, params=params, headers={"Accept": accept}) as r:
                if r.status_code >= 400:
                    raise ShobunError("SHOBUN-E052", url, f"graph store: HTTP {r.status_code}")
                for chunk in r.iter_bytes():
                    spool.write(chunk)
        except httpx.HTTPError as err:
            raise ShobunError("SHOBUN-E052", url, f"graph store: {err}") from err

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
