"""The notice and action lists from the index (`api.index`, `api.services.lists`) give
what the same lists give by SPARQL alone, for every filter and sort, on the corpus and
generated notices; the answers kept as bytes (`api.answers`) follow an update."""

from __future__ import annotations

import asyncio
import datetime as dt
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest
from starlette.datastructures import URL

from shobun.api import queries
from shobun.api.services import actions, lists, notices
from shobun.api.vocab import SBO, Keys
from shobun.api.worker import Answer, Handler, Job
from shobun.core.settings import DEFAULT_BASE
from shobun.graph.store import EmbeddedStore

if TYPE_CHECKING:
    from collections.abc import Callable

    from conftest_api import Server

pytest_plugins = ["conftest_api"]
ROOT = Path(__file__).resolve().parents[1]


class Engine:
    """A query engine over a store opened in this process: `cacheable` chooses the
    index (True) or SPARQL alone (False)."""

    generation = 0

    def __init__(self, store: EmbeddedStore, cacheable: bool) -> None:
        self.handler = Handler(store)
        self.location = store.location
        self.cacheable = cacheable

    async def start(self) -> None:
        return None

    async def run(self, job: Job, timeout: float | None = None) -> Answer:
        return self.handler.handle(job)

    async def exclusive(self, job: Job) -> Answer:
        raise NotImplementedError

    async def close(self) -> None:
        return None


@pytest.fixture(scope="module")
def engines(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Engine, Engine]]:
    """The corpus and 40 generated notices (recurring companies, five regulators)."""
    sys.path.insert(0, str(ROOT / "benchmarks"))
    import gen_corpus

    from shobun.graph.ingest import Options, ingest

    root = tmp_path_factory.mktemp("index")
    gen_corpus.generate(40, root / "generated")
    with EmbeddedStore(root / "store") as store:
        ingest(store, [ROOT / "corpus", root / "generated"], Options(workers=1))
    with EmbeddedStore(root / "store", read_only=True) as store:
        yield Engine(store, True), Engine(store, False)


D = dt.date.fromisoformat
NOTICE_CASES: dict[str, tuple[dict[str, Any], str, int, int]] = {
    "all, newest first": ({}, "-issued", 1, 20),
    "all, second page": ({}, "-issued", 2, 20),
    "all, oldest first": ({}, "issued", 1, 15),
    "all, by title": ({}, "title", 1, 20),
    "all, by title descending": ({}, "-title", 2, 10),
    "all, by id": ({}, "id", 3, 7),
    "past the last page": ({}, "-issued", 99, 20),
    "authority by name": ({"authority": "消費者庁"}, "-issued", 1, 20),
    "authority by part of its name": ({"authority": "金融"}, "issued", 1, 20),
    "authority matches nothing": ({"authority": "存在しない庁"}, "-issued", 1, 20),
    "action type": ({"action_type": "Recommendation"}, "-issued", 1, 20),
    "another action type": ({"action_type": "BusinessImprovementOrder"}, "id", 1, 5),
    "issued from": ({"issued_from": D("2023-04-01")}, "-issued", 1, 20),
    "issued between": (
        {"issued_from": D("2022-01-01"), "issued_to": D("2024-06-30")},
        "issued",
        1,
        20,
    ),
    "addressee by part of a name": ({"addressee": "データ"}, "-issued", 1, 20),
    "addressee in full-width letters": ({"addressee": "ＮＴＴ"}, "-issued", 1, 20),
    "type and addressee on one action": (
        {"action_type": "Recommendation", "addressee": "商事"},
        "-issued",
        1,
        20,
    ),
    "three filters": (
        {
            "authority": "委員会",
            "action_type": "CeaseAndDesistOrder",
            "issued_from": D("2023-06-01"),
        },
        "-issued",
        1,
        20,
    ),
    "article (by SPARQL) and authority": (
        {"article": "23", "authority": "委員会"},
        "-issued",
        1,
        20,
    ),
    "words (by SPARQL)": ({"q": "命令"}, "title", 1, 20),
}
ACTION_CASES: dict[str, tuple[dict[str, Any], str, int, int]] = {
    "all, newest first": ({}, "-date", 1, 20),
    "all, oldest first, page 2": ({}, "date", 2, 20),
    "all, by type": ({}, "type", 1, 20),
    "type": ({"action_type": "Order"}, "-date", 1, 20),
    "addressee": ({"addressee": "商事"}, "-date", 1, 20),
    "authority": ({"authority": "消費者庁"}, "date", 1, 20),
    "date range": ({"date_from": D("2022-01-01"), "date_to": D("2023-12-31")}, "-date", 1, 20),
    "type and authority": ({"action_type": "Guidance", "authority": "委員会"}, "-date", 1, 9),
    "past the last page": ({}, "-date", 500, 20),
}


