"""Errors as answers: JSON ``{"error": {"message", "type"}}`` under /api, an HTML page elsewhere.

rashomon's own errors carry a message for a person and map to a status; anything else is a
500 with a generic message, and its traceback goes to the log only.
"""

from __future__ import annotations

import logging
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from starlette.exceptions import HTTPException

from ..errors import InputError, MissingExtra, NotEnoughArticles, RashomonError, StoreError, TooLarge, UnknownBackend
from ..errors import Busy, ComparisonTimeout, RequestError, RequestTooLarge

log = logging.getLogger(__name__)

_TITLES = {400: "Bad request", 401: "Token needed", 403: "Forbidden", 404: "Not found", 405: "Method not allowed",
           413: "Too large", 422: "Cannot compare", 500: "Something went wrong", 503: "Busy"}


def is_api(request: Request) -> bool:
    path = request.url.path
    return path == "/api" or path.startswith("/api/") or path == "/healthz"


def wants_json(request: Request) -> bool:
    """The API, and any address of a JSON download (``/comparisons/KEY.json``): a script that
    fetches JSON gets its error as JSON too, not an HTML page."""
    return is_api(request) or request.url.path.endswith(".json")


def status_of(exc: RashomonError) -> int:
    if isinstance(exc, (RequestTooLarge, TooLarge)):
        return 413
    if isinstance(exc, NotEnoughArticles):
        return 422
    if isinstance(exc, (RequestError, InputError, UnknownBackend)):
        return 400
    if isinstance(exc, StoreError) and str(exc).startswith("no story"):
        return 404
    if isinstance(exc, MissingExtra):
        return 501
    if isinstance(exc, (Busy, ComparisonTimeout)):
        return 503
    return 500


def error_response(request: Request, status: int, message: str, kind: str, headers: dict[str, str] | None = None) -> Response:
    if status >= 500 and status != 503:
        # after an unexpected error the server closes the connection: say so, so that a
        # keep-alive client opens a new one rather than failing its next request on this one
        headers = {**(headers or {}), "Connection": "close"}
    if wants_json(request):
        return JSONResponse({"error": {"message": message, "type": kind}}, status_code=status, headers=headers)
    web = request.app.state.web
    return web.templates.TemplateResponse(
        request, "error.html.j2",
        {"title": _TITLES.get(status, "Error"), "message": message, "nav": ""},
        status_code=status, headers=headers,
    )


_JSON_OBJECT = 'send a JSON object such as {"articles": [{"text": "..."}, {"text": "..."}]} with Content-Type: application/json'
_JSON_TYPES = {list: "an array", str: "a string", int: "a number", float: "a number", bool: "true or false", type(None): "null"}


def body_problem(error: dict[str, Any], body: Any, content_type: str | None) -> str | None:
    """A problem with the body as a whole, worded for the person who sent it: not JSON (and
    where the decoder stopped), JSON under another content type, empty, or JSON that is not an
    object. pydantic's own words ("Input should be a valid dictionary or object to extract
    fields from", "JSON decode error") do not say that the body itself is the problem."""
    loc = tuple(error.get("loc", ()))
    if not loc or loc[0] != "body":
        return None
    kind = error.get("type")
    if kind == "json_invalid":
        position = loc[1] if len(loc) > 1 and isinstance(loc[1], int) else None
        reason = str((error.get("ctx") or {}).get("error", "invalid JSON"))
        where = ""
        if position is not None and isinstance(body, str):
            line = body.count("\n", 0, position) + 1
            column = position - (body.rfind("\n", 0, position) + 1) + 1
            where = f" at line {line} column {column}"
        return f"the body is not valid JSON ({reason}{where}); {_JSON_OBJECT}"
    if len(loc) != 1:
        return None
    if kind == "missing":
        return f"the body is empty; {_JSON_OBJECT}"
    if isinstance(body, (bytes, bytearray)):
        sent = f"as {content_type.split(';')[0].strip()}" if content_type else "without a content type"
        return f"the body was sent {sent}, not as JSON; {_JSON_OBJECT}"
    if not isinstance(body, dict):
        return f"the body is {_JSON_TYPES.get(type(body), 'not an object')} in JSON, not an object; {_JSON_OBJECT}"
    return None


def install(app: FastAPI) -> None:
    @app.exception_handler(RashomonError)
    async def rashomon_error(request: Request, exc: RashomonError) -> Response:
        status = status_of(exc)
        if isinstance(exc, (Busy, ComparisonTimeout)):
            return error_response(request, status, str(exc), type(exc).__name__, headers={"Retry-After": "5"})
        if status >= 500:
            log.error("%s %s failed: %s", request.method, request.url.path, exc, exc_info=exc)
        message = str(exc) if status < 500 or isinstance(exc, MissingExtra) else "the server could not do this; the log has the details"
        return error_response(request, status, message, type(exc).__name__)

    @app.exception_handler(HTTPException)
    async def http_error(request: Request, exc: HTTPException) -> Response:
        message = exc.detail if isinstance(exc.detail, str) else _TITLES.get(exc.status_code, "error")
        return error_response(request, exc.status_code, message, "HTTPError", headers=getattr(exc, "headers", None))

    @app.exception_handler(RequestValidationError)
    async def validation_error(request: Request, exc: RequestValidationError) -> Response:
        problems = []
        for error in exc.errors()[:10]:
            whole_body = body_problem(error, exc.body, request.headers.get("content-type"))
            if whole_body:
                problems.append(whole_body)
                continue
            where = ".".join(str(p) for p in error.get("loc", ()) if p != "body")
            problems.append(f"{where}: {error.get('msg', 'invalid')}" if where else str(error.get("msg", "invalid")))
        status = 422 if is_api(request) else 404 if any(e.get("loc", ("",))[0] == "path" for e in exc.errors()) else 400
        return error_response(request, status, "; ".join(problems) or "invalid request", "ValidationError")

    @app.exception_handler(Exception)
    async def unexpected(request: Request, exc: Exception) -> Response:
        log.error("%s %s failed", request.method, request.url.path, exc_info=exc)
        return error_response(request, 500, "the server could not do this; the log has the details", "InternalError")
