"""Stage one of the parser: the raw bytes of a notice → its text, as a `Source`.

Every later stage reports spans into `Source.text`, so this is where the text is fixed:
the encoding is detected (never asked for), newlines become "\\n", HTML is reduced to its
text with the block structure kept, and text PDFs are read page by page. Whatever cannot
be read raises a `ShobunError` that names the input; nothing else escapes.

Why not charset-normalizer: on notice snippets of 3–15 characters it named the wrong
encoding, or none, for up to 1 in 5 CP932 and EUC-JP samples (162/200 right at 3
characters, 179/200 at 15), where trying each Japanese codec strictly and keeping the
decoding that reads most like Japanese got 188–200/200. Notices quote short snippets
(file names, headers of web pages), so the strict decodings are what this uses.
"""

from __future__ import annotations

import hashlib
import re
import stat
import sys
from contextlib import suppress
from dataclasses import dataclass
from itertools import islice
from pathlib import Path, PurePath
from typing import Final

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_raw
from selectolax.lexbor import LexborHTMLParser, LexborNode

from shobun.core.errors import ShobunError
from shobun.core.names import MEDIA_TYPES
from shobun.core.settings import DEFAULT_MAX_BYTES

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
        text, encoding = pdf_to_text(data, name), "pdf"
    else:
        text, encoding = decode(data, name)
        media_type = media_type or sniff_text(text)
        if media_type == "text/html":
            _check_nesting(text, name)
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


