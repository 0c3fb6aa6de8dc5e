"""The typed document model as JSON (`shobun parse --format json`)."""

from __future__ import annotations

import dataclasses
import json
from typing import Any

from parser.model import DateValue, Notice


def _plain(obj: Any) -> Any:
    if isinstance(obj, DateValue):
        return {"iso": obj.iso(), "kind": obj.kind}
    if dataclasses.is_dataclass(obj) and not isinstance(obj, type):
        return {f.name: _plain(getattr(obj, f.name)) for f in dataclasses.fields(obj)}
    if isinstance(obj, (list, tuple)):
        return [_plain(x) for x in obj]
    return obj


def to_dict(notice: Notice) -> dict[str, Any]:
    out: dict[str, Any] = _plain(notice)
    return out


def to_json(notice: Notice) -> str:
    return json.dumps(to_dict(notice), ensure_ascii=False, indent=1) + "\n"
