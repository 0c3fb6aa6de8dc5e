"""One settings class for every part of shobun (environment variables `SHOBUN_*`)."""

from __future__ import annotations

import os
import re
from pathlib import Path
from typing import Any, Literal, TypeVar

from pydantic import SecretStr, ValidationError, field_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

from shobun.core.defaults import DEFAULT_MAX_BYTES, ENV_PREFIX
from shobun.core.errors import ShobunError
from shobun.core.vocabulary import DEFAULT_BASE

__all__ = ["DEFAULT_BASE", "DEFAULT_MAX_BYTES", "Settings"]


class Settings(BaseSettings):
    """Settings read from the environment (`SHOBUN_MAX_BYTES=…`) with safe defaults."""

    model_config = SettingsConfigDict(env_prefix=ENV_PREFIX, frozen=True)

    base_iri: str = DEFAULT_BASE
    max_bytes: int = DEFAULT_MAX_BYTES
    store: Path = Path("data/store")
    endpoint: str | None = None
    update_endpoint: str | None = None  # SPARQL Update URL (default: derived from endpoint)
    graph_store: str | None = None  # Graph Store Protocol URL (default: derived)
    union_graph: str | None = None  # named graph holding the union (default: the default graph)
    endpoint_user: str | None = None
    endpoint_password: SecretStr | None = None
    endpoint_token: SecretStr | None = None
    endpoint_auth: Literal["basic", "digest"] = "basic"
    endpoint_write: Literal["update", "quads"] | None = None  # None: quads for Oxigraph server
    endpoint_max_bytes: int = 4_000_000  # bytes of one update request at most
    endpoint_max_statements: int = 40_000  # triples of one update request at most
    ingest_batch_quads: int = 300_000  # quads a bulk load (≈ 1 000 notices, ≈ 550 MB peak)
    sparql_timeout_s: float = 30.0
    sparql_max_rows: int = 10_000
    update_token: str | None = None
    cors_origins: list[str] = []

    @field_validator("base_iri")
    @classmethod
    def _absolute(cls, value: str) -> str:
        if not _IRI.fullmatch(value):
            raise ValueError("not an absolute IRI (like https://…/id/)")
        return value


_IRI = re.compile(r"[A-Za-z][A-Za-z0-9+.\-]*:[^<>\"{}|^`\\\s]+")


def get_settings() -> Settings:
    return load(Settings)


S = TypeVar("S", bound=BaseSettings)


def load(cls: type[S], **given: Any) -> S:
    """`cls(**given)`, with a bad environment variable as one catalogued line
    (SHOBUN-E041 naming the variable) instead of pydantic's report."""
    try:
        return cls(**given)
    except ValidationError as err:
        first = err.errors()[0]
        name = f"SHOBUN_{str(first['loc'][0]).upper()}" if first["loc"] else "SHOBUN_*"
        value = os.environ.get(name, first.get("input"))
        raise ShobunError("SHOBUN-E041", f"{name}={value}", first["msg"]) from None
