"""The built extension in real Chromium against the real Draft.js (x.com) and Lexical
(www.facebook.com) editors and the real service (issue 3, section 8 and Done-when; issue 6's
offline/reconnect and debounce-to-underlines measurements).

Each test asks the service what it finds in the text and checks the page against that answer:
which words are underlined, by which pack, at which severity, over which pixels."""

from __future__ import annotations

import json
from typing import Any

import pytest
from e2e_harness import (
    CLEAN,
    DONE_WHEN,
    EXTENSION,
    FACEBOOK,
    FACEBOOK_COMMENT,
    TWITTER,
    X_MODAL,
    X_REPLY,
    Service,
    Site,
    X,
    badge_state,
    eventually,
    latency_samples,
    offline_findings,
    record_latency,
    screenshot,
    text_rects,
    type_and_wait,
    underline_mismatch,
    underlined,
    underlines,
    utf16_span,
)

pytestmark = pytest.mark.usefixtures("extension")

SITES = [pytest.param(X, id="x"), pytest.param(FACEBOOK, id="facebook")]
SURFACES = [  # every compose box of the fixtures: posts, the X compose modal, replies, comments
    pytest.param(site, id=site.name) for site in (X, X_MODAL, X_REPLY, FACEBOOK, FACEBOOK_COMMENT)
]


@pytest.mark.parametrize("site", [*SURFACES, pytest.param(TWITTER, id="twitter.com")])
def test_done_when_phi_underlines_lie_over_the_flagged_words_within_2_s(
    page: Any, site: Site, service: Service
) -> None:
    findings, took = type_and_wait(page, site, service, DONE_WHEN, timeout=2.0)
    assert took <= 2.0
    assert underlined(page, site, DONE_WHEN, "Kowalski", "phi")
    assert underlined(page, site, DONE_WHEN, "902-555-0142", "phi")
    assert {f["pack"] for f in findings} >= {"phi"}
    assert badge_state(page, site) == "issues"
    screenshot(page, f"{site.name}-underlines.png")


@pytest.mark.parametrize("site", SURFACES)
def test_critical_finding_opens_the_gate_review_keeps_it_and_post_anyway_posts_once(
    page: Any, site: Site, service: Service
) -> None:
    findings, _ = type_and_wait(page, site, service, DONE_WHEN)
    assert any(f["severity"] == "critical" for f in findings), "premise: a critical finding"
    gate = page.locator("[data-secondlook-gate]")

    site.post(page)
    gate.wait_for(state="visible", timeout=2000)
    screenshot(page, f"{site.name}-gate.png")
    assert site.posts(page) == []
    gate.locator('[data-action="review"]').click()
    gate.wait_for(state="hidden", timeout=2000)
    page.wait_for_timeout(300)
    assert site.posts(page) == []
    assert site.text(page) == DONE_WHEN
    assert page.evaluate("document.activeElement?.closest('[contenteditable=true]') != null")
    close_card(page)

    if site is X:  # Ctrl+Enter is a way to post on X, and the gate stops it too
        page.locator(site.editor).focus()
        page.keyboard.press("Control+Enter")
        gate.wait_for(state="visible", timeout=2000)
        assert site.posts(page) == []
        gate.locator('[data-action="review"]').click()
        gate.wait_for(state="hidden", timeout=2000)
        close_card(page)

    page.locator(site.editor).focus()
    site.post(page)
    gate.locator('[data-action="post-anyway"]').click()
    eventually(lambda: None if site.posts(page) else "nothing posted", 2.0)
    page.wait_for_timeout(700)  # a second submission would show up by now
    assert site.posts(page) == [{"surface": site.surface, "text": DONE_WHEN}]
    assert gate.count() == 0 or not gate.is_visible()


def close_card(page: Any) -> None:
    """Review opens the first finding's card, which may cover the Post button; a user clicks
    elsewhere to close it before posting."""
    page.mouse.click(5, 700)
    page.locator("[data-secondlook-card]:visible").wait_for(state="detached", timeout=2000)


@pytest.mark.parametrize("site", SURFACES)
def test_clean_post_submits_at_once(page: Any, site: Site, service: Service) -> None:
    assert not [f for f in service.check(CLEAN) if f["severity"] != "info"], "premise: clean"
    site.open(page)
    page.keyboard.type(CLEAN)
    site.post(page)  # straight away, while the check may still be running
    posted_at_once = site.posts(page)
    if not posted_at_once:
        delay = eventually(lambda: None if site.posts(page) else "never posted", 5.0)
        raise AssertionError(f"the clean post was held back {delay * 1000:.0f} ms")
    assert posted_at_once == [{"surface": site.surface, "text": CLEAN}]
    assert page.locator("[data-secondlook-gate]").count() == 0


# Hard negatives on which the service leaves notes (info): a clinic's own number in a public-health
# message, a colleague congratulated by name. A clinician must see a clean compose box.
NOTES_ONLY = [
    pytest.param("Get your flu shot! Call 555-123-4567 at the clinic to book.", id="clinic-phone"),
    pytest.param("Congratulations to Dr. Priya Nair on her teaching award!", id="colleague"),
]


