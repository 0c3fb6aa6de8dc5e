"""schemathesis against the live server's /openapi.json: no input makes it answer 5xx.

Valid inputs (as the schema describes them) must also get documented status codes and
content types; invalid ones (negative mode) must only never be a server error.
(schemathesis' lazy pytest fixture does not run on pytest 9, so the strategy is driven
by hypothesis directly.)
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest
import schemathesis
from hypothesis import HealthCheck, given, settings
from schemathesis import GenerationMode
from schemathesis.checks import not_a_server_error
from schemathesis.specs.openapi.checks import content_type_conformance, status_code_conformance

if TYPE_CHECKING:
    from conftest_api import Server

pytest_plugins = ["conftest_api"]
MODES = {
    GenerationMode.POSITIVE: [
        not_a_server_error,
        status_code_conformance,
        content_type_conformance,
    ],
    GenerationMode.NEGATIVE: [not_a_server_error],
}


@pytest.mark.parametrize("mode", list(MODES), ids=[m.value for m in MODES])
def test_no_input_gives_a_server_error(server: Server, mode: GenerationMode) -> None:
    schema = schemathesis.openapi.from_url(f"{server.url}/openapi.json")

    @given(case=schema.as_strategy(generation_mode=mode))
    @settings(
        max_examples=1000,
        deadline=None,
        database=None,
        suppress_health_check=list(HealthCheck),
    )
    def run(case: schemathesis.Case) -> None:
        case.call_and_validate(checks=MODES[mode], timeout=60)

    run()
