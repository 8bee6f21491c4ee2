"""Small helpers shared by the blueprints."""

from __future__ import annotations

from typing import Any

from flask import current_app, request

from secondlook.api.errors import ApiError
from secondlook.service import Service


def service() -> Service:
    return current_app.extensions["secondlook"]  # type: ignore[no-any-return]


def json_body() -> dict[str, Any]:
    """The request's JSON object, or a 400 that says what is wrong with it."""
    data = request.get_json(silent=True)  # reads the body: MAX_CONTENT_LENGTH answers 413 here
    if data is None:
        raise ApiError(400, "the body is not valid JSON", "bad_json")
    if not isinstance(data, dict):
        raise ApiError(400, "the body must be a JSON object", "bad_json")
    return data
