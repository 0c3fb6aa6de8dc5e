"""What the JSON API's lists filter and sort on, read once per store state.

Paging a list in SPARQL sorts every matching notice to return 20 (100–130 ms on 10 000
notices) and an addressee's name matched against every label in the store took about
600 ms. The embedded store changes only by `/sparql/update` (which bumps the engine's
generation), so a query worker reads the notices and actions once (`build`, a few
queries) into this index, the server keeps it per generation, and a list is sets and a
precomputed order (`api.services.lists`).

Everything here is tuples and dicts, pickled from the worker to the server.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any, NamedTuple

from shobun.api.vocab import SBO, SPARQL_PREFIXES

NOTICES = (
    SPARQL_PREFIXES
    + """SELECT ?n ?title ?issued ?issuedText ?auth ?authLabel WHERE {
  ?n a sbo:Notice
  OPTIONAL { ?n dcterms:title ?title } OPTIONAL { ?n dcterms:issued ?issued }
  OPTIONAL { ?n sbo:issuedText ?issuedText }
  OPTIONAL { ?n sbo:issuedBy ?auth OPTIONAL { ?auth rdfs:label ?authLabel } } }"""
)
ACTIONS = (
    SPARQL_PREFIXES
    + """SELECT ?act ?n ?type ?d ?imp ?ad WHERE {
  ?act sbo:announcedIn ?n ; a ?type FILTER (STRSTARTS(STR(?type), STR(sbo:)))
  OPTIONAL { ?act dcterms:date ?d } OPTIONAL { ?act sbo:imposedBy ?imp }
  OPTIONAL { ?act sbo:addressee ?ad } }"""
)
NAMES = (
    SPARQL_PREFIXES
    + """SELECT ?o ?name ?label WHERE {
  { SELECT DISTINCT ?o WHERE {
      { [] sbo:issuedBy ?o } UNION { [] sbo:addressee ?o } UNION { [] sbo:imposedBy ?o } } }
  { ?o rdfs:label ?name BIND (true AS ?label) } UNION { ?o skos:altLabel ?name } }"""
)


class NoticeEntry(NamedTuple):
    iri: str
    title: str | None
    issued: str | None
    issued_text: str | None
    authority: str | None
    actions: tuple[int, ...]  # positions in ListIndex.actions, in IRI order


class ActionEntry(NamedTuple):
    iri: str
    notice: str
    types: tuple[str, ...]  # local names of its sbo: classes, sorted
    date: str | None  # when taken, else the notice's date
    authority: str | None  # who imposed it, else the notice's issuer
    addressees: tuple[str, ...]


@dataclass(frozen=True)
class ListIndex:
    """Notices and actions (each in IRI order), their orders for every sort a list
    offers (positions), who is named how (org IRI, lower-cased name) and org labels."""

    notices: tuple[NoticeEntry, ...]
    actions: tuple[ActionEntry, ...]
    notice_order: dict[str, tuple[int, ...]]
    action_order: dict[str, tuple[int, ...]]
    names: tuple[tuple[str, str], ...]
    labels: dict[str, str]

    def notice_at(self) -> dict[str, int]:
        return {n.iri: i for i, n in enumerate(self.notices)}

    def __reduce__(self) -> tuple[Callable[..., ListIndex], tuple[Any, ...]]:
        """Pickled with the entries as plain tuples: unpickling named tuples calls their
        `__new__` for each one (ten times as slow, and it runs on the event loop)."""
        plain = (tuple(map(tuple, self.notices)), tuple(map(tuple, self.actions)))
        rest = (self.notice_order, self.action_order, self.names, self.labels)
        return _restore, plain + rest


def _restore(notices: tuple[Any, ...], actions: tuple[Any, ...], *rest: Any) -> ListIndex:
    return ListIndex(
        tuple(map(NoticeEntry._make, notices)), tuple(map(ActionEntry._make, actions)), *rest
    )


def _value(row: dict[str, str], var: str) -> str | None:
    return row.get(var)


def _rows(store: Any, query: str) -> list[dict[str, str]]:
    """A SELECT's rows as lexical values (strings shared, so they pickle once): straight
    from Oxigraph where the store is embedded, else through the store's `select`."""
    seen: dict[str, str] = {}
    db = getattr(store, "oxigraph", None)
    if db is None:
        rows = [{k: str(v) for k, v in r.items()} for r in store.select(query)]
    else:
        result = db.query(query)
        names = [v.value for v in result.variables]
        rows = [
            {n: t.value for n, t in zip(names, row, strict=True) if t is not None} for row in result
        ]
    return [{k: seen.setdefault(v, v) for k, v in r.items()} for r in rows]


