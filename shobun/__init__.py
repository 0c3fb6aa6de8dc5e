"""shobun: Japanese enforcement notices to an RDF knowledge graph.

One import name; the layers, bottom to top: `shobun.core` (errors, settings, names),
`shobun.ontology`, `shobun.parser`, `shobun.graph`, `shobun.api`, `shobun.cli`.
The entry points below are imported when first used, so `import shobun` and the
command line stay fast:

    import shobun
    notice = shobun.parse_path("corpus/ppc-2024-01-ntt-procx-overview.md")
    graph = shobun.notice_graph(notice)           # an rdflib Graph
    store = shobun.open_store("shobun-store")     # the store on disk
    app = shobun.create_app()                     # the FastAPI application
    nlp = shobun.load()                           # the parser as a spaCy pipeline
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

from shobun.core import __version__

if TYPE_CHECKING:
    from shobun.api.app import create_app
    from shobun.graph.build import notice_graph
    from shobun.graph.store import open_store
    from shobun.parser import parse, parse_path
    from shobun.parser.component import load

__all__ = [
    "__version__",
    "create_app",
    "load",
    "notice_graph",
    "open_store",
    "parse",
    "parse_path",
]

# public name → the module that defines it
_HOME = {
    "parse": "shobun.parser",
    "parse_path": "shobun.parser",
    "notice_graph": "shobun.graph.build",
    "open_store": "shobun.graph.store",
    "create_app": "shobun.api.app",
    "load": "shobun.parser.component",
}


def __getattr__(name: str) -> Any:
    home = _HOME.get(name)
    if home is None:
        raise AttributeError(f"module 'shobun' has no attribute {name!r}")
    value = getattr(import_module(home), name)
    globals()[name] = value
    return value
