"""The notice parser: bytes or a file → the typed document model (`parser.model.Notice`).

from shobun.parser import parse_path
notice = parse_path("corpus/ppc-2024-01-ntt-procx-overview.md")
"""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import TYPE_CHECKING

from shobun.core.defaults import DEFAULT_MAX_BYTES, environment_sets_any
from shobun.core.names import slug
from shobun.parser.model import Notice
from shobun.parser.pipeline import SourceText, run
from shobun.parser.read import Source, read_bytes, read_path

if TYPE_CHECKING:
    from shobun.core.settings import Settings

__all__ = ["Notice", "notice_name", "parse", "parse_bytes", "parse_path", "parse_source"]


def notice_name(path: str | Path | None, content_hash: str) -> str:
    """The slug of a notice's IRI: the file's stem, or its hash when read from stdin."""
    if path is None or str(path) == "-":
        return content_hash[:16]
    return slug(path) or content_hash[:16]


def parse_source(source: Source, name: str) -> Notice:
    return run(SourceText(source.text, name, source.content_hash, source.media_type))


def max_bytes(settings: Settings | None = None) -> int:
    """The size limit: the settings' given, else the environment's (pydantic loads only
    when a `SHOBUN_*` variable is set: with none, `Settings()` is the defaults)."""
    if settings is not None:
        return settings.max_bytes
    if not environment_sets_any():
        return DEFAULT_MAX_BYTES
    from shobun.core.settings import Settings

    return Settings().max_bytes


def parse_path(path: str | Path, *, settings: Settings | None = None) -> Notice:
    limit = max_bytes(settings)
    source = read_path(path, max_bytes=limit)
    return parse_source(source, notice_name(path, source.content_hash))


def parse_bytes(data: bytes, name: str, *, settings: Settings | None = None) -> Notice:
    limit = max_bytes(settings)
    source = read_bytes(data, name, max_bytes=limit)
    return parse_source(source, notice_name(name, source.content_hash))


def parse(text: str, name: str = "notice") -> Notice:
    """Parse text already decoded (tests, notebooks)."""
    digest = hashlib.sha256(text.encode("utf-8")).hexdigest()
    return run(SourceText(text, name, digest, "text/plain"))
