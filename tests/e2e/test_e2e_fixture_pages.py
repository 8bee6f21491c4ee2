"""The harness itself, without the extension: the production URLs reach the fixture pages, the
real Draft.js and Lexical editors take Playwright's typing into their own state, the pages record
each submission once, and the service answers. When these fail, the extension tests mean nothing."""

from __future__ import annotations

from typing import Any

import pytest
from e2e_harness import Service, text_rects, utf16_span

X_EDITOR = '[data-testid="tweetTextarea_0"]'
FB_EDITOR = '[role="dialog"] [data-lexical-editor="true"][role="textbox"]'
TEXT = "Flu clinic moved to Tuesday at 9, bring your card ✓"


@pytest.fixture
def page(bare_page: Any) -> Any:
    """A tab of the Chromium without the extension: these tests are about the harness alone."""
    return bare_page


def test_production_urls_reach_the_fixture_pages_over_https(page: Any) -> None:
    for url, title in [
        ("https://x.com/home", "Home / X"),
        ("https://twitter.com/home", "Home / X"),
        ("https://www.facebook.com/", "Facebook"),
        ("https://forum.example/", "Clinic forum"),
    ]:
        response = page.goto(url)
        assert response is not None and response.ok, url
        assert page.title() == title
        assert page.evaluate("location.protocol") == "https:"


def test_draft_js_takes_typing_into_its_editor_state_and_posts_once(page: Any) -> None:
    page.goto("https://x.com/home")
    editor = page.locator(X_EDITOR)
    assert editor.get_attribute("contenteditable") == "true"
    assert editor.get_attribute("role") == "textbox"
    editor.click()
    page.keyboard.type(TEXT)
    assert page.evaluate("window.__draftText()") == TEXT
    page.locator('[data-testid="tweetButtonInline"]').click()
    assert page.evaluate("window.__posts") == [{"surface": "inline", "text": TEXT}]
    assert page.evaluate("window.__draftText()") == ""
    assert page.locator('[data-testid="tweetButtonInline"]').is_disabled()


def test_draft_js_posts_with_ctrl_enter_and_from_the_compose_modal(page: Any) -> None:
    page.goto("https://x.com/home")
    page.locator(X_EDITOR).click()
    page.keyboard.type("first")
    page.keyboard.press("Control+Enter")
    page.locator('[data-testid="SideNav_NewTweet_Button"]').click()
    page.locator(f'[role="dialog"] {X_EDITOR}').click()
    page.keyboard.type("second")
    assert page.evaluate("window.__draftText('modal')") == "second"
    page.locator('[data-testid="tweetButton"]').click()
    page.locator('[data-testid="reply"]').first.click()
    page.keyboard.type("third")
    page.locator('[data-testid="tweetButton"]').click()
    assert page.evaluate("window.__posts") == [
        {"surface": "inline", "text": "first"},
        {"surface": "modal", "text": "second"},
        {"surface": "reply", "text": "third"},
    ]


def test_lexical_takes_typing_into_its_editor_state_and_posts_once(page: Any) -> None:
    page.goto("https://www.facebook.com/")
    assert page.locator(FB_EDITOR).count() == 0  # mounted when the dialog opens, as on Facebook
    page.get_by_text("What's on your mind, Dana?").first.click()
    page.locator(FB_EDITOR).click()
    page.keyboard.type(TEXT)
    assert page.evaluate("window.__lexicalText()") == TEXT
    page.locator('[role="dialog"] [aria-label="Post"][role="button"]').click()
    comment = page.locator('[data-lexical-editor="true"][aria-label="Write a comment…"]')
    comment.click()
    page.keyboard.type("Great idea")
    assert page.evaluate("window.__lexicalText('comment')") == "Great idea"
    page.keyboard.press("Enter")
    assert page.evaluate("window.__posts") == [
        {"surface": "post", "text": TEXT},
        {"surface": "comment", "text": "Great idea"},
    ]
    assert page.evaluate("window.__lexicalText('comment')") == ""


def test_text_rects_find_a_word_inside_each_editor(page: Any) -> None:
    for url, editor, open_composer in [
        ("https://x.com/home", X_EDITOR, None),
        ("https://www.facebook.com/", FB_EDITOR, "What's on your mind, Dana?"),
    ]:
        page.goto(url)
        if open_composer:
            page.get_by_text(open_composer).first.click()
        page.locator(editor).click()
        page.keyboard.type(TEXT)
        box = page.locator(editor).bounding_box()
        start, end = utf16_span(TEXT, "Tuesday")
        [rect] = text_rects(page, editor, start, end)
        assert box["x"] < rect["left"] < rect["right"] <= box["x"] + box["width"]
        assert box["y"] <= rect["top"] < rect["bottom"] <= box["y"] + box["height"]
        whole = text_rects(page, editor, 0, len(TEXT.encode("utf-16-le")) // 2)
        assert whole and whole[0]["left"] < rect["left"]


def test_the_service_answers_with_its_token(service: Service) -> None:
    assert service.api("GET", "/v1/packs")["packs"]
    findings = service.check("Call me at 902-555-0142")
    assert all({"pack", "rule", "severity", "start", "end"} <= set(f) for f in findings)
