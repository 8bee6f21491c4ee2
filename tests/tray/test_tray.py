"""The tray menu, built for real with pystray (its dummy backend: real menu objects, nothing on
screen), over the real service running as the tray's child process. Every item is invoked the
way a click would, and the service is asked afterwards what changed."""

from __future__ import annotations

import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pystray
import pytest
import requests
from tray_helpers import free_port, port_is_free

from secondlook.store import read_token
from secondlook.tray.app import PAUSE_SECONDS, Tray
from secondlook.tray.icons import STATES, icon_image

SWEAR_TEXT = "What a f*cking night in the ER"
ACTIONS = ["Pause checking for 1 hour", "Resume", "Open settings", "Copy pairing token", "Quit"]


class Calls:
    def __init__(self) -> None:
        self.opened: list[int] = []
        self.copied: list[str] = []

    def open(self, port: int) -> None:
        self.opened.append(port)

    def copy(self, text: str) -> bool:
        self.copied.append(text)
        return True


@pytest.fixture(scope="module")
def calls() -> Calls:
    return Calls()


@pytest.fixture(scope="module")
def tray(tmp_path_factory: pytest.TempPathFactory, calls: Calls) -> Iterator[Tray]:
    assert pystray.Icon.__module__ == "pystray._base", "PYSTRAY_BACKEND=dummy was not honoured"
    home = tmp_path_factory.mktemp("tray-home")
    running = Tray(free_port(), home=home, icon_factory=pystray.Icon, open_settings=calls.open,
                   copy=calls.copy)
    running.start_service()
    assert running.wait_until_up(90), "the service did not come up"
    running.refresh()
    yield running
    running.quit()


def api(tray: Tray, method: str, path: str, **kwargs: Any) -> requests.Response:
    token = read_token(tray.home)
    headers = {"Authorization": f"Bearer {token}", **kwargs.pop("headers", {})}
    return requests.request(method, f"http://127.0.0.1:{tray.port}{path}", headers=headers,
                            timeout=10, **kwargs)


def settings(tray: Tray) -> dict[str, Any]:
    return api(tray, "GET", "/v1/settings").json()  # type: ignore[no-any-return]


def item(tray: Tray, text: str) -> Any:
    found = [i for i in tray.icon.menu if i.text == text]
    assert len(found) == 1, f"no single menu item {text!r} in {[i.text for i in tray.icon.menu]}"
    return found[0]


def click(tray: Tray, text: str) -> None:
    item(tray, text)(tray.icon)


def tone_findings(tray: Tray) -> list[tuple[str, str, int, int]]:
    result = api(tray, "POST", "/v1/check", json={"text": SWEAR_TEXT}).json()
    return [(f["rule"], f["text"], f["start"], f["end"]) for f in result["findings"]
            if f["pack"] == "tone"]


def test_menu_has_the_packs_then_the_actions(tray: Tray) -> None:
    packs = api(tray, "GET", "/v1/packs").json()["packs"]
    texts = [i.text for i in tray.icon.menu if i is not pystray.Menu.SEPARATOR]
    assert texts == [p["title"] for p in packs] + ACTIONS
    for pack in packs:
        assert item(tray, pack["title"]).checked is pack["enabled"]
    assert tray.state == "running"
    assert item(tray, "Pause checking for 1 hour").enabled is True
    assert item(tray, "Resume").enabled is False
    assert tray.icon.icon.tobytes() == icon_image("running").tobytes()


def test_pack_item_switches_the_pack_in_the_service(tray: Tray) -> None:
    tone = "Professional tone"
    assert ("tone.profanity", "f*cking", 7, 14) in tone_findings(tray)
    click(tray, tone)
    assert settings(tray)["packs"]["tone"] is False
    assert item(tray, tone).checked is False
    assert tone_findings(tray) == []
    click(tray, tone)
    assert settings(tray)["packs"]["tone"] is True
    assert item(tray, tone).checked is True
    assert ("tone.profanity", "f*cking", 7, 14) in tone_findings(tray)


