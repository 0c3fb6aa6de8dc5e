"""The query check without a server: SERVICE found on tokens, nesting refused, any text
answered with `Refused` or nothing, and never a SERVICE that rdflib's parser sees missed."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pyparsing import ParseException
from rdflib.plugins.sparql.parser import parseQuery

from shobun.api.check import MAX_DEPTH, Refused, check, depth, service_keywords

SERVICE = [
    ("keyword", "SELECT * { SERVICE <http://x/> { ?s ?p ?o } }", 1),
    ("lower case, silent", "select * { service silent <http://x/> { ?s ?p ?o } }", 1),
    ("after a triple's dot", "SELECT * { ?s ?p ?o .SERVICE <http://x/> { } }", 1),
    ("after a number and dot", "SELECT * { ?s ?p 1.SERVICE<http://x/>{} }", 1),
    ("after a brace", "SELECT * {{}SERVICE?x{}}", 1),
    ("two of them", "ASK { SERVICE <a:> {} SERVICE <b:> {} }", 2),
    ("variable", "SELECT ?service { ?service ?p ?o }", 0),
    ("$variable", "SELECT $service { $service ?p ?o }", 0),
    ("local name", "SELECT * { ?s ex:service ?o }", 0),
    ("prefix", "PREFIX service: <http://x/> SELECT * { ?s service:p ?o }", 0),
    ("blank node label", "SELECT * { _:service ?p ?o }", 0),
    ("in an IRI", "SELECT * { ?s <http://x/service#SERVICE> ?o }", 0),
    ("in a string", "ASK { FILTER('SERVICE <x> {}' != \"service\") }", 0),
    ("in a long string", 'ASK { FILTER("""a "quoted" SERVICE""" != "") }', 0),
    ("in a comment", "ASK { # SERVICE <http://x/> {}\n}", 0),
    ("string then keyword", "ASK { ?s ?p 'x' SERVICE <a:> {} }", 1),
    ("escaped quote in a string", "ASK { ?s ?p 'it\\'s' SERVICE <a:> {} }", 1),
    ("unterminated string", "ASK { ?s ?p 'x SERVICE <a:> {} }", 0),
    ("less-than, not an IRI", "ASK { FILTER(?a<?b) SERVICE<a:>{} }", 1),
]


@pytest.mark.parametrize(("query", "found"), [s[1:] for s in SERVICE], ids=[s[0] for s in SERVICE])
def test_service_keywords_are_found_on_tokens(query: str, found: int) -> None:
    assert service_keywords(query) == found


def test_an_escaped_keyword_is_refused() -> None:
    with pytest.raises(Refused) as err:
        check("SELECT * { \\u0053ERVICE <http://x/> { ?s ?p ?o } }", max_chars=1000)
    assert err.value.status == 403


DEPTH = [
    ("flat", "SELECT * { ?s ?p ?o }", 1),
    ("filter", "ASK { FILTER((1)) }", 3),
    ("brackets in a string", "ASK { FILTER(')))(((' != '') }", 2),
    ("brackets in an IRI", "ASK { <a:(((> ?p ?o }", 1),
    ("closing too many", "ASK { } ) ) ) { }", 1),
]


@pytest.mark.parametrize(("query", "deepest"), [d[1:] for d in DEPTH], ids=[d[0] for d in DEPTH])
def test_depth_counts_brackets_outside_strings_and_iris(query: str, deepest: int) -> None:
    assert depth(query) == deepest


@pytest.mark.parametrize("bracket", ["(", "{", "["])
def test_nesting_beyond_the_limit_is_refused_with_400(bracket: str) -> None:
    closing = {"(": ")", "{": "}", "[": "]"}[bracket]
    at_limit = "ASK " + bracket * MAX_DEPTH + closing * MAX_DEPTH
    check(at_limit, max_chars=100_000)
    with pytest.raises(Refused) as err:
        check("ASK " + bracket * 5000 + closing * 5000, max_chars=100_000)
    assert (err.value.status, err.value.code) == (400, "too_deep")
    assert f"limit is {MAX_DEPTH}" in err.value.message


TRIPLES = st.sampled_from(
    [
        "?s ?p ?o",
        "?service ex:service 'SERVICE'",
        "_:service <http://x/service> 1",
        '?s ?p """ SERVICE <a:> {} """',
        "?s ?p 1",
        "?s ex:p ex:service",
    ]
)
SEPARATORS = st.sampled_from([" . ", ".", " .\n", " # SERVICE <a:> {}\n"])
KEYWORD = st.sampled_from(["SERVICE", "service", "SeRvIcE", "SERVICE SILENT", "\\u0053ERVICE"])
ENDPOINT = st.sampled_from(["<http://x/>", "?service", " <a:>", "?s"])


def _groups(inner: st.SearchStrategy[str]) -> st.SearchStrategy[str]:
    element = (
        TRIPLES
        | st.builds("{}{} {{ {} }}".format, KEYWORD, ENDPOINT, inner)
        | inner.map("OPTIONAL {{ {} }}".format)
        | inner.map("{{ {} }}".format)
        | st.just("FILTER(?a<?b)")
    )
    return st.lists(element, min_size=1, max_size=4).flatmap(
        lambda parts: SEPARATORS.map(lambda sep: sep.join(parts))
    )


PATTERNS = st.recursive(TRIPLES, _groups, max_leaves=8)
QUERIES = PATTERNS.map("PREFIX ex: <http://x/> SELECT * WHERE {{ {} }}".format)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(QUERIES)
def test_no_service_that_rdflib_parses_is_missed(query: str) -> None:
    try:
        tree = parseQuery(query.replace("\\u0053", "S"))
    except (ParseException, RecursionError):
        return
    if "ServiceGraphPattern" in repr(tree):
        with pytest.raises(Refused):
            check(query, max_chars=100_000)
    else:
        check(query, max_chars=100_000)


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=2000) | QUERIES)
def test_any_text_is_refused_cleanly_or_passed(text: str) -> None:
    try:
        check(text, max_chars=1000)
    except Refused as err:
        assert err.status in (400, 403, 413)
