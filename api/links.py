"""Which page of this site shows an IRI best: a minted IRI's own page when it has one
(notice, organization, statute, article), else its `/id/…` description."""

from __future__ import annotations

from urllib.parse import quote

from shobun.core.vocabulary import IRIs

PAGES = {"notice": "/notices/", "org": "/organizations/", "law": "/statutes/"}


def page_for(base: str, iri: str) -> str:
    """The local page for `iri` (its richest one), or the IRI itself when not minted here."""
    if not iri.startswith(base):
        return iri
    path, parsed = iri[len(base) :], IRIs(base).parse(iri)
    if parsed is None:
        return "/id/" + path
    key = quote(parsed.key, safe="")
    if parsed.article is None:
        return PAGES[parsed.kind] + key
    return f"/statutes/{key}/articles/{quote(parsed.article, safe='')}"


def id_path(base: str, iri: str) -> str | None:
    """`/id/…` for a minted IRI, None for others."""
    path = IRIs(base).local_path(iri)
    return None if path is None else "/id/" + path