@pytest.mark.parametrize("text", NOTES_ONLY)
@pytest.mark.parametrize("site", SITES)
def test_info_notes_are_listed_but_never_underlined(
    page: Any, site: Site, service: Service, text: str
) -> None:
    findings = service.check(text)
    assert findings, "premise: the service leaves a note"
    assert {f["severity"] for f in findings} == {"info"}, f"premise: notes only, got {findings}"
    site.open(page)
    page.keyboard.type(text)
    page.keyboard.press("Alt+Shift+L")  # the list of findings: the notes arrive there
    listed = page.locator("[data-secondlook-panel] button[data-secondlook-severity=info]")

    def notes_listed() -> str | None:
        count = listed.count()
        return None if count == len(findings) else f"{count} of {len(findings)} notes listed"

    eventually(notes_listed, 2.0)
    assert badge_state(page, site) == "clear"
    assert underlines(page) == []
    page.keyboard.press("Escape")
    site.post(page)
    eventually(lambda: None if site.posts(page) else "not posted", 2.0)
    assert site.posts(page) == [{"surface": site.surface, "text": text}]
    assert page.locator("[data-secondlook-gate]").count() == 0


@pytest.mark.parametrize("site", SITES)
def test_fix_from_the_card_changes_the_editors_own_state_and_its_underline_goes_away(
    page: Any, site: Site, service: Service
) -> None:
    findings, _ = type_and_wait(page, site, service, DONE_WHEN)
    fixable = [f for f in findings if f["replacements"]]
    assert fixable, f"premise: a finding with a replacement in {findings}"
    finding = fixable[0]
    [word, *_] = text_rects(page, site.editor, finding["start"], finding["end"])
    page.mouse.move((word["left"] + word["right"]) / 2, (word["top"] + word["bottom"]) / 2)
    card = page.locator(f'[data-secondlook-card][data-secondlook-pack="{finding["pack"]}"]')
    card.wait_for(state="visible", timeout=2000)
    screenshot(page, f"{site.name}-card.png")
    apply = card.locator('[data-action="apply"]').first
    replacement = apply.get_attribute("data-replacement") or finding["replacements"][0]
    assert replacement in finding["replacements"]
    apply.click()

    fixed = DONE_WHEN[: finding["start"]] + replacement + DONE_WHEN[finding["end"] :]
    eventually(lambda: None if site.text(page) == fixed else f"state: {site.text(page)!r}", 2.0)
    after = service.check(fixed)
    assert not [f for f in after if f["rule"] == finding["rule"] and f["start"] == finding["start"]]
    eventually(lambda: underline_mismatch(page, site, fixed, after), 2.0)

    page.locator(site.editor).focus()
    page.keyboard.press("Control+z")  # the fix went through the editor's input path: undo works
    eventually(lambda: None if site.text(page) == DONE_WHEN else f"undo: {site.text(page)!r}", 2)


@pytest.mark.parametrize("site", SITES)
def test_typing_after_underlines_appear_moves_them_with_the_text(
    page: Any, site: Site, service: Service
) -> None:
    text = "Call his wife at 902-555-0142"
    type_and_wait(page, site, service, text)
    [before] = text_rects(page, site.editor, *utf16_span(text, "902-555-0142"))
    page.keyboard.press("Control+Home")
    page.keyboard.type("Update: ")
    moved = "Update: " + text
    eventually(lambda: underline_mismatch(page, site, moved, service.check(moved)), 2.0)
    [after] = text_rects(page, site.editor, *utf16_span(moved, "902-555-0142"))
    assert after["left"] > before["left"] + 20
    assert underlined(page, site, moved, "902-555-0142", "phi")


def test_underlines_follow_resizing_and_scrolling(page: Any, service: Service) -> None:
    findings, _ = type_and_wait(page, X, service, DONE_WHEN)
    page.set_viewport_size({"width": 900, "height": 260})  # the layout reflows; the page scrolls
    eventually(lambda: underline_mismatch(page, X, DONE_WHEN, findings), 2.0)
    page.mouse.wheel(0, 90)
    eventually(lambda: None if page.evaluate("scrollY") > 0 else "the page did not scroll", 2.0)
    eventually(lambda: underline_mismatch(page, X, DONE_WHEN, findings), 2.0)
    assert underlined(page, X, DONE_WHEN, "902-555-0142", "phi")


def switch_off_in_the_popup(page: Any, extension: str, pack: str) -> None:
    """Unticks a pack in the extension's popup (opened as a tab), which syncs /v1/packs."""
    manifest = json.loads((EXTENSION / "manifest.json").read_text())
    popup = page.context.new_page()
    popup.goto(f"chrome-extension://{extension}/{manifest['action']['default_popup']}")
    popup.locator(f'[data-secondlook-pack-toggle="{pack}"]').uncheck()
    popup.close()


