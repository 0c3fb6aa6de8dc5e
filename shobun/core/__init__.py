"""The bottom layer: what every package of shobun may import and that imports none of them —
the error catalogue (`errors`), the settings (`settings`), names of notices (`names`), and
the version."""

from __future__ import annotations

__version__ = "0.1.0"
__all__ = ["__version__"]
