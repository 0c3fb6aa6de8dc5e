"""The vocabulary's names in one place: the namespaces every graph, query and export uses,
and the IRIs shobun mints under its base — made here and read back here.

Minted IRIs (the base defaults to `https://w3id.org/shobun/id/`):

| kind | IRI |
|---|---|
| notice | `{base}notice/{name}` (also the IRI of the notice's named graph) |
| organization | `{base}org/{label}` |
| statute | `{base}law/{e-Gov id or title}` |
| provision | `{statute}[/version/{v}]/article/{n}[/paragraph/{p}][/item/{i}]` |
| a notice's parts | `{notice}/{part}/{key}` (action, violation, span, section …) |

Keys are percent-encoded whole (no `/` survives), so every IRI parses back unambiguously;
so are a provision's article (2の2) and item, which is branched (3の2) as an article is.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Literal
from urllib.parse import quote, unquote

from shobun.core.numbering import Item, parse_item

# One table of namespaces for the whole project: SPARQL prefixes, RDF documents, the
# JSON-LD context and exports draw from it.
NAMESPACES: dict[str, str] = {
    "sbo": "https://w3id.org/shobun/ontology#",
    "dcterms": "http://purl.org/dc/terms/",
    "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
    "skos": "http://www.w3.org/2004/02/skos/core#",
    "oa": "http://www.w3.org/ns/oa#",
    "prov": "http://www.w3.org/ns/prov#",
    "xsd": "http://www.w3.org/2001/XMLSchema#",
    "owl": "http://www.w3.org/2002/07/owl#",
    "void": "http://rdfs.org/ns/void#",
    "sd": "http://www.w3.org/ns/sparql-service-description#",
}
SBO = NAMESPACES["sbo"]
DEFAULT_BASE = "https://w3id.org/shobun/id/"

Kind = Literal["notice", "org", "law"]
KINDS: tuple[Kind, ...] = ("notice", "org", "law")

_OWN = re.compile(r"^(notice|org|law)/([^/]+)$")
_ARTICLE = re.compile(r"^law/([^/]+)/article/([^/]+)")


def namespaces(*names: str) -> dict[str, str]:
    """The namespaces named, in the order given."""
    return {n: NAMESPACES[n] for n in names}


@lru_cache(maxsize=8192)
def encode(key: str) -> str:
    """A key as one IRI path segment: percent-encoded whole, `/` included."""
    return quote(key, safe="")


@dataclass(frozen=True)
class Parsed:
    """What a minted IRI names: its kind, its key, and for an article its number."""

    kind: Literal["notice", "org", "law", "article"]
    key: str
    article: str | None = None


@dataclass(frozen=True)
class ProvisionParts:
    """A provision IRI read back: its statute's IRI, the version (yyyy-mm-dd) where the
    numbering is not today's, and the numbers."""

    statute: str
    version: str | None
    article: str
    paragraph: int | None
    item: Item | None


_PROVISION = re.compile(
    r"(?P<statute>/law/[^/]+)(?:/version/(?P<version>\d{4}-\d{2}-\d{2}))?"
    r"/article/(?P<article>[^/]+)(?:/paragraph/(?P<paragraph>[0-9]+))?"
    r"(?:/item/(?P<item>[^/]+))?$"
)


@dataclass(frozen=True)
class IRIs:
    """Mint and read back the IRIs under one base."""

    base: str = DEFAULT_BASE

    def iri(self, kind: Kind, key: str) -> str:
        return f"{self.base}{kind}/{encode(key)}"

    @staticmethod
    def provision(
        statute: str, article: str, paragraph: int | None, item: Item | None, version: str | None
    ) -> str:
        """A branched item (第3号の2, "3の2") is written as a branched article is."""
        node = f"{statute}/version/{version}" if version else statute
        node += f"/article/{encode(article)}"
        node += f"/paragraph/{paragraph}" if paragraph is not None else ""
        return node + (f"/item/{encode(str(item))}" if item is not None else "")

    @staticmethod
    def provision_parts(iri: str) -> ProvisionParts | None:
        """What `provision` wrote, read back from the IRI; None for any other IRI."""
        m = _PROVISION.search(iri)
        if m is None:
            return None
        item = parse_item(unquote(m.group("item"))) if m.group("item") else None
        if m.group("item") and item is None:
            return None
        paragraph = int(m.group("paragraph")) if m.group("paragraph") else None
        statute, article = iri[: m.end("statute")], unquote(m.group("article"))
        return ProvisionParts(statute, m.group("version"), article, paragraph, item)

    @staticmethod
    def part(notice: str, part: str, key: str | int) -> str:
        return f"{notice}/{part}/{key}"

    def key(self, kind: Kind, iri: str) -> str:
        """The key of a minted IRI of that kind (of the IRI's last segment otherwise)."""
        prefix = f"{self.base}{kind}/"
        rest = iri[len(prefix) :] if iri.startswith(prefix) else iri.rsplit("/", 1)[-1]
        return unquote(rest.split("/", 1)[0])

    def parse(self, iri: str) -> Parsed | None:
        """What a minted IRI names, or None when it is not one of ours."""
        if not iri.startswith(self.base):
            return None
        rest = iri[len(self.base) :]
        if own := _OWN.match(rest):
            return Parsed(own.group(1), unquote(own.group(2)))  # type: ignore[arg-type]
        if article := _ARTICLE.match(rest):
            return Parsed("article", unquote(article.group(1)), unquote(article.group(2)))
        return None

    def local_path(self, iri: str) -> str | None:
        """The path under the base (`notice/x/action/a1`), None for an IRI not minted here."""
        return iri[len(self.base) :] if iri.startswith(self.base) and iri != self.base else None