def _first(values: Iterable[str | None]) -> str | None:
    found = sorted(v for v in values if v is not None)
    return found[0] if found else None


def build(store: Any) -> ListIndex:
    """The index of the store `store` (a `graph.store.GraphStore`): three queries."""
    acts = _actions(store)
    by_notice: dict[str, list[int]] = defaultdict(list)
    for i, a in enumerate(acts):
        by_notice[a.notice].append(i)
    grouped: dict[str, list[dict[str, str]]] = defaultdict(list)
    for row in _rows(store, NOTICES):
        grouped[row["n"]].append(row)
    notices, labels = [], {}
    for iri in sorted(grouped):
        rows = grouped[iri]
        auth = _first(_value(r, "auth") for r in rows)
        if auth is not None and (label := _first(_value(r, "authLabel") for r in rows)):
            labels[auth] = label
        notices.append(
            NoticeEntry(
                iri,
                _first(_value(r, "title") for r in rows),
                _first(_value(r, "issued") for r in rows),
                _first(_value(r, "issuedText") for r in rows),
                auth,
                tuple(by_notice.get(iri, ())),
            )
        )
    issued = {n.iri: n.issued for n in notices}
    issuers = {n.iri: n.authority for n in notices}
    acts = [_dated(a, issued.get(a.notice), issuers) for a in acts]
    names = _names(store, labels)
    return ListIndex(
        tuple(notices), tuple(acts), _notice_orders(notices), _action_orders(acts), names, labels
    )


def _dated(a: ActionEntry, issued: str | None, issuers: dict[str, str | None]) -> ActionEntry:
    """The action with the notice's date and issuer where it has none of its own."""
    return ActionEntry(
        a.iri,
        a.notice,
        a.types,
        a.date or issued,
        a.authority or issuers.get(a.notice),
        a.addressees,
    )


def _actions(store: Any) -> list[ActionEntry]:
    grouped: dict[str, list[dict[str, str]]] = defaultdict(list)
    for row in _rows(store, ACTIONS):
        grouped[row["act"]].append(row)
    out = []
    for iri in sorted(grouped):
        rows = grouped[iri]
        out.append(
            ActionEntry(
                iri,
                str(_first(_value(r, "n") for r in rows)),
                tuple(sorted({r["type"].removeprefix(SBO) for r in rows})),
                _first(_value(r, "d") for r in rows),
                _first(_value(r, "imp") for r in rows),
                tuple(sorted({v for r in rows if (v := _value(r, "ad"))})),
            )
        )
    return out


def _names(store: Any, labels: dict[str, str]) -> tuple[tuple[str, str], ...]:
    """(org, its label or an alias lower-cased) for every issuer, imposer and addressee;
    `labels` gains their rdfs:label."""
    names = set()
    found: dict[str, list[str]] = defaultdict(list)
    for row in _rows(store, NAMES):
        org, name = row["o"], row["name"]
        names.add((org, name.lower()))
        if row.get("label") is not None:
            found[org].append(name)
    for org, values in found.items():
        labels.setdefault(org, min(values))
    return tuple(sorted(names))


def _order(count: int, key: Callable[[int], Any], reverse: bool = False) -> tuple[int, ...]:
    """Positions sorted by `key`, ties in IRI order (the positions' own)."""
    return tuple(sorted(range(count), key=key, reverse=reverse))


def _notice_orders(notices: list[NoticeEntry]) -> dict[str, tuple[int, ...]]:
    """The notice list's sorts as SPARQL orders them: unbound first when ascending."""
    n = len(notices)

    def issued(i: int) -> str:
        return notices[i].issued or ""

    def title(i: int) -> tuple[bool, str]:
        t = notices[i].title
        return (t is not None, t or "")

    ids = tuple(range(n))
    return {
        "id": ids,
        "issued": _order(n, issued),
        "-issued": _descending(n, issued),
        "title": _order(n, title),
        "-title": _descending(n, title),
    }


def _descending(count: int, key: Callable[[int], Any]) -> tuple[int, ...]:
    """Descending by `key`, ties still in ascending IRI order."""
    by_key = sorted(range(count), key=key, reverse=True)
    out: list[int] = []
    start = 0
    for i in range(1, count + 1):
        if i == count or key(by_key[i]) != key(by_key[start]):
            out += sorted(by_key[start:i])
            start = i
    return tuple(out)


def _action_orders(acts: list[ActionEntry]) -> dict[str, tuple[int, ...]]:
    n = len(acts)

    def date(i: int) -> str:
        return acts[i].date or ""

    def kind(i: int) -> str:
        return acts[i].types[0] if acts[i].types else ""

    return {"date": _order(n, date), "-date": _descending(n, date), "type": _order(n, kind)}
