"""Notices: the filtered, sorted, paged list, and one notice with every fact and span.

One notice is read as its whole named graph (a few hundred triples, one query) and put
together here, so the page and the JSON agree on what the graph says.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field

from starlette.datastructures import URL

from shobun.api import queries
from shobun.api.engine import Engine, Row, select
from shobun.api.errors import ApiError
from shobun.api.models import (
    Envelope,
    Fact,
    NoticeDetail,
    NoticeSummary,
    Property,
    ReferencedDocument,
    Section,
    Span,
)
from shobun.api.services import lists
from shobun.api.services.common import envelope, org_ref, provision_ref, statute_labels, total
from shobun.api.vocab import PREFIXES, SBO, Keys, category, curie, local

RDF_TYPE = PREFIXES["rdf"] + "type"
LABEL = PREFIXES["rdfs"] + "label"
OA = PREFIXES["oa"]
HIDDEN = {SBO + "evidence", PREFIXES["prov"] + "wasDerivedFrom", RDF_TYPE}


async def list_notices(
    engine: Engine,
    keys: Keys,
    f: queries.NoticeFilter,
    sort: queries.NoticeSort,
    paging: tuple[int, int, URL],
) -> Envelope[NoticeSummary]:
    page, per_page, url = paging
    if lists.indexed(engine):
        lk, found = await lists.notice_positions(engine, f, sort)
        chosen = found[(page - 1) * per_page : page * per_page]
        return envelope([summary(keys, lk, i) for i in chosen], len(found), page, per_page, url)
    count = await total(engine, "?n", f.where(counting=True))
    rows = await select(engine, queries.notice_page(f, sort, per_page, (page - 1) * per_page))
    return envelope(summaries(keys, rows), count, page, per_page, url)


def summary(keys: Keys, lk: lists.Lookup, position: int) -> NoticeSummary:
    """What a list shows of the notice at `position` of the index."""
    n, labels = lk.ix.notices[position], lk.ix.labels
    out = NoticeSummary(
        iri=n.iri,
        id=keys.notice(n.iri),
        title=n.title,
        issued=n.issued,
        issued_text=n.issued_text,
        authority=org_ref(keys, n.authority, labels.get(n.authority)) if n.authority else None,
    )
    for act in (lk.ix.actions[i] for i in n.actions):
        out.action_types += [t for t in act.types if t not in out.action_types]
        for ad in act.addressees:
            if all(a.iri != ad for a in out.addressees):
                out.addressees.append(org_ref(keys, ad, labels.get(ad)))
    return out


def summaries(keys: Keys, rows: list[Row]) -> list[NoticeSummary]:
    """Rows (one per action) → one summary per notice, in the rows' order."""
    found: dict[str, NoticeSummary] = {}
    for row in rows:
        s = found.get(row["n"])
        if s is None:
            auth = row.get("auth")
            s = found[row["n"]] = NoticeSummary(
                iri=row["n"],
                id=keys.notice(row["n"]),
                title=row.get("title"),
                issued=row.get("issued"),
                issued_text=row.get("issuedText"),
                authority=org_ref(keys, auth, row.get("authLabel")) if auth else None,
            )
        kind = local(row.get("type", ""))
        if kind and kind not in s.action_types:
            s.action_types.append(kind)
        ad = row.get("ad")
        if ad and all(a.iri != ad for a in s.addressees):
            s.addressees.append(org_ref(keys, ad, row.get("adLabel")))
    return list(found.values())


@dataclass
class NoticeGraph:
    """A notice's named graph, indexed by subject."""

    iri: str
    props: dict[str, list[tuple[str, str, bool]]] = field(default_factory=lambda: defaultdict(list))

    def values(self, s: str, p: str) -> list[str]:
        return [o for pred, o, _ in self.props.get(s, ()) if pred == p]

    def one(self, s: str, p: str) -> str | None:
        found = self.values(s, p)
        return min(found) if found else None

    def types(self, s: str) -> list[str]:
        return sorted(local(t) for t in self.values(s, RDF_TYPE) if t.startswith(SBO))

    def spans(self, s: str) -> list[Span]:
        out = []
        for sel in self.values(s, SBO + "evidence"):
            start, end = self.one(sel, OA + "start"), self.one(sel, OA + "end")
            if start is not None and end is not None:
                out.append(
                    Span(start=int(start), end=int(end), exact=self.one(sel, OA + "exact") or "")
                )
        return sorted(out, key=lambda x: (x.start, x.end))


