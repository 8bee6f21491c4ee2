"""Normalization and offsets: matching happens on NFKC text without zero-width characters, but
offsets always index the original, in code points (or UTF-16 units for the browser)."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from secondlook.engine import Analyzer
from secondlook.engine.text import normalize, utf16_offsets


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("🎉🎉 In your case 🎉", "In your case"),
        ("Café résumé — in your case", "in your case"),
        ("Cafe\u0301 in your case", "in your case"),  # combining accent before the match
        ("in\u200b your\u200d case", "in\u200b your\u200d case"),  # zero-width inside the match
        ("ｉｎ ｙｏｕｒ ｃａｓｅ", "ｉｎ ｙｏｕｒ ｃａｓｅ"),  # full-width: NFKC folds it
        ("👩‍⚕️ f*cking 👨‍👩‍👧", "f*cking"),
    ],
)
def test_findings_index_the_original_text(analyzer: Analyzer, text: str, word: str) -> None:
    findings = [f for f in analyzer.analyze(text) if f.pack in ("advice", "tone")]
    assert [f.text for f in findings] == [word]
    assert findings[0].start == text.index(word)
    assert text[findings[0].start : findings[0].end] == word


def test_normalize_maps_clusters_back() -> None:
    norm = normalize("ﬁne\u200b e\u0301")
    assert norm.text == "fine é"
    assert norm.to_original(0, 2) == (0, 1)  # "fi" comes from the single ligature
    assert norm.to_original(5, 6) == (5, 7)  # "é" comes from e + combining accent


def test_utf16_offsets_count_astral_characters_twice() -> None:
    text = "a😀b👩‍⚕️c"
    start = text.index("c")
    assert utf16_offsets(text, start, start + 1) == (9, 10)
    assert utf16_offsets(text, 0, 1) == (0, 1)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(max_size=300))
def test_random_unicode_never_crashes_and_spans_stay_in_bounds(
    analyzer: Analyzer, text: str
) -> None:
    for finding in analyzer.analyze(text):
        assert 0 <= finding.start < finding.end <= len(text)
        assert finding.text == text[finding.start : finding.end]


@settings(
    max_examples=100,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
@given(prefix=st.text(max_size=40), suffix=st.text(max_size=40))
def test_a_known_finding_survives_any_surrounding_text(
    analyzer: Analyzer, prefix: str, suffix: str
) -> None:
    text = f"{prefix} In your case {suffix}"
    found = [f for f in analyzer.analyze(text, packs=["advice"]) if f.rule == "advice.in-your-case"]
    assert any(f.text == "In your case" and f.start == len(prefix) + 1 for f in found)
