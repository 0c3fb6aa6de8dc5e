"""A spaCy Doc's `doc._.notice` through srsly's msgpack (`Doc.to_bytes`, `DocBin`,
`nlp.pipe(…, n_process=2)`): a `Notice` travels as its JSON form, tagged.

spaCy runs msgpack while it is still being imported, and srsly then loads every
`srsly_msgpack_decoders` entry point: so this module, which the entry point names,
imports neither spaCy nor the parser until it meets a notice to decode.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from typing import Any

TAG = "__shobun_notice__"  # a Notice in msgpack: {TAG: parser.serialize.to_dict(notice)}


def encode_notice(obj: Any, chain: Callable[[Any], Any] | None = None) -> Any:
    """srsly msgpack encoder: a `Notice` as its tagged JSON form, anything else to the
    next encoder (there is no Notice to meet unless the parser's model is loaded)."""
    model = sys.modules.get("shobun.parser.model")
    if model is not None and isinstance(obj, model.Notice):
        from shobun.parser.serialize import to_dict

        return {TAG: to_dict(obj)}
    return obj if chain is None else chain(obj)


def decode_notice(obj: Any, chain: Callable[[Any], Any] | None = None) -> Any:
    """srsly msgpack decoder: the inverse of `encode_notice` (loading the component,
    which declares `doc._.notice`, in a process that has not loaded it yet)."""
    if isinstance(obj, dict) and TAG in obj:
        import shobun.parser.component  # noqa: F401
        from shobun.parser.serialize import from_dict

        return from_dict(obj[TAG])
    return obj if chain is None else chain(obj)
