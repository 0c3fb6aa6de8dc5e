"""The settings' defaults, and whether the environment sets any setting at all.

`shobun.core.settings` reads and checks the environment with pydantic, which takes about
a tenth of a second to import. A command that needs a setting or two (`shobun parse`)
asks `environment_sets_any()` first: when no `SHOBUN_*` variable is set, the settings are
these defaults and pydantic need not load; when one is, the settings class reads them all,
and a bad value is reported as it always is.
"""

from __future__ import annotations

import os
from typing import Final

ENV_PREFIX: Final = "SHOBUN_"
# the largest input read, in bytes: no notice comes near it (`SHOBUN_MAX_BYTES`)
DEFAULT_MAX_BYTES: Final = 20 * 1024 * 1024


def environment_sets_any() -> bool:
    """Whether a `SHOBUN_*` variable is set, its name matched without regard to case as
    the settings class matches it."""
    prefix = ENV_PREFIX.lower()
    return any(name.lower().startswith(prefix) for name in os.environ)
