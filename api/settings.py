"""The server's settings: `shobun.core.settings.Settings` plus what only the server needs."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Annotated

from pydantic import Field
from pydantic_settings import SettingsConfigDict

from shobun.core.settings import Settings


class ApiSettings(Settings):
    """Environment variables `SHOBUN_*`; the shared ones (store, endpoint, limits,
    update token, CORS origins) come from `Settings`."""

    model_config = SettingsConfigDict(env_prefix="SHOBUN_", frozen=True)

    sparql_workers: Annotated[int, Field(ge=1)] = 2
    """Query worker processes (each opens the store read-only); a runaway query holds one."""
    sparql_queue_s: float = 30.0
    """How long a request may wait for a free worker before it gets a 503."""
    sparql_max_query_chars: int = 100_000
    sparql_load_hosts: tuple[str, ...] = ()
    """Hosts a SPARQL Update's LOAD may fetch from (none by default: LOAD is refused)."""
    dump_dir: Path | None = None
    """A folder of dumps made by `shobun export` (served at /dumps/, listed in VoID)."""
    api_workers: Annotated[int, Field(ge=0)] = 1
    """Query workers kept for the JSON API and pages (SPARQL never uses them), so that
    runaway SPARQL queries cannot stall them; 0: they share the SPARQL workers."""
    sparql_queue_max: Annotated[int, Field(ge=1)] = 64
    """SPARQL requests that may wait for a worker; past it, 503 with Retry-After."""
    sparql_memory_mb: int = 0
    """Resident memory a query worker may use before its query is stopped with a 503 and
    the worker replaced; 0: half the machine's memory shared by the workers."""

    def memory_cap_mb(self) -> int:
        """`sparql_memory_mb`, or its default from the machine's memory (at least 256 MB)."""
        if self.sparql_memory_mb > 0:
            return self.sparql_memory_mb
        return max(256, machine_memory_mb() // 2 // max(1, self.sparql_workers))


def machine_memory_mb() -> int:
    """Physical memory in MB (4 GB where the system does not say)."""
    try:
        return os.sysconf("SC_PHYS_PAGES") * os.sysconf("SC_PAGE_SIZE") // 2**20
    except (AttributeError, ValueError, OSError):
        return 4096
