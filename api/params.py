"""Query parameters several routes share: action types by class name or Japanese name."""

from __future__ import annotations

from typing import Annotated

from fastapi import Query
from pydantic import AfterValidator

from shobun.api.vocab import ACTION_TYPES, class_labels


def action_names() -> dict[str, str]:
    """Every accepted name → its sbo class: the class (Recommendation) and its @ja
    label (勧告)."""
    labels = class_labels()
    names = {t: t for t in ACTION_TYPES}
    names.update({labels[t]: t for t in ACTION_TYPES if t in labels})
    return names


def to_action_type(value: str | None) -> str | None:
    if value is None or not value.strip():
        return None
    found = action_names().get(value.strip())
    if found is None:
        raise ValueError(f"not an action type: {value!r} (e.g. Recommendation or 勧告)")
    return found


ActionTypeParam = Annotated[
    str | None,
    AfterValidator(to_action_type),
    Query(
        description="an sbo action class or its Japanese name (Recommendation or 勧告)",
        json_schema_extra={"enum": sorted(action_names())},
    ),
]
