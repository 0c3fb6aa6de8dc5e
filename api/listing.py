"""What every list of the JSON API shares: one envelope with paging, downloads
(`?_format=csv|json`, or `Accept: text/csv`) holding every matching row up to the row
cap and saying in the file itself when they were cut, and a 422 naming any query
parameter the route does not know.

A download is the whole list, not one page: `page` and `per_page` do not apply to it.
"""

from __future__ import annotations

import csv
import io
import math
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Annotated, Any, Literal, TypeVar

from fastapi import Query, Request
from fastapi.responses import Response
from pydantic import BaseModel
from starlette.datastructures import URL

from shobun.api.errors import ApiError
from shobun.api.models import Envelope
from shobun.api.negotiate import choose

T = TypeVar("T")
ListFormat = Literal["csv", "json"]
FormatParam = Annotated[
    ListFormat | None,
    Query(
        alias="_format",
        description="a download of every matching row (up to SHOBUN_SPARQL_MAX_ROWS): "
        "csv or json; page and per_page do not apply",
    ),
]
PageParam = Annotated[int, Query(ge=1, le=100_000, description="page number, from 1")]
PerPageParam = Annotated[int, Query(ge=1, le=100, description="items per page")]
CSV_MEDIA_TYPE = "text/csv; charset=utf-8"
LIST_CONTENT: dict[str, Any] = {"text/csv": {"schema": {"type": "string"}}}


@dataclass(frozen=True)
class Paging:
    """Which slice of a list a request wants: a page, or (a download) everything up to
    `per_page` = the row cap."""

    page: int
    per_page: int
    url: URL
    download: ListFormat | None = None

    @property
    def offset(self) -> int:
        return (self.page - 1) * self.per_page

    def as_tuple(self) -> tuple[int, int, URL]:
        return self.page, self.per_page, self.url


def paging(request: Request, page: int, per_page: int, fmt: ListFormat | None) -> Paging:
    """The paging of a list request; `Accept: text/csv` without `_format` is a CSV download."""
    if fmt is None and choose(request.headers.get("accept"), ["application/json", "text/csv"]) == (
        "text/csv"
    ):
        fmt = "csv"
    if fmt is None:
        return Paging(page, per_page, request.url)
    cap: int = request.app.state.settings.sparql_max_rows
    return Paging(1, cap, request.url, fmt)


def envelope(items: list[T], total: int, page: int, per_page: int, url: URL) -> Envelope[T]:
    """The envelope; past the last page `prev` is the last page, and `next` is null."""
    pages = max(1, math.ceil(total / per_page)) if per_page else 1
    nxt = str(url.include_query_params(page=page + 1)) if page < pages else None
    back = min(page - 1, pages)
    prev = str(url.include_query_params(page=back)) if back >= 1 else None
    return Envelope[T](
        items=items,
        total=total,
        page=page,
        per_page=per_page,
        pages=pages,
        next=nxt,
        prev=prev,
    )


def sliced(items: Sequence[T], p: Paging) -> Envelope[T]:
    """An envelope over a list computed whole (statutes, analytics)."""
    page = list(items[p.offset : p.offset + p.per_page])
    return envelope(page, len(items), p.page, p.per_page, p.url)


def respond(found: Envelope[T], p: Paging) -> Envelope[T] | Response:
    """The envelope as JSON, or, for a download, the file (CSV, or JSON that says
    whether the cap cut it)."""
    if p.download is None:
        return found
    cut = found.total > len(found.items)
    found = found.model_copy(update={"truncated": cut, "next": None, "prev": None})
    name = p.url.path.rstrip("/").rsplit("/", 1)[-1] or "list"
    disposition = {"Content-Disposition": f'attachment; filename="{name}.{p.download}"'}
    if p.download == "json":
        return Response(found.model_dump_json(), media_type="application/json", headers=disposition)
    return Response(to_csv(found), media_type=CSV_MEDIA_TYPE, headers=disposition)


def to_csv(found: Envelope[Any]) -> str:
    """One row per item, nested references flattened to `field` (label) and `field_iri`;
    a cut download ends with a line that says so."""
    rows = [flatten(item) for item in found.items]
    header: list[str] = []
    for row in rows:
        header += [k for k in row if k not in header]
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(header)
    writer.writerows([row.get(k, "") for k in header] for row in rows)
    if found.truncated:
        out.write(
            f"# truncated: {len(rows)} of {found.total} rows (SHOBUN_SPARQL_MAX_ROWS); "
            "narrow the filters or query /sparql\n"
        )
    return out.getvalue()


def flatten(item: Any) -> dict[str, str]:
    data = item.model_dump() if isinstance(item, BaseModel) else dict(item)
    row: dict[str, str] = {}
    for key, value in data.items():
        row.update(_cells(key, value))
    return row


def _cells(key: str, value: Any) -> dict[str, str]:
    if isinstance(value, dict):
        if "label" in value or "iri" in value:
            shown = value.get("label") or value.get("title") or value.get("id") or ""
            return {key: str(shown), f"{key}_iri": str(value.get("iri", ""))}
        return {f"{key}_{k}": v for k2, v2 in value.items() for k, v in _cells(k2, v2).items()}
    if isinstance(value, list):
        if value and isinstance(value[0], dict):
            cells = [_cells(key, v) for v in value]
            names = {k for c in cells for k in c}
            return {k: "; ".join(c.get(k, "") for c in cells) for k in sorted(names)}
        return {key: "; ".join(map(str, value))}
    return {key: "" if value is None else str(value)}


async def no_unknown_params(request: Request) -> None:
    """A dependency: 422 naming the query parameters the route does not declare."""
    route = request.scope.get("route")
    dependant = getattr(route, "dependant", None)
    if dependant is None:
        return
    known = set(_declared(dependant))
    unknown = sorted({k for k in request.query_params if k not in known})
    if unknown:
        names = ", ".join(unknown)
        allowed = ", ".join(sorted(known)) or "none"
        message = f"unknown query parameter: {names} (this route takes {allowed})"
        raise ApiError(422, message, "invalid_parameters")


def _declared(dependant: Any) -> list[str]:
    names = [p.alias for p in dependant.query_params]
    for sub in dependant.dependencies:
        names += _declared(sub)
    return names