FOCUS_JS = """() => {
  let at = document.activeElement;
  while (at?.shadowRoot?.activeElement) at = at.shadowRoot.activeElement;
  return at ? {tag: at.tagName, editor: at.closest('[contenteditable=true]') !== null,
    card: at.closest('[data-secondlook-card]') !== null,
    panel: at.closest('[data-secondlook-panel]') !== null} : null;
}"""


def test_findings_are_reachable_with_the_keyboard(page: Any, service: Service) -> None:
    """Issue 3 §3: from the editor, the extension's shortcut (Alt+Shift+L) opens the list of
    findings; Enter opens a finding's card with focus inside; Escape returns to the editor."""
    findings, _ = type_and_wait(page, X, service, DONE_WHEN)
    badge = page.locator("[data-secondlook-badge]:visible").first
    assert badge.get_attribute("aria-label"), "the badge has a spoken label"
    page.keyboard.press("Alt+Shift+L")
    panel = page.locator("[data-secondlook-panel]")
    panel.wait_for(state="visible", timeout=2000)
    assert panel.get_attribute("role") == "dialog" and panel.get_attribute("aria-label")
    assert page.evaluate(FOCUS_JS)["panel"], page.evaluate(FOCUS_JS)
    assert panel.locator("button").count() == len(findings)
    page.keyboard.press("Enter")
    card = page.locator("[data-secondlook-card]")
    card.wait_for(state="visible", timeout=2000)
    assert card.get_attribute("role") == "dialog" and card.get_attribute("aria-label")
    assert page.evaluate(FOCUS_JS)["card"], page.evaluate(FOCUS_JS)
    page.keyboard.press("Escape")
    card.wait_for(state="hidden", timeout=2000)
    assert page.evaluate(FOCUS_JS)["editor"], page.evaluate(FOCUS_JS)
    assert X.text(page) == DONE_WHEN


@pytest.mark.parametrize("where", ["service", "popup"])
def test_switching_a_pack_off_stops_its_underlines(
    page: Any, service: Service, extension: str, where: str
) -> None:
    type_and_wait(page, X, service, DONE_WHEN)
    try:
        if where == "popup":
            switch_off_in_the_popup(page, extension, "phi")
            eventually(lambda: None if not phi_enabled(service) else "phi still on", 5.0)
        else:
            service.set_pack("phi", False)
        page.locator(X.editor).focus()
        page.keyboard.type(" ")
        text = DONE_WHEN + " "
        assert not [f for f in service.check(text) if f["pack"] == "phi"]
        eventually(lambda: underline_mismatch(page, X, text, service.check(text)), 5.0)
        assert not [line for line in underlines(page) if line["pack"] == "phi"]
    finally:
        service.set_pack("phi", True)
    page.keyboard.type(".")
    text = DONE_WHEN + " ."
    eventually(lambda: underline_mismatch(page, X, text, service.check(text)), 5.0)
    assert underlined(page, X, text, "902-555-0142", "phi")


def phi_enabled(service: Service) -> bool:
    packs = service.api("GET", "/v1/packs")["packs"]
    return bool(next(p["enabled"] for p in packs if p["id"] == "phi"))


OFFLINE_TEXT = DONE_WHEN + ". In your case I would stop the statin"


def test_service_killed_goes_offline_with_regex_underlines_and_reconnects(
    page: Any, service: Service
) -> None:
    """Issue 6: kill the service while a compose box is open."""
    findings, _ = type_and_wait(page, X, service, OFFLINE_TEXT)
    text = OFFLINE_TEXT + " "
    offline = offline_findings(text)
    assert {f["text"] for f in offline} >= {"In your case", "902-555-0142"}, (
        f"premise: the offline rules flag the advice and the phone number in {text!r}")
    assert len(offline) < len(findings), "premise: the service finds more than the offline rules"

    service.stop(kill=True)
    try:
        page.keyboard.type(" ")
        eventually(lambda: None if badge_state(page, X) == "offline" else badge_state(page, X), 5)
        eventually(lambda: underline_mismatch(page, X, text, offline), 2.0)
        screenshot(page, "x-offline.png")
    finally:
        service.start()
    page.keyboard.type(".")
    text += "."
    eventually(lambda: None if badge_state(page, X) == "issues" else badge_state(page, X), 15)
    eventually(lambda: underline_mismatch(page, X, text, service.check(text)), 5.0)


def test_a_site_not_turned_on_gets_no_overlay_and_sends_nothing(
    page: Any, service: Service
) -> None:
    before = service.api("GET", "/v1/stats")
    page.goto("https://forum.example/")
    page.locator("textarea").click()
    page.keyboard.type(DONE_WHEN)
    page.wait_for_timeout(1500)  # well past the debounce
    assert page.locator("secondlook-overlay").count() == 0
    assert service.api("GET", "/v1/stats") == before


def test_debounce_to_underlines_latency_is_reported_for_a_280_character_post(
    page: Any, service: Service
) -> None:
    for site, opening in ((X, "Long night"), (FACEBOOK, "Long shift")):
        samples = latency_samples(page, site, service, opening, edits=5)
        record_latency(site.name, samples)
