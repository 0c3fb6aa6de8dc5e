"""Branched items (第3号の2) in the graph: an IRI of their own, never item 3's; `sbo:item`
an xsd:string in the article's form where an item is branched and an xsd:integer where it
is not (the extension of the contract in `ontology/shobun.ttl`); the shapes accept both
and nothing else; any 第N号(のM)* round-trips through its IRI."""

from __future__ import annotations

import json

import pyshacl
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from rdflib import XSD, Graph, Literal, Namespace, URIRef

from shobun.core.numbering import item_label, parse_item, plain_items_between
from shobun.core.vocabulary import IRIs
from shobun.graph.build import notice_graph
from shobun.ontology import load_shapes
from shobun.parser import parse, serialize

SBO = Namespace("https://w3id.org/shobun/ontology#")
LAW = "https://w3id.org/shobun/id/law/415AC0000000057"
NOTICE = """令和7年9月12日
個人情報保護委員会

株式会社あおば運輸に対する個人情報の保護に関する法律に基づく勧告について

個人情報保護委員会は、本日、株式会社あおば運輸に対し、個人情報の保護に関する法律(平成15年法律第57号。以下「法」という。)第148条第1項の規定に基づき、勧告を行った。
同社は、法第27条第1項第3号及び第3号の2並びに第2号の3の2に掲げる場合に該当しないにもかかわらず、個人データを第三者に提供していた。
"""


@pytest.fixture(scope="module")
def graph() -> Graph:
    return notice_graph(parse(NOTICE, "aoba-2025"))[1]


def item_of(g: Graph, iri: str) -> Literal:
    (value,) = g.objects(URIRef(iri), SBO.item)
    assert isinstance(value, Literal)
    return value


ITEMS = [
    ("/item/3", Literal(3, datatype=XSD.integer)),
    ("/item/3%E3%81%AE2", Literal("3の2")),
    ("/item/2%E3%81%AE3%E3%81%AE2", Literal("2の3の2")),
]


@pytest.mark.parametrize(
    ("tail", "literal"), ITEMS, ids=["plain-integer", "branched-string", "chained-string"]
)
def test_each_item_is_its_own_provision_with_its_literal(
    graph: Graph, tail: str, literal: Literal
) -> None:
    iri = f"{LAW}/article/27/paragraph/1{tail}"
    assert (URIRef(iri), SBO.article, Literal("27")) in graph
    value = item_of(graph, iri)
    assert value == literal and value.datatype == literal.datatype


def test_the_branched_item_is_not_item_3(graph: Graph) -> None:
    provisions = {str(p) for p in graph.objects(None, SBO.cites)}
    items = {p for p in provisions if "/item/" in p}
    assert len(items) == 3, items
    assert {str(item_of(graph, p)) for p in items} == {"3", "3の2", "2の3の2"}


def test_the_graph_conforms_to_the_shapes(graph: Graph) -> None:
    conforms, _, report = pyshacl.validate(graph, shacl_graph=load_shapes())
    assert conforms, report


SHAPE_VALUES = [
    (Literal(3, datatype=XSD.integer), True),
    (Literal("3の2"), True),
    (Literal("2の3の2"), True),
    (Literal("3"), False),  # a plain item is an integer, never its string
    (Literal("3の0"), False),
    (Literal("3の"), False),
    (Literal("三の二"), False),
    (Literal(0, datatype=XSD.integer), False),
    (Literal("3の2", lang="ja"), False),
]


@pytest.mark.parametrize(
    ("value", "ok"),
    SHAPE_VALUES,
    ids=["integer", "branch", "chain", "digits-as-string", "branch-zero", "open-branch",
         "kanji", "zero", "language-tagged"],
)  # fmt: skip
def test_the_item_shape(graph: Graph, value: Literal, ok: bool) -> None:
    iri = URIRef(f"{LAW}/article/27/paragraph/1/item/3%E3%81%AE2")
    g = Graph()
    for triple in graph:
        g.add(triple)
    g.remove((iri, SBO.item, None))
    g.add((iri, SBO.item, value))
    conforms, _, report = pyshacl.validate(g, shacl_graph=load_shapes())
    assert conforms == ok, report


