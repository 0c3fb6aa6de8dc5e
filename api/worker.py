"""One query worker process: opens the embedded store and answers jobs from a pipe.

Oxigraph's Python API cannot cancel a query, so queries run here, in a process the
server can kill when a query outlives its timeout. Readers open the store read-only
under a shared lock (any number of them at once); the one writer that runs a SPARQL
Update opens it under the exclusive lock, after the readers have been stopped.
"""

from __future__ import annotations

import contextlib
import traceback
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import partial
from multiprocessing.connection import Connection
from typing import Any, Literal

import pyoxigraph as ox

from shobun.api import serialize
from shobun.api.check import Refused
from shobun.api.dataset import Dataset, dataset_for, merged
from shobun.api.dataset import run as run_on
from shobun.api.negotiate import TABLES, QueryKind, negotiate, result_format
from shobun.core.errors import CATALOGUE, ShobunError, coded
from shobun.graph.store import EmbeddedStore
from shobun.graph.terms import META_GRAPH as META
from shobun.ontology import namespaces

Op = Literal["query", "select", "update", "call", "notices"]
PREFIXES = namespaces("sbo", "dcterms", "rdfs", "skos", "oa", "prov", "xsd")


@dataclass(frozen=True)
class Job:
    """What the server asks a worker to do (pickled through the pipe)."""

    op: Op
    text: str  # the query, the update, or the name of an analytics function
    accept: str = ""
    default_graphs: tuple[str, ...] = ()
    named_graphs: tuple[str, ...] = ()
    max_rows: int = 10_000
    kwargs: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class Answer:
    """A worker's reply: a status and either a body (with its media type) or a value."""

    status: int
    media_type: str = ""
    body: bytes = b""
    rows: int = 0
    truncated: bool = False
    kind: str = ""
    code: str = ""
    message: str = ""
    value: Any = None

    @classmethod
    def failed(cls, name: str, message: str) -> Answer:
        """An error answer: `name` is in the catalogue, which gives its HTTP status."""
        return cls(coded(name).http, code=name, message=message)


def _analytics() -> dict[str, Callable[..., Any]]:
    from shobun.api import index
    from shobun.graph import analytics

    return {
        "list_index": index.build,
        "repeat_addressees": analytics.repeat_addressees,
        "escalation_chains": analytics.escalation_chains,
        "most_cited_provisions": analytics.most_cited_provisions,
        "entrustment_network": analytics.entrustment_network,
    }


def kind_of(result: ox.QuerySolutions | ox.QueryBoolean | ox.QueryTriples) -> QueryKind:
    if isinstance(result, ox.QuerySolutions):
        return "SELECT"
    if isinstance(result, ox.QueryBoolean):
        return "ASK"
    return "CONSTRUCT"


