"""Shared fixtures. The spaCy model loads once per test session (``analyzer``); each Flask app
gets its own empty SECONDLOOK_HOME."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from flask.testing import FlaskClient

from secondlook import DEFAULT_PORT, create_app
from secondlook.engine import Analyzer
from secondlook.rules import Pack, load_packs

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
BASE_URL = f"http://127.0.0.1:{DEFAULT_PORT}"


@pytest.fixture(scope="session")
def playwright_driver() -> Iterator[Any]:
    """One Playwright driver per session: its sync API allows only one running at a time, so
    the e2e and settings-page suites share it."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as driver:
        yield driver


@pytest.fixture(scope="session")
def packs() -> dict[str, Pack]:
    return load_packs()


@pytest.fixture(scope="session")
def analyzer(packs: dict[str, Pack]) -> Analyzer:
    return Analyzer(packs)


@pytest.fixture
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    path = tmp_path / "home"
    path.mkdir()
    monkeypatch.setenv("SECONDLOOK_HOME", str(path))
    return path


@pytest.fixture
def app(home: Path, analyzer: Analyzer):  # type: ignore[no-untyped-def]
    return create_app({"HOME": str(home), "ANALYZER": analyzer, "TESTING": True})


@pytest.fixture
def token(app) -> str:  # type: ignore[no-untyped-def]
    return app.extensions["secondlook"].token  # type: ignore[no-any-return]


class LocalClient(FlaskClient):
    """A test client that, like the extension, talks to http://127.0.0.1:<default port>."""

    def open(self, *args, **kwargs):  # type: ignore[no-untyped-def]
        kwargs.setdefault("base_url", BASE_URL)
        return super().open(*args, **kwargs)


@pytest.fixture
def client(app) -> Iterator[FlaskClient]:  # type: ignore[no-untyped-def]
    app.test_client_class = LocalClient
    with app.test_client() as client:
        yield client


@pytest.fixture
def auth(token: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {token}"}
