"""The browser builds `build.py` writes, checked as the stores check them. Chromium's build is
loaded and driven by the e2e tests; Firefox's is checked here by Mozilla's own addons-linter (the
validator addons.mozilla.org runs on every upload), installed with the fixture pages' npm
packages."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
FIREFOX = ROOT / "dist" / "firefox"
LINTER = ROOT / "tests" / "node_modules" / ".bin" / "addons-linter"


def test_the_firefox_build_passes_mozillas_addons_linter() -> None:
    assert (FIREFOX / "manifest.json").exists(), "run python3 build.py setup first"
    assert LINTER.exists(), "run python3 build.py test (npm ci in tests/) first"
    done = subprocess.run([str(LINTER), str(FIREFOX), "--output", "json"],
                          capture_output=True, text=True, timeout=120)
    report = json.loads(done.stdout)
    messages = [(m["code"], m.get("file"), m.get("description"))
                for kind in ("errors", "warnings", "notices") for m in report[kind]]
    assert messages == []
    assert done.returncode == 0


def test_the_firefox_manifest_says_nothing_is_collected() -> None:
    manifest = json.loads((FIREFOX / "manifest.json").read_text())
    gecko = manifest["browser_specific_settings"]["gecko"]
    assert gecko["data_collection_permissions"] == {"required": ["none"]}
    assert manifest["background"] == {"scripts": ["background/worker.js"], "type": "module"}
    assert manifest["host_permissions"] == ["http://127.0.0.1/*", "http://localhost/*"]
