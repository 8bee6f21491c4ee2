"""``GET /v1/packs`` and ``PUT /v1/packs/<id>``: which rule packs exist and which are on."""

from __future__ import annotations

from typing import Any

from flask import Blueprint, Response, jsonify

from secondlook.api.errors import ApiError
from secondlook.api.util import json_body, service
from secondlook.rules import Pack

bp = Blueprint("packs", __name__, url_prefix="/v1")


def pack_json(pack: Pack, settings: dict[str, Any]) -> dict[str, Any]:
    overrides = settings["rule_overrides"]
    return {
        "id": pack.id,
        "title": pack.title,
        "description": pack.description,
        "enabled": settings["packs"].get(pack.id, pack.default_enabled),
        "default_enabled": pack.default_enabled,
        "rules": [
            {
                "id": rule.id,
                "severity": rule.severity,
                "override": overrides.get(rule.id),
                "message": rule.message,
                "why": rule.why,
                "kind": rule.kind,
            }
            for rule in pack.rules
        ],
    }


@bp.get("/packs")
def list_packs() -> Response:
    svc = service()
    settings = svc.settings.snapshot()
    return jsonify(packs=[pack_json(p, settings) for p in svc.analyzer.packs.values()])


@bp.put("/packs/<pack_id>")
def put_pack(pack_id: str) -> Response:
    svc = service()
    pack = svc.analyzer.packs.get(pack_id)
    if pack is None:
        raise ApiError(404, f"no pack {pack_id!r}")
    enabled = json_body().get("enabled")
    if not isinstance(enabled, bool):
        raise ApiError(400, "'enabled' must be true or false")
    settings = svc.settings.set_pack(pack_id, enabled)
    return jsonify(pack_json(pack, settings))
