"""The server's pure parts, without a server: highlighting, the SERVICE check, the SVG."""

from __future__ import annotations

import datetime as dt
import xml.etree.ElementTree as ET
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from shobun.api.check import Refused, check, unescape
from shobun.api.highlight import Mark, find_name, render
from shobun.api.models import ActionSummary, NoticeRef, Organization, OrgRef, ProvisionRef
from shobun.api.svg import network
from shobun.api.svg import render as render_svg


def mark(start: int, end: int, kind: str = "k", href: str | None = None, node: str = "n") -> Mark:
    return Mark(start, end, kind, (node,), kind, href)


def strip(html: str) -> str:
    """The text of the HTML; parsing it as XML also proves it is well nested."""
    return "".join(ET.fromstring(f"<r>{html}</r>").itertext())


HIGHLIGHT = [
    ("no marks", "abc", [], "abc"),
    ("one span", "abcdef", [mark(1, 3)], 'a<span id="m-k-1-3" class="hl hl-k"'),
    ("nested", "abcdef", [mark(0, 6, "o"), mark(2, 4, "i")], "cd</span>ef</span>"),
    ("overlap is split", "abcdef", [mark(0, 4, "a"), mark(2, 6, "b")], "cd</span></span>"),
    ("link", "abc", [mark(0, 1, href="#x")], '<a href="#x" id="m-k-0-1"'),
    ("link in link", "abc", [mark(0, 3, "o", "#o"), mark(1, 2, "i", "#i")], 'data-href="#i"'),
    ("escaped", "<&>", [mark(0, 3)], "&lt;&amp;&gt;"),
    ("out of range dropped", "ab", [mark(1, 9)], "ab"),
]


@pytest.mark.parametrize(
    ("text", "marks", "expected"), [h[1:] for h in HIGHLIGHT], ids=[h[0] for h in HIGHLIGHT]
)
def test_render(text: str, marks: list[Mark], expected: str) -> None:
    html = render(text, marks)
    assert expected in html
    assert strip(html) == text  # the text survives, and the HTML is well nested


def test_same_span_of_two_actions_is_one_mark_with_both_nodes() -> None:
    html = render(
        "報告等の求め", [mark(0, 6, "sanction", node="a3"), mark(0, 6, "sanction", node="a4")]
    )
    assert html.count('class="hl hl-sanction"') == 1 and 'data-nodes="a3 a4"' in html


@given(
    st.text(st.characters(blacklist_categories=("Cs", "Cc")), max_size=30),
    st.lists(st.tuples(st.integers(0, 30), st.integers(0, 30), st.sampled_from("abc")), max_size=8),
)
def test_render_keeps_any_text_and_nests_any_marks(
    text: str, spans: list[tuple[int, int, str]]
) -> None:
    marks = [mark(min(a, b), max(a, b), k, "#l" if k == "a" else None) for a, b, k in spans]
    assert strip(render(text, marks)) == text


def test_find_name_ignores_white_space_in_the_text() -> None:
    text = "株式会社 NTT マーケティングアクト ProCX（以下「ProCX 社」という。）"
    assert [text[a:b] for a, b in find_name(text, "ProCX社")] == ["ProCX 社"]
    assert find_name(text, "株式会社NTTマーケティングアクトProCX") == [(0, 25)]
    assert find_name(text, "社") == []  # one character finds too much


SERVICE = [
    ("plain", "SELECT * WHERE { SERVICE <http://x/> { ?s ?p ?o } }", True),
    (
        "nested in a subquery",
        "SELECT * WHERE { { SELECT ?s WHERE { SERVICE <http://x/> { ?s ?p ?o } } } }",
        True,
    ),
    ("escaped keyword", "SELECT * WHERE { \\u0053ERVICE <http://x/> { ?s ?p ?o } }", True),
    ("word in a literal", 'SELECT * WHERE { ?s ?p "service" }', False),
    ("word in an IRI", "SELECT * WHERE { ?s <http://x/service> ?o }", False),
    ("no mention", "SELECT * WHERE { ?s ?p ?o }", False),
]


@pytest.mark.parametrize(
    ("query", "refused"), [s[1:] for s in SERVICE], ids=[s[0] for s in SERVICE]
)
def test_service_check(query: str, refused: bool) -> None:
    if refused:
        with pytest.raises(Refused) as err:
            check(unescape(query) if "\\u" in query else query, max_chars=10_000)
        assert err.value.status == 403
    else:
        check(query, max_chars=10_000)


def test_check_limits_size_and_emptiness() -> None:
    with pytest.raises(Refused, match="characters"):
        check("ASK {}" + " " * 100, max_chars=50)
    with pytest.raises(Refused, match="empty"):
        check("   ", max_chars=50)


