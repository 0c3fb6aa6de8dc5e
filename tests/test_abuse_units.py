"""Issue 11's cases that need no server: the memory cap's default, health asking the
store once per state, and the ingest benchmark's last phase without oxrdflib."""

from __future__ import annotations

import asyncio
import importlib.util
import sys
from pathlib import Path
from typing import Any

import pytest

from shobun.api import settings as api_settings
from shobun.api.routers import analytics
from shobun.api.settings import ApiSettings
from shobun.api.worker import Answer, Job

ROOT = Path(__file__).resolve().parents[1]

# (machine MB, SHOBUN_SPARQL_MEMORY_MB, SPARQL workers, cap MB)
CAPS = {
    "default: half the machine shared by the workers": (16_000, 0, 2, 4_000),
    "default with one worker": (16_000, 0, 1, 8_000),
    "default never under 256 MB": (600, 0, 4, 256),
    "the setting wins": (16_000, 300, 2, 300),
}


@pytest.mark.parametrize(("machine", "given", "workers", "cap"), CAPS.values(), ids=list(CAPS))
def test_the_memory_cap_defaults_from_the_machine(
    monkeypatch: pytest.MonkeyPatch, machine: int, given: int, workers: int, cap: int
) -> None:
    monkeypatch.setattr(api_settings, "machine_memory_mb", lambda: machine)
    settings = ApiSettings(sparql_memory_mb=given, sparql_workers=workers)
    assert settings.memory_cap_mb() == cap


class CountingEngine:
    """Answers `notices` with 3 IRIs and counts the jobs it was sent."""

    location = "fake"
    cacheable = True

    def __init__(self) -> None:
        self.generation = 0
        self.jobs: list[str] = []

    async def run(self, job: Job, timeout: float | None = None) -> Answer:
        self.jobs.append(job.op)
        return Answer(200, value=["a", "b", "c"])


def test_health_asks_the_store_once_per_state() -> None:
    engine = CountingEngine()

    async def checks() -> list[int]:
        counts = [(await analytics.health(engine)).notices for _ in range(5)]  # type: ignore[arg-type]
        engine.generation += 1  # an update: the store changed
        return [*counts, (await analytics.health(engine)).notices]  # type: ignore[arg-type]

    assert asyncio.run(checks()) == [3] * 6
    assert engine.jobs == ["notices", "notices"]


def test_the_ingest_benchmarks_last_phase_runs_without_oxrdflib() -> None:
    """`benchmarks/ingest.py`'s rdflib → Oxigraph phase measures the oxrdflib copy only
    where oxrdflib is installed (no extra of shobun installs it), and runs either way."""
    sys.path.insert(0, str(ROOT / "benchmarks"))
    try:
        import ingest_query
    finally:
        sys.path.remove(str(ROOT / "benchmarks"))
    result: dict[str, Any] = ingest_query.phase_boundary(ROOT / "corpus")
    installed = importlib.util.find_spec("oxrdflib") is not None
    assert (result["oxrdflib_copy_ms"] is not None) == installed
    for key in ("nt_serialize_ms", "nt_bulk_load_ms", "term_convert_extend_ms"):
        assert result[key] > 0
