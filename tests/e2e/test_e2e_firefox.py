"""The Firefox build (dist/firefox) in a real Firefox against the same Draft.js (x.com) and Lexical
(www.facebook.com) fixture pages, read with the same checks as the Chromium tests.

Two Firefoxes: one with the build unpaired, on its offline engine (what a clinician gets before
pairing, or with the service stopped), and one paired with the real service through the options
page, as a user pairs it.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from e2e_harness import (
    CLEAN,
    DONE_WHEN,
    FACEBOOK,
    FACEBOOK_COMMENT,
    X_MODAL,
    X_REPLY,
    Service,
    Site,
    X,
    badge_state,
    build_module,
    eventually,
    latency_samples,
    offline_findings,
    record_latency,
    screenshot,
    type_and_wait,
    underline_mismatch,
    underlines,
)
from firefox import ADDON_ID, FIREFOX_BUILD, Firefox

# A shift story naming the patient, then advice to one person: both in the offline rules.
FLAGGED = (
    "Saw Mr. Dan Kowalski (78) from Tignish in our ER last night, call his wife at "
    "902-555-0142. In your case I would stop the statin"
)
SITES = [pytest.param(X, id="x"), pytest.param(FACEBOOK, id="facebook")]
COMPOSE_BOXES = (X, X_MODAL, X_REPLY, FACEBOOK, FACEBOOK_COMMENT)  # as in Chromium
SURFACES = [pytest.param(site, id=site.name) for site in COMPOSE_BOXES]
# a comment is sent with Enter, which the driver does not press: the boxes with a post button
POSTABLE = [pytest.param(site, id=site.name) for site in COMPOSE_BOXES if site.submit]


@pytest.fixture(scope="module")
def executable() -> str:
    found = build_module().find_firefox()  # $FIREFOX, firefox-esr, firefox
    if found is None:
        pytest.skip("no Firefox: set FIREFOX, install firefox-esr, or run python3 build.py test")
    if not (FIREFOX_BUILD / "manifest.json").exists():
        pytest.fail(f"the Firefox build is missing ({FIREFOX_BUILD}): run python3 build.py setup")
    return str(found)


@pytest.fixture(scope="module")
def firefox(executable: str, fixture_port: int) -> Iterator[Firefox]:
    """Firefox with the build installed and never paired."""
    browser = Firefox(executable, fixture_port)
    yield browser
    browser.close()


@pytest.fixture(scope="module")
def paired(executable: str, fixture_port: int, service: Service) -> Iterator[Firefox]:
    """Firefox with the build paired with the service through its options page."""
    browser = Firefox(executable, fixture_port)
    try:
        browser.open_extension_page("options/options.html", ready="[data-secondlook-token]")
        browser.locator("[data-secondlook-service-url]").fill(service.url)
        browser.locator("[data-secondlook-token]").fill(service.token)
        browser.locator("[data-secondlook-connect]").click()
        eventually(lambda: None if browser.evaluate(CONNECTED_JS) else "not connected", 10.0)
        yield browser
    finally:
        browser.close()


CONNECTED_JS = "!!document.querySelector('[data-secondlook-result][data-state=\"connected\"]')"
# The gate lives in the overlay's shadow root; "visible" as a user sees it.
GATE_JS = """() => [...document.querySelectorAll('secondlook-overlay')]
  .map((host) => host.shadowRoot?.querySelector('[data-secondlook-gate]'))
  .some((gate) => gate != null && gate.getClientRects().length > 0)"""
POST_ANYWAY = 'secondlook-overlay >>> [data-secondlook-gate] [data-action="post-anyway"]'


@pytest.fixture
def page(firefox: Firefox) -> Firefox:
    return firefox.new_page()


@pytest.fixture
def paired_page(paired: Firefox) -> Firefox:
    return paired.new_page()


def test_firefox_installs_the_build_as_its_gecko_id(firefox: Firefox) -> None:
    assert firefox.addon_id == ADDON_ID == "secondlook@secondlook.local"


@pytest.mark.parametrize("site", SITES)
def test_unpaired_the_build_underlines_what_the_offline_rules_find(
    page: Firefox, site: Site
) -> None:
    expected = offline_findings(FLAGGED)
    assert {(f["pack"], f["text"], f["severity"]) for f in expected} >= {
        ("phi", "Mr. Dan Kowalski", "warning"), ("advice", "In your case", "warning")
    }, "premise: the offline rules flag the name and the advice (a bare phone number is a note)"
    site.open(page)
    page.keyboard.type(FLAGGED)
    eventually(lambda: underline_mismatch(page, site, FLAGGED, expected), 5.0)
    assert badge_state(page, site) == "offline"
    screenshot(page, f"firefox-{site.name}-offline.png")


@pytest.mark.parametrize("site", SITES)
def test_a_clean_post_gets_no_underline(page: Firefox, site: Site) -> None:
    advice = ". In your case I would stop the statin"
    flagged = offline_findings(CLEAN + advice)
    assert offline_findings(CLEAN) == [] and [f["text"] for f in flagged] == ["In your case"]
    site.open(page)
    page.keyboard.type(CLEAN + advice)
    # the overlay is drawing: the advice is underlined ...
    eventually(lambda: underline_mismatch(page, site, CLEAN + advice, flagged), 5.0)
    for _ in advice:
        page.keyboard.press("Backspace")
    # ... and once it is deleted, the clean post has no underline left
    eventually(lambda: underline_mismatch(page, site, CLEAN, []), 5.0)
    assert underlines(page) == []


@pytest.mark.parametrize("site", SURFACES)
def test_paired_the_build_underlines_the_services_findings_within_2_s(
    paired_page: Firefox, site: Site, service: Service
) -> None:
    findings, took = type_and_wait(paired_page, site, service, DONE_WHEN, timeout=2.0)
    assert took <= 2.0
    assert {f["text"] for f in findings if f["severity"] == "critical"} >= {
        "Mr. Dan Kowalski", "902-555-0142"
    }, "the service finds the name and the phone number critical"
    assert badge_state(paired_page, site) == "issues"
    screenshot(paired_page, f"firefox-{site.name}-underlines.png")


@pytest.mark.parametrize("site", POSTABLE)
def test_paired_a_critical_finding_gates_the_post_until_post_anyway(
    paired_page: Firefox, site: Site, service: Service
) -> None:
    type_and_wait(paired_page, site, service, DONE_WHEN)
    site.post(paired_page)
    eventually(lambda: None if paired_page.evaluate(GATE_JS) else "no gate", 2.0)
    assert site.posts(paired_page) == []  # held back
    paired_page.locator(POST_ANYWAY).click()
    eventually(lambda: None if site.posts(paired_page) else "nothing posted", 2.0)
    assert site.posts(paired_page) == [{"surface": site.surface, "text": DONE_WHEN}]
    assert not paired_page.evaluate(GATE_JS)


def test_paired_service_killed_goes_offline_and_reconnects(
    paired_page: Firefox, service: Service
) -> None:
    """Issue 6's fault test, in Firefox: the service killed while the compose box is open."""
    text = FLAGGED
    findings, _ = type_and_wait(paired_page, X, service, text)
    offline = offline_findings(text + " ")
    assert len(offline) < len(findings), "premise: the service finds more than the offline rules"

    service.stop(kill=True)
    try:
        paired_page.keyboard.type(" ")
        text += " "
        eventually(lambda: None if badge_state(paired_page, X) == "offline"
                   else badge_state(paired_page, X), 5.0)
        eventually(lambda: underline_mismatch(paired_page, X, text, offline), 2.0)
    finally:
        service.start()
    paired_page.keyboard.type(".")
    text += "."
    eventually(lambda: None if badge_state(paired_page, X) == "issues"
               else badge_state(paired_page, X), 15.0)
    eventually(lambda: underline_mismatch(paired_page, X, text, service.check(text)), 5.0)


def test_paired_debounce_to_underlines_latency_is_recorded(
    paired_page: Firefox, service: Service
) -> None:
    """Issue 6's extension figure, in Firefox too: beside Chromium's sites in e2e-latency.json."""
    for site, opening in ((X, "Late night"), (FACEBOOK, "Late shift")):
        record_latency(f"firefox-{site.name}", latency_samples(
            paired_page, site, service, opening, edits=5))
