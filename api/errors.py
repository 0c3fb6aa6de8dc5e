"""One error body for every error the server sends, whatever raised it.

`{"error": {"status": 404, "code": "not_found", "message": "…", "details": […]}}` for
API clients; a browser (whose `Accept` prefers HTML) gets the same fields as a page.
"""

from __future__ import annotations

import logging
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from pydantic import BaseModel
from starlette.exceptions import HTTPException

from shobun.api.negotiate import choose
from shobun.core.errors import BY_NAME, CATALOGUE, ShobunError, coded

log = logging.getLogger("shobun.api")

STATUS_CODES = {
    400: "bad_request",
    401: "unauthorized",
    403: "forbidden",
    404: "not_found",
    405: "method_not_allowed",
    406: "not_acceptable",
    413: "too_large",
    415: "unsupported_media_type",
    422: "invalid_parameters",
    500: "internal_error",
    502: "bad_gateway",
    503: "unavailable",
}


class ErrorDetail(BaseModel):
    loc: list[str | int] = []
    msg: str
    type: str = ""


class ErrorInfo(BaseModel):
    status: int
    code: str  # a status's name (not_found …) or a catalogue entry's (busy …)
    message: str
    details: list[ErrorDetail] = []
    catalogue: str | None = None  # the SHOBUN-E… code, for a catalogue entry


class ErrorBody(BaseModel):
    """The body of every error response."""

    error: ErrorInfo


class ApiError(Exception):
    """Raise anywhere in a request to answer with the error body: `ApiError(404, "…")` for
    a plain HTTP error (its code is the status's name), `ApiError.of("busy", "…")` for an
    error of the SHOBUN catalogue, whose entry gives the status."""

    def __init__(
        self,
        status: int,
        message: str,
        code: str | None = None,
        headers: dict[str, str] | None = None,
    ) -> None:
        super().__init__(message)
        if code in BY_NAME and BY_NAME[code].http != status:
            raise ValueError(f"{code} is answered with {BY_NAME[code].http}, not {status}")
        self.status = status
        self.code = code or STATUS_CODES.get(status, "error")
        self.message = message
        self.headers = headers or {}

    @classmethod
    def of(cls, name: str, message: str, headers: dict[str, str] | None = None) -> ApiError:
        return cls(coded(name).http, message, name, headers)

    @property
    def catalogue(self) -> str | None:
        entry = BY_NAME.get(self.code)
        return entry.code if entry else None


def error_response(request: Request, info: ErrorInfo, headers: dict[str, str]) -> Response:
    body = ErrorBody(error=info)
    accept = request.headers.get("accept")
    if choose(accept, ["application/json", "text/html"]) == "text/html" and accept:
        templates = getattr(request.app.state, "templates", None)
        if templates is not None:
            page: Response = templates.TemplateResponse(
                request, "error.html", {"error": info}, status_code=info.status, headers=headers
            )
            return page
    return JSONResponse(body.model_dump(exclude_none=True), info.status, headers=headers)


async def on_api_error(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, ApiError)
    info = ErrorInfo(status=exc.status, code=exc.code, message=exc.message, catalogue=exc.catalogue)
    return error_response(request, info, exc.headers)


async def on_http_error(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, HTTPException)
    code = STATUS_CODES.get(exc.status_code, "error")
    info = ErrorInfo(status=exc.status_code, code=code, message=str(exc.detail))
    return error_response(request, info, dict(exc.headers or {}))


async def on_validation_error(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, RequestValidationError)
    details = [
        ErrorDetail(loc=list(e.get("loc", ())), msg=str(e.get("msg", "")), type=e.get("type", ""))
        for e in exc.errors()
    ]
    first = details[0] if details else None
    where = ".".join(map(str, first.loc)) if first else ""
    message = f"invalid {where}: {first.msg}" if first else "invalid request"
    info = ErrorInfo(status=422, code="invalid_parameters", message=message, details=details)
    return error_response(request, info, {})


async def on_shobun_error(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, ShobunError)
    entry = CATALOGUE[exc.code]
    info = ErrorInfo(status=entry.http, code=entry.name, message=exc.line(), catalogue=exc.code)
    return error_response(request, info, {})


async def on_unexpected(request: Request, exc: Exception) -> Response:
    log.exception("unhandled error on %s %s", request.method, request.url.path, exc_info=exc)
    info = ErrorInfo(
        status=500, code="internal_error", message=type(exc).__name__, catalogue="SHOBUN-E099"
    )
    return error_response(request, info, {})


def install(app: FastAPI) -> None:
    app.add_exception_handler(ApiError, on_api_error)
    app.add_exception_handler(HTTPException, on_http_error)
    app.add_exception_handler(RequestValidationError, on_validation_error)
    app.add_exception_handler(ShobunError, on_shobun_error)
    app.add_exception_handler(Exception, on_unexpected)


def responses(*statuses: int, page: bool = False) -> dict[int | str, dict[str, Any]]:
    """OpenAPI `responses=` for error statuses, all with the one error body (JSON; a
    browser, whose Accept prefers HTML, gets it as a page). `page=True` for HTML routes,
    whose default media type is text/html."""
    body = {"schema": {"$ref": "#/components/schemas/ErrorBody"}}
    out: dict[int | str, dict[str, Any]] = {}
    for s in statuses:
        entry: dict[str, Any] = {
            "model": ErrorBody,
            "description": STATUS_CODES[s].replace("_", " "),
        }
        entry["content"] = {"application/json": body} if page else {"text/html": {}}
        out[s] = entry
    return out


ERROR_RESPONSES = responses(400, 404, 422, 503)
