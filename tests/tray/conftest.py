"""Fixtures of the tray tests: a real service on a free port (in a thread, sharing the session's
analyzer) and a headless Chromium for the settings page."""

from __future__ import annotations

import os
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from tray_helpers import Live, free_port

# pystray picks its backend when first imported; the dummy one builds icons and menus for real
# but shows nothing, so the menu can be driven without a desktop.
os.environ.setdefault("PYSTRAY_BACKEND", "dummy")

from secondlook.server import make_server, stop_threaded  # noqa: E402

CHROMIUM = "/usr/bin/chromium"


@pytest.fixture
def live(home: Path, analyzer: Any) -> Iterator[Live]:
    port = free_port()
    server = make_server(port, {"HOME": str(home), "ANALYZER": analyzer})
    thread = threading.Thread(target=server.run, name="live-service", daemon=True)
    thread.start()
    yield Live(port, home, server.app)
    stop_threaded(server, thread)
    assert not thread.is_alive(), "the service did not stop"


@pytest.fixture(scope="session")
def browser(playwright_driver: Any) -> Iterator[Any]:
    chromium = playwright_driver.chromium.launch(
        executable_path=CHROMIUM, headless=True, args=["--no-sandbox"])
    yield chromium
    chromium.close()
