"""Every error is JSON ``{"error": {"code", "message"}}`` with the right status; never HTML and
never a stack trace."""

from __future__ import annotations

import logging

from flask import Flask, Response, jsonify
from werkzeug.exceptions import HTTPException

log = logging.getLogger(__name__)

CODES = {
    400: "bad_request",
    401: "unauthorized",
    403: "forbidden",
    404: "not_found",
    405: "method_not_allowed",
    409: "conflict",
    412: "precondition_failed",
    413: "payload_too_large",
    415: "unsupported_media_type",
    422: "invalid_settings",
    429: "too_many_requests",
    500: "internal_error",
}


class ApiError(HTTPException):
    """Raise to answer with ``status`` and a message of our own."""

    def __init__(self, status: int, message: str, code: str | None = None) -> None:
        super().__init__(description=message)
        self.code = status
        self.error_code = code or CODES.get(status, "error")


def error_response(status: int, message: str, code: str | None = None) -> Response:
    response = jsonify({"error": {"code": code or CODES.get(status, "error"), "message": message}})
    response.status_code = status
    return response


def register(app: Flask) -> None:
    @app.errorhandler(HTTPException)
    def http_error(exc: HTTPException) -> Response:
        status = exc.code or 500
        code = getattr(exc, "error_code", None)
        response = error_response(status, exc.description or "", code)
        if status == 405 and exc.valid_methods:  # type: ignore[attr-defined]
            response.headers["Allow"] = ", ".join(exc.valid_methods)  # type: ignore[attr-defined]
        if status == 401:
            response.headers["WWW-Authenticate"] = 'Bearer realm="secondlook"'
        return response

    @app.errorhandler(Exception)
    def unexpected(exc: Exception) -> Response:
        # The exception type only: its message or traceback could quote the request.
        log.error("internal error: %s", type(exc).__name__)
        return error_response(500, "internal error")
