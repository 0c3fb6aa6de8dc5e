"""Manifest metadata on the notice: known columns get their own property."""

from __future__ import annotations

import pytest
from rdflib import XSD, Literal, Namespace
from rdflib.namespace import DCTERMS

from shobun.graph.build import notice_graph
from shobun.parser import notice_name, parse

D, YM = XSD.date, XSD.gYearMonth

SBO = Namespace("https://w3id.org/shobun/ontology#")
UNDATED = "株式会社あおばに対する指導について\n\n金融庁は、株式会社あおばに対し、指導を行った。"
DATED = "令和6年1月31日\n金融庁\n\n" + UNDATED


@pytest.mark.parametrize(
    ("text", "metadata", "prop", "value"),
    [
        (
            UNDATED,
            {"source_url": "https://example.org/a.pdf"},
            SBO.sourceUrl,
            Literal("https://example.org/a.pdf", datatype=XSD.anyURI),
        ),
        (UNDATED, {"published": "2024-02-01"}, DCTERMS.issued, Literal("2024-02-01", datatype=D)),
        (UNDATED, {"published": "令和6年2月"}, DCTERMS.issued, Literal("2024-02", datatype=YM)),
        (DATED, {"published": "2024-02-01"}, DCTERMS.issued, Literal("2024-01-31", datatype=D)),
        (UNDATED, {"category": "press"}, SBO.sourceMetadata, Literal("category=press")),
    ],
    ids=["source-url", "iso-date-where-none", "wareki-month", "text-date-wins", "other-column"],
)
def test_manifest_columns_land_on_the_notice(
    text: str, metadata: dict[str, str], prop: object, value: Literal
) -> None:
    iri, graph = notice_graph(parse(text), metadata=metadata)
    assert list(graph.objects(iri, prop)) == [value]


@pytest.mark.parametrize(
    ("path", "name"),
    [
        ("corpus/ppc-2024-01.md", "ppc-2024-01"),
        ("令和6年 処分.pdf", "令和6年-処分"),
        ("!!!.txt", "0" * 16),
    ],
    ids=["latin", "japanese-file-names-keep-their-letters", "nothing-left-gives-the-hash"],
)
def test_notice_names(path: str, name: str) -> None:
    assert notice_name(path, "0" * 64) == name
