"""Which page of this site shows an IRI best: a minted IRI's own page when it has one
(notice, organization, statute, article), else its `/id/…` description."""

from __future__ import annotations

import re
from urllib.parse import quote, unquote

_ARTICLE = re.compile(r"^law/([^/]+)/article/([^/]+)")
_OWN = re.compile(r"^(notice|org|law)/([^/]+)$")
PAGES = {"notice": "/notices/", "org": "/organizations/", "law": "/statutes/"}


def page_for(base: str, iri: str) -> str:
    """The local page for `iri` (its richest one), or the IRI itself when not minted here."""
    if not iri.startswith(base):
        return iri
    rest = iri[len(base) :]
    own = _OWN.match(rest)
    if own:
        return PAGES[own.group(1)] + quote(unquote(own.group(2)), safe="")
    article = _ARTICLE.match(rest)
    if article:
        law, number = (quote(unquote(g), safe="") for g in article.groups())
        return f"/statutes/{law}/articles/{number}"
    return "/id/" + rest


def id_path(base: str, iri: str) -> str | None:
    """`/id/…` for a minted IRI, None for others."""
    return "/id/" + iri[len(base) :] if iri.startswith(base) and iri != base else None
