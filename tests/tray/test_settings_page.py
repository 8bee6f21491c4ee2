"""The settings page in a real Chromium against a real service: every change made on the page must
show in /v1/settings and change what /v1/check reports."""

from __future__ import annotations

import re
from typing import Any

import pytest
from playwright.sync_api import expect
from tray_helpers import ARTIFACTS, Live

from secondlook.engine.analyzer import CUSTOM_RULE_ID

EMAIL_TEXT = "Her son wrote to me at mark.b@example.com about the results"
EMAIL = "mark.b@example.com"
SWEAR_TEXT = "What a f*cking night in the ER"


def phi_email(result: dict[str, Any]) -> list[tuple[str, int, int, str]]:
    return [(f["text"], f["start"], f["end"], f["severity"]) for f in result["findings"]
            if f["rule"] == "phi.email"]


def open_page(browser: Any, live: Live, *, token_in_fragment: bool) -> Any:
    page = browser.new_page(viewport={"width": 960, "height": 1200})
    errors: list[str] = []
    page.on("pageerror", lambda exc: errors.append(str(exc)))
    page.errors = errors
    fragment = f"#token={live.token}" if token_in_fragment else ""
    page.goto(f"{live.url}/settings{fragment}")
    return page


def test_page_is_served_with_a_strict_policy_and_no_outside_assets(live: Live) -> None:
    import requests

    page = requests.get(f"{live.url}/settings", timeout=10)
    assert page.status_code == 200
    assert "text/html" in page.headers["Content-Type"]
    policy = page.headers["Content-Security-Policy"]
    assert "default-src 'none'" in policy and "script-src 'self' 'unsafe-eval';" in policy
    assert "'unsafe-inline'" not in policy
    assert "connect-src 'self'" in policy and "frame-ancestors 'none'" in policy
    assets = re.findall(r'(?:src|href)="([^"]+)"', page.text)
    assert "/settings/assets/settings.js" in assets and "/settings/assets/settings.css" in assets
    for asset in assets:
        assert asset.startswith(("/settings/assets/", "#")), asset
        if asset.startswith("/"):
            body = requests.get(live.url + asset, timeout=10)
            assert body.status_code == 200, asset
            assert not re.search(r"https?://(?!www\.w3\.org/2000/svg)", body.text), asset
    # Like the API, the page answers only on the loopback names (DNS rebinding).
    rebound = requests.get(f"{live.url}/settings", headers={"Host": f"evil.test:{live.port}"},
                           timeout=10)
    assert rebound.status_code == 403


def test_browser_tab_asks_for_the_token_once(browser: Any, live: Live) -> None:
    page = open_page(browser, live, token_in_fragment=False)
    page.wait_for_selector("body[data-state=needs-token]")
    assert page.locator("#main").is_hidden()
    page.fill("#token-input", "not-the-token")
    page.click("#token-form button[type=submit]")
    page.wait_for_selector("#token-input-error:has-text('not accepted')")
    page.fill("#token-input", live.token)
    page.click("#token-form button[type=submit]")
    page.wait_for_selector("body[data-state=ready]")
    page.reload()  # remembered: not asked again
    page.wait_for_selector("body[data-state=ready]")
    assert page.locator("#connect").is_hidden()
    assert page.errors == []
    page.close()


def test_changes_on_the_page_reach_the_analyzer(browser: Any, live: Live) -> None:
    before = live.check(EMAIL_TEXT)
    start = EMAIL_TEXT.index(EMAIL)
    assert phi_email(before) == [(EMAIL, start, start + len(EMAIL), "critical")]
    assert any(f["rule"] == "tone.profanity" and f["text"] == "f*cking"
               for f in live.check(SWEAR_TEXT)["findings"])

    page = open_page(browser, live, token_in_fragment=True)
    page.wait_for_selector("body[data-state=ready]")
    assert "#token" not in page.url, "the token must leave the address bar"

    # 1. A rule's severity: phi.email from critical down to info.
    page.locator("article:has(#pack-phi-title) summary").click()
    page.select_option("#rule-phi\\.email", "info")
    expect(page.locator("#rule-phi\\.email")).to_have_value("info")
    _wait_for_setting(live, lambda s: s["rule_overrides"].get("phi.email") == "info")
    assert phi_email(live.check(EMAIL_TEXT)) == [(EMAIL, start, start + len(EMAIL), "info")]

    # 2. An allowlist term: the address is never flagged again, elsewhere still is.
    page.fill("#allowlist-input", EMAIL)
    page.click("form[data-list=allowlist] button[type=submit]")
    page.wait_for_selector(f"#allowlist-terms li:has-text('{EMAIL}')")
    assert live.call("GET", "/v1/settings").json()["allowlist"] == [EMAIL]
    assert phi_email(live.check(EMAIL_TEXT)) == []
    other = "Write to ann.c@example.org"
    assert phi_email(live.check(other)) == [("ann.c@example.org", 9, 26, "info")]

    # 3. A pack switched off: no tone findings at all.
    tone = page.locator("#pack-tone-enabled")
    assert tone.is_checked()
    tone.click()
    _wait_for_setting(live, lambda s: s["packs"]["tone"] is False)
    assert tone.is_checked() is False
    result = live.check(SWEAR_TEXT)
    assert [f for f in result["findings"] if f["pack"] == "tone"] == []
    assert "tone" not in result["summary"]["counts_by_pack"]

    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "settings.png"), full_page=True)
    assert page.errors == []
    page.close()


