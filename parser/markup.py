"""HTML → the text a reader sees: the page's main content, one line per block element,
table cells separated by tabs, white space collapsed as a browser would. Markup nested
deeper than any real page is refused before it reaches the HTML parser.
"""

from __future__ import annotations

import re
from typing import Final

from selectolax.lexbor import LexborHTMLParser, LexborNode

from shobun.core.errors import ShobunError

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


def check_nesting(markup: str, name: str) -> None:
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
