"""Store commands: `ingest`, `remove`, `export`. Argument parsing only; the work is in `graph`."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from shobun.cli import args

EXPORT_FORMATS = ("nq", "trig", "ttl", "jsonld", "graphml", "csv")


def _where(p: argparse.ArgumentParser) -> None:
    group = p.add_mutually_exclusive_group()
    group.add_argument(
        "--store", type=args.store_dir, help="embedded store directory (default data/store)"
    )
    group.add_argument(
        "--endpoint",
        metavar="QUERY_URL",
        help="SPARQL server's query URL: …/query (Oxigraph), …/sparql (Fuseki, Virtuoso) …",
    )
    remote_options(p)


def remote_options(p: argparse.ArgumentParser) -> None:
    """--update-endpoint, --graph-store, --union-graph: for servers whose layout is not
    Oxigraph's or Fuseki's (settings SHOBUN_UPDATE_ENDPOINT, SHOBUN_GRAPH_STORE, …)."""
    p.add_argument("--update-endpoint", metavar="URL", help="SPARQL Update URL")
    p.add_argument("--graph-store", metavar="URL", help="Graph Store Protocol URL")
    p.add_argument("--union-graph", metavar="IRI", help="keep the union in this named graph")


def remote_args(args: argparse.Namespace) -> dict[str, str | None]:
    return {
        "update": args.update_endpoint,
        "store": args.graph_store,
        "union_graph": args.union_graph,
    }


def register(sub: argparse._SubParsersAction[Any]) -> None:
    """Add `ingest`, `remove` and `export`."""
    p = sub.add_parser("ingest", help="parse notices and store their graphs")
    p.add_argument("paths", nargs="+", type=Path, help="files, folders, or manifests (.csv/.jsonl)")
    _where(p)
    p.add_argument(
        "--workers", type=args.workers, default=None, help="parser processes (default: CPUs)"
    )
    p.add_argument("--shard", default=None, help="only shard i of n (i/n), for several machines")
    p.add_argument("--base", type=args.base_iri, default=None, help="base IRI of instance IRIs")
    p.add_argument("--json", action="store_true", help="print the report as JSON")
    p.add_argument(
        "--paths-anywhere",
        action="store_true",
        help="let manifest rows name files outside the manifest's folder",
    )
    p.set_defaults(handler=run_ingest)
    r = sub.add_parser("remove", help="delete one notice (IRI or name) and nothing else")
    r.add_argument("notice")
    _where(r)
    r.set_defaults(handler=run_remove)
    e = sub.add_parser("export", help="write the store as RDF, GraphML or CSV")
    e.add_argument("--format", choices=EXPORT_FORMATS, required=True)
    e.add_argument(
        "-o", "--output", type=args.output_file, default=None, help="file (default: stdout)"
    )
    _where(e)
    e.set_defaults(handler=run_export)


def _open(args: argparse.Namespace, *, read_only: bool = False) -> Any:
    from shobun.core.settings import Settings, load
    from shobun.graph.store import open_store

    return open_store(
        load(Settings), args.store, args.endpoint, read_only=read_only, remote=remote_args(args)
    )


def run_ingest(args: argparse.Namespace) -> int:
    from shobun.core.settings import Settings, load
    from shobun.graph.discover import parse_shard
    from shobun.graph.ingest import Options, ingest
    from shobun.graph.progress import progress_for

    settings = load(Settings)
    options = Options(
        workers=args.workers or Options.workers,
        shard=parse_shard(args.shard) if args.shard else None,
        base=args.base or settings.base_iri,
        max_bytes=settings.max_bytes,
        batch_quads=settings.ingest_batch_quads,
        paths_anywhere=args.paths_anywhere,
    )
    with _open(args) as store:
        report = ingest(store, args.paths, options, progress_for)
    if args.json:
        print(json.dumps(report.as_dict(), ensure_ascii=False, indent=1))
    else:
        print("\n".join(report.lines()), file=sys.stderr)
    return report.exit_status


def run_remove(args: argparse.Namespace) -> int:
    from shobun.core.errors import ShobunError
    from shobun.core.settings import Settings, load
    from shobun.graph.store import resolve_notice

    where = args.store or (None if args.endpoint else load(Settings).store)
    if where is not None and not (where / "oxigraph").is_dir():  # never create one to delete from
        raise ShobunError("SHOBUN-E050", str(where), "no store here")

    with _open(args) as store:
        iri = resolve_notice(store, args.notice)
        store.remove_notice(iri)
    print(f"removed {iri}", file=sys.stderr)
    return 0


def run_export(args: argparse.Namespace) -> int:
    from shobun.graph.export import export

    with _open(args, read_only=True) as store:
        if args.output is None:
            export(store, args.format, sys.stdout.buffer)
            sys.stdout.buffer.flush()
        else:
            with args.output.open("wb") as out:
                export(store, args.format, out)
    return 0
