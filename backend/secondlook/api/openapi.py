"""``GET /v1/openapi.json``: the OpenAPI 3 description of this API. A test checks that it lists
exactly the routes the app serves, and schemathesis fuzzes the service against it."""

from __future__ import annotations

from typing import Any

from flask import Blueprint, Response, current_app, jsonify

from secondlook import __version__

bp = Blueprint("openapi", __name__, url_prefix="/v1")

SEVERITY = {"type": "string", "enum": ["info", "warning", "critical"]}
ERROR = {
    "type": "object",
    "required": ["error"],
    "properties": {
        "error": {
            "type": "object",
            "required": ["code", "message"],
            "properties": {"code": {"type": "string"}, "message": {"type": "string"}},
        }
    },
}
FINDING = {
    "type": "object",
    "required": [
        "pack",
        "rule",
        "severity",
        "start",
        "end",
        "text",
        "message",
        "why",
        "replacements",
    ],
    "properties": {
        "pack": {"type": "string"},
        "rule": {"type": "string"},
        "severity": SEVERITY,
        "start": {"type": "integer", "minimum": 0},
        "end": {"type": "integer", "minimum": 0},
        "text": {"type": "string"},
        "message": {"type": "string"},
        "why": {"type": "string"},
        "suggestion": {"type": "string"},
        "replacements": {"type": "array", "items": {"type": "string"}},
        "entity": {"type": "string"},
        "details": {"type": "array", "items": {"type": "object"}},
    },
}
SETTINGS = {
    "type": "object",
    "additionalProperties": False,
    "properties": {
        "packs": {"type": "object", "additionalProperties": {"type": "boolean", "nullable": True}},
        "rule_overrides": {
            "type": "object",
            "additionalProperties": {
                "type": "string",
                "enum": ["off", "info", "warning", "critical"],
            },
        },
        "allowlist": {
            "type": "array",
            "maxItems": 500,
            "items": {"type": "string", "minLength": 1, "maxLength": 100},
        },
        "always_flag": {
            "type": "array",
            "maxItems": 500,
            "items": {"type": "string", "minLength": 1, "maxLength": 100},
        },
        "paused_until": {"type": "number", "nullable": True},
        "pause_for_seconds": {"type": "number", "minimum": 1, "maximum": 604800},
        "model": {"type": "string", "nullable": True},
    },
}


def _json(schema: dict[str, Any]) -> dict[str, Any]:
    return {"content": {"application/json": {"schema": schema}}}


def _errors(*statuses: int) -> dict[str, Any]:
    return {str(s): {"description": "error", **_json(ERROR)} for s in statuses}


def _op(
    summary: str,
    ok: dict[str, Any],
    *errors: int,
    body: dict[str, Any] | None = None,
    public: bool = False,
    extra: dict[str, Any] | None = None,
) -> dict[str, Any]:
    op: dict[str, Any] = {
        "summary": summary,
        "responses": {
            "200": {"description": "ok", **_json(ok)},
            **_errors(*errors, 403),
            **(extra or {}),
        },
    }
    if body is not None:
        op["requestBody"] = {"required": True, **_json(body)}
    if public:
        op["security"] = []
    else:
        op["responses"].update(_errors(401))
    return op


def document(port: int) -> dict[str, Any]:
    settings_ok = {"type": "object"}
    return {
        "openapi": "3.0.3",
        "info": {
            "title": "Second Look local service",
            "version": __version__,
            "description": "Listens on 127.0.0.1 only. Post text is never logged or stored.",
        },
        "servers": [{"url": f"http://127.0.0.1:{port}"}],
        "components": {"securitySchemes": {"token": {"type": "http", "scheme": "bearer"}}},
        "security": [{"token": []}],
        "paths": {
            "/v1/health": {
                "get": _op("Service status (no token needed)", {"type": "object"}, public=True)
            },
            "/v1/check": {
                "post": _op(
                    "Findings for one text",
                    {
                        "type": "object",
                        "required": ["findings", "summary", "took_ms", "engine"],
                        "properties": {
                            "findings": {"type": "array", "items": FINDING},
                            "summary": {"type": "object"},
                            "took_ms": {"type": "number"},
                            "engine": {"type": "object"},
                            "paused": {"type": "boolean"},
                        },
                    },
                    400,
                    413,
                    415,
                    body={
                        "type": "object",
                        "required": ["text"],
                        "properties": {
                            "text": {"type": "string", "maxLength": 20000},
                            "packs": {"type": "array", "items": {"type": "string"}},
                            "offsets": {"type": "string", "enum": ["codepoint", "utf16"]},
                        },
                    },
                )
            },
            "/v1/packs": {
                "get": _op(
                    "Rule packs and whether each is on",
                    {"type": "object", "properties": {"packs": {"type": "array"}}},
                )
            },
            "/v1/packs/{pack_id}": {
                "put": {
                    **_op(
                        "Switch a pack on or off",
                        {"type": "object"},
                        400,
                        404,
                        413,
                        415,
                        body={
                            "type": "object",
                            "required": ["enabled"],
                            "properties": {"enabled": {"type": "boolean"}},
                        },
                    ),
                    "parameters": [
                        {
                            "name": "pack_id",
                            "in": "path",
                            "required": True,
                            "schema": {"type": "string"},
                        }
                    ],
                }
            },
            "/v1/settings": {
                "get": _op(
                    "All settings, with an ETag",
                    settings_ok,
                    extra={"304": {"description": "unchanged since If-None-Match"}},
                ),
                "put": _op("Replace the settings", settings_ok, 400, 413, 415, 422, body=SETTINGS),
                "patch": _op(
                    "Change some settings", settings_ok, 400, 413, 415, 422, body=SETTINGS
                ),
            },
            "/v1/token": {
                "post": _op(
                    "Regenerate the pairing token (old clients disconnect)",
                    {"type": "object", "properties": {"token": {"type": "string"}}},
                )
            },
            "/v1/stats": {
                "get": _op(
                    "Warnings per pack per day, last 7 days (counts only)", {"type": "object"}
                )
            },
            "/v1/openapi.json": {"get": _op("This document", {"type": "object"})},
        },
    }


@bp.get("/openapi.json")
def openapi() -> Response:
    return jsonify(document(current_app.config["PORT"]))