class Handler:
    """The worker's side of the jobs, over one open store."""

    def __init__(self, store: EmbeddedStore) -> None:
        self.store = store
        self._notices: list[ox.NamedNode] | None = None
        self._iris: list[str] | None = None

    def notice_graphs(self) -> list[ox.NamedNode]:
        """The notice graphs (every named graph but the bookkeeping one), read once."""
        if self._notices is None:
            graphs = self.store.oxigraph.named_graphs()
            self._notices = [g for g in graphs if isinstance(g, ox.NamedNode) and g.value != META]
        return self._notices

    def notice_iris(self) -> list[str]:
        if self._iris is None:
            self._iris = [g.value for g in self.notice_graphs()]
        return self._iris

    def run(self, job: Job) -> ox.QuerySolutions | ox.QueryBoolean | ox.QueryTriples:
        """Run a query on its SPARQL dataset (`api.dataset`)."""
        protocol = Dataset(job.default_graphs, job.named_graphs)
        chosen = dataset_for(job.text, protocol, self.notice_iris)
        if chosen is None:
            return self.store.oxigraph.query(job.text)
        return run_on(*merged(self.store.oxigraph, chosen, self.notice_iris), job.text)

    def solutions(self, job: Job) -> ox.QuerySolutions:
        """The SELECT query of `job` run again (for results whose rows need a recount)."""
        result = self.run(job)
        assert isinstance(result, ox.QuerySolutions)
        return result

    def query(self, job: Job) -> Answer:
        try:
            result = self.run(job)
        except (SyntaxError, ValueError) as err:
            return Answer.failed("malformed_query", str(err))
        except Refused as err:
            return Answer.failed(err.code, err.message)
        kind = kind_of(result)
        media_type = negotiate(job.accept, kind)
        if media_type is None:
            offered = ", ".join(TABLES[kind])
            return Answer(406, code="not_acceptable", message=f"{kind} results are {offered}")
        fmt = result_format(media_type, kind)
        if isinstance(result, ox.QuerySolutions):
            again = partial(self.solutions, job)
            body, n, truncated = serialize.solutions(result, fmt, job.max_rows, again)
        elif isinstance(result, ox.QueryBoolean):
            body, n, truncated = serialize.boolean(bool(result), fmt), 1, False
        else:
            body, n, truncated = serialize.graph(result, fmt, job.max_rows, PREFIXES)
        return Answer(200, media_type, body, n, truncated, kind)

    def select(self, job: Job) -> Answer:
        try:
            result = self.store.oxigraph.query(job.text)
        except SyntaxError as err:
            return Answer.failed("malformed_query", str(err))
        if not isinstance(result, ox.QuerySolutions):
            return Answer.failed("malformed_query", "not a SELECT query")
        return Answer(200, body=result.serialize(format=ox.QueryResultsFormat.JSON) or b"")

    def update(self, job: Job) -> Answer:
        """Run an update; one Oxigraph refuses to carry out (CLEAR of a graph that does
        not exist, a LOAD that fails) is the client's 400, not a server error."""
        try:
            self.store.update(job.text)
        except (RuntimeError, ValueError) as err:
            return Answer.failed("update_failed", str(err))
        return Answer(204)

    def handle(self, job: Job) -> Answer:
        try:
            if job.op == "query":
                return self.query(job)
            if job.op == "select":
                return self.select(job)
            if job.op == "update":
                return self.update(job)
            if job.op == "notices":
                return Answer(200, value=[g.value for g in self.notice_graphs()])
            return Answer(200, value=_analytics()[job.text](self.store, **job.kwargs))
        except ShobunError as err:
            return Answer.failed(CATALOGUE[err.code].name, err.line())
        except OSError as err:
            return Answer.failed("store_error", str(err))


def main(conn: Connection, directory: str, writable: bool) -> None:
    """The worker's loop: open the store, say ready, answer jobs until the pipe closes."""
    try:
        store = EmbeddedStore(directory, read_only=not writable)
    except ShobunError as err:
        conn.send(Answer.failed(CATALOGUE[err.code].name, err.line()))
        return
    conn.send(Answer(200, message="ready"))
    handler = Handler(store)
    try:
        while True:
            try:
                job = conn.recv()
            except EOFError:
                return
            try:
                answer = handler.handle(job)
            except Exception as err:  # a bug here must not take the worker down silently
                message = "".join(traceback.format_exception_only(err)).strip()
                answer = Answer.failed("internal_error", message)
            conn.send(answer)
    finally:
        store.close()


def die_with_parent() -> None:
    """Ask Linux to kill this worker when the server dies (SIGKILL included), so that a
    runaway query never outlives it; elsewhere the server's close() kills busy workers."""
    import ctypes
    import signal
    import sys

    if sys.platform.startswith("linux"):
        with contextlib.suppress(OSError, AttributeError):
            ctypes.CDLL(None, use_errno=True).prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG


def run() -> None:
    """Entry point of `python -c "from shobun.api.worker import run; run()" DIR read|write FD`."""
    import sys

    die_with_parent()
    main(Connection(int(sys.argv[3])), sys.argv[1], sys.argv[2] == "write")