def normalize_newlines(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n")


# --- decoding -----------------------------------------------------------------------

# Byte-order marks, longest first: a UTF-32 LE mark begins like the UTF-16 LE one.
_BOMS: Final = (
    (b"\xff\xfe\x00\x00", "utf-32"),
    (b"\x00\x00\xfe\xff", "utf-32"),
    (b"\xef\xbb\xbf", "utf-8-sig"),
    (b"\xff\xfe", "utf-16"),
    (b"\xfe\xff", "utf-16"),
)
# (Python codec, name reported); CP932 first: it is Shift_JIS plus ①, ㈱ and the NEC and
# IBM extensions, and wins ties. EUC-JIS-2004 catches EUC pages with ① (eucJP-ms).
_LEGACY: Final = (("cp932", "cp932"), ("euc_jp", "euc-jp"), ("euc_jis_2004", "euc-jis-2004"))
_ISO2022: Final = ("iso2022_jp", "iso2022_jp_ext", "iso2022_jp_2")
_ISO2022_ESCAPE: Final = re.compile(rb"\x1b(?:\$[@B(]|\([BIJ])")
# UTF-16 without a mark: ASCII, kana and CJK punctuation, full-width forms have a
# high byte of 00, 30 or FF; this share of code units at one parity says "UTF-16".
_UTF16_HIGH_BYTES: Final = (0x00, 0x30, 0xFF)
_UTF16_MIN_SHARE: Final = 0.2
_CONTROL: Final = re.compile(r"[\x00-\x08\x0e-\x1f\x7f-\x9f]")
_MAX_CONTROL_SHARE: Final = 0.01


def decode(data: bytes, name: str) -> tuple[str, str]:
    """(text, encoding): BOM, ISO-2022-JP, strict UTF-8, then the most Japanese-looking
    of UTF-16 (no BOM), CP932 and EUC-JP. Binary or undecodable input → ShobunError."""
    decoded = _decode_bom(data, name) or _decode_iso2022(data)
    if decoded is None and b"\x00" in data:
        decoded = _best_japanese(_utf16_candidates(data))
        if decoded is None:
            raise ShobunError("SHOBUN-E012", name, "NUL bytes, and not UTF-16")
    if decoded is None:
        try:
            decoded = data.decode("utf-8"), "utf-8"
        except UnicodeDecodeError as err:
            decoded = _decode_legacy(data, name, err)
    _reject_binary(decoded[0], name)
    return decoded


def _decode_bom(data: bytes, name: str) -> tuple[str, str] | None:
    for bom, codec in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(codec), codec
            except UnicodeDecodeError as err:
                detail = f"{codec} byte-order mark, but invalid {codec} at byte {err.start}"
                raise ShobunError("SHOBUN-E010", name, detail) from err
    return None


def _decode_iso2022(data: bytes) -> tuple[str, str] | None:
    if data.isascii() and _ISO2022_ESCAPE.search(data):
        for codec in _ISO2022:
            with suppress(UnicodeDecodeError):
                return data.decode(codec), "iso-2022-jp"
    return None


def _decode_legacy(data: bytes, name: str, utf8: UnicodeDecodeError) -> tuple[str, str]:
    candidates = []
    for codec, label in _LEGACY:
        with suppress(UnicodeDecodeError):
            candidates.append((data.decode(codec), label))
    best = _best_japanese(candidates + _utf16_candidates(data))
    if best is None:
        byte = data[utf8.start]
        detail = (
            f"not UTF-8 (byte 0x{byte:02x} at offset {utf8.start}), and no plausible "
            "Japanese text as UTF-16, CP932, EUC-JP or ISO-2022-JP"
        )
        raise ShobunError("SHOBUN-E010", name, detail) from utf8
    return best


def _utf16_candidates(data: bytes) -> list[tuple[str, str]]:
    if len(data) % 2:
        return []
    found = []
    for codec, high in (("utf-16-le", data[1::2]), ("utf-16-be", data[0::2])):
        if sum(high.count(b) for b in _UTF16_HIGH_BYTES) >= _UTF16_MIN_SHARE * len(high):
            with suppress(UnicodeDecodeError):
                text = data.decode(codec)
                if _plausible_utf16(text):
                    found.append((text, codec))
    return found


_KANA: Final = re.compile("[\u3041-\u3096\u30a1-\u30fa]")
_NONCHAR: Final = re.compile("[\ufffe\uffff\ufdd0-\ufdef]")


def _plausible_utf16(text: str) -> bool:
    """UTF-16 without a BOM is only believed when it reads as Japanese prose: no
    noncharacters, and kana among its non-ASCII characters (ASCII read as the wrong
    byte order gives kanji-like noise without any kana: 'abc' → '扡c')."""
    if _NONCHAR.search(text):
        return False
    wide = _NON_ASCII.findall(text[:4000])
    return not wide or bool(_KANA.search("".join(wide)))


def _reject_binary(text: str, name: str) -> None:
    if "\x00" in text:
        raise ShobunError("SHOBUN-E012", name, "NUL characters in the decoded text")
    limit = int(len(text) * _MAX_CONTROL_SHARE)
    if sum(1 for _ in islice(_CONTROL.finditer(text), limit + 1)) > limit:
        detail = f"more than {_MAX_CONTROL_SHARE:.0%} control characters"
        raise ShobunError("SHOBUN-E012", name, detail)


# How Japanese a decoding looks: the mean weight of its non-ASCII characters. Kana and
# Japanese punctuation weigh most, kanji less, half-width kana half (real, but also what
# EUC-JP read as CP932 looks like); wrong decodings give private-use, Hangul, CJK
# extension A, C1 controls. Only the first `_SCORE_RUNS` runs of non-ASCII count.
_WEIGHTS: Final = (
    (re.compile("[\u3000-\u3003\u3005-\u3011\u301c\u3041-\u3096\u309b-\u30fe\uff01-\uff5e]"), 1.0),
    (re.compile("[\u4e00-\u9fff]"), 0.7),
    (re.compile("[\uff61-\uff9f]"), 0.5),
    (re.compile("[\x80-\x9f\u1100-\u11ff\u3130-\u318f\u3400-\u4dbf\ua000-\ud7ff\ue000-\uf8ff]"), 0),
)
_OTHER_WEIGHT: Final = 0.3  # symbols: ①, ㈱, ※, Greek, box drawing …
_MIN_SCORE: Final = 0.5
_SCORE_RUNS: Final = 4000
_NON_ASCII: Final = re.compile(r"[^\x00-\x7f]+")


def japaneseness(text: str) -> float:
    """0 (not Japanese) … 1 (kana and punctuation only); 1 for ASCII-only text."""
    sample = "".join(m.group() for m in islice(_NON_ASCII.finditer(text), _SCORE_RUNS))
    if not sample:
        return 1.0
    score, rest = 0.0, len(sample)
    for pattern, weight in _WEIGHTS:
        hits = len(pattern.findall(sample))
        score, rest = score + hits * weight, rest - hits
    return (score + rest * _OTHER_WEIGHT) / len(sample)


def _best_japanese(candidates: list[tuple[str, str]]) -> tuple[str, str] | None:
    """The candidate that looks most Japanese (the first on a tie), if plausible."""
    scores = [japaneseness(text) for text, _ in candidates]
    if not scores or max(scores) < _MIN_SCORE:
        return None
    return candidates[scores.index(max(scores))]


# --- HTML ---------------------------------------------------------------------------

_HTML_DROP: Final = frozenset({"head", "script", "style", "nav", "noscript", "template", "svg"})
_BLOCK_TAGS: Final = (
    "address article aside blockquote body caption dd details dialog div dl dt fieldset "
    "figcaption figure footer form h1 h2 h3 h4 h5 h6 header hr legend li main ol p pre "
    "section summary table tbody tfoot thead tr ul"
)
_HTML_BLOCKS: Final = frozenset(_BLOCK_TAGS.split())
_HTML_CELLS: Final = frozenset({"td", "th"})
_CELL_SEPARATOR: Final = "\t"
# A line break between two wide characters vanishes (CSS Text 3), other runs of white
# space become one space: "委員会は、\n本日" → "委員会は、本日".
_WIDE: Final = "\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff01-\uff60"
_WIDE_BREAK: Final = re.compile(f"(?<=[{_WIDE}])[ \t\r\f]*\n[ \t\n\r\f]*(?=[{_WIDE}])")
_WHITE: Final = re.compile(r"[ \t\n\r\f]+")


_TAG: Final = re.compile(r"<(/?)([a-zA-Z][a-zA-Z0-9]*)[^>]*?(/?)>")
_VOID: Final = frozenset(
    [
        "area",
        "base",
        "br",
        "col",
        "embed",
        "hr",
        "img",
        "input",
        "link",
        "meta",
        "param",
        "source",
        "track",
        "wbr",
    ]
)
MAX_HTML_DEPTH: Final = 1000  # real pages nest a few dozen deep


def _check_nesting(markup: str, name: str) -> None:
    """Refuse HTML nested deeper than any real page: the HTML parser's time grows with
    the square of the depth (200 000 nested <div> take minutes), so such a page would
    stall a bulk run."""
    depth = 0
    for m in _TAG.finditer(markup):
        closing, tag, self_closing = m.groups()
        if closing:
            depth = max(0, depth - 1)
        elif not self_closing and tag.lower() not in _VOID:
            depth += 1
            if depth > MAX_HTML_DEPTH:
                detail = f"elements nested more than {MAX_HTML_DEPTH} deep"
                raise ShobunError("SHOBUN-E014", name, detail)


def html_to_text(markup: str) -> str:
    """The text of <main> (else <article>, else <body>), one line per block element,
    table cells separated by tabs; scripts, styles and navigation dropped."""
    root = _content_root(LexborHTMLParser(markup))
    lines = _Lines()
    stack: list[tuple[LexborNode, bool]] = [(root, False)] if root is not None else []
    in_pre = 0
    while stack:  # depth first, without recursion: markup may nest arbitrarily deep
        node, leaving = stack.pop()
        tag = node.tag or ""
        if leaving:
            in_pre -= tag == "pre"
            lines.end_line()
        elif node.is_text_node:
            (lines.add_verbatim if in_pre else lines.add)(node.text_content or "")
        elif node.is_element_node and tag not in _HTML_DROP:
            in_pre += tag == "pre"
            if tag == "br" and lines.in_row:  # a break inside a table cell: the row goes on
                lines.add("、")
            elif tag == "br":
                lines.end_line(force=True)
            elif tag in _HTML_CELLS:
                lines.next_cell()
            elif tag in _HTML_BLOCKS:
                lines.end_line()
                stack.append((node, True))
            stack.extend((child, False) for child in reversed(list(node.iter(include_text=True))))
    return lines.text()


def _content_root(tree: LexborHTMLParser) -> LexborNode | None:
    for selector in ("main", "article"):
        node = tree.css_first(selector)
        if node is not None and node.text(strip=True):
            return node
    return tree.body or tree.root


class _Lines:
    """Text gathered as lines of cells; collapses white space as a browser would."""

    def __init__(self) -> None:
        self.lines: list[str] = []
        self.cells: list[list[str]] = [[]]
        self.in_row = False
        self.after_space = True
        self.verbatim = False  # the line comes from <pre>: keep its indentation

    def add(self, text: str) -> None:
        text = _WHITE.sub(" ", _WIDE_BREAK.sub("", text))
        if self.after_space and text.startswith(" "):
            text = text[1:]
        if text:
            self.cells[-1].append(text)
            self.after_space = text.endswith(" ")

    def add_verbatim(self, text: str) -> None:
        """Text inside <pre>: line breaks and indentation kept."""
        for number, line in enumerate(text.split("\n")):
            if number:
                self.end_line(force=True)
            self.cells[-1].append(line)
            self.verbatim = True

    def next_cell(self) -> None:
        if self.in_row or any(part.strip() for part in self.cells[-1]):
            self.cells.append([])
        self.in_row, self.after_space = True, True

    def end_line(self, *, force: bool = False) -> None:
        strip = "" if self.verbatim else " "
        cells = ("".join(parts).strip(strip) for parts in self.cells)
        line = _CELL_SEPARATOR.join(cells).rstrip()
        if line or force:
            self.lines.append(line)
        self.cells, self.in_row, self.after_space = [[]], False, True
        self.verbatim = False

    def text(self) -> str:
        """The lines, with no blank line at either end and none following another."""
        self.end_line()
        out: list[str] = []
        for line in self.lines:
            blank = not line.strip()
            if not blank or (out and out[-1]):
                out.append("" if blank else line)
        while out and not out[-1]:
            out.pop()
        return "\n".join(out) + "\n" if out else ""


# --- PDF ----------------------------------------------------------------------------


def pdf_to_text(data: bytes, name: str) -> str:
    """The text layer, page by page (pages joined by "\\n"); owner-password PDFs (no
    copying, no printing) are read, PDFs that need a password to open are not."""
    try:
        pdf = pdfium.PdfDocument(data)
    except pdfium.PdfiumError as err:
        locked = getattr(err, "err_code", None) == pdfium_raw.FPDF_ERR_PASSWORD
        detail = "encrypted, needs a password" if locked else f"broken PDF ({err})"
        raise ShobunError("SHOBUN-E013", name, detail) from err
    try:
        pages = [_page_text(pdf, index) for index in range(len(pdf))]
    except pdfium.PdfiumError as err:
        raise ShobunError("SHOBUN-E013", name, f"broken page ({err})") from err
    finally:
        pdf.close()
    text = normalize_newlines("\n".join(pages))
    if not text.strip():
        raise ShobunError("SHOBUN-E013", name, "no text layer (scanned?)")
    return text


def _page_text(pdf: pdfium.PdfDocument, index: int) -> str:
    page = pdf[index]
    textpage = page.get_textpage()  # closed with the document should this fail
    try:
        return str(textpage.get_text_range())
    finally:
        textpage.close()
        page.close()
