"""The advice and tone detectors keep what each sentence says with its chunk's parse, so an edit
reads only the edited sentence again. What the post as a whole says must still reach every
sentence: a reply to @someone at the start makes a later "you should ..." advice to one person,
a hospital named in one sentence is what "they don't give a damn" in the next is about. After a
one-word edit the findings must be exactly those of an analyzer that never saw the post before.
"""

from __future__ import annotations

import pytest

from secondlook.engine import Analyzer
from secondlook.engine.analyzer import chunk_text
from secondlook.engine.detectors.advice import LEXICONS, _loose_lower, _phrase_starts, _phrases
from secondlook.rules import Pack

PACKS = ["advice", "tone"]
# Long lines are parsed (and cached) sentence by sentence: each post here spans several chunks.
REPLY = (
    "{} so sorry to hear the nights have been this rough, my sister went through the very same "
    "thing last winter and it dragged on. Honestly you should look into melatonin, it helped her "
    "a lot within a {} or so."
)
FIGURE = (
    "Watch the {} speech from yesterday, the pauses and the shuffling gait were hard to miss for "
    "anyone who has ever worked a neuro ward. That's early Parkinson's, I would bet my licence on "
    "it."
)
BOARD = (
    "Spent the whole afternoon at {} going over the numbers for {} with a coffee.\n"
    "They don't give a damn about patient safety."
)
ANGER = (
    "I am {} of the way this week has gone, every single shift there is a new rule from upstairs "
    "and a new form to fill in. Why does this {} end!!!"
)
MELATONIN = "Honestly you should look into melatonin, it helped her a lot within a {} or so"


@pytest.mark.parametrize(
    ("before", "after", "expected"),
    [
        pytest.param(  # the edited sentence still sees the reply that opens the post
            REPLY.format("@jen_m", "week"),
            REPLY.format("@jen_m", "month"),
            [("advice.medical-to-you", "warning", MELATONIN.format("month"))],
            id="edit-after-a-reply",
        ),
        pytest.param(  # the reply edited away: the unchanged later sentence is no longer aimed
            REPLY.format("@jen_m", "week"),
            REPLY.format("Ugh,", "week"),
            [("advice.medical-to-you", "info", MELATONIN.format("week"))],
            id="reply-edited-away",
        ),
        pytest.param(  # and the other way round
            REPLY.format("Ugh,", "week"),
            REPLY.format("@jen_m", "week"),
            [("advice.medical-to-you", "warning", MELATONIN.format("week"))],
            id="reply-edited-in",
        ),
        pytest.param(  # the public figure named in the sentence before the label
            FIGURE.format("mailman's"),
            FIGURE.format("senator's"),
            [("tone.public-figure-diagnosis", "warning", "Parkinson")],
            id="public-figure-edited-in",
        ),
        pytest.param(
            FIGURE.format("senator's"),
            FIGURE.format("mailman's"),
            # no public figure any more; diagnosing a stranger's speech still reads badly to the
            # learned second opinion, which underlines the sentence it likes least on its own
            [("tone.learned", "warning",
              "Watch the mailman's speech from yesterday, the pauses and the shuffling gait were "
              "hard to miss for anyone who has ever worked a neuro ward.")],
            id="public-figure-edited-away",
        ),
        pytest.param(  # the hospital named on the line before "they don't give a damn"
            BOARD.format("Mercy General", "March"),
            BOARD.format("Mercy General", "April"),
            [
                ("tone.swearing-at-colleagues", "warning", "don't give a damn"),
                ("tone.mild-profanity", "info", "damn"),
            ],
            id="edit-before-the-swearing",
        ),
        pytest.param(
            BOARD.format("Mercy General", "March"),
            BOARD.format("the lake", "March"),
            [("tone.mild-profanity", "info", "damn")],
            id="hospital-edited-away",
        ),
        pytest.param(  # shouting in one sentence, an anger word in another: they add up
            ANGER.format("SICK", "never"),
            ANGER.format("SICK", "NEVER"),
            [("tone.enraged", "warning", "SICK of")],
            id="shouting-added-in-another-sentence",
        ),
        pytest.param(
            ANGER.format("SICK", "NEVER"),
            ANGER.format("SICK", "never"),
            [("tone.enraged", "info", "SICK of")],
            id="shouting-edited-away",
        ),
        pytest.param(
            ANGER.format("SICK", "NEVER"),
            ANGER.format("tired", "NEVER"),
            [],
            id="anger-word-edited-away",
        ),
    ],
)
def test_a_one_word_edit_finds_what_a_fresh_analyzer_finds(
    packs: dict[str, Pack],
    before: str,
    after: str,
    expected: list[tuple[str, str, str]],
) -> None:
    assert len(chunk_text(after)) >= 2  # the post really is read chunk by chunk
    editing = Analyzer(packs)
    editing.analyze(before, packs=PACKS)
    edited = editing.analyze(after, packs=PACKS)
    fresh = Analyzer(packs).analyze(after, packs=PACKS)

    def spans(findings: list) -> list[tuple[str, str, int, int]]:  # type: ignore[type-arg]
        return [(f.rule, f.severity, f.start, f.end) for f in findings]

    assert spans(edited) == spans(fresh)
    assert [(f.rule, f.severity, f.text) for f in fresh] == expected
    for f in fresh:
        assert after[f.start : f.end] == f.text


@pytest.mark.parametrize(
    "text",
    [
        "From the photo that's a yeast infection, not a rash",
        "KIDNEY STONES, no doubt",
        "Sounds like a Yeast Infectıon to me",  # a dotless ı matches "i" without regard to case
        "SOUNDS LİKE AN EAR İNFECTİON",  # and so does a dotted capital İ
        "no phrase here at all",
    ],
)
def test_the_cheap_look_for_phrases_finds_what_the_pattern_finds(text: str) -> None:
    for name in LEXICONS:
        expected = [m.start() for m in _phrases(name).finditer(text)]
        assert _phrase_starts(text, _loose_lower(text), name) == expected