def _both(engines: tuple[Engine, Engine], run: Callable[[Engine], Any]) -> tuple[Any, Any]:
    async def go() -> tuple[Any, Any]:
        return (await run(engines[0])).model_dump(), (await run(engines[1])).model_dump()

    return asyncio.run(go())


@pytest.mark.parametrize("case", NOTICE_CASES, ids=NOTICE_CASES)
def test_notice_list_from_the_index_is_the_sparql_list(
    engines: tuple[Engine, Engine], case: str
) -> None:
    filters, sort, page, per_page = NOTICE_CASES[case]
    f = queries.NoticeFilter(**filters)
    paging = (page, per_page, URL("/api/v1/notices"))
    keys = Keys(DEFAULT_BASE)
    indexed, plain = _both(engines, lambda e: notices.list_notices(e, keys, f, sort, paging))  # type: ignore[arg-type]
    assert indexed == plain
    assert plain["total"] > 0 or "nothing" in case or "past" in case


@pytest.mark.parametrize("case", ACTION_CASES, ids=ACTION_CASES)
def test_action_list_from_the_index_is_the_sparql_list(
    engines: tuple[Engine, Engine], case: str
) -> None:
    filters, sort, page, per_page = ACTION_CASES[case]
    f = queries.ActionFilter(**filters)
    paging = (page, per_page, URL("/api/v1/actions"))
    keys = Keys(DEFAULT_BASE)
    indexed, plain = _both(engines, lambda e: actions.list_actions(e, keys, f, sort, paging))  # type: ignore[arg-type]
    assert indexed == plain
    assert plain["total"] > 0 or "past" in case


def test_the_index_is_read_once_per_generation(engines: tuple[Engine, Engine]) -> None:
    engine = engines[0]

    async def twice() -> tuple[lists.Lookup, lists.Lookup, lists.Lookup]:
        first, again = await asyncio.gather(lists.lookup(engine), lists.lookup(engine))  # type: ignore[arg-type]
        engine.generation += 1
        try:
            return first, again, await lists.lookup(engine)  # type: ignore[arg-type]
        finally:
            engine.generation -= 1

    first, again, after_update = asyncio.run(twice())
    assert first is again and after_update is not first


def test_kept_answers_follow_an_update(make_server: Callable[..., Server]) -> None:
    """A list is sent from the bytes kept for it until an update changes the store;
    then the next list says what the update did."""
    token = "index-test-token"
    server = make_server(update_token=token)
    before = server.client.get("/api/v1/notices", params={"per_page": 100})
    again = server.client.get("/api/v1/notices", params={"per_page": 100})
    assert before.status_code == 200 and before.content == again.content
    new = "https://example.org/notice/new"
    insert = (
        f"INSERT DATA {{ <{new}> a <{SBO}Notice> ; "
        f'<http://purl.org/dc/terms/issued> "2099-01-01" }}'
    )
    r = server.client.post(
        "/sparql/update", data={"update": insert}, headers={"Authorization": f"Bearer {token}"}
    )
    assert r.status_code == 204, r.text
    after = server.client.get("/api/v1/notices", params={"per_page": 100}).json()
    assert after["total"] == before.json()["total"] + 1
    assert after["items"][0]["iri"] == new
