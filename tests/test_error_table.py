"""The error codes in docs/api.md are the code's: the HTTP status names and the SHOBUN
catalogue, each with the status the server answers it with, in one table."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from shobun.api.check import Refused
from shobun.api.errors import STATUS_CODES, ApiError
from shobun.api.worker import Answer
from shobun.core.errors import BY_NAME, CATALOGUE

DOC = (Path(__file__).resolve().parents[1] / "docs" / "api.md").read_text(encoding="utf-8")
ROW = re.compile(r"^\| `(\w+)` \| (\d{3}) \| (SHOBUN-E\d{3})? ?\|", re.M)


def test_the_table_is_the_catalogue_and_the_status_names() -> None:
    documented = {(name, int(status), code or None) for name, status, code in ROW.findall(DOC)}
    expected = {(n, s, None) for s, n in STATUS_CODES.items()} | {
        (c.name, c.http, c.code) for c in CATALOGUE.values() if c.code.startswith("SHOBUN-E")
    }
    assert documented == expected


def test_a_name_means_one_status() -> None:
    for status, name in STATUS_CODES.items():
        if name in BY_NAME:
            assert BY_NAME[name].http == status, name
    assert len(BY_NAME) == len(CATALOGUE)


@pytest.mark.parametrize("name", sorted(n for n, c in BY_NAME.items() if c.code[7] == "E"))
def test_every_part_of_the_server_answers_with_the_catalogue_status(name: str) -> None:
    status = BY_NAME[name].http
    assert ApiError.of(name, "m").status == status
    assert ApiError.of(name, "m").catalogue == BY_NAME[name].code
    assert Answer.failed(name, "m").status == status
    assert Refused(name, "m").status == status


def test_a_status_that_contradicts_the_catalogue_is_a_bug() -> None:
    with pytest.raises(ValueError, match="busy"):
        ApiError(500, "m", "busy")
