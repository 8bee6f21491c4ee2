"""Helpers of the tray tests: free ports, and a running service with a requests client that
talks to it the way the extension does."""

from __future__ import annotations

import socket
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import requests

ROOT = Path(__file__).resolve().parents[2]
ARTIFACTS = ROOT / "test-artifacts"


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def port_is_free(port: int) -> bool:
    """Nothing listens on ``port`` and a new server could bind it (as waitress does, with
    SO_REUSEADDR, so connections of the old one lingering in TIME_WAIT do not count)."""
    with socket.socket() as probe:
        if probe.connect_ex(("127.0.0.1", port)) == 0:
            return False
    with socket.socket() as sock:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            sock.bind(("127.0.0.1", port))
        except OSError:
            return False
        return True


@dataclass
class Live:
    """A running service and a requests session paired with it."""

    port: int
    home: Path
    app: Any

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    @property
    def token(self) -> str:
        return str(self.app.extensions["secondlook"].token)

    def call(self, method: str, path: str, **kwargs: Any) -> requests.Response:
        headers = {"Authorization": f"Bearer {self.token}", **kwargs.pop("headers", {})}
        return requests.request(method, self.url + path, headers=headers, timeout=10, **kwargs)

    def check(self, text: str) -> dict[str, Any]:
        response = self.call("POST", "/v1/check", json={"text": text})
        assert response.status_code == 200, response.text
        return response.json()  # type: ignore[no-any-return]