def test_pause_for_an_hour_then_resume(tray: Tray) -> None:
    click(tray, "Pause checking for 1 hour")
    current = settings(tray)
    assert current["paused"] is True
    assert abs(current["paused_until"] - (time.time() + PAUSE_SECONDS)) < 60
    assert tray.state == "paused"
    assert tray.icon.icon.tobytes() == icon_image("paused").tobytes()
    assert tray.icon.title.startswith("Second Look: paused until")
    assert item(tray, "Pause checking for 1 hour").enabled is False
    assert item(tray, "Resume").enabled is True
    paused = api(tray, "POST", "/v1/check", json={"text": SWEAR_TEXT}).json()
    assert paused["paused"] is True and paused["findings"] == []

    click(tray, "Resume")
    assert settings(tray)["paused"] is False
    assert tray.state == "running"
    assert item(tray, "Resume").enabled is False
    assert ("tone.profanity", "f*cking", 7, 14) in tone_findings(tray)


def test_changes_made_elsewhere_show_in_the_menu(tray: Tray) -> None:
    advice = "Individual medical advice"
    assert item(tray, advice).checked is True
    api(tray, "PATCH", "/v1/settings", json={"packs": {"advice": False}})  # the settings page
    tray.refresh()
    assert item(tray, advice).checked is False
    api(tray, "PATCH", "/v1/settings", json={"packs": {"advice": True}})
    tray.refresh()
    assert item(tray, advice).checked is True


def test_open_settings_opens_the_page_of_this_service(tray: Tray, calls: Calls) -> None:
    assert item(tray, "Open settings").default is True  # a click on the icon opens it too
    click(tray, "Open settings")
    assert calls.opened == [tray.port]
    page = requests.get(tray.client.settings_url(), timeout=10)
    assert page.status_code == 200 and "<title>Second Look settings</title>" in page.text


def test_copy_pairing_token_copies_the_token_that_works(tray: Tray, calls: Calls) -> None:
    click(tray, "Copy pairing token")
    copied = calls.copied[-1]
    ok = requests.get(f"http://127.0.0.1:{tray.port}/v1/settings", timeout=10,
                      headers={"Authorization": f"Bearer {copied}"})
    assert ok.status_code == 200
    new = api(tray, "POST", "/v1/token").json()["token"]  # regenerated in the settings page
    click(tray, "Copy pairing token")
    assert calls.copied[-1] == new != copied


def test_icon_shapes_differ_by_state() -> None:
    images = {state: icon_image(state).tobytes() for state in STATES}
    assert len(set(images.values())) == len(STATES)
    with pytest.raises(ValueError):
        icon_image("sleeping")


def test_quit_stops_the_service_cleanly_and_frees_the_port(tray: Tray) -> None:
    # Runs last in this module: it ends the tray the fixture started.
    api(tray, "POST", "/v1/check", json={"text": SWEAR_TEXT})  # a warning to count
    service = tray.service
    assert service is not None
    click(tray, "Quit")
    assert service.returncode == 0
    assert port_is_free(tray.port)
    assert tray.client.health() is None
    stats = Path(tray.home, "stats.json").read_text(encoding="utf-8")
    assert '"tone": ' in stats and "f*cking" not in stats  # counters flushed, never text
    tray.refresh()
    assert tray.state == "error" and "stopped" in tray.detail
    assert tray.icon.icon.tobytes() == icon_image("error").tobytes()


def test_missing_model_shows_as_error_while_rules_still_check(
        tmp_path: Path, calls: Calls) -> None:
    (tmp_path / "settings.json").write_text('{"model": "secondlook_no_such_model"}\n')
    degraded = Tray(free_port(), home=tmp_path, icon_factory=pystray.Icon,
                    open_settings=calls.open, copy=calls.copy)
    degraded.start_service()
    try:
        assert degraded.wait_until_up(90)
        degraded.refresh()
        health = degraded.client.health()
        assert health is not None and health["degraded"] is True
        assert degraded.state == "error"
        assert degraded.icon.title == "Second Look: no language model: checking with rules only"
        assert degraded.icon.icon.tobytes() == icon_image("error").tobytes()
        assert ("tone.profanity", "f*cking", 7, 14) in tone_findings(degraded)
        assert item(degraded, "Professional tone").enabled is True  # the menu still works
    finally:
        degraded.quit()
    assert port_is_free(degraded.port)
