"""The notice and action lists over the index of the store (`api.index`): filters as
set operations, sorts as precomputed orders, one page a slice.

Only an embedded store served by us is indexed (`engine.cacheable`: nothing but our
own updates changes it, and they bump `engine.generation`). The index is read once per
generation by a query worker; concurrent requests wait for that one read. A list's
matching positions in order are kept per (generation, filter, sort), so its other pages
cost a slice. Filters the index does not hold (article, statute, words) are one SPARQL
query for the set of notices, without sorting.
"""

from __future__ import annotations

import asyncio
import bisect
import contextlib
import gc
from collections import OrderedDict
from collections.abc import Callable, Iterable
from typing import TypeVar

from shobun.api import queries
from shobun.api.engine import Engine, call, select
from shobun.api.index import ActionEntry, ListIndex
from shobun.api.vocab import SBO
from shobun.graph.terms import check_iri

K = TypeVar("K")
V = TypeVar("V")
Positions = tuple[int, ...]

# one entry, holding the engine so that its id is not reused while the entry lives
_INDEX: dict[tuple[int, int], tuple[Engine, asyncio.Future[Lookup]]] = {}
_MATCHES: OrderedDict[tuple[int, int, object, str], Positions] = OrderedDict()
MATCHES_CACHED = 1024


def indexed(engine: Engine) -> bool:
    return bool(getattr(engine, "cacheable", False))


class Lookup:
    """The index with what filters look up: positions by type, org and notice, and
    the positions sorted by date for a range."""

    def __init__(self, ix: ListIndex) -> None:
        self.ix = ix
        self.notice_at = ix.notice_at()
        acts = ix.actions
        self.act_type = _group((t, i) for i, a in enumerate(acts) for t in a.types)
        self.act_addressee = _group((o, i) for i, a in enumerate(acts) for o in a.addressees)
        self.act_authority = _group((a.authority, i) for i, a in enumerate(acts) if a.authority)
        self.issued_by = _group(
            (n.authority, i) for i, n in enumerate(ix.notices) if n.authority is not None
        )
        self.notice_dates = _dated((n.issued, i) for i, n in enumerate(ix.notices))
        self.act_dates = _dated((a.date, i) for i, a in enumerate(acts))
        self._ranks: dict[tuple[str, str], list[int]] = {}
        self.names = Names(ix.names)

    def ordered(self, kind: str, sort: str, found: set[int] | None) -> Positions:
        """The positions `found` (None: all) of notices or actions in `sort` order."""
        orders = self.ix.notice_order if kind == "notice" else self.ix.action_order
        order = orders[sort]
        rank = self._ranks.get((kind, sort))
        if rank is None:
            rank = self._ranks[(kind, sort)] = [0] * len(order)
            for i, p in enumerate(order):
                rank[p] = i
        return _ordered(found, order, rank)

    def orgs(self, value: str) -> set[str]:
        """The organizations `value` names: its IRI, or every one whose label or alias
        contains it, folded (as `api.queries.names` matches in SPARQL)."""
        if value.startswith(("http://", "https://")):
            try:
                return {check_iri(value)}
            except ValueError:
                pass
        return self.names.containing(queries.fold(value))


class Names:
    """Organizations' names (labels and aliases, folded) as one text, so that finding
    every name containing a word is a few `str.find` calls rather than a test of each
    name (0.65 ms a call in the event loop on 10 000 notices)."""

    SEPARATOR = "\x00"

    def __init__(self, names: Iterable[tuple[str, str]]) -> None:
        self.pairs = tuple(names)
        self.starts: list[int] = []
        at = 0
        for _, name in self.pairs:
            self.starts.append(at)
            at += len(name) + 1
        self.text = self.SEPARATOR.join(name for _, name in self.pairs)

    def containing(self, word: str) -> set[str]:
        """The organizations one of whose names contains `word`."""
        if not word or self.SEPARATOR in word:
            return {org for org, name in self.pairs if word in name}
        found: set[str] = set()
        at = self.text.find(word)
        while at >= 0:
            i = bisect.bisect_right(self.starts, at) - 1
            found.add(self.pairs[i][0])
            following = self.starts[i + 1] if i + 1 < len(self.starts) else len(self.text)
            at = self.text.find(word, following)
        return found


def _group(pairs: Iterable[tuple[str, int]]) -> dict[str, set[int]]:
    out: dict[str, set[int]] = {}
    for key, i in pairs:
        out.setdefault(key, set()).add(i)
    return out


def _dated(pairs: Iterable[tuple[str | None, int]]) -> tuple[list[str], list[int]]:
    found = sorted((d, i) for d, i in pairs if d is not None)
    return [d for d, _ in found], [i for _, i in found]


def _in_range(dates: tuple[list[str], list[int]], start: str | None, end: str | None) -> set[int]:
    """Positions whose date, compared as text (2024-01 before 2024-01-15), is in range."""
    keys, positions = dates
    lo = bisect.bisect_left(keys, start) if start else 0
    hi = bisect.bisect_right(keys, end) if end else len(keys)
    return set(positions[lo:hi])


