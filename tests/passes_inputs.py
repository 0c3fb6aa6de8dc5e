"""Inputs for the table tests of single events passes: a notice's context and terms, and a
draft of one kind at a place (shared by tests/test_unseen_actions.py and
tests/test_unseen_not_actions.py)."""

from __future__ import annotations

from dataclasses import replace

from shobun.parser import stages
from shobun.parser.context import Context
from shobun.parser.events import Draft
from shobun.parser.extract import sanctions
from shobun.parser.normalize import normalize


def context_of(text: str) -> tuple[Context, list[sanctions.Term]]:
    """The context the events passes read for `text`, and its sanction terms."""
    found = stages.extract(normalize(text))
    return stages.context_of(found, stages.resolved(found)), found.terms


def draft_at(kind: str, start: int, **kw: object) -> Draft:
    """A draft of `kind` for A社 whose term stands at `start`, with `kw` replaced."""
    base = Draft(kind, "x", "A社", None, None, (), None, start, start + 2, ((start, start + 2),))
    return replace(base, **kw)  # type: ignore[arg-type]
