"""``POST /v1/check``: findings for one text."""

from __future__ import annotations

import time
from typing import Any

from flask import Blueprint, Response, current_app, jsonify

from secondlook.api.errors import ApiError
from secondlook.api.util import json_body, service
from secondlook.engine import max_severity
from secondlook.engine.findings import at_least
from secondlook.engine.text import utf16_offsets

bp = Blueprint("check", __name__, url_prefix="/v1")
OFFSET_KINDS = ("codepoint", "utf16")


@bp.post("/check")
def check() -> Response:
    started = time.perf_counter()
    body = json_body()
    text = body.get("text")
    if not isinstance(text, str):
        raise ApiError(400, "'text' must be a string", "missing_text")
    limit = current_app.config["MAX_TEXT_CHARS"]
    if len(text) > limit:
        raise ApiError(413, f"'text' is longer than {limit} characters")
    offsets = body.get("offsets", "codepoint")
    if offsets not in OFFSET_KINDS:
        raise ApiError(400, "'offsets' must be 'codepoint' or 'utf16'")
    svc = service()
    settings = svc.settings.for_check()  # one state of the settings for the whole check
    requested = body.get("packs")
    if requested is not None:
        if not isinstance(requested, list) or not all(isinstance(p, str) for p in requested):
            raise ApiError(400, "'packs' must be a list of pack ids")
        unknown = sorted(set(requested) - set(svc.analyzer.packs))
        if unknown:
            raise ApiError(400, f"unknown pack(s): {', '.join(unknown)}")
        packs = [p for p in requested if p in settings.packs]
    else:
        packs = list(settings.packs)
    paused = settings.paused
    findings = [] if paused else svc.analyze(text, packs=packs, settings=settings.analysis)
    results = [f.to_dict() for f in findings]
    if offsets == "utf16":
        for item in results:
            item["start"], item["end"] = utf16_offsets(text, item["start"], item["end"])
            for detail in item.get("details", []):
                detail["start"], detail["end"] = utf16_offsets(text, detail["start"], detail["end"])
    counts = dict.fromkeys(packs, 0)
    warnings = dict.fromkeys(packs, 0)
    for f in findings:
        counts[f.pack] = counts.get(f.pack, 0) + 1
        if f.pack in warnings and at_least(f.severity, "warning"):
            warnings[f.pack] += 1
    svc.stats.record(warnings)
    info = svc.analyzer.info
    payload: dict[str, Any] = {
        "findings": results,
        "summary": {"max_severity": max_severity(findings), "counts_by_pack": counts},
        "took_ms": round((time.perf_counter() - started) * 1000, 2),
        "engine": {"model": info.model, "version": info.version, "degraded": info.degraded},
        "paused": paused,
        "offsets": offsets,
    }
    return jsonify(payload)
