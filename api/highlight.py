"""A notice's text as HTML with its extracted spans highlighted, nested where they nest.

Marks may nest (a provision inside a violation) or overlap; the text is cut at every
mark boundary and each piece is wrapped in the marks that cover it, outermost first,
so the HTML is always well nested (a mark that crosses another's end is split; only
its first piece carries its `id`). Marks that link are `<a>`; one inside another link
becomes a `<span>` with the link in `data-href`, since links cannot nest.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from itertools import pairwise

from markupsafe import Markup, escape


@dataclass(frozen=True)
class Mark:
    start: int
    end: int
    kind: str  # css class suffix: sanction, addressee, org, provision, violation, date …
    nodes: tuple[str, ...]  # the IRIs of the graph nodes the span is evidence for
    title: str
    href: str | None = None
    source: str = "evidence"  # evidence: an oa:TextPositionSelector; label: a name found again

    @property
    def anchor(self) -> str:
        return f"m-{self.kind}-{self.start}-{self.end}"


def merge(marks: Iterable[Mark]) -> list[Mark]:
    """One mark per (span, kind): two actions cut from one 報告等の求め share one highlight."""
    merged: dict[tuple[int, int, str], Mark] = {}
    for m in marks:
        if m.end <= m.start:
            continue
        key = (m.start, m.end, m.kind)
        if key in merged:
            old = merged[key]
            nodes = old.nodes + tuple(n for n in m.nodes if n not in old.nodes)
            title = old.title if m.title in old.title else f"{old.title} / {m.title}"
            merged[key] = Mark(m.start, m.end, m.kind, nodes, title, old.href, old.source)
        else:
            merged[key] = m
    return sorted(merged.values(), key=lambda m: (m.start, -m.end, m.kind))


def _open(mark: Mark, first: bool, in_link: bool) -> tuple[str, str]:
    attrs = [
        f'class="hl hl-{mark.kind}"',
        f'data-kind="{escape(mark.kind)}"',
        f'data-nodes="{escape(" ".join(mark.nodes))}"',
        f'data-source="{mark.source}"',
        f'title="{escape(mark.title)}"',
    ]
    if first:
        attrs.insert(0, f'id="{mark.anchor}"')
    if mark.href and not in_link:
        return f'<a href="{escape(mark.href)}" {" ".join(attrs)}>', "</a>"
    if mark.href:
        attrs.append(f'data-href="{escape(mark.href)}"')
    return f"<span {' '.join(attrs)}>", "</span>"


def render(text: str, marks: Iterable[Mark], hidden: Iterable[tuple[int, int]] = ()) -> Markup:
    """`text` as HTML with every mark applied (spans outside the text are dropped);
    the `hidden` ranges (markdown markers) stay in the page, so offsets still map to
    the stored text, but are not shown."""
    found = [m for m in merge(marks) if 0 <= m.start < m.end <= len(text)]
    hide = sorted((a, b) for a, b in hidden if 0 <= a < b <= len(text))
    cuts = sorted(
        {0, len(text), *(m.start for m in found), *(m.end for m in found)}
        | {x for a, b in hide for x in (a, b)}
    )
    out: list[str] = []
    stack: list[tuple[Mark, str, bool]] = []  # (mark, closing tag, is a link)
    opened: set[Mark] = set()
    for a, b in pairwise(cuts):
        active = [m for m in found if m.start <= a and b <= m.end]
        keep = 0
        while keep < len(stack) and keep < len(active) and stack[keep][0] == active[keep]:
            keep += 1
        while len(stack) > keep:
            out.append(stack.pop()[1])
        for m in active[keep:]:
            in_link = any(link for _, _, link in stack)
            tag, close = _open(m, m not in opened, in_link)
            opened.add(m)
            stack.append((m, close, close == "</a>"))
            out.append(tag)
        piece = str(escape(text[a:b]))
        if any(h0 <= a and b <= h1 for h0, h1 in hide):
            piece = f'<span class="md" aria-hidden="true">{piece}</span>'
        out.append(piece)
    out.extend(close for _, close, _ in reversed(stack))
    return Markup("".join(out))


def find_name(text: str, name: str) -> list[tuple[int, int]]:
    """Where `name` occurs in `text`, allowing white space and line breaks between its
    characters (labels are stored without the spaces the source may have)."""
    chars = [re.escape(c) for c in name if not c.isspace()]
    if len(chars) < 2:
        return []
    pattern = re.compile(r"\s*".join(chars))
    return [(m.start(), m.end()) for m in pattern.finditer(text)]


_MARKDOWN = re.compile(
    r"^[ \t]*#{1,6}[ \t]+|\*\*|__|`|^[ \t]*>[ \t]?|^[ \t]*\|?[ \t]*:?-{3,}.*$|[ \t]{2,}$",
    re.MULTILINE,
)


def markdown_markers(text: str) -> list[tuple[int, int]]:
    """Where a Markdown source's markers are: heading hashes, bold and code marks,
    quote marks, table rule lines and hard-break spaces."""
    return [(m.start(), m.end()) for m in _MARKDOWN.finditer(text) if m.end() > m.start()]
