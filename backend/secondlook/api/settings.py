"""``/v1/settings``: everything the extension and the tray need, with an ETag so clients can poll
cheaply (``If-None-Match`` answers 304). ``/v1/token`` regenerates the pairing token and
``/v1/stats`` gives warning counts per pack per day (counts only)."""

from __future__ import annotations

import hashlib
import json
import time
from typing import Any

from flask import Blueprint, Response, jsonify, request

from secondlook import __version__
from secondlook.api.errors import ApiError
from secondlook.api.util import json_body, service
from secondlook.store import SettingsError

bp = Blueprint("settings", __name__, url_prefix="/v1")


def etag_of(data: dict[str, Any]) -> str:
    return hashlib.sha256(json.dumps(data, sort_keys=True).encode()).hexdigest()[:32]


def settings_response(data: dict[str, Any]) -> Response:
    tag = etag_of(data)
    if request.method == "GET" and request.if_none_match.contains(tag):
        response = Response(status=304)
    else:
        response = jsonify(data)
    response.set_etag(tag)
    response.headers["Cache-Control"] = "no-cache"
    return response


@bp.get("/settings")
def get_settings() -> Response:
    return settings_response(service().settings.snapshot())


@bp.route("/settings", methods=["PUT", "PATCH"])
def change_settings() -> Response:
    changes = json_body()
    svc = service()
    pause_for = changes.pop("pause_for_seconds", None)
    try:
        if pause_for is not None:
            if not isinstance(pause_for, int | float) or not 0 < pause_for <= 7 * 24 * 3600:
                raise SettingsError("pause_for_seconds: a number of seconds up to one week")
            changes["paused_until"] = time.time() + float(pause_for)
        data = svc.settings.update(changes, replace=request.method == "PUT")
    except SettingsError as exc:
        raise ApiError(422, str(exc)) from exc
    return settings_response(data)


@bp.post("/token")
def regenerate_token() -> Response:
    """A new pairing token; every client paired with the old one is disconnected."""
    return jsonify(token=service().regenerate_token())


@bp.get("/stats")
def stats() -> Response:
    svc = service()
    return jsonify(
        days=svc.stats.last_days(),
        last_check_at=svc.stats.last_check_at,
        version=__version__,
    )
