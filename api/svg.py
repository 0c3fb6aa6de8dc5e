"""An organization's network as SVG, laid out by networkx on the server.

Nodes are the organization, its notices, its actions, the provisions they rest on and
the companies it entrusted work to or took work from; every node links to its page.
"""

from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import quote

import networkx as nx
from markupsafe import Markup, escape

from shobun.api.models import Organization
from shobun.core.numbering import provision_label

WIDTH, HEIGHT, PAD = 760, 520, 70
MAX_HEIGHT = 1100
COLOURS = {
    "organization": "#1f5fa8",
    "company": "#4f8fd8",
    "notice": "#6b6b6b",
    "action": "#c0392b",
    "provision": "#2e8b57",
}
MAX_ACTIONS = 40
MAX_NOTICES = 20
CROWDED = 30  # nodes above which actions and notices show their labels on hover only


def q(key: str) -> str:
    """A key as one path segment."""
    return quote(key, safe="")


@dataclass(frozen=True)
class Node:
    id: str
    label: str
    kind: str
    href: str | None = None
    full: str = ""  # the whole label, shown on hover, when `label` is a short form


def network(org: Organization, page_prefix: str = "") -> nx.Graph:
    """The organization's neighbourhood as a graph whose nodes carry a `Node`."""
    g = nx.Graph()

    def add(node: Node) -> str:
        if node.id not in g:
            g.add_node(node.id, node=node)
        return node.id

    me = add(Node(org.iri, org.label, "organization", f"{page_prefix}/organizations/{q(org.key)}"))
    for n in org.notices[:MAX_NOTICES]:
        g.add_edge(me, add(Node(n.iri, n.id, "notice", f"{page_prefix}/notices/{q(n.id)}")))
    for a in org.actions[:MAX_ACTIONS]:
        href = f"{page_prefix}/notices/{q(a.notice.id)}"
        act = add(Node(a.iri, a.term or a.type, "action", href))
        g.add_edge(me, act)
        if a.notice.iri in g:  # notices past MAX_NOTICES are in "ほか N 件"
            g.add_edge(act, a.notice.iri)
        if (basis := a.legal_basis) and basis.article:
            label = provision_label(None, basis.article, basis.paragraph, basis.item)
            page = (
                f"{page_prefix}/statutes/{q(basis.statute_key)}/articles/{q(basis.article)}"
                if basis.statute_key
                else None
            )
            full = basis.label or label
            g.add_edge(act, add(Node(basis.iri, label, "provision", page, full)))
    for other in (*org.entrusts, *org.entrusted_by):
        href = f"{page_prefix}/organizations/{q(other.key)}"
        g.add_edge(me, add(Node(other.iri, other.label, "company", href)))
    acts, notes = len(org.actions) - MAX_ACTIONS, len(org.notices) - MAX_NOTICES
    if acts > 0 or notes > 0:
        parts = ([f"処分等{acts}件"] if acts > 0 else []) + (
            [f"通知{notes}件"] if notes > 0 else []
        )
        more = f"{page_prefix}/actions?addressee={q(org.label)}"
        g.add_edge(me, add(Node("more", "ほか" + "・".join(parts), "more", more)))
    return g


def height_for(n: int) -> int:
    """The picture grows with the graph so that 50+ nodes keep room between them."""
    return min(MAX_HEIGHT, HEIGHT + max(0, n - 30) * 12)


def layout(g: nx.Graph) -> dict[str, tuple[float, float]]:
    """Positions in the picture's pixels (deterministic: fixed seed): a spring layout
    with more room and iterations as the graph grows, scaled to fill the picture."""
    height = height_for(len(g))
    if len(g) == 1:
        return {n: (WIDTH / 2, height / 2) for n in g}
    k = 2.2 / max(1, len(g)) ** 0.5
    pos = nx.spring_layout(g, seed=7, k=k, iterations=100 if len(g) > 30 else 50)
    xs = [p[0] for p in pos.values()]
    ys = [p[1] for p in pos.values()]
    span_x = (max(xs) - min(xs)) or 1.0
    span_y = (max(ys) - min(ys)) or 1.0
    return {
        n: (
            PAD + (float(p[0]) - min(xs)) / span_x * (WIDTH - 2 * PAD),
            PAD + (float(p[1]) - min(ys)) / span_y * (height - 2 * PAD),
        )
        for n, p in pos.items()
    }


def _short(label: str, limit: int = 16) -> str:
    return label if len(label) <= limit else label[: limit - 1] + "…"


def render(g: nx.Graph, title: str) -> Markup:
    """The graph as an inline `<svg>` element."""
    pos = layout(g)
    height = height_for(len(g))
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {WIDTH} {height}" '
        f'width="{WIDTH}" height="{height}" role="img" class="network" '
        f'aria-label="{escape(title)}"><title>{escape(title)}</title>'
    ]
    for a, b in sorted(g.edges):
        (x1, y1), (x2, y2) = pos[a], pos[b]
        parts.append(
            f'<line x1="{x1:.1f}" y1="{y1:.1f}" x2="{x2:.1f}" y2="{y2:.1f}" class="edge"/>'
        )
    for key in sorted(g.nodes):
        parts.append(_node(g.nodes[key]["node"], *pos[key], crowded=len(g) > CROWDED))
    parts.append("</svg>")
    return Markup("".join(parts))


def _node(node: Node, x: float, y: float, crowded: bool = False) -> str:
    """A node: its circle and short label (none for actions and notices in a crowded
    picture, where the colour says what they are), the full label on hover."""
    colour = COLOURS.get(node.kind, "#888")
    radius = 14 if node.kind == "organization" else 8
    limit = 16 if node.kind in ("organization", "company", "more") else 9
    tip = escape(node.full or node.label)
    shown = "" if crowded and node.kind in ("action", "notice") else _short(node.label, limit)
    body = (
        f'<circle cx="{x:.1f}" cy="{y:.1f}" r="{radius}" fill="{colour}" '
        f'data-kind="{node.kind}"><title>{tip}</title></circle>'
        f'<text x="{x:.1f}" y="{y + radius + 12:.1f}" text-anchor="middle">'
        f"<title>{tip}</title>{escape(shown)}</text>"
    )
    if node.href:
        return f'<a href="{escape(node.href)}" class="node node-{node.kind}">{body}</a>'
    return f'<g class="node node-{node.kind}">{body}</g>'
