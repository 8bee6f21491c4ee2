"""The service is a door into the user's machine. Every request passes these checks first:

1. Host: only ``127.0.0.1:PORT``, ``localhost:PORT`` or ``[::1]:PORT`` (defeats DNS rebinding).
2. Origin: a browser request must come from an extension (``chrome-extension://``,
   ``moz-extension://``) or from the service's own settings page; any other web page is refused
   before anything runs, not merely denied the answer by CORS.
3. Token: every ``/v1`` endpoint but ``/v1/health`` needs ``Authorization: Bearer <token>``.
4. Bodies of POST/PUT/PATCH must be JSON (415 otherwise); their size is bounded (413).
"""

from __future__ import annotations

import functools
import hmac
import re

from flask import Flask, current_app, request
from flask_cors import CORS

from secondlook.api.errors import ApiError

EXTENSION_ORIGIN = re.compile(
    r"^(chrome-extension|moz-extension|safari-web-extension)://[A-Za-z0-9-]+$"
)
PUBLIC_PATHS = ("/v1/health",)


@functools.cache
def allowed_hosts(port: int) -> frozenset[str]:
    return frozenset({f"127.0.0.1:{port}", f"localhost:{port}", f"[::1]:{port}"})


@functools.cache
def own_origins(port: int) -> frozenset[str]:
    return frozenset(f"http://{host}" for host in allowed_hosts(port))


def needs_token(path: str) -> bool:
    return path.startswith("/v1/") and path not in PUBLIC_PATHS


def bearer_token() -> str | None:
    header = request.headers.get("Authorization", "")
    scheme, _, value = header.partition(" ")
    if scheme.lower() == "bearer" and value.strip():
        return value.strip()
    return None


def token_ok(given: str | None) -> bool:
    expected: str = current_app.extensions["secondlook"].token
    return given is not None and hmac.compare_digest(given.encode(), expected.encode())


def register(app: Flask) -> None:
    CORS(
        app,
        resources={r"/v1/*": {"origins": [EXTENSION_ORIGIN]}},
        allow_headers=["Authorization", "Content-Type", "If-None-Match"],
        expose_headers=["ETag"],
        methods=["GET", "POST", "PUT", "PATCH", "OPTIONS"],
        max_age=600,
    )

    @app.before_request
    def guard() -> None:
        port = current_app.config["PORT"]
        if request.host not in allowed_hosts(port):
            raise ApiError(403, "this service answers only on 127.0.0.1 and localhost", "bad_host")
        origin = request.headers.get("Origin")
        if origin and not (EXTENSION_ORIGIN.match(origin) or origin in own_origins(port)):
            raise ApiError(403, "requests from web pages are refused", "bad_origin")
        if request.method == "OPTIONS":
            return  # a CORS preflight carries no credentials; flask-cors answers it
        if needs_token(request.path) and not token_ok(bearer_token()):
            raise ApiError(401, "missing or wrong token: pair with `secondlook token`")
        has_body = bool(request.content_length or request.headers.get("Transfer-Encoding"))
        if request.method in ("POST", "PUT", "PATCH") and has_body and not request.is_json:
            raise ApiError(415, "send JSON with Content-Type: application/json")
