"""Persistent graph stores: one named graph per notice plus a deduplicated union graph.

Two engines share one protocol, `GraphStore`: `EmbeddedStore` (Oxigraph on disk, the
default, no server) and `graph.remote.RemoteStore` (any SPARQL 1.1 server). In both,
the default graph is *maintained* as the set union of every notice graph, so a query
without GRAPH clauses runs over one ordinary graph (Oxigraph's query-time union is
hundreds of times slower and returns duplicates). `<urn:shobun:meta>` records, per
notice, the input name and the fingerprint that makes re-ingestion a no-op.
"""

from __future__ import annotations

import fcntl
import os
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import IO, Literal, Protocol, Self

import pyoxigraph as ox
from rdflib.term import Node

from shobun.core.errors import ShobunError
from shobun.core.settings import Settings
from shobun.graph import updates
from shobun.graph.terms import (
    META_GRAPH,
    META_KEY,
    META_NAME,
    meta_nquads,
    skolemize,
    solutions_to_rows,
    to_nquads,
)

Row = dict[str, Node]
Scope = Literal["notices", "union", "all"]


@dataclass(frozen=True)
class NoticeRecord:
    """One parsed notice, ready to store: its IRI, input name, fingerprint and triples."""

    iri: str
    name: str
    key: str
    ntriples: str


@dataclass(frozen=True)
class Fingerprint:
    name: str
    key: str


class GraphStore(Protocol):
    """What ingestion, export, analytics and the API need from a store."""

    location: str

    def fingerprints(self) -> dict[str, Fingerprint]:
        """Notice IRI → the input name and fingerprint it was stored with."""
        ...

    def put_notices(self, records: Sequence[NoticeRecord]) -> set[str]:
        """Store the notices atomically (all or none), replacing existing ones; → replaced IRIs."""
        ...

    def remove_notice(self, iri: str) -> None:
        """Delete one notice and the union triples no other notice asserts (E054 if absent)."""
        ...

    def notices(self) -> list[str]: ...

    def iter_quads(self, scope: Scope) -> Iterator[ox.Quad]:
        """Quads of the notice graphs, of the union (default) graph, or of everything."""
        ...

    def select(self, sparql: str) -> list[Row]: ...

    def update(self, sparql: str) -> None: ...

    def optimize(self) -> None:
        """Compact after a bulk run (the union is then as fast as a lone graph); may do nothing."""
        ...

    def close(self) -> None: ...

    def __enter__(self) -> Self: ...

    def __exit__(self, *exc: object) -> None: ...


def dump_nquads(store: GraphStore, scope: Scope = "all") -> str:
    """The store as sorted N-Quads: equal strings mean equal stores."""
    lines = sorted(str(q) + " .\n" for q in store.iter_quads(scope))
    return "".join(lines)


def union_mismatches(store: GraphStore) -> int:
    """How many triples break `default graph == ∪ notice graphs` (0 for a healthy store)."""
    rows = store.select(updates.union_mismatches(getattr(store, "union_graph", None)))
    return int(str(rows[0]["n"])) if rows else 0


MAX_BULK_QUADS = 400_000  # well under the loader's 1 M-quad batch, so one batch is one ingest
# A replacement is a SPARQL update, held whole in memory (its text, its parse, its
# transaction): a batch of 1 000 replaced notices in one took 3.3× a fresh ingest's
# memory. (20 000 instead of 50 000 saved 4 % of the peak and no time.)
MAX_REPLACE_QUADS = 50_000


def _chunks(
    records: Sequence[NoticeRecord], limit: int = MAX_BULK_QUADS
) -> Iterator[list[NoticeRecord]]:
    """Whole notices, at most `limit` quads (each triple is written twice) a chunk."""
    chunk: list[NoticeRecord] = []
    quads = 0
    for r in records:
        n = 2 * r.ntriples.count("\n") + 2
        if chunk and quads + n > limit:
            yield chunk
            chunk, quads = [], 0
        chunk.append(r)
        quads += n
    if chunk:
        yield chunk


NT = ox.RdfFormat.N_TRIPLES


def _data(verb: str, triples: set[ox.Triple], graph: str | None = None) -> list[str]:
    """A DELETE DATA or INSERT DATA operation for `triples` (in `graph`, else the
    default graph), or none when there are none."""
    if not triples:
        return []
    text = "".join(f"{t} .\n" for t in triples)
    body = f"GRAPH <{graph}> {{\n{text}}}" if graph else text
    return [f"{verb} DATA {{\n{body}}}"]


