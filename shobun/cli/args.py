"""Argument types for the command line, each refusing a bad value with a message that
names the problem (argparse adds the flag): `shobun serve --port 99999` is a usage
error (SHOBUN-E040), never an internal one."""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path
from typing import NoReturn

from shobun.core.errors import CATALOGUE, ShobunError

_IRI = re.compile(r"[A-Za-z][A-Za-z0-9+.\-]*:[^<>\"{}|^`\\\s]+")


class Parser(argparse.ArgumentParser):
    """argparse, with its usage errors as one catalogued line (SHOBUN-E040, exit 2)."""

    def error(self, message: str) -> NoReturn:
        print(ShobunError("SHOBUN-E040", self.prog, message).line(), file=sys.stderr)
        sys.exit(CATALOGUE["SHOBUN-E040"].exit_status)


def port(text: str) -> int:
    value = _int(text)
    if not 1 <= value <= 65535:
        raise argparse.ArgumentTypeError(f"{text} is not a TCP port (1-65535)")
    return value


def workers(text: str) -> int:
    value = _int(text)
    if value < 1:
        raise argparse.ArgumentTypeError(f"{text}: at least one worker is needed")
    return value


def base_iri(text: str) -> str:
    """An absolute IRI (scheme and no spaces or brackets): instance IRIs start with it."""
    if not _IRI.fullmatch(text):
        raise argparse.ArgumentTypeError(f"{text!r} is not an absolute IRI (like https://…/id/)")
    return text


def store_dir(text: str) -> Path:
    """A store directory: absent (ingest creates it) or a directory, never a file."""
    path = Path(text)
    if path.exists() and not path.is_dir():
        raise argparse.ArgumentTypeError(f"{text} is a file, not a store directory")
    return path


def output_file(text: str) -> Path:
    """A file to write, in a folder that exists."""
    path = Path(text)
    if path.is_dir():
        raise argparse.ArgumentTypeError(f"{text} is a directory, not a file")
    if not path.parent.is_dir():
        raise argparse.ArgumentTypeError(f"{path.parent} is not an existing folder")
    return path


def _int(text: str) -> int:
    try:
        return int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number") from None
