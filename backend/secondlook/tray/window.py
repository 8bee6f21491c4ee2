"""The settings window: pywebview (Qt backend) showing the service's ``/settings`` page.

It runs in its own process (``python -m secondlook.tray.window --port N``) because both Qt and
the tray icon want the main thread. The window reads the pairing token from ``SECONDLOOK_HOME``
and hands it to the page in the URL fragment, which never leaves the window; the page stores it
and removes it from the address. Without Qt, the default browser opens the page instead, and the
page asks for the token once."""

from __future__ import annotations

import argparse
import os
import signal
import subprocess
import sys
import webbrowser
from collections.abc import Callable, Sequence
from typing import Any

from secondlook import DEFAULT_PORT
from secondlook.tray.client import ServiceClient

TITLE = "Second Look settings"


def open_window(url: str, probe: Callable[[Any], None] | None = None) -> None:
    """Show ``url`` and block until the window is closed. ``probe(window)`` runs in a thread once
    the GUI loop has started (tests use it to inspect the page and close the window)."""
    import webview

    if hasattr(os, "geteuid") and os.geteuid() == 0:
        # Chromium (inside QtWebEngine) refuses to start its sandbox as root.
        os.environ.setdefault("QTWEBENGINE_DISABLE_SANDBOX", "1")
    window = webview.create_window(TITLE, url, width=920, height=780, min_size=(480, 420))
    if probe is None:
        webview.start(gui="qt", private_mode=True)
    else:
        webview.start(probe, (window,), gui="qt", private_mode=True)


def show_settings(port: int) -> int:
    client = ServiceClient(port)
    try:
        open_window(client.settings_url(with_token=True))
    except Exception as exc:  # no Qt, no display, missing system libraries ...
        print(f"secondlook: cannot open the settings window ({type(exc).__name__}: {exc}); "
              f"opening {client.settings_url()} in the browser. Paste the token from "
              "`secondlook token` when the page asks for it.", file=sys.stderr)
        webbrowser.open(client.settings_url())
    return 0


def spawn(port: int) -> subprocess.Popen[bytes]:
    """The settings window as a child process."""
    return subprocess.Popen([sys.executable, "-m", "secondlook.tray.window", "--port", str(port)],
                            stdin=subprocess.DEVNULL)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m secondlook.tray.window")
    parser.add_argument("--port", type=int, default=DEFAULT_PORT)
    args = parser.parse_args(argv)
    signal.signal(signal.SIGINT, signal.SIG_DFL)  # the Qt loop never returns to Python for ^C
    return show_settings(args.port)


if __name__ == "__main__":
    sys.exit(main())
