"""The typed document model as JSON (`shobun parse --format json`) and back."""

from __future__ import annotations

import dataclasses
import json
import types
import typing
from functools import cache
from typing import Any, Literal, Union, cast, get_args, get_origin

from shobun.parser.model import DateValue, Notice


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


def from_dict(data: dict[str, Any]) -> Notice:
    """The `Notice` that `to_dict` wrote (`from_dict(to_dict(n)) == n`): how a Doc
    carries its notice through spaCy's msgpack serialisation."""
    return cast(Notice, _build(Notice, data))


@cache
def _hints(cls: type) -> dict[str, Any]:
    return typing.get_type_hints(cls)


def _build(tp: Any, value: Any) -> Any:
    """`value` (plain JSON) as the model type `tp`: dataclasses by their fields,
    tuples item by item, `X | None` as X or None, dates from their ISO form."""
    origin = get_origin(tp)
    if value is None:
        return None
    if tp is DateValue:
        return DateValue(*(int(part) for part in value["iso"].split("-")))
    if isinstance(tp, type) and dataclasses.is_dataclass(tp):
        hints = _hints(tp)
        fields = dataclasses.fields(tp)
        return tp(**{f.name: _build(hints[f.name], value[f.name]) for f in fields})
    if origin is tuple:
        return tuple(_build(get_args(tp)[0], item) for item in value)
    if origin in (Union, types.UnionType):
        return _build(next(a for a in get_args(tp) if a is not type(None)), value)
    if origin is Literal or tp in (str, int, bool):
        return value
    raise TypeError(f"the model has no field of type {tp!r}")
