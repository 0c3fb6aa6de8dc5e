"""`create_app(settings)`: the FastAPI application — SPARQL, JSON API and web pages."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path
from urllib.parse import quote, unquote

from fastapi import Depends, FastAPI
from fastapi.middleware.cors import CORSMiddleware
from fastapi.responses import HTMLResponse
from fastapi.routing import APIRoute
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates

from shobun.api import answers, errors, guard
from shobun.api.engine import Engine, make_engine
from shobun.api.head import HeadAsGet
from shobun.api.listing import no_unknown_params
from shobun.api.routers import (
    actions,
    analytics,
    browse,
    linked,
    notices,
    organizations,
    pages,
    sparql,
    statutes,
)
from shobun.api.services import lists
from shobun.api.settings import ApiSettings
from shobun.api.vocab import Keys, curie
from shobun.core import __version__
from shobun.core.settings import Settings
from shobun.core.vocabulary import KINDS

HERE = Path(__file__).resolve().parent
DESCRIPTION = """Japanese regulators' enforcement notices as a knowledge graph.

* `/sparql` — SPARQL 1.1 Protocol (read-only; the default graph is the union of all
  notices, each notice is a named graph).
* `/api/v1` — JSON: notices, organizations, actions, statutes, analytics.
* Every error has the body `{"error": {"status", "code", "message", "details"}}`.
"""


def operation_id(route: APIRoute) -> str:
    """OpenAPI operation IDs are the route functions' names (list_notices, get_notice)."""
    return route.name


def _settings(settings: Settings | None) -> ApiSettings:
    if settings is None:
        return ApiSettings()
    if isinstance(settings, ApiSettings):
        return settings
    return ApiSettings(**settings.model_dump())


def create_app(settings: Settings | None = None, engine: Engine | None = None) -> FastAPI:
    """The application over the store (or endpoint) `settings` names."""
    config = _settings(settings)

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        running = engine or make_engine(config)
        await running.start()
        app.state.engine = running
        lists.warm(running)
        try:
            yield
        finally:
            await running.close()

    app = FastAPI(
        title="shobun",
        version=__version__,
        description=DESCRIPTION,
        docs_url=None,
        redoc_url=None,
        lifespan=lifespan,
        generate_unique_id_function=operation_id,
    )
    app.state.settings = config
    app.state.templates = templates(config.base_iri)
    errors.install(app)
    _middleware(app, config)
    _static(app)
    _routers(app)
    _dumps(app, config)
    return app


def _middleware(app: FastAPI, config: ApiSettings) -> None:
    """Added innermost first: HEAD-as-GET is the outermost, then the security headers."""
    app.add_middleware(answers.AnswerCache)
    app.add_middleware(guard.Options, routes=lambda: app.routes)
    if config.cors_origins:
        app.add_middleware(
            CORSMiddleware,
            allow_origins=config.cors_origins,
            allow_methods=["GET", "POST"],
            allow_headers=["Accept", "Authorization", "Content-Type"],
            expose_headers=["Shobun-Rows", "Shobun-Truncated"],
        )
    app.add_middleware(guard.SecurityHeaders)  # sees every response the routes make
    app.add_middleware(HeadAsGet)


def _routers(app: FastAPI) -> None:
    app.include_router(sparql.router)
    strict = [Depends(no_unknown_params)]
    for module in (notices, organizations, actions, statutes, analytics):
        app.include_router(module.router, prefix="/api/v1", dependencies=strict)
    app.include_router(pages.router)
    app.include_router(browse.router)
    app.include_router(linked.router)


def _dumps(app: FastAPI, config: ApiSettings) -> None:
    """The dumps folder (`SHOBUN_DUMP_DIR`, files made by `shobun export`) at /dumps/."""
    if config.dump_dir and config.dump_dir.is_dir():
        app.mount("/dumps", StaticFiles(directory=config.dump_dir), name="dumps")


_PAGES = {"notice": "notices", "org": "organizations"}


def templates(base_iri: str) -> Jinja2Templates:
    """The page templates, with filters that turn the store's IRIs into page links."""
    found = Jinja2Templates(directory=HERE / "templates")
    found.env.globals["version"] = __version__
    keys = Keys(base_iri)

    def local_link(iri: str) -> str:
        parsed = keys.parse(iri)
        if parsed is None or parsed.kind not in _PAGES:
            return iri
        return f"/{_PAGES[parsed.kind]}/{quote(parsed.key, safe='')}"

    def short_iri(iri: str) -> str:
        kind, _, rest = (keys.local_path(iri) or "").partition("/")
        return f"{kind}:{unquote(rest)}" if kind in KINDS and rest else curie(iri)

    found.env.filters["local_link"] = local_link
    found.env.filters["short_iri"] = short_iri
    return found


def _static(app: FastAPI) -> None:
    import swagger_ui_bundle  # type: ignore[import-untyped]

    app.mount("/static", StaticFiles(directory=HERE / "static"), name="static")
    app.mount("/swagger", StaticFiles(directory=swagger_ui_bundle.swagger_ui_path), name="swagger")

    @app.get("/docs", include_in_schema=False)
    async def docs() -> HTMLResponse:
        """Swagger UI, served from this host (no CDN, no inline script)."""
        return HTMLResponse(DOCS_PAGE)


DOCS_PAGE = """<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>shobun API</title>
<link rel="stylesheet" href="/swagger/swagger-ui.css">
<link rel="icon" href="/swagger/favicon-32x32.png"></head>
<body><div id="swagger-ui"></div>
<script src="/swagger/swagger-ui-bundle.js"></script>
<script src="/static/swagger-init.js"></script>
</body></html>
"""
