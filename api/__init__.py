"""shobun's HTTP side: a SPARQL 1.1 endpoint, a JSON API and server-rendered pages.

    from shobun.api import create_app
    app = create_app(settings)      # FastAPI; `shobun serve` runs it under uvicorn

Kept light on purpose: query worker processes import `api.worker`, not FastAPI.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from fastapi import FastAPI

    from shobun.api.engine import Engine
    from shobun.core.settings import Settings


def create_app(settings: Settings | None = None, engine: Engine | None = None) -> FastAPI:
    """The application (see `api.app.create_app`)."""
    from shobun.api.app import create_app as make

    return make(settings, engine)
