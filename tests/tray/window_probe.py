"""Run by test_window.py in its own process: open the real settings window (pywebview, Qt) on the
service at ``argv[1]``, wait for the page to be ready, print what the page shows as one JSON
line, and close the window."""

from __future__ import annotations

import json
import sys
import time
from typing import Any

from secondlook.tray.client import ServiceClient
from secondlook.tray.window import open_window

REPORT = """JSON.stringify({
  state: document.body.dataset.state,
  title: document.title,
  address: location.href,
  tokenStored: localStorage.getItem("secondlook.token") !== null,
  packs: [...document.querySelectorAll("[role=switch]")].map((e) => [e.dataset.pack, e.checked]),
  model: document.querySelector("#status-model").textContent,
})"""


def probe(window: Any) -> None:
    window.events.loaded.wait(20)
    deadline = time.monotonic() + 20
    while time.monotonic() < deadline:
        if window.evaluate_js("document.body.dataset.state") == "ready":
            break
        time.sleep(0.2)
    print(json.dumps(json.loads(window.evaluate_js(REPORT))), flush=True)
    window.destroy()


if __name__ == "__main__":
    open_window(ServiceClient(int(sys.argv[1])).settings_url(with_token=True), probe)
    print("closed", flush=True)
