"""The server's settings: `shobun.settings.Settings` plus what only the server needs."""

from __future__ import annotations

from pathlib import Path

from pydantic_settings import SettingsConfigDict

from shobun.settings import Settings


class ApiSettings(Settings):
    """Environment variables `SHOBUN_*`; the shared ones (store, endpoint, limits,
    update token, CORS origins) come from `Settings`."""

    model_config = SettingsConfigDict(env_prefix="SHOBUN_", frozen=True)

    sparql_workers: int = 2
    """Query worker processes (each opens the store read-only); a runaway query holds one."""
    sparql_queue_s: float = 30.0
    """How long a request may wait for a free worker before it gets a 503."""
    sparql_max_query_chars: int = 100_000
    sparql_load_hosts: tuple[str, ...] = ()
    """Hosts a SPARQL Update's LOAD may fetch from (none by default: LOAD is refused)."""
    dump_dir: Path | None = None
    """A folder of dumps made by `shobun export` (served at /dumps/, listed in VoID)."""
