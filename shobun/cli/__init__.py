"""The `shobun` command: a thin layer that parses arguments and calls library functions."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence

from shobun.cli.args import Parser
from shobun.core.errors import ShobunError

Handler = Callable[[argparse.Namespace], int]


def build_parser() -> argparse.ArgumentParser:
    ap = Parser(prog="shobun", description="Japanese enforcement notices → RDF knowledge graph")
    sub = ap.add_subparsers(dest="command", required=True)
    from shobun.cli.parse import register as register_parse
    from shobun.cli.serve import register as register_serve
    from shobun.cli.store import register as register_store

    register_parse(sub)
    register_store(sub)
    register_serve(sub)
    return ap


def main(argv: Sequence[str] | None = None) -> int:
    ap = build_parser()
    args = ap.parse_args(argv)
    handler: Handler = args.handler
    try:
        return handler(args)
    except ShobunError as err:
        print(err.line(), file=sys.stderr)
        return err.exit_status
    except KeyboardInterrupt:
        print("shobun: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0
    except Exception as exc:  # the last line of defence: one line, never a traceback
        where = getattr(args, "file", None) or " ".join(map(str, getattr(args, "paths", []) or []))
        bug = ShobunError("SHOBUN-E099", where or "shobun", f"{type(exc).__name__}: {exc}")
        print(bug.line(), file=sys.stderr)
        return bug.exit_status
