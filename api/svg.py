"""An organization's network as SVG, laid out by networkx on the server.

Nodes are the organization, its notices, its actions, the provisions they rest on and
the companies it entrusted work to or took work from; every node links to its page.
"""

from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import quote

import networkx as nx
from markupsafe import Markup, escape

from api.models import Organization
from api.services.common import provision_label

WIDTH, HEIGHT, PAD = 760, 520, 70
COLOURS = {
    "organization": "#1f5fa8",
    "company": "#4f8fd8",
    "notice": "#6b6b6b",
    "action": "#c0392b",
    "provision": "#2e8b57",
}
MAX_ACTIONS = 24


def q(key: str) -> str:
    """A key as one path segment."""
    return quote(key, safe="")


@dataclass(frozen=True)
class Node:
    id: str
    label: str
    kind: str
    href: str | None = None


def network(org: Organization, page_prefix: str = "") -> nx.Graph:
    """The organization's neighbourhood as a graph whose nodes carry a `Node`."""
    g = nx.Graph()

    def add(node: Node) -> str:
        if node.id not in g:
            g.add_node(node.id, node=node)
        return node.id

    me = add(Node(org.iri, org.label, "organization", f"{page_prefix}/organizations/{q(org.key)}"))
    for n in org.notices:
        g.add_edge(me, add(Node(n.iri, n.id, "notice", f"{page_prefix}/notices/{q(n.id)}")))
    for a in org.actions[:MAX_ACTIONS]:
        href = f"{page_prefix}/notices/{q(a.notice.id)}"
        act = add(Node(a.iri, a.term or a.type, "action", href))
        g.add_edge(me, act)
        g.add_edge(act, add(Node(a.notice.iri, a.notice.id, "notice", href)))
        if (basis := a.legal_basis) and basis.article:
            label = provision_label(None, basis.article, basis.paragraph, basis.item)
            g.add_edge(act, add(Node(basis.iri, label, "provision")))
    for other in (*org.entrusts, *org.entrusted_by):
        href = f"{page_prefix}/organizations/{q(other.key)}"
        g.add_edge(me, add(Node(other.iri, other.label, "company", href)))
    return g


def layout(g: nx.Graph) -> dict[str, tuple[float, float]]:
    """Positions in the picture's pixels (deterministic: fixed seed)."""
    if len(g) == 1:
        return {n: (WIDTH / 2, HEIGHT / 2) for n in g}
    pos = nx.spring_layout(g, seed=7, k=1.6 / max(1, len(g)) ** 0.5)
    xs = [p[0] for p in pos.values()]
    ys = [p[1] for p in pos.values()]
    span_x = (max(xs) - min(xs)) or 1.0
    span_y = (max(ys) - min(ys)) or 1.0
    return {
        n: (
            PAD + (float(p[0]) - min(xs)) / span_x * (WIDTH - 2 * PAD),
            PAD + (float(p[1]) - min(ys)) / span_y * (HEIGHT - 2 * PAD),
        )
        for n, p in pos.items()
    }


def _short(label: str, limit: int = 16) -> str:
    return label if len(label) <= limit else label[: limit - 1] + "…"


def render(g: nx.Graph, title: str) -> Markup:
    """The graph as an inline `<svg>` element."""
    pos = layout(g)
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {WIDTH} {HEIGHT}" '
        f'width="{WIDTH}" height="{HEIGHT}" role="img" class="network" '
        f'aria-label="{escape(title)}"><title>{escape(title)}</title>'
    ]
    for a, b in sorted(g.edges):
        (x1, y1), (x2, y2) = pos[a], pos[b]
        parts.append(
            f'<line x1="{x1:.1f}" y1="{y1:.1f}" x2="{x2:.1f}" y2="{y2:.1f}" class="edge"/>'
        )
    for key in sorted(g.nodes):
        parts.append(_node(g.nodes[key]["node"], *pos[key]))
    parts.append("</svg>")
    return Markup("".join(parts))


def _node(node: Node, x: float, y: float) -> str:
    colour = COLOURS.get(node.kind, "#888")
    radius = 14 if node.kind == "organization" else 8
    body = (
        f'<circle cx="{x:.1f}" cy="{y:.1f}" r="{radius}" fill="{colour}" '
        f'data-kind="{node.kind}"><title>{escape(node.label)}</title></circle>'
        f'<text x="{x:.1f}" y="{y + radius + 12:.1f}" text-anchor="middle">'
        f"{escape(_short(node.label))}</text>"
    )
    if node.href:
        return f'<a href="{escape(node.href)}" class="node node-{node.kind}">{body}</a>'
    return f'<g class="node node-{node.kind}">{body}</g>'