KANJI = "〇一二三四五六七八九"


def kanji(n: int) -> str:
    """12 → 十二, 40 → 四十, 7 → 七 (numbers below 100, as items are)."""
    tens, ones = divmod(n, 10)
    return (
        (KANJI[tens] if tens > 1 else "") + ("十" if tens else "") + (KANJI[ones] if ones else "")
    )


numbers = st.lists(st.integers(min_value=1, max_value=99), min_size=1, max_size=4)


@settings(max_examples=60, deadline=None)  # each example parses a notice
@given(numbers, st.booleans())
def test_any_item_round_trips_through_its_iri(parts: list[int], in_kanji: bool) -> None:
    write = kanji if in_kanji else str
    written = f"第{write(parts[0])}号" + "".join(f"の{write(p)}" for p in parts[1:])
    notice = parse(f"令和7年9月12日\n個人情報保護委員会\n\n法第5条第1項{written}に該当する。\n")
    (cite,) = notice.citations
    assert cite.item == (parts[0] if len(parts) == 1 else "の".join(map(str, parts)))
    assert item_label(cite.item) == f"第{parts[0]}号" + "".join(f"の{p}" for p in parts[1:])
    iri = IRIs.provision(LAW, "5", 1, cite.item, None)
    back = IRIs.provision_parts(iri)
    assert back is not None and (back.article, back.paragraph, back.item) == ("5", 1, cite.item)
    if len(parts) > 1:
        assert iri != IRIs.provision(LAW, "5", 1, parts[0], None), "never the plain item's IRI"


@given(numbers, numbers)
def test_a_range_lists_only_plain_items_inside_it(a: list[int], b: list[int]) -> None:
    start, end = (parse_item("の".join(map(str, x))) for x in (a, b))
    assert start is not None and end is not None
    members = list(plain_items_between(start, end))
    assert all(a[0] < m <= b[0] for m in members)
    assert b[0] not in members or len(b) > 1, "a plain end is cited by itself, not as a member"


@pytest.mark.parametrize(
    "text", ["", "0", "03", "3の", "の2", "3の0", "三", "3の2 ", "3-2"], ids=repr
)
def test_parse_item_refuses_what_is_no_item(text: str) -> None:
    assert parse_item(text) is None


def test_the_json_model_keeps_the_branched_item() -> None:
    notice = parse(NOTICE, "aoba-2025")
    data = serialize.to_dict(notice)
    assert {c["item"] for c in data["citations"] if c["item"] is not None} == {3, "3の2", "2の3の2"}
    assert serialize.from_dict(json.loads(json.dumps(data))) == notice


PARTS = [
    (f"{LAW}/article/27/paragraph/1/item/3", ("27", 1, 3, None)),
    (f"{LAW}/article/27/paragraph/1/item/3%E3%81%AE2", ("27", 1, "3の2", None)),
    (f"{LAW}/article/16%E3%81%AE4/item/2%E3%81%AE3%E3%81%AE2", ("16の4", None, "2の3の2", None)),
    (f"{LAW}/version/2017-05-30/article/23/paragraph/1/item/5%E3%81%AE2", ("23", 1, "5の2", "2017-05-30")),
    (f"{LAW}/article/27/paragraph/1/item/03", None),
    (f"{LAW}/article/27/paragraph/1/item/%E4%B8%89", None),  # 三
    (f"{LAW}/article/27/item/3/extra", None),
]  # fmt: skip


@pytest.mark.parametrize(
    ("iri", "parts"),
    PARTS,
    ids=["plain", "branched", "chained-under-branched-article", "versioned", "leading-zero",
         "kanji", "trailing-segment"],
)  # fmt: skip
def test_a_provision_iri_reads_back_its_numbers(
    iri: str, parts: tuple[str, int | None, int | str, str | None] | None
) -> None:
    back = IRIs.provision_parts(iri)
    if parts is None:
        assert back is None
        return
    assert back is not None and back.statute == LAW
    assert (back.article, back.paragraph, back.item, back.version) == parts
    assert IRIs.provision(LAW, back.article, back.paragraph, back.item, back.version) == iri
