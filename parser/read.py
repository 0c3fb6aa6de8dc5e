"""Stage one of the parser: the raw bytes of a notice → its text, as a `Source`.

Every later stage reports spans into `Source.text`, so this is where the text is fixed:
the encoding is detected (never asked for: `parser.decode`), newlines become "\\n", HTML
is reduced to its text with the block structure kept (`parser.markup`), and text PDFs
are read page by page (`parser.pdf`). Whatever cannot be read raises a `ShobunError`
that names the input; nothing else escapes. The HTML and PDF readers (and selectolax,
pypdfium2) are imported only when such a file is read, so reading a text notice, and
`shobun parse` on one, does not pay for them.
"""

from __future__ import annotations

import hashlib
import re
import stat
import sys
from dataclasses import dataclass
from pathlib import Path, PurePath
from typing import Final

from shobun.core.defaults import DEFAULT_MAX_BYTES
from shobun.core.errors import ShobunError
from shobun.core.names import MEDIA_TYPES
from shobun.parser.decode import decode, normalize_newlines

__all__ = ["Source", "media_type_of", "read_bytes", "read_file", "read_path", "sniff_text"]

STDIN: Final = "-"
STDIN_NAME: Final = "<stdin>"  # how standard input is named in errors


@dataclass(frozen=True)
class Source:
    text: str  # the notice's text as stored; every later span points into it
    media_type: str  # one of MEDIA_TYPES' values
    encoding: str  # as detected: "utf-8", "utf-8-sig", "cp932", "euc-jp", …; "pdf" for PDFs
    content_hash: str  # sha256 hex of the raw bytes


def read_path(path: str | Path, *, max_bytes: int = DEFAULT_MAX_BYTES) -> Source:
    """Read a file ("-" for standard input) without reading more than `max_bytes` + 1."""
    name = STDIN_NAME if str(path) == STDIN else str(path)
    data = _read_stdin(max_bytes) if name == STDIN_NAME else read_file(Path(path), max_bytes)
    if len(data) > max_bytes:  # the read stopped one byte over: the size is unknown
        raise ShobunError("SHOBUN-E020", name, f"more than the limit of {max_bytes:,} bytes")
    return read_bytes(data, name, max_bytes=max_bytes)


def read_file(path: Path, max_bytes: int) -> bytes:
    """A file's bytes, at most `max_bytes` + 1 of them (so a file growing while read is
    caught): the one place a missing (E001) or unreadable (E002) file is reported."""
    name = str(path)
    try:
        info = path.stat()
        if stat.S_ISDIR(info.st_mode):
            raise ShobunError("SHOBUN-E002", name, "is a directory")
        if stat.S_ISREG(info.st_mode) and info.st_size > max_bytes:
            raise _too_big(name, info.st_size, max_bytes)
        with path.open("rb") as handle:
            return handle.read(max_bytes + 1)
    except (FileNotFoundError, NotADirectoryError) as err:
        raise ShobunError("SHOBUN-E001", name) from err
    except OSError as err:
        raise ShobunError("SHOBUN-E002", name, err.strerror or str(err)) from err


def _read_stdin(max_bytes: int) -> bytes:
    try:
        return sys.stdin.buffer.read(max_bytes + 1)
    except (AttributeError, OSError, ValueError) as err:  # no stdin, or closed
        raise ShobunError("SHOBUN-E002", STDIN_NAME, str(err)) from err


def _too_big(name: str, size: int, max_bytes: int) -> ShobunError:
    detail = f"{size:,} bytes, over the limit of {max_bytes:,} bytes"
    return ShobunError("SHOBUN-E020", name, detail)


def read_bytes(data: bytes, name: str, *, max_bytes: int = DEFAULT_MAX_BYTES) -> Source:
    """The text of one notice; `name` gives the media type and is named in errors."""
    if len(data) > max_bytes:
        raise _too_big(name, len(data), max_bytes)
    if not data:
        raise ShobunError("SHOBUN-E011", name, "0 bytes")
    media_type = media_type_of(name, data)
    if media_type == "application/pdf":
        from shobun.parser.pdf import pdf_to_text

        text, encoding = pdf_to_text(data, name), "pdf"
    else:
        text, encoding = decode(data, name)
        media_type = media_type or sniff_text(text)
        if media_type == "text/html":
            from shobun.parser.markup import check_nesting, html_to_text

            check_nesting(text, name)
            text = html_to_text(text)
        else:
            text = normalize_newlines(text)
    if not text.strip():
        raise ShobunError("SHOBUN-E011", name, "no text but white space")
    return Source(text, media_type, encoding, hashlib.sha256(data).hexdigest())


# --- media types ------------------------------------------------------------------

_SNIFF_CHARS: Final = 65536
_HTML_SNIFF: Final = re.compile(r"<!doctype\s+html|<(?:html|body|div|p)[\s>]", re.IGNORECASE)
_MARKDOWN_SNIFF: Final = re.compile(r"^#{1,6}[ \t]+\S|\*\*\S", re.MULTILINE)


def media_type_of(name: str, data: bytes) -> str | None:
    """The media type the file name's extension gives, or PDF by its magic; else None."""
    by_name = MEDIA_TYPES.get(PurePath(name).suffix.lower())
    if by_name is None and data.lstrip(b" \t\r\n").startswith(b"%PDF-"):
        return "application/pdf"
    return by_name


def sniff_text(text: str) -> str:
    """HTML if its opening looks like markup, markdown if it has headings or bold."""
    head = text[:_SNIFF_CHARS]
    if _HTML_SNIFF.search(head):
        return "text/html"
    return "text/markdown" if _MARKDOWN_SNIFF.search(head) else "text/plain"
