"""The real pywebview window (Qt, offscreen) on a real service: it must get the token without
anyone typing it, show the page, and close cleanly. It runs in a subprocess with a timeout so a
hung GUI cannot wedge the suite."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from tray_helpers import Live

PROBE = Path(__file__).with_name("window_probe.py")


def test_window_shows_the_settings_page_and_closes(live: Live) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "SECONDLOOK_HOME": str(live.home)}
    result = subprocess.run([sys.executable, str(PROBE), str(live.port)], env=env,
                            capture_output=True, text=True, timeout=150)
    assert result.returncode == 0, result.stderr[-3000:]
    lines = result.stdout.splitlines()
    assert lines[-1] == "closed", result.stdout
    report = json.loads(next(line for line in lines if line.startswith("{")))
    assert report["state"] == "ready"
    assert report["title"] == "Second Look settings"
    assert report["address"] == f"{live.url}/settings", "the token must leave the address"
    assert report["tokenStored"] is True
    packs = live.call("GET", "/v1/settings").json()["packs"]
    assert dict(report["packs"]) == packs
    assert report["model"].startswith(live.call("GET", "/v1/health").json()["model"] or "None")
