"""Analysis kept per chunk gives exactly what a fresh analysis of the whole post gives.

The analyzer keeps each chunk's parse, and the hits of per-sentence detectors, in its cache; an
edit re-analyzes the edited chunk only. These tests type posts the way a clinician does (one word
at a time, details added in one sentence that combine with another) and compare every check with
a brand-new Analyzer that has never seen the post.
"""

from __future__ import annotations

import random

import pytest

from secondlook.bench.posts import edit_session, edited
from secondlook.engine import Analyzer
from secondlook.engine.analyzer import chunk_text
from secondlook.rules import load_packs


@pytest.fixture(scope="module")
def packs():  # type: ignore[no-untyped-def]
    return load_packs()


def _key(findings):  # type: ignore[no-untyped-def]
    return [(f.rule, f.severity, f.start, f.end, f.message, f.details) for f in findings]


def _fresh(packs, text):  # type: ignore[no-untyped-def]
    return _key(Analyzer(packs).analyze(text))


def test_a_typing_session_matches_fresh_analysis(packs) -> None:  # type: ignore[no-untyped-def]
    warm = Analyzer(packs)
    versions = edit_session(seed=11, length=2000, count=12)
    assert len(chunk_text(versions[0])) >= 10  # a long post of many chunks
    rules_seen: set[str] = set()
    for text in versions:
        got = _key(warm.analyze(text))
        assert got == _fresh(packs, text)
        rules_seen |= {rule for rule, *_ in got}
    # the session exercised every pack, so each kind of detector was compared
    assert {r.split(".")[0] for r in rules_seen} == {"phi", "advice", "tone"}


# (before, after): an edit in one sentence changes what the whole post adds up to.
COMBINING_EDITS = [
    (
        "Long night. A man came in with a fractured hip.\nHe lives alone.",
        "Long night. A 78-year-old man came in with a fractured hip.\nHe lives alone in Tignish.",
    ),
    (
        "Saw a teacher from Elmira at 3 am.\nShe was so brave.\nProud of the team.",
        "Saw a teacher at 3 am.\nShe was so brave.\nProud of the team.",
    ),
    (
        "@sarah_k thanks for asking.\nHonestly it sounds viral.\nRest and fluids.",
        "@sarah_k thanks for asking.\nHonestly it sounds viral, you should stop the antibiotics."
        "\nRest and fluids.",
    ),
]


@pytest.mark.parametrize("before,after", COMBINING_EDITS)
def test_an_edit_that_changes_the_combination(packs, before, after) -> None:  # type: ignore[no-untyped-def]
    warm = Analyzer(packs)
    for text in (before, after, before):  # add the detail, then take it out again
        assert _key(warm.analyze(text)) == _fresh(packs, text)


def test_combination_appears_only_after_the_edit(packs) -> None:  # type: ignore[no-untyped-def]
    """Not a vacuous comparison: the second version's PHI combination is critical and
    joins details from both lines."""
    warm = Analyzer(packs)
    before, after = COMBINING_EDITS[0]
    assert not [f for f in warm.analyze(before) if f.rule == "phi.combination"]
    combined = [f for f in warm.analyze(after) if f.rule == "phi.combination"]
    assert [(f.severity, f.text) for f in combined] == [
        ("critical", "78-year-old"),
        ("critical", "Tignish"),
    ]
    details = [
        (d["kind"], d["text"], after.count("\n", 0, d["start"])) for d in combined[0].details
    ]
    assert details == [("AGE", "78-year-old", 0), ("SEX", "man", 0), ("LOCATION", "Tignish", 1)]


def test_random_edits_of_short_posts(packs) -> None:  # type: ignore[no-untyped-def]
    rng = random.Random(5)
    warm = Analyzer(packs)
    from secondlook.bench.posts import post

    for _ in range(6):
        text = post(rng, 280)
        for _ in range(3):
            text = edited(text, rng)
            assert _key(warm.analyze(text)) == _fresh(packs, text)


def test_per_paragraph_reanalyzes_only_the_edited_paragraph(packs) -> None:  # type: ignore[no-untyped-def]
    from secondlook.engine.analyzer import chunk_text
    from secondlook.engine.context import AnalysisSettings, Context, ParagraphMemo, joined
    from secondlook.engine.text import normalize

    warm = Analyzer(packs)
    memo = ParagraphMemo()
    seen: list[str] = []

    def scan(ctx: Context) -> list[int]:
        seen.append(ctx.text)
        return [i for i, ch in enumerate(ctx.text) if ch == "!"]

    def check(text: str) -> list[tuple[int, list[int]]]:
        norm = normalize(text)
        chunks = warm._placed(chunk_text(norm.text))  # noqa: SLF001 - the unit under test
        doc = joined([c.doc for c in chunks])
        ctx = Context(norm, doc, True, AnalysisSettings(), chunks=chunks, paragraphs=memo)
        return ctx.per_paragraph("bangs", scan)

    first = "Great shift!\nThanks all.\n\nFlu shots today!\n\nSee you!"
    warm.analyze(first)
    assert check(first) == [(0, [11]), (26, [15]), (44, [7])]
    assert seen == ["Great shift!\nThanks all.\n\n", "Flu shots today!\n\n", "See you!"]
    seen.clear()
    edited_text = first.replace("today", "tomorrow")
    warm.analyze(edited_text)
    assert check(edited_text) == [(0, [11]), (26, [18]), (47, [7])]
    assert seen == ["Flu shots tomorrow!\n\n"]  # the other two came from the memo


_FILLER = (
    "and the rest of this line goes on for a while, longer than a line the analyzer parses whole,"
    " so that it is cut into sentences"
)


@pytest.mark.parametrize(
    "line,pieces",
    [
        # typed without capitals: still cut after each sentence
        (f"so tired. back on nights {_FILLER}. ok", ["so tired. ", "back on nights", "ok"]),
        (f"Night shift done! now {_FILLER}? yes", ["Night shift done! ", "now ", "yes"]),
        # abbreviations, initials and list numbers run on, whatever the case
        (f"The pt. was seen approx. half an hour later, {_FILLER}.", None),
        (f"Seen by dr. smith and Dr. Patel e.g. for {_FILLER} at 3 p.m. today.", None),
        (f"She lives at 35 Pentelis Str. and Waechter, {_FILLER}, etc. and so on.", None),
        (f"Steps: 1. wash hands 2. dry them, {_FILLER}.", None),
    ],
)
def test_long_lines_are_cut_at_sentence_ends_only(line: str, pieces: list[str] | None) -> None:
    chunks = chunk_text(line)
    assert "".join(chunks) == line
    if pieces is None:
        assert chunks == [line]
    else:
        assert len(chunks) == len(pieces)
        assert all(c.startswith(p) for c, p in zip(chunks, pieces, strict=True))
