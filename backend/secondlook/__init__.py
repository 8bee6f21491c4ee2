"""Second Look: a local second pair of eyes for clinicians before they post."""

from __future__ import annotations

from typing import Any

__version__ = "0.1.0"
DEFAULT_PORT = 8652
MAX_TEXT_CHARS = 20_000  # a long Facebook post is ~5,000; anything longer is not a post
MAX_BODY_BYTES = 256 * 1024


def create_app(config: dict[str, Any] | None = None) -> Any:
    """The Flask app. ``config`` may set PORT, HOME (a path), MODEL, ANALYZER (a ready Analyzer),
    MAX_TEXT_CHARS and MAX_CONTENT_LENGTH."""
    from secondlook.api import build_app

    return build_app(config or {})