async def read_graph(engine: Engine, iri: str) -> NoticeGraph:
    g = NoticeGraph(iri)
    for row in await select(engine, queries.graph_triples(iri)):
        g.props[row["s"]].append((row["p"], row["o"], row.get("isIri") == "true"))
    if SBO + "Notice" not in g.values(iri, RDF_TYPE):
        raise ApiError(404, f"no notice {iri} in the store")
    return g


async def notice_detail(engine: Engine, keys: Keys, notice_id: str) -> NoticeDetail:
    g = await read_graph(engine, keys.iri("notice", notice_id))
    statutes = await statute_labels(engine)
    facts = [fact(g, keys, s, statutes) for s in sorted(g.props) if is_fact(g, s)]
    n = g.iri
    auth = g.one(n, SBO + "issuedBy")
    actions = [f for f in facts if f.category == "action"]
    addressees = {o for f in actions for o in g.values(f.iri, SBO + "addressee")}
    return NoticeDetail(
        iri=n,
        id=notice_id,
        title=g.one(n, PREFIXES["dcterms"] + "title"),
        issued=g.one(n, PREFIXES["dcterms"] + "issued"),
        issued_text=g.one(n, SBO + "issuedText"),
        authority=org_ref(keys, auth, g.one(auth, LABEL)) if auth else None,
        action_types=sorted({f.kind for f in actions}),
        addressees=[org_ref(keys, a, g.one(a, LABEL)) for a in sorted(addressees)],
        text=g.one(n, SBO + "text") or "",
        warnings=sorted(g.values(n, SBO + "warning")),
        source_path=g.one(n, SBO + "sourcePath"),
        source_url=g.one(n, SBO + "sourceUrl"),
        references=[document(g, d) for d in sorted(g.values(n, SBO + "references"))],
        sections=sections(g),
        facts=facts,
    )


def is_fact(g: NoticeGraph, s: str) -> bool:
    return bool(g.values(s, SBO + "evidence")) and "Section" not in g.types(s)


def fact(g: NoticeGraph, keys: Keys, s: str, statutes: dict[str, str]) -> Fact:
    kinds = g.types(s)
    kind = next((k for k in kinds if category(k) == "action"), None) or _specific(kinds)
    props = []
    for p, o, is_iri in sorted(g.props[s]):
        if p in HIDDEN:
            continue
        label = g.one(o, LABEL) if is_iri else None
        if is_iri and "/article/" in o:
            label = provision_ref(keys, o, statutes).label
        props.append(Property(predicate=curie(p), value=o, is_iri=is_iri, label=label))
    spans = g.spans(s)
    return Fact(
        iri=s,
        kind=kind,
        category=category(kind),
        label=_label(g, keys, s, kind, statutes) or (spans[0].exact if spans else s),
        spans=spans,
        properties=props,
    )


def _specific(kinds: list[str]) -> str:
    return next((k for k in kinds if k != "Organization"), kinds[0] if kinds else "Thing")


def _label(g: NoticeGraph, keys: Keys, s: str, kind: str, statutes: dict[str, str]) -> str | None:
    if kind == "Provision":
        return provision_ref(keys, s, statutes).label
    for p in (LABEL, SBO + "sanctionTerm", SBO + "description"):
        if value := g.one(s, p):
            return value
    return None


def sections(g: NoticeGraph) -> list[Section]:
    out = []
    for s in g.props:
        if "Section" in g.types(s) and g.one(s, SBO + "inDocument") == g.iri:
            spans = g.spans(s)
            out.append(
                Section(
                    iri=s,
                    path=g.one(s, SBO + "sectionPath") or "",
                    heading=g.one(s, SBO + "heading"),
                    parent=g.one(s, SBO + "parentSection"),
                    span=spans[0] if spans else None,
                )
            )
    return sorted(out, key=lambda x: (x.span.start if x.span else 0, x.path))


def document(g: NoticeGraph, d: str) -> ReferencedDocument:
    return ReferencedDocument(
        iri=d,
        alias=g.one(d, PREFIXES["skos"] + "altLabel"),
        identifier=g.one(d, PREFIXES["dcterms"] + "identifier"),
        title=g.one(d, PREFIXES["dcterms"] + "title"),
    )
