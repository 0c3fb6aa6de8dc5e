"""What the remote store sends, without a server: update requests under the size cap
that leave the same store as one request, the bookkeeping last; the URLs and
credentials from the command line, the settings and the URL."""

from __future__ import annotations

import httpx
import pyoxigraph as ox
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from shobun.core.settings import Settings
from shobun.graph import updates
from shobun.graph.endpoint import remote_for, split_credentials
from shobun.graph.terms import META_GRAPH

META = f"<{META_GRAPH}>"


def rows(sizes: list[int], shared: int) -> list[updates.Row]:
    """Notices with `sizes[i]` triples of their own and `shared` triples they all assert."""
    out: list[updates.Row] = []
    for i, n in enumerate(sizes):
        own = [f'<urn:s:{i}> <urn:p:{j}> "値 {j}\u2028x" .\n' for j in range(n)]
        common = [f"<urn:shared> <urn:p:{j}> <urn:o> .\n" for j in range(shared)]
        out.append((f"urn:notice:{i}", f"n{i}", f"k{i}", "".join(own + common)))
    return out


def apply(requests: list[str], start: str = "") -> list[str]:
    store = ox.Store()
    if start:
        store.update(start)
    for request in requests:
        store.update(request)
    return sorted(str(q) for q in store)


@settings(max_examples=30, deadline=None)
@given(
    sizes=st.lists(st.integers(0, 60), min_size=1, max_size=6),
    shared=st.integers(0, 5),
    cap_statements=st.integers(4, 200),
    cap_bytes=st.integers(600, 20_000),
    union=st.sampled_from([None, "urn:union"]),
    on_server=st.lists(st.booleans(), min_size=6, max_size=6),
)
def test_split_requests_leave_the_store_one_request_would(
    sizes: list[int],
    shared: int,
    cap_statements: int,
    cap_bytes: int,
    union: str | None,
    on_server: list[bool],
) -> None:
    """Notices already on the server (an older version) are replaced; the others added."""
    records = rows(sizes, shared)
    stored = {r[0] for r, there in zip(records, on_server, strict=False) if there}
    older = [
        (r[0], r[1], "old", r[3] + "<urn:old> <urn:p> 1 .\n") for r in records if r[0] in stored
    ]
    old = updates.insert_ops(older, union) if older else ""
    cap = updates.Cap(cap_bytes, cap_statements)
    requests = updates.write_requests(records, union, cap, stored)
    whole = updates.replace_request(records, stored, union)
    assert apply(requests, old) == apply([whole], old)
    assert "<urn:old>" not in "".join(apply(requests, old))
    if len(requests) > 1:
        for request in requests:
            if request.startswith("INSERT DATA"):
                lines = request.count(" .\n") - request.count(META) * 2
                assert len(request.encode()) <= cap_bytes + 600 and lines <= cap_statements
        assert META in requests[-1] and "<urn:s:" not in requests[-1]  # bookkeeping last


CREDENTIALS = {
    "no credentials": ("http://h:1/sparql", ("http://h:1/sparql", None, None)),
    "user and password": ("http://u:p%40ss@h:1/q", ("http://h:1/q", "u", "p@ss")),
    "user only": ("https://u@h/q?x=1", ("https://h/q?x=1", "u", None)),
    "IPv6 host": ("http://u:p@[::1]:8/q", ("http://[::1]:8/q", "u", "p")),
}


@pytest.mark.parametrize(("url", "split"), list(CREDENTIALS.values()), ids=list(CREDENTIALS))
def test_credentials_come_out_of_urls(url: str, split: tuple[str, str | None, str | None]) -> None:
    assert split_credentials(url) == split


LAYOUTS = {
    "Oxigraph server: derived, N-Quads writes": (
        {"endpoint": "http://h/query"},
        ("http://h/query", "http://h/update", "http://h/store", "quads"),
    ),
    "Fuseki: derived, SPARQL Update writes": (
        {"endpoint": "http://h/ds/sparql"},
        ("http://h/ds/sparql", "http://h/ds/update", "http://h/ds/data", "update"),
    ),
    "Fuseki dataset URL: all three there, SPARQL Update writes": (
        {"endpoint": "http://h/ds"},
        ("http://h/ds", "http://h/ds", "http://h/ds", "update"),
    ),
    "Fuseki's …/ds/query with its graph store named: SPARQL Update to …/ds/update": (
        {"endpoint": "http://h/ds/query", "store": "http://h/ds/data"},
        ("http://h/ds/query", "http://h/ds/update", "http://h/ds/data", "update"),
    ),
    "Virtuoso: flags": (
        {"endpoint": "http://h/sparql", "update": "http://h/sparql-auth", "store": "http://h/g"},
        ("http://h/sparql", "http://h/sparql-auth", "http://h/g", "update"),
    ),
    "an Oxigraph query URL with another graph store: updates": (
        {"endpoint": "http://h/query", "store": "http://h/elsewhere"},
        ("http://h/query", "http://h/update", "http://h/elsewhere", "update"),
    ),
}


@pytest.mark.parametrize(("given_", "expected"), list(LAYOUTS.values()), ids=list(LAYOUTS))
def test_urls_from_flags_and_derivation(given_: dict[str, str], expected: tuple[str, ...]) -> None:
    r = remote_for(Settings(), **given_)
    assert (r.query, r.update, r.store, r.write) == expected


def sent_headers(**env: str) -> httpx.Headers:
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200)

    remote = remote_for(Settings(**env), "http://user:from-url@h/query")  # type: ignore[arg-type]
    with httpx.Client(transport=httpx.MockTransport(handler), auth=remote.auth()) as client:
        client.get("http://h/query")
    assert "from-url" not in repr(remote) and "tok" not in repr(remote)
    return seen[0].headers


def test_bearer_token_wins_over_a_password() -> None:
    assert sent_headers(endpoint_token="tok")["authorization"] == "Bearer tok"


def test_basic_from_the_url_or_the_settings() -> None:
    assert sent_headers()["authorization"] == "Basic dXNlcjpmcm9tLXVybA=="  # user:from-url
    settings_auth = sent_headers(endpoint_user="a", endpoint_password="b")["authorization"]
    assert settings_auth == "Basic YTpi"  # a:b


def test_digest_waits_for_the_challenge() -> None:
    assert "authorization" not in sent_headers(endpoint_auth="digest")


def test_messages_are_redacted() -> None:
    remote = remote_for(Settings(endpoint_token="tok-123"), "http://u:pw-456@h/query")  # type: ignore[arg-type]
    assert remote.redact("failed: tok-123 pw-456") == "failed: *** ***"