def test_invalid_term_is_refused_with_a_message_and_nothing_saved_is_lost(
        browser: Any, live: Live) -> None:
    live.call("PATCH", "/v1/settings", json={"always_flag": ["Tignish Manor"]})
    page = open_page(browser, live, token_in_fragment=True)
    page.wait_for_selector("body[data-state=ready]")
    page.wait_for_selector("#always_flag-terms li:has-text('Tignish Manor')")
    page.fill("#always_flag-input", "x" * 100 + "y")  # the field caps at 100: one more is cut
    assert len(page.input_value("#always_flag-input")) == 100
    page.fill("#always_flag-input", "tignish manor")
    page.click("form[data-list=always_flag] button[type=submit]")
    page.wait_for_selector("#always_flag-error:has-text('already in the list')")
    assert page.get_attribute("#always_flag-input", "aria-invalid") == "true"
    page.fill("#always_flag-input", "   ")
    page.click("form[data-list=always_flag] button[type=submit]")
    page.wait_for_selector("#always_flag-error:has-text('Type a word')")
    assert live.call("GET", "/v1/settings").json()["always_flag"] == ["Tignish Manor"]
    custom = [(f["text"], f["start"], f["end"], f["severity"])
              for f in live.check("Back at Tignish Manor today")["findings"]
              if f["rule"] == CUSTOM_RULE_ID]
    assert custom == [("Tignish Manor", 8, 21, "warning")]
    page.close()


def test_page_follows_changes_made_elsewhere_and_pauses(browser: Any, live: Live) -> None:
    page = open_page(browser, live, token_in_fragment=True)
    page.wait_for_selector("body[data-state=ready]")
    assert page.locator("#pack-advice-enabled").is_checked()
    live.call("PATCH", "/v1/settings", json={"packs": {"advice": False}})  # as the tray does
    expect(page.locator("#pack-advice-enabled")).not_to_be_checked(timeout=4000)
    page.click("#pause")
    page.wait_for_selector("#status-checking:has-text('Paused until')")
    assert live.call("GET", "/v1/settings").json()["paused"] is True
    paused = live.check(EMAIL_TEXT)
    assert paused["paused"] is True and paused["findings"] == []
    page.click("#resume")
    page.wait_for_selector("#status-checking:text-is('On')")
    assert phi_email(live.check(EMAIL_TEXT))[0][0] == EMAIL
    page.close()


def test_regenerating_the_token_disconnects_the_old_one(browser: Any, live: Live) -> None:
    old = live.token
    page = open_page(browser, live, token_in_fragment=True)
    page.wait_for_selector("body[data-state=ready]")
    page.on("dialog", lambda dialog: dialog.accept())
    page.click("#token-regenerate")
    expect(page.locator("#token-value")).not_to_have_value(old)
    new = page.input_value("#token-value")
    assert new == live.token and new != old
    stale = live.call("GET", "/v1/settings", headers={"Authorization": f"Bearer {old}"})
    assert stale.status_code == 401
    page.reload()  # the page kept the new token
    page.wait_for_selector("body[data-state=ready]")
    page.close()


def _wait_for_setting(live: Live, ok: Any, timeout: float = 5.0) -> None:
    import time

    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if ok(live.call("GET", "/v1/settings").json()):
            return
        time.sleep(0.05)
    pytest.fail("the page's change did not reach /v1/settings")


def test_screenshot_is_published() -> None:
    """The README shows docs/screenshots/settings.png; it must exist and be a PNG."""
    published = ARTIFACTS.parent / "docs" / "screenshots" / "settings.png"
    assert published.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
