"""The ``learned`` detector: the classifier's verdict on the whole post, for one pack.

Its rules (``phi.learned``, ``advice.learned``, ``tone.learned``) are fallbacks (``fallback`` in
the pack): the analyzer runs them only for a post where the pack's other rules found nothing (PHI:
nothing at warning; advice and tone: nothing at all), so they add what the rules miss and never a
second underline. A post scoring at least ``threshold`` (option, default 0.5) for the pack is
flagged, when the pack's gate below agrees; the underline goes on the sentence that scores
highest on its own, so that the clinician sees where to look.

Only the whole post's score decides. Sentences scored alone flag far more (false alarms on the
blind held-out set: 20 of 140 clean posts instead of 5), so one bad sentence in a long, friendly
post can be diluted below the threshold; the rules, which read sentence by sentence, are what
catch it there.

Options: ``threshold`` (0 to 1); ``min_words`` (default 8): shorter posts are left to the rules.
A bag of words needs words to weigh: a lone unknown word scores 0.35-0.39 for every pack (the
model's prior), and short posts hover near 0.5 on little evidence ("Best 298 out of 595?" 0.55
for phi, a bare "078-05-0000" 0.53). With the gate, Presidio's recognizer cases lost all 8 of
their learned false alarms and the blind held-out set none of its 23 learned catches.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

from secondlook.engine.context import Context
from secondlook.engine.detectors import detector
from secondlook.engine.detectors.advice import DECLINES, reading
from secondlook.engine.detectors.phi_cues import (
    CARE_EVENT,
    MADE_PUBLIC,
    PUBLIC_ROLE,
    TOLD_THE_PUBLIC,
)
from secondlook.engine.detectors.phi_details import public_figure_named
from secondlook.engine.detectors.phi_model import post_model
from secondlook.engine.findings import Hit
from secondlook.engine.learned import classifier_for
from secondlook.rules.loader import Rule

Scored = tuple[int, int, dict[str, float]]  # a sentence's start and end (chunk offsets), scores


def _words(ctx: Context) -> int:
    return sum(1 for chunk in ctx.chunks or (ctx,) for token in chunk.doc if token.is_alpha)


def _post_scores(ctx: Context) -> dict[str, float]:
    doc = ctx.doc
    return classifier_for(doc.vocab).scores([doc])[0]


def _sentence_scores(alone: Context) -> list[Scored]:
    doc = alone.doc
    classifier = classifier_for(doc.vocab)
    spans = [s for s in doc.sents if s.text.strip()] if doc.has_annotation("SENT_START") else []
    if len(spans) < 2:
        return [(0, len(alone.text), classifier.scores([doc])[0])]
    scores = classifier.scores([s.as_doc() for s in spans])
    return [(s.start_char, s.end_char, c) for s, c in zip(spans, scores, strict=True)]


def _a_patient_in_view(ctx: Context, start: int) -> bool:
    """PHI: the post speaks of a patient or an encounter and gives at least one detail about
    them (an age, a place, a time ...: "so sorry about your dad" gives none), is not a teaching
    case, and the sentence to underline has no harmless reading that the PHI rules know (the
    author's own family, a colleague congratulated, a public figure, the clinic's own event)."""
    model = post_model(ctx)
    if model.teaching or not (model.refs or model.encounters):
        return False
    # "Olympic rower Hannah Brightwell shared today that ...": her own news (not "the CT
    # revealed ...", which any patient's post may say)
    if not model.encounters and (
        TOLD_THE_PUBLIC.search(ctx.text)
        or MADE_PUBLIC.search(ctx.text) and _PUBLIC_LIFE.search(ctx.text)
    ):
        return False
    if public_figure_named(ctx.text) and not CARE_EVENT.search(ctx.text):
        return False  # "We saw Taylor Swift at the Rogers Centre last night!"
    if all(m.kind == "SEX" for m in model.mentions):  # "your dad" says no more than his sex
        return False
    return not model.safe.get(model.sentence_of(start))


_PUBLIC_LIFE = re.compile(r"\b" + PUBLIC_ROLE + r"\b", re.I)


def _something_medical(ctx: Context, start: int) -> bool:
    """Advice: the post names a medicine, a condition, a symptom or test, a dose or a referral
    (the advice pack's own reading), is no teaching case ("Case for the physio students: 34F,
    6 wks postpartum ... What's on your differential?") and does not decline to advise. "DM me
    your CV and I'll look at it" is an offer, not advice."""
    if post_model(ctx).teaching or DECLINES.search(ctx.text):
        return False
    return any(sentence.medical for _, sentence in reading(ctx).sentences)


# What the rest of a pack already knows and the classifier cannot weigh.
_GATES: dict[str, Callable[[Context, int], bool]] = {
    "phi": _a_patient_in_view,
    "advice": _something_medical,
}


@detector("learned")
def learned(ctx: Context, rule: Rule) -> Iterable[Hit]:
    threshold = float(rule.options.get("threshold", 0.5))
    if ctx.once("learned.words", _words) < int(rule.options.get("min_words", 8)):
        return
    if ctx.once("learned.post", _post_scores)[rule.pack] < threshold:
        return
    best: tuple[float, int, int] | None = None
    for chunk, sentences in ctx.per_chunk("learned.sentences", _sentence_scores):
        for start, end, scores in sentences:
            if best is None or scores[rule.pack] > best[0]:
                best = (scores[rule.pack], chunk.start_char + start, chunk.start_char + end)
    if best is None:
        return
    _, start, end = best
    gate = _GATES.get(rule.pack)
    if gate is not None and not gate(ctx, start):
        return
    text = ctx.text
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    yield Hit(start, end)
