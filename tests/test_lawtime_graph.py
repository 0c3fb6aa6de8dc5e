"""Law in time in the graph: the contract's bar, end to end from text (a 2019 APPI 勧告
under 第42条第1項 for a 第20条 violation links to 第148条第1項 and 第23条 (安全管理措置)
and never shares today's 第20条), statutes' titles and e-Gov links, SHACL."""

from __future__ import annotations

import pyshacl
import pytest
from rdflib import RDFS, Graph, Literal, Namespace, URIRef
from rdflib.namespace import SKOS

from shobun.graph.build import notice_graph
from shobun.ontology import load_shapes
from shobun.parser import parse

SBO = Namespace("https://w3id.org/shobun/ontology#")
LAW = "https://w3id.org/shobun/id/law/415AC0000000057"

TEMPLATE = """{date}
個人情報保護委員会

株式会社テスト商事に対する個人情報の保護に関する法律に基づく勧告について

個人情報保護委員会は、本日、株式会社テスト商事に対し、個人情報の保護に関する法律(平成15年法律第57号。以下「法」という。)第{basis}の規定に基づき、勧告を行った。
同社は、法第{duty}に規定する措置を講じていなかった。
"""


def graph(date: str, basis: str, duty: str, name: str) -> Graph:
    return notice_graph(parse(TEMPLATE.format(date=date, basis=basis, duty=duty), name))[1]


@pytest.fixture(scope="module")
def old() -> Graph:
    return graph("令和元年7月10日", "42条第1項", "20条", "t2019")


@pytest.fixture(scope="module")
def new() -> Graph:
    return graph("令和6年7月10日", "148条第1項", "23条", "t2024")


def one(g: Graph, s: URIRef | None, p: URIRef) -> URIRef | Literal:
    (o,) = list(g.objects(s, p))
    return o  # type: ignore[return-value]


def test_2019_recommendation_links_to_today(old: Graph) -> None:
    (action,) = old.subjects(SBO.legalBasis, None)
    basis = one(old, action, SBO.legalBasis)
    assert basis == URIRef(f"{LAW}/version/2017-05-30/article/42/paragraph/1")
    assert one(old, basis, SBO.currentProvision) == URIRef(f"{LAW}/article/148/paragraph/1")
    (violation,) = old.subjects(SBO.violatedProvision, None)
    duty = one(old, violation, SBO.violatedProvision)
    assert duty == URIRef(f"{LAW}/version/2017-05-30/article/20")
    assert duty != URIRef(f"{LAW}/article/20"), "never today's 第20条 (適正な取得)"
    today = one(old, duty, SBO.currentProvision)
    assert today == URIRef(f"{LAW}/article/23")
    assert one(old, duty, SBO.caption) == Literal("安全管理措置", lang="ja")
    assert one(old, today, SBO.caption) == Literal("安全管理措置", lang="ja")
    assert one(old, duty, SBO.article) == Literal("20"), "the number as cited"


def test_same_duty_across_versions_meets_in_one_node(old: Graph, new: Graph) -> None:
    union = old + new
    q = f"""SELECT DISTINCT ?cited WHERE {{
      ?v <{SBO.violatedProvision}> ?cited . ?cited <{SBO.currentProvision}> <{LAW}/article/23> }}"""
    cited = {str(r[0]) for r in union.query(q)}  # type: ignore[index]
    assert cited == {f"{LAW}/version/2017-05-30/article/20", f"{LAW}/article/23"}


def test_statute_title_and_e_gov_link(old: Graph) -> None:
    statute = URIRef(LAW)
    assert one(old, statute, RDFS.seeAlso) == URIRef("https://laws.e-gov.go.jp/law/415AC0000000057")
    assert one(old, statute, SBO.currentTitle) == Literal("個人情報の保護に関する法律")


def test_renamed_statute_by_short_name() -> None:
    text = (
        "令和7年3月1日\n公正取引委員会\n\n株式会社テスト工業に対する勧告について\n\n"
        "公正取引委員会は、本日、株式会社テスト工業に対し、下請法第7条第2項の規定に基づき勧告を行った。\n"
    )
    g = notice_graph(parse(text, "t2025"))[1]
    statute = URIRef("https://w3id.org/shobun/id/law/331AC0000000120")
    assert one(g, statute, RDFS.label) == Literal("下請代金支払遅延等防止法")
    assert str(one(g, statute, SBO.currentTitle)).startswith("製造委託等に係る")
    assert list(g.objects(statute, SKOS.altLabel)) == []
    basis = URIRef(f"{statute}/version/2004-04-01/article/7/paragraph/2")
    assert one(g, basis, SBO.currentProvision) == URIRef(f"{statute}/article/10/paragraph/1")


@pytest.mark.parametrize("which", ["old", "new"])
def test_graph_conforms(which: str, request: pytest.FixtureRequest) -> None:
    g: Graph = request.getfixturevalue(which)
    conforms, _, report = pyshacl.validate(g, shacl_graph=load_shapes())
    assert conforms, report
