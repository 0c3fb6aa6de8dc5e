"""The name a notice gets from its file: shared by the parser and the ingestion writer,
which must agree on it without the writer importing the parser."""

from __future__ import annotations

import re
from pathlib import PurePath

_SLUG = re.compile(r"[^\w.-]+")  # letters of any script stay: 令和6年 処分.pdf → 令和6年-処分


def slug(path: str | PurePath) -> str:
    """The file's stem with runs of anything but letters, digits, `.`, `_`, `-` as `-`;
    empty where nothing is left."""
    return _SLUG.sub("-", PurePath(path).stem).strip("-")


MEDIA_TYPES: dict[str, str] = {  # every suffix a notice file may have
    ".txt": "text/plain",
    ".md": "text/markdown",
    ".markdown": "text/markdown",
    ".html": "text/html",
    ".htm": "text/html",
    ".pdf": "application/pdf",
}
NOTICE_SUFFIXES = frozenset(MEDIA_TYPES)
