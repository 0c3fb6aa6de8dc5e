"""`shobun parse FILE [--format …]` and `shobun summary PATH…`: thin wrappers."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from shobun.cli import args
from shobun.core.errors import ShobunError
from shobun.graph.discover import notice_files

FORMATS = ("nt", "ttl", "jsonld", "nq", "json")
_RDFLIB_FORMAT = {"ttl": "turtle", "jsonld": "json-ld"}


def register(sub: argparse._SubParsersAction[Any]) -> None:
    p = sub.add_parser("parse", help="parse one notice and write its graph (or model) to stdout")
    p.add_argument("file", help="the notice (.txt, .md, .html, .pdf) or - for stdin")
    p.add_argument("--format", choices=FORMATS, default="ttl")
    p.add_argument("--base", type=args.base_iri, default=None, help="base IRI of instance IRIs")
    p.set_defaults(handler=run_parse)
    s = sub.add_parser("summary", help="parse notices and print what was found, readably")
    s.add_argument("paths", nargs="+", help="files or folders")
    s.set_defaults(handler=run_summary)


def render(file: str, fmt: str, base: str | None = None) -> str:
    """The text `shobun parse FILE --format FMT` writes."""
    from shobun.core.defaults import environment_sets_any
    from shobun.core.vocabulary import DEFAULT_BASE
    from shobun.graph.build import notice_graph, notice_nquads, notice_ntriples
    from shobun.parser import parse_path

    settings = None
    if environment_sets_any():  # else the settings are the defaults: pydantic stays unloaded
        from shobun.core.settings import Settings, load

        settings = load(Settings)
    notice = parse_path(file, settings=settings)
    base = base or (settings.base_iri if settings else DEFAULT_BASE)
    if fmt == "json":
        from shobun.parser.serialize import to_json

        return to_json(notice)
    if fmt == "nt":
        return notice_ntriples(notice, base=base)
    if fmt == "nq":
        return notice_nquads(notice, base=base)
    _, graph = notice_graph(notice, base=base)
    return str(graph.serialize(format=_RDFLIB_FORMAT[fmt]))


def run_parse(args: argparse.Namespace) -> int:
    sys.stdout.write(render(args.file, args.format, args.base))
    return 0


def _files(paths: list[str]) -> list[Path]:
    """What `shobun summary` reads: each file named, and a folder's notice files as
    `shobun ingest` picks them."""
    out: list[Path] = []
    for p in map(Path, paths):
        out += notice_files(p) if p.is_dir() else [p]
    return out


def run_summary(args: argparse.Namespace) -> int:
    from shobun.parser import parse_path
    from shobun.parser.summary import summarise

    status = 0
    for f in _files(args.paths):
        try:
            print(summarise(parse_path(f)))
        except ShobunError as err:
            print(err.line(), file=sys.stderr)
            status = status or err.exit_status
    return status


def dumps(obj: object) -> str:
    return json.dumps(obj, ensure_ascii=False, indent=1)
