"""What the SPARQL page gives the editor (YASGUI): the endpoint, the prefixes every
query knows, and the ontology's classes and properties for completion — all in the
page, so the editor fetches nothing from another host."""

from __future__ import annotations

import json
from functools import cache
from typing import Any

from fastapi import Request
from rdflib import OWL, RDF

from shobun.api.examples import EXAMPLES
from shobun.api.prefixes import KNOWN

COMMON_PROPERTIES = (
    "http://www.w3.org/2000/01/rdf-schema#label",
    "http://www.w3.org/2004/02/skos/core#altLabel",
    "http://purl.org/dc/terms/title",
    "http://purl.org/dc/terms/issued",
    "http://purl.org/dc/terms/date",
    "http://www.w3.org/ns/prov#wasDerivedFrom",
    "http://www.w3.org/ns/oa#exact",
    "http://www.w3.org/ns/oa#start",
    "http://www.w3.org/ns/oa#end",
)


@cache
def completions() -> dict[str, list[str]]:
    """Class and property IRIs of the ontology (and the other vocabularies' terms a
    notice's graph uses), for the editor's completion."""
    from shobun.api.services.terms import ontology_graph

    g = ontology_graph()
    sbo = KNOWN["sbo"]
    classes = sorted(str(s) for s in g.subjects(RDF.type, OWL.Class) if str(s).startswith(sbo))
    props = {
        str(s)
        for kind in (OWL.ObjectProperty, OWL.DatatypeProperty)
        for s in g.subjects(RDF.type, kind)
        if str(s).startswith(sbo)
    }
    return {"classes": classes, "properties": sorted(props | set(COMMON_PROPERTIES))}


def page_context(request: Request, query: str, error: str | None) -> dict[str, Any]:
    base: str = request.app.state.settings.base_iri
    config = {
        "endpoint": str(request.url_for("sparql_get").path),
        "query": query or EXAMPLES[0].query,
        "run": bool(query) and error is None,
        "prefixes": [f"{p}: <{iri}>" for p, iri in sorted(KNOWN.items())],
        "prefix_map": KNOWN,
        "yasr_prefixes": {**KNOWN, "id": base},
        "base": base,
        **completions(),
    }
    return {
        "error": error,
        "editor_config": json.dumps(config, ensure_ascii=False).replace("</", "<\\/"),
        "known_prefixes": sorted(KNOWN),
    }
