"""shobun: Japanese enforcement notices to an RDF knowledge graph.

The distribution's cross-cutting pieces live here: the command line (`shobun.cli`),
the error catalogue (`shobun.errors`) and the settings (`shobun.settings`). The work
itself is done by the top-level packages `parser`, `graph` and `api`.
"""

__version__ = "0.1.0"
