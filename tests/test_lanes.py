"""`api.lanes.Lanes`: idle workers by lane, waiting jobs served in arrival order.

Each case is a script of steps on one `Lanes` — `put W LANE` (a worker comes free),
`get NAME LANES` (a job starts waiting or takes an idle worker), `cancel NAME` — and
what each job got, in the order jobs got workers; no timing is involved."""

from __future__ import annotations

import asyncio

import pytest

from shobun.api.lanes import Lanes

# (steps, jobs in the order they got a worker → (worker, lane), workers left idle)
CASES = {
    "an idle worker of the first lane is taken at once": (
        ["put w1 sparql", "put w2 api", "get a sparql,api"],
        [("a", "w1", "sparql")],
        ["w2"],
    ),
    "the JSON API takes the reserved worker when the SPARQL ones are busy": (
        ["put w2 api", "get a sparql,api"],
        [("a", "w2", "api")],
        [],
    ),
    "a SPARQL query never takes a reserved worker": (
        ["put w2 api", "get q sparql"],
        [],
        ["w2"],
    ),
    "waiting jobs are served in arrival order, whichever lane frees first": (
        ["get a sparql,api", "get b sparql,api", "put w1 sparql", "put w2 api"],
        [("a", "w1", "sparql"), ("b", "w2", "api")],
        [],
    ),
    "a freed SPARQL worker goes to the first job that may use it": (
        ["get a sparql,api", "get q sparql", "get b sparql,api", "put w2 api", "put w1 sparql"],
        [("a", "w2", "api"), ("q", "w1", "sparql")],
        [],
    ),
    "a reserved worker skips a waiting query for the API call behind it": (
        ["get q sparql", "get a sparql,api", "put w2 api"],
        [("a", "w2", "api")],
        [],
    ),
    "a cancelled job leaves the queue and the next one is served": (
        ["get a sparql,api", "get b sparql,api", "cancel a", "put w1 sparql"],
        [("b", "w1", "sparql")],
        [],
    ),
    "a worker handed to a job cancelled meanwhile goes to the next job": (
        ["get a sparql,api", "get b sparql,api", "put+cancel w1 sparql a"],
        [("b", "w1", "sparql")],
        [],
    ),
    "with no one waiting a freed worker stays idle": (
        ["put w1 sparql", "put w2 sparql"],
        [],
        ["w1", "w2"],
    ),
}


async def play(steps: list[str]) -> tuple[list[tuple[str, str, str]], list[str]]:
    lanes: Lanes[str] = Lanes()
    served: list[tuple[str, str, str]] = []
    tasks: dict[str, asyncio.Task[None]] = {}

    async def job(name: str, wanted: tuple[str, ...]) -> None:
        worker, lane = await lanes.get(wanted)
        served.append((name, worker, lane))

    for step in steps:
        op, *args = step.split()
        if op == "put":
            lanes.put(args[0], args[1])
        elif op == "get":
            tasks[args[0]] = asyncio.create_task(job(args[0], tuple(args[1].split(","))))
        elif op == "cancel":
            tasks[args[0]].cancel()
        else:  # put+cancel: the worker is handed over, then its job is cancelled
            lanes.put(args[0], args[1])
            tasks[args[2]].cancel()
        for _ in range(5):  # let every task run to its next wait
            await asyncio.sleep(0)
    for task in tasks.values():
        task.cancel()
    await asyncio.gather(*tasks.values(), return_exceptions=True)
    return served, sorted(lanes.drain())


@pytest.mark.parametrize(("steps", "served", "idle"), CASES.values(), ids=list(CASES))
def test_lanes(steps: list[str], served: list[tuple[str, str, str]], idle: list[str]) -> None:
    assert asyncio.run(play(steps)) == (served, idle)