def test_network_svg_is_valid_xml_with_a_link_per_node() -> None:
    me = OrgRef(iri="urn:o", key="会社", label="会社")
    notice = NoticeRef(iri="urn:n", id="n1", title="通知")
    basis = ProvisionRef(iri="urn:p", article="148", paragraph=1, label="法第148条第1項")
    action = ActionSummary(
        iri="urn:a", type="Recommendation", term="勧告", notice=notice, legal_basis=basis
    )
    org = Organization(**me.model_dump(), kinds=["Company"], notices=[notice], actions=[action])
    g = network(org)
    assert set(g.nodes) == {"urn:o", "urn:n", "urn:a", "urn:p"}
    svg = ET.fromstring(str(render_svg(g, "図")))
    ns = {"s": "http://www.w3.org/2000/svg"}
    assert len(svg.findall(".//s:circle", ns)) == 4
    assert {a.get("href") for a in svg.findall(".//s:a", ns)} == {
        "/organizations/%E4%BC%9A%E7%A4%BE",
        "/notices/n1",
    }


def big_org(actions: int) -> Organization:
    """An organization with `actions` actions in as many notices, under as many articles."""
    me = OrgRef(iri="urn:o", key="大きな会社", label="株式会社とても長い名前の大きな会社")
    found = []
    for i in range(actions):
        notice = NoticeRef(iri=f"urn:n{i}", id=f"notice-{i}", title="通知")
        basis = ProvisionRef(
            iri=f"urn:p{i}", statute_key="L", article=str(i + 1), label=f"長い法律の名前第{i + 1}条"
        )
        found.append(
            ActionSummary(
                iri=f"urn:a{i}", type="Order", term="業務改善命令", notice=notice, legal_basis=basis
            )
        )
    notices = [a.notice for a in found]
    return Organization(**me.model_dump(), kinds=["Company"], notices=notices, actions=found)


def label(text: ET.Element, ns: dict[str, str]) -> str:
    """A node label's shown text (after its hover <title>)."""
    tip = text.find("s:title", ns)
    return (tip.tail if tip is not None else text.text) or ""


@pytest.mark.parametrize("actions", [10, 40, 60, 120], ids=["10", "40", "60", "120"])
def test_a_large_network_stays_readable(actions: int) -> None:
    svg = ET.fromstring(str(render_svg(network(big_org(actions)), "図")))
    ns = {"s": "http://www.w3.org/2000/svg"}
    width, height = (float(x) for x in (svg.get("viewBox") or "").split()[2:])
    circles = svg.findall(".//s:circle", ns)
    points = [(float(c.get("cx") or 0), float(c.get("cy") or 0)) for c in circles]
    assert all(0 <= x <= width and 0 <= y <= height for x, y in points)
    assert len(circles) <= 1 + 20 + 40 + 40 + 1  # capped: the rest is "ほか N 件"
    texts = [label(t, ns) for t in svg.findall(".//s:text", ns)]
    more = [t for t in texts if t.startswith("ほか")]
    acts, notes = actions - 40, actions - 20
    parts = ([f"処分等{acts}件"] if acts > 0 else []) + ([f"通知{notes}件"] if notes > 0 else [])
    assert (more == ["ほか" + "・".join(parts)]) if parts else not more
    assert all(len(t) <= 16 for t in texts)  # short labels; the full one is the <title>
    titles = {t.text for t in svg.findall(".//s:title", ns)}
    assert "長い法律の名前第1条" in titles and "株式会社とても長い名前の大きな会社" in titles
    close = sum(
        1
        for i, (x1, y1) in enumerate(points)
        for x2, y2 in points[i + 1 :]
        if (x1 - x2) ** 2 + (y1 - y2) ** 2 < 12**2
    )
    assert close <= len(points) // 10  # nodes rarely sit on one another


def test_identical_concurrent_selects_run_once() -> None:
    import asyncio
    import json as jsonlib

    from shobun.api import engine as engine_module
    from shobun.api.worker import Answer, Job

    class Counting:
        location, generation, cacheable = "test", 0, False
        calls = 0

        async def run(self, job: Job, timeout: float | None = None) -> Answer:
            Counting.calls += 1
            await asyncio.sleep(0.05)
            body = {"results": {"bindings": [{"n": {"type": "literal", "value": "1"}}]}}
            return Answer(200, body=jsonlib.dumps(body).encode())

    async def ask() -> list[list[dict[str, str]]]:
        fake = Counting()
        return await asyncio.gather(*(engine_module.select(fake, "SELECT ?n {}") for _ in range(5)))  # type: ignore[arg-type]

    assert asyncio.run(ask()) == [[{"n": "1"}]] * 5
    assert Counting.calls == 1


COUNTS = [
    ("no filter", {}, []),
    ("date filter keeps issued", {"issued_from": dt.date(2024, 1, 1)}, ["dcterms:issued"]),
    ("text search keeps title", {"q": "勧告"}, ["dcterms:title"]),
]


@pytest.mark.parametrize(("given", "kept"), [c[1:] for c in COUNTS], ids=[c[0] for c in COUNTS])
def test_the_count_joins_only_the_optionals_a_filter_reads(
    given: dict[str, Any], kept: list[str]
) -> None:
    from shobun.api.queries import NoticeFilter

    where = NoticeFilter(**given).where(counting=True)
    optional = [p for p in ("dcterms:issued", "dcterms:title") if f"OPTIONAL {{ ?n {p}" in where]
    assert optional == kept
    assert all(f"OPTIONAL {{ ?n {p}" in NoticeFilter(**given).where() for p in optional)