class StoreLock:
    """An advisory lock on the store directory: one writer, or any number of readers."""

    def __init__(self, directory: Path, *, shared: bool = False) -> None:
        self.path = directory / "lock"
        self.shared = shared
        self._file: IO[str] | None = None
        handle = open(self.path, "a+", encoding="utf-8")  # noqa: SIM115 - held while open
        try:
            fcntl.flock(handle, (fcntl.LOCK_SH if shared else fcntl.LOCK_EX) | fcntl.LOCK_NB)
        except BlockingIOError:
            handle.seek(0)
            holder = _holder(handle.read().strip())
            handle.close()
            raise ShobunError("SHOBUN-E051", str(directory), f"held by {holder}") from None
        if not shared:
            handle.truncate(0)
            handle.write(f"process {os.getpid()}\n")
            handle.flush()
        self._file = handle

    def release(self) -> None:
        if self._file is not None:
            if not self.shared:  # no writer's name left behind once it has gone
                self._file.truncate(0)
                self._file.flush()
            fcntl.flock(self._file, fcntl.LOCK_UN)
            self._file.close()
            self._file = None


def _holder(written: str) -> str:
    """Who holds the lock: the writer the lock file names while it runs; readers (a
    server, an export) write nothing, and a name whose process has ended is stale."""
    pid = written.removeprefix("process ").strip()
    if pid.isdigit() and _running(int(pid)):
        return f"process {pid} (writing)"
    return "readers (a running shobun serve or export): stop them or wait"