async def lookup(engine: Engine) -> Lookup:
    """The store's index, read once per generation (one read for concurrent callers)."""
    key = (id(engine), engine.generation)
    entry = _INDEX.get(key)
    if entry is None:
        _INDEX.clear()
        _MATCHES.clear()
        future: asyncio.Future[Lookup] = asyncio.get_running_loop().create_future()
        _INDEX[key] = (engine, future)
        try:
            future.set_result(Lookup(await call(engine, "list_index")))
            # the index lives as long as the store state: spare the cyclic collector
            # walking its hundreds of thousands of objects (pauses of tens of ms)
            gc.freeze()
        except Exception as err:
            _INDEX.pop(key, None)
            future.set_exception(err)
            future.exception()  # retrieved: no warning when no one else waited
            raise
        except BaseException:
            _INDEX.pop(key, None)
            future.cancel()
            raise
        return future.result()
    return await asyncio.shield(entry[1])


def warm(engine: Engine) -> None:
    """Read the index now, in the background (the server's start), so the first list
    does not wait for it; a failure here is the first list's to report."""
    if not indexed(engine):
        return

    async def read() -> None:
        with contextlib.suppress(Exception):
            await lookup(engine)

    task = asyncio.get_running_loop().create_task(read())
    _WARMING.add(task)
    task.add_done_callback(_WARMING.discard)


_WARMING: set[asyncio.Task[None]] = set()


def _narrow(found: set[int] | None, more: set[int]) -> set[int]:
    return more if found is None else found & more


def _cached(key: tuple[int, int, object, str], compute: Callable[[], Positions]) -> Positions:
    hit = _MATCHES.get(key)
    if hit is None:
        hit = _MATCHES[key] = compute()
        if len(_MATCHES) > MATCHES_CACHED:
            _MATCHES.popitem(last=False)
    else:
        _MATCHES.move_to_end(key)
    return hit


def _ordered(found: set[int] | None, order: Positions, rank: list[int]) -> Positions:
    """`found` in `order`: sorted by rank when few, else `order` filtered."""
    if found is None:
        return order
    if len(found) * 4 < len(order):
        return tuple(sorted(found, key=rank.__getitem__))
    return tuple(p for p in order if p in found)


async def notice_positions(
    engine: Engine, f: queries.NoticeFilter, sort: queries.NoticeSort
) -> tuple[Lookup, Positions]:
    """The notices matching `f`, as index positions in `sort` order."""
    lk = await lookup(engine)
    key = (id(engine), engine.generation, f, sort)
    if key in _MATCHES:
        return lk, _cached(key, tuple)
    extra = await _sparql_notices(engine, lk, f)
    return lk, _cached(key, lambda: lk.ordered("notice", sort, _notices(lk, f, extra)))


async def _sparql_notices(engine: Engine, lk: Lookup, f: queries.NoticeFilter) -> set[int] | None:
    """The notices matching the filters the index does not hold, by SPARQL."""
    if not (f.article or f.statute or f.q):
        return None
    rest = queries.NoticeFilter(article=f.article, statute=f.statute, q=f.q)
    rows = await select(engine, queries.distinct("?n", rest.where(counting=True)))
    return {lk.notice_at[r["n"]] for r in rows if r["n"] in lk.notice_at}


def _notices(lk: Lookup, f: queries.NoticeFilter, found: set[int] | None) -> set[int] | None:
    if f.authority:
        found = _narrow(found, _union(lk.issued_by, lk.orgs(f.authority)))
    if f.action_type or f.addressee:
        acts = _acts(lk, f.action_type, f.addressee)
        found = _narrow(found, {lk.notice_at[n] for n in acts if n in lk.notice_at})
    if f.issued_from or f.issued_to:
        start = f.issued_from.isoformat() if f.issued_from else None
        end = f.issued_to.isoformat() if f.issued_to else None
        found = _narrow(found, _in_range(lk.notice_dates, start, end))
    return found


def _union(groups: dict[str, set[int]], keys: Iterable[str]) -> set[int]:
    out: set[int] = set()
    for k in keys:
        out |= groups.get(k, set())
    return out


def _acts(lk: Lookup, kind: str | None, addressee: str | None) -> set[str]:
    """The notices announcing an action of type `kind` to an addressee `addressee` names."""
    found: set[int] | None = None
    if kind:
        found = lk.act_type.get(kind.removeprefix(SBO), set())
    if addressee:
        found = _narrow(found, _union(lk.act_addressee, lk.orgs(addressee)))
    return {lk.ix.actions[i].notice for i in found or ()}


async def action_positions(
    engine: Engine, f: queries.ActionFilter, sort: queries.ActionSort
) -> tuple[Lookup, Positions]:
    """The actions matching `f`, as index positions in `sort` order."""
    lk = await lookup(engine)
    key = (id(engine), engine.generation, f, sort)
    return lk, _cached(key, lambda: lk.ordered("action", sort, _actions(lk, f)))


def _actions(lk: Lookup, f: queries.ActionFilter) -> set[int] | None:
    found: set[int] | None = None
    if f.action_type:
        found = set(lk.act_type.get(f.action_type, set()))
    if f.addressee:
        found = _narrow(found, _union(lk.act_addressee, lk.orgs(f.addressee)))
    if f.authority:
        found = _narrow(found, _union(lk.act_authority, lk.orgs(f.authority)))
    if f.notice:
        found = _narrow(found, {i for i, a in enumerate(lk.ix.actions) if a.notice == f.notice})
    if f.date_from or f.date_to:
        start = f.date_from.isoformat() if f.date_from else None
        end = f.date_to.isoformat() if f.date_to else None
        found = _narrow(found, _in_range(lk.act_dates, start, end))
    return found


def action_entries(lk: Lookup, positions: Positions) -> list[ActionEntry]:
    return [lk.ix.actions[i] for i in positions]
