"""shobun: Japanese enforcement notices to an RDF knowledge graph.

The distribution's cross-cutting pieces live here: the command line (`shobun.cli`),
the error catalogue (`shobun.errors`) and the settings (`shobun.settings`). The work
itself is done by the top-level packages `parser`, `graph` and `api`.

`shobun.load()` gives the parser as a spaCy pipeline; spaCy is imported only then, so
`import shobun` and the command line stay fast.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.language import Language

__version__ = "0.1.0"
__all__ = ["__version__", "load"]


def load() -> Language:
    """A spaCy `Language`: shobun's fugashi tokenizer, then the `shobun_notice`
    component, which sets `doc._.notice` and `doc.spans["shobun"]`."""
    from parser.component import load as _load

    return _load()
