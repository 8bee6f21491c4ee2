"""The Firefox build (dist/firefox) in a real Firefox against the same Draft.js (x.com) and Lexical
(www.facebook.com) fixture pages, read with the same checks as the Chromium tests.

Firefox is driven over WebDriver BiDi (firefox.py), which may not open the extension's own pages,
so the options page cannot be used to pair it with the service here: these tests run the build
unpaired, on its offline engine, which is what a clinician gets before pairing or with the
service stopped. Pairing, the service's findings and the gate are the same code in both builds
and are driven in Chromium (test_e2e_extension.py).
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from e2e_harness import (
    FACEBOOK,
    Site,
    X,
    badge_state,
    build_module,
    eventually,
    offline_findings,
    screenshot,
    underline_mismatch,
    underlines,
)
from firefox import FIREFOX_BUILD, Firefox

# A shift story naming the patient, then advice to one person: both in the offline rules.
FLAGGED = (
    "Saw Mr. Dan Kowalski (78) from Tignish in our ER last night, call his wife at "
    "902-555-0142. In your case I would stop the statin"
)
CLEAN = "Great turnout at grand rounds today, thanks to everyone who came to the sepsis update"
SITES = [pytest.param(X, id="x"), pytest.param(FACEBOOK, id="facebook")]


@pytest.fixture(scope="module")
def firefox(fixture_port: int) -> Iterator[Firefox]:
    executable = build_module().find_firefox()  # $FIREFOX, firefox-esr, firefox
    if executable is None:
        pytest.skip("no Firefox: set FIREFOX, install firefox-esr, or run python3 build.py test")
    if not (FIREFOX_BUILD / "manifest.json").exists():
        pytest.fail(f"the Firefox build is missing ({FIREFOX_BUILD}): run python3 build.py setup")
    browser = Firefox(executable, fixture_port)
    yield browser
    browser.close()


@pytest.fixture
def page(firefox: Firefox) -> Firefox:
    return firefox.new_page()


def test_firefox_installs_the_build_as_its_gecko_id(firefox: Firefox) -> None:
    assert firefox.addon_id == "secondlook@secondlook.local"


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
