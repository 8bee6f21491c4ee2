"""The HTTP API: one blueprint per area, all under ``/v1``."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from flask import Flask

from secondlook import DEFAULT_PORT, MAX_BODY_BYTES, MAX_TEXT_CHARS
from secondlook.api import check, errors, health, openapi, packs, security, settings
from secondlook.service import Service


def build_app(config: dict[str, Any]) -> Flask:
    app = Flask("secondlook")
    app.config.update(
        PORT=DEFAULT_PORT,
        MAX_TEXT_CHARS=MAX_TEXT_CHARS,
        MAX_CONTENT_LENGTH=MAX_BODY_BYTES,
    )
    app.config.update(config)
    app.json.sort_keys = False  # type: ignore[attr-defined]
    home = Path(config["HOME"]) if config.get("HOME") else None
    app.extensions["secondlook"] = Service.build(
        home=home, model=config.get("MODEL"), analyzer=config.get("ANALYZER")
    )
    errors.register(app)
    security.register(app)
    for area in (health, check, packs, settings, openapi):
        app.register_blueprint(area.bp)
    _register_optional(app)
    return app


def _register_optional(app: Flask) -> None:
    """Areas built by other parts of the project (the settings page) register when present."""
    try:
        from secondlook.api import settings_page
    except ImportError:
        return
    app.register_blueprint(settings_page.bp)
