"""Store commands (ingest, remove, export): registered here, implemented in `graph`."""

from __future__ import annotations

import argparse
from typing import Any


def register(sub: argparse._SubParsersAction[Any]) -> None:
    """Add the store's subcommands; none yet (the store lands with its own issue)."""
    del sub
