"""A small HTTP client for the local service, used by the tray. Standard library only, so the
tray needs nothing the service does not already have."""

from __future__ import annotations

import json
import urllib.error
import urllib.request
from pathlib import Path
from typing import Any

from secondlook.server import HOST
from secondlook.store import read_token


class ServiceError(RuntimeError):
    """The service answered with an error, or did not answer at all."""

    def __init__(self, message: str, status: int | None = None) -> None:
        super().__init__(message)
        self.status = status


class ServiceClient:
    def __init__(self, port: int, home: Path | None = None, timeout: float = 3.0) -> None:
        self.port = port
        self.home = home
        self.timeout = timeout
        self.base_url = f"http://{HOST}:{port}"

    @property
    def token(self) -> str:
        """Read fresh each time: the settings page may have regenerated it a moment ago."""
        return read_token(self.home)

    def settings_url(self, *, with_token: bool = False) -> str:
        """The settings page; ``with_token`` hands the token over in the fragment, which the
        browser never sends to any server and the page removes from the address at once."""
        url = f"{self.base_url}/settings"
        return f"{url}#token={self.token}" if with_token else url

    # -- transport ------------------------------------------------------------------------------

    def request(self, method: str, path: str, body: dict[str, Any] | None = None,
                headers: dict[str, str] | None = None) -> tuple[int, dict[str, str], Any]:
        """``(status, headers, parsed JSON or None)``; raises ServiceError for 4xx/5xx and for a
        service that does not answer."""
        data = None if body is None else json.dumps(body).encode()
        req = urllib.request.Request(self.base_url + path, data=data, method=method)
        if path != "/v1/health":
            req.add_header("Authorization", f"Bearer {self.token}")
        if data is not None:
            req.add_header("Content-Type", "application/json")
        for name, value in (headers or {}).items():
            req.add_header(name, value)
        try:
            with urllib.request.urlopen(req, timeout=self.timeout) as response:
                raw = response.read()
                return response.status, dict(response.headers), json.loads(raw) if raw else None
        except urllib.error.HTTPError as exc:
            with exc:  # an HTTPError holds the open response
                if exc.code == 304:
                    return 304, dict(exc.headers), None
                raise ServiceError(_error_message(exc), exc.code) from None
        except (urllib.error.URLError, OSError) as exc:
            raise ServiceError(f"the service on port {self.port} does not answer "
                               f"({type(exc).__name__})") from None

    # -- the calls the tray makes ---------------------------------------------------------------

    def health(self) -> dict[str, Any] | None:
        """``/v1/health``, or None when nothing answers (or something that is not Second Look)."""
        try:
            _, _, data = self.request("GET", "/v1/health")
        except ServiceError:
            return None
        return data if isinstance(data, dict) and "version" in data else None

    def packs(self) -> list[dict[str, Any]]:
        return self.request("GET", "/v1/packs")[2]["packs"]  # type: ignore[no-any-return]

    def settings(self, etag: str | None = None) -> tuple[str | None, dict[str, Any] | None]:
        """``(etag, settings)``; settings is None when they did not change since ``etag``."""
        headers = {"If-None-Match": etag} if etag else {}
        status, response_headers, data = self.request("GET", "/v1/settings", headers=headers)
        return response_headers.get("ETag"), None if status == 304 else data

    def change_settings(self, changes: dict[str, Any]) -> dict[str, Any]:
        return self.request("PATCH", "/v1/settings", changes)[2]  # type: ignore[no-any-return]

    def set_pack(self, pack_id: str, enabled: bool) -> dict[str, Any]:
        return self.change_settings({"packs": {pack_id: enabled}})

    def pause(self, seconds: float) -> dict[str, Any]:
        return self.change_settings({"pause_for_seconds": seconds})

    def resume(self) -> dict[str, Any]:
        return self.change_settings({"paused_until": None})


def _error_message(exc: urllib.error.HTTPError) -> str:
    try:
        return str(json.loads(exc.read())["error"]["message"])
    except (ValueError, KeyError, TypeError):
        return f"HTTP {exc.code}"
