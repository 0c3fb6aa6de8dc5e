"""`shobun serve [--store DIR | --endpoint URL] [--host H] [--port P]`: thin; the server is
`api.create_app`, run by uvicorn. `--get PATH` answers one request and exits."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from shobun.cli import args
from shobun.core.errors import ShobunError


def register(sub: argparse._SubParsersAction[Any]) -> None:
    p = sub.add_parser("serve", help="serve the store: SPARQL endpoint, JSON API and web pages")
    where = p.add_mutually_exclusive_group()
    where.add_argument(
        "--store", type=args.store_dir, help="embedded store directory (default data/store)"
    )
    where.add_argument("--endpoint", metavar="QUERY_URL", help="a SPARQL 1.1 server instead")
    p.add_argument("--update-endpoint", metavar="URL", help="the server's SPARQL Update URL")
    p.add_argument("--graph-store", metavar="URL", help="the server's Graph Store URL")
    p.add_argument("--union-graph", metavar="IRI", help="the named graph holding the union")
    p.add_argument("--host", default="127.0.0.1", help="address to listen on (default 127.0.0.1)")
    p.add_argument("--port", type=args.port, default=8000, help="port (default 8000)")
    p.add_argument("--workers", type=args.workers, default=None, help="query worker processes")
    p.add_argument("--get", metavar="PATH", help="print the response to GET PATH and exit")
    p.set_defaults(handler=run_serve)


def settings_for(args: argparse.Namespace) -> Any:
    """The server's settings: the environment (SHOBUN_*), then the command line."""
    from shobun.api.settings import ApiSettings
    from shobun.core.settings import load

    given: dict[str, Any] = {}
    if args.store is not None:
        given["store"] = args.store
    if args.endpoint is not None:
        given["endpoint"] = args.endpoint
    if args.workers is not None:
        given["sparql_workers"] = args.workers
    for option in ("update_endpoint", "graph_store", "union_graph"):
        if getattr(args, option) is not None:
            given[option] = getattr(args, option)
    settings = load(ApiSettings, **given)
    if not settings.endpoint and not (Path(settings.store) / "oxigraph").is_dir():
        raise ShobunError("SHOBUN-E050", str(settings.store), "no store here; run shobun ingest")
    if not settings.endpoint:  # one line (E051) now, not a traceback from a worker later
        from shobun.graph.store import StoreLock

        StoreLock(Path(settings.store), shared=True).release()
    return settings


async def get_once(app: Any, path: str) -> tuple[int, str]:
    """GET one path from the app in this process (its startup and shutdown included)."""
    import httpx

    async with app.router.lifespan_context(app):
        transport = httpx.ASGITransport(app=app)
        async with httpx.AsyncClient(transport=transport, base_url="http://shobun") as client:
            response = await client.get(path)
    return response.status_code, response.text


def run_serve(args: argparse.Namespace) -> int:
    from shobun.api import create_app

    app = create_app(settings_for(args))
    if args.get:
        import asyncio

        status, text = asyncio.run(get_once(app, args.get))
        sys.stdout.write(text)
        return 0 if status < 400 else 1
    import uvicorn

    # The asyncio loop, not uvloop even when installed: the query pool waits on worker
    # pipes with loop.add_reader, which is measured (and tested) on asyncio's loop.
    uvicorn.run(app, host=args.host, port=args.port, loop="asyncio")
    return 0
