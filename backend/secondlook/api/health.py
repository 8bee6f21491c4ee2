"""``GET /v1/health``: no token needed; says whether the analyzer runs on its model or on rules."""

from __future__ import annotations

from flask import Blueprint, Response, jsonify

from secondlook import __version__
from secondlook.api.util import service

bp = Blueprint("health", __name__, url_prefix="/v1")


@bp.get("/health")
def health() -> Response:
    svc = service()
    info = svc.analyzer.info
    warnings = list(svc.warnings)
    if info.reason:
        warnings.append(info.reason)
    return jsonify(
        status="degraded" if info.degraded else "ok",
        version=__version__,
        model=info.model,
        model_version=info.version,
        degraded=info.degraded,
        paused=svc.settings.is_paused(),
        workers=svc.workers.running() if svc.workers else 0,  # analysis processes running
        warnings=warnings,
    )
