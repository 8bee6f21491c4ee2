"""``/settings``: the settings page, for the tray's window and for an ordinary browser tab.

The page is a static shell with no data in it; everything it shows comes from ``/v1`` with the
pairing token, so it is protected exactly like the API. The tray's window hands the token over
in the URL fragment; a browser tab asks for it once and keeps it in the page's local storage.
The headers keep the page to its own origin: no outside scripts, styles, fonts or frames."""

from __future__ import annotations

from pathlib import Path

from flask import Blueprint, Response, redirect, send_from_directory

STATIC = Path(__file__).resolve().parent.parent / "static" / "settings"
# 'unsafe-eval' is for pywebview: its window runs its own bridge and ``evaluate_js`` through
# eval(). The page itself never evaluates strings and puts every value into the DOM as text, so
# this opens no way in; inline scripts and anything from another origin stay refused.
SECURITY_HEADERS = {
    "Content-Security-Policy": (
        "default-src 'none'; script-src 'self' 'unsafe-eval'; style-src 'self'; "
        "img-src 'self' data:; "
        "connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'"
    ),
    "X-Frame-Options": "DENY",
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "Cache-Control": "no-cache",
}

bp = Blueprint("settings_page", __name__, static_folder=str(STATIC),
               static_url_path="/settings/assets")


@bp.get("/settings")
def page() -> Response:
    return send_from_directory(STATIC, "index.html", max_age=0)


@bp.get("/settings/")
def page_with_slash() -> Response:
    return redirect("/settings", code=308)  # type: ignore[return-value]


@bp.after_request
def harden(response: Response) -> Response:
    response.headers.update(SECURITY_HEADERS)
    return response