def _running(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


class EmbeddedStore:
    """Oxigraph on disk at `directory/oxigraph`, guarded by `directory/lock`."""

    def __init__(self, directory: Path | str, *, read_only: bool = False) -> None:
        self.directory = Path(directory)
        self.location = str(self.directory)
        self.read_only = read_only
        if read_only and not (self.directory / "oxigraph").is_dir():
            raise ShobunError("SHOBUN-E050", self.location, "no store here")
        self.directory.mkdir(parents=True, exist_ok=True)
        self._lock = StoreLock(self.directory, shared=read_only)
        if not read_only:  # SST files of a bulk load that was killed before it was ingested
            for stray in (self.directory / "oxigraph").glob("bulk-*.sst"):
                stray.unlink(missing_ok=True)
        try:
            db = str(self.directory / "oxigraph")
            self._db = ox.Store.read_only(db) if read_only else ox.Store(db)
        except OSError as err:
            self._lock.release()
            raise ShobunError("SHOBUN-E050", self.location, str(err)) from err

    @property
    def oxigraph(self) -> ox.Store:
        """The engine itself, for benchmarks and read-only fast paths."""
        return self._db

    def fingerprints(self) -> dict[str, Fingerprint]:
        meta = ox.NamedNode(META_GRAPH)
        names: dict[str, str] = {}
        keys: dict[str, str] = {}
        for q in self._db.quads_for_pattern(None, None, None, meta):
            subject, value = q.subject, q.object
            if not isinstance(subject, ox.NamedNode) or not isinstance(value, ox.Literal):
                continue
            if q.predicate.value == META_NAME:
                names[subject.value] = value.value
            elif q.predicate.value == META_KEY:
                keys[subject.value] = value.value
        return {iri: Fingerprint(names[iri], keys.get(iri, "")) for iri in names}

    def put_notices(self, records: Sequence[NoticeRecord]) -> set[str]:
        self._writable()
        records = [replace(r, ntriples=skolemize(r.ntriples, r.iri)) for r in records]
        existing = {r.iri for r in records if self._db.contains_named_graph(ox.NamedNode(r.iri))}
        try:
            # a SPARQL update is one transaction: each chunk's removals and insertions together
            for chunk in _chunks([r for r in records if r.iri in existing], MAX_REPLACE_QUADS):
                self._db.update(self._replacing(chunk))
            for chunk in _chunks([r for r in records if r.iri not in existing]):
                self._bulk_load(chunk)
        except (OSError, SyntaxError, ValueError) as err:
            raise ShobunError("SHOBUN-E050", self.location, str(err)) from err
        return existing

    def _replacing(self, chunk: Sequence[NoticeRecord]) -> str:
        """One update replacing the stored notices of `chunk` by its records, as the
        difference: each graph loses the triples its new version lacks and gains the
        ones it adds, and the union loses what no notice holds any more. A changed notice
        usually differs in a few triples; deleting and inserting them all, through an
        update Oxigraph holds in memory whole, made replacing 6.6× as slow as a fresh
        ingest."""
        going = {r.iri for r in chunk}
        new = {r.iri: {q.triple for q in ox.parse(r.ntriples, format=NT)} for r in chunk}
        kept = set().union(*new.values())  # what the chunk's new versions assert
        ops, gone_from_union, added_to_union = [], set(), set()
        for r in chunk:
            g = ox.NamedNode(r.iri)
            old = {q.triple for q in self._db.quads_for_pattern(None, None, None, g)}
            gone, added = old - new[r.iri], new[r.iri] - old
            ops += _data("DELETE", gone, r.iri) + _data("INSERT", added, r.iri)
            gone_from_union |= {t for t in gone - kept if not self._held_elsewhere(t, going)}
            added_to_union |= added
            ops.append(f"DELETE WHERE {{ GRAPH <{META_GRAPH}> {{ <{r.iri}> ?mp ?mo }} }}")
            ops.append(f"INSERT DATA {{ {updates.meta_data(r.iri, r.name, r.key)} }}")
        ops += _data("DELETE", gone_from_union) + _data("INSERT", added_to_union)
        return " ;\n".join(ops)

    def _held_elsewhere(self, t: ox.Triple, going: set[str]) -> bool:
        """Whether a notice graph outside `going` holds the triple `t`."""
        skip = going | {META_GRAPH}
        for other in self._db.quads_for_pattern(t.subject, t.predicate, t.object, None):
            graph = other.graph_name
            if isinstance(graph, ox.NamedNode) and graph.value not in skip:
                return True
        return False

    def _bulk_load(self, records: Sequence[NoticeRecord]) -> None:
        """New notices through Oxigraph's bulk loader: 3.5× faster than a transaction.

        Atomic: under 1 M quads the loader builds one SST file per index and hands them
        to RocksDB in one multi-column-family `IngestExternalFiles`, which RocksDB
        applies all or nothing (see docs/store.md; the crash test holds us to it).
        """
        data = b"".join(  # bytes a notice at a time: one UTF-8 copy, not a wide str too
            (to_nquads(r.ntriples, r.iri) + meta_nquads(r.iri, r.name, r.key)).encode()
            for r in records
        )
        self._db.bulk_load(data, format=ox.RdfFormat.N_QUADS)

    def remove_notice(self, iri: str) -> None:
        self._writable()
        if iri not in self.fingerprints():
            raise ShobunError("SHOBUN-E054", self.location, iri)
        self._db.update(updates.remove_ops(iri))

    def notices(self) -> list[str]:
        return sorted(self.fingerprints())

    def iter_quads(self, scope: Scope) -> Iterator[ox.Quad]:
        if scope == "union":
            yield from self._db.quads_for_pattern(None, None, None, ox.DefaultGraph())
            return
        for q in self._db.quads_for_pattern(None, None, None, None):
            graph = q.graph_name
            if scope == "all" or (isinstance(graph, ox.NamedNode) and graph.value != META_GRAPH):
                yield q

    def select(self, sparql: str) -> list[Row]:
        try:
            result = self._db.query(sparql)
        except SyntaxError as err:
            raise ShobunError("SHOBUN-E060", "query", str(err)) from err
        return solutions_to_rows(result)

    def update(self, sparql: str) -> None:
        self._writable()
        try:
            self._db.update(sparql)
        except SyntaxError as err:
            raise ShobunError("SHOBUN-E060", "update", str(err)) from err

    def optimize(self) -> None:
        self._writable()
        self._db.optimize()

    def close(self) -> None:
        if self._lock is not None and hasattr(self, "_db"):
            if not self.read_only:
                self._db.flush()
            del self._db
            self._lock.release()

    def _writable(self) -> None:
        if self.read_only:
            raise ShobunError("SHOBUN-E050", self.location, "opened read-only")

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def open_store(
    settings: Settings,
    directory: Path | None = None,
    endpoint: str | None = None,
    *,
    read_only: bool = False,
    remote: dict[str, str | None] | None = None,
) -> GraphStore:
    """The remote store when an endpoint is given (or configured), else the embedded one.
    `remote` holds the command line's update_endpoint, graph_store and union_graph."""
    endpoint = endpoint or (None if directory else settings.endpoint)
    if endpoint:
        from shobun.graph.endpoint import remote_for
        from shobun.graph.remote import RemoteStore

        return RemoteStore(remote_for(settings, endpoint, **(remote or {})))
    return EmbeddedStore(directory or settings.store, read_only=read_only)


def resolve_notice(store: GraphStore, notice: str) -> str:
    """A notice IRI from its IRI or its input name (E054 when neither is stored)."""
    fingerprints = store.fingerprints()
    if notice in fingerprints:
        return notice
    named = sorted(iri for iri, fp in fingerprints.items() if fp.name == notice)
    if len(named) == 1:
        return named[0]
    raise ShobunError("SHOBUN-E054", store.location, notice)
