"""The learned rules (phi/advice/tone.learned): the shipped classifier's verdict, reported only
where the pack's other rules are silent, on the sentence that reads worst."""

from __future__ import annotations

import dataclasses

import pytest

from secondlook.engine import Analyzer
from secondlook.engine.context import AnalysisSettings
from secondlook.engine.learned import MODEL_DIR, classifier_for
from secondlook.rules.loader import Pack

LEARNED = ("phi.learned", "advice.learned", "tone.learned")

GOAT = (
    "Just finished with the only goat farmer in Tofino who got kicked by his own goat twice in "
    "one week. Second visit Thursday."
)
CALL_BELL = (
    "Lady in bed 6 has rung the call bell 41 times tonight. For ice chips. Some people think "
    "this is a hotel."
)
RASH = (
    "@kate_m that rash on your arm in the photo is nothing to worry about, it'll fade by the "
    "weekend"
)


Found = tuple[str, str, str, int, int]  # pack, rule, severity, start, end


def learned(analyzer: Analyzer, text: str, **kwargs: object) -> list[Found]:
    return [
        (f.pack, f.rule, f.severity, f.start, f.end)
        for f in analyzer.analyze(text, **kwargs)  # type: ignore[arg-type]
        if f.rule in LEARNED
    ]


def test_the_shipped_model_scores_every_pack(analyzer: Analyzer) -> None:
    classifier = classifier_for(analyzer.nlp.vocab)
    assert classifier.labels == ("phi", "advice", "tone")
    assert classifier.meta["texts"] > 7000
    docs = [analyzer.nlp.make_doc(GOAT), analyzer.nlp.make_doc("Get your flu shot!")]
    goat, flu = classifier.scores(docs)
    assert goat["phi"] > 0.5 > goat["advice"]
    assert max(flu.values()) < 0.5
    assert (MODEL_DIR / "textcat_multilabel" / "model").is_file()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the story is the identifier: no name, no age, a small town
        (GOAT, [("phi", "phi.learned", "warning", 0, GOAT.index(" Second"))]),
        # a reply that reassures one person about their own rash
        (RASH, [("advice", "advice.learned", "warning", 0, len(RASH))]),
    ],
)
def test_a_post_the_rules_miss_is_flagged_on_the_whole_sentence(
    analyzer: Analyzer, text: str, expected: list[Found]
) -> None:
    assert learned(analyzer, text) == expected
    assert not [f for f in analyzer.analyze(text) if f.pack == expected[0][0]
                and f.rule not in LEARNED and f.severity in ("warning", "critical")]


def test_the_underline_goes_on_the_sentence_that_reads_worst(analyzer: Analyzer) -> None:
    text = "Busy one. " + GOAT
    start = text.index("Just")
    assert learned(analyzer, text, packs=["phi"]) == [
        ("phi", "phi.learned", "warning", start, text.index(" Second"))
    ]


def test_a_pack_its_rules_flagged_gets_no_second_opinion(analyzer: Analyzer) -> None:
    # The classifier scores this post high for tone, and a tone rule flags it: one finding.
    text = "Another frequent flyer drug seeker in bed 3 tonight. Some people think this is a hotel."
    classifier = classifier_for(analyzer.nlp.vocab)
    assert classifier.scores([analyzer.nlp.make_doc(text)])[0]["tone"] > 0.5
    rules = {f.rule for f in analyzer.analyze(text, packs=["tone"])}
    assert rules == {"tone.patient-slang"}


@pytest.mark.parametrize(
    "text",
    [
        # the clinic's own event: no patient in view
        "Thanks to everyone who came in for flu shots at our Yarmouth clinic last night!",
        # a teaching case
        "A 14-year-old boy with tremor and falling grades turns out to have Wilson's disease.",
        # the author's own family
        "Gave baby Tylenol at 2am last night and she finally slept.",
    ],
)
def test_phi_defers_to_what_the_phi_rules_know(analyzer: Analyzer, text: str) -> None:
    # The classifier alone would flag these; the PHI post model knows why they are harmless.
    classifier = classifier_for(analyzer.nlp.vocab)
    assert classifier.scores([analyzer.nlp.make_doc(text)])[0]["phi"] > 0.5
    assert learned(analyzer, text) == []


def test_overrides_turn_it_off_or_down(analyzer: Analyzer) -> None:
    off = AnalysisSettings(overrides=(("tone.learned", "off"),))
    info = AnalysisSettings(overrides=(("tone.learned", "info"),))
    assert learned(analyzer, CALL_BELL, packs=["tone"], settings=off) == []
    assert learned(analyzer, CALL_BELL, packs=["tone"], settings=info) == [
        ("tone", "tone.learned", "info", 0, 54)
    ]


def with_threshold(pack: Pack, threshold: float) -> Analyzer:
    """An analyzer of ``pack`` alone, its learned rule at ``threshold``."""
    rules = tuple(
        dataclasses.replace(r, options={"threshold": threshold}) if r.id in LEARNED else r
        for r in pack.rules
    )
    return Analyzer({pack.id: dataclasses.replace(pack, rules=rules)})


def test_the_threshold_is_the_packs_to_set(packs: dict[str, Pack]) -> None:
    assert learned(with_threshold(packs["tone"], 0.999), CALL_BELL) == []


# What a clinician posts every day. Nothing here may be flagged by any pack, learned or not.
HARD_NEGATIVES = [
    "Get your flu shot!",
    "Flu shots are free at every pharmacy in the province this month. Bring your health card.",
    "Our clinic at 1420 Main St, Kelowna is open Saturdays 9-1. Call 250-555-0182 to book.",
    "Huge congratulations to Dr. Amira Haddad on her well-deserved teaching award!",
    "So proud of our night shift nurses, who kept the ED running through the storm. Thank you.",
    "I respectfully disagree with the new screening guidance; the absolute benefit looks small.",
    "With respect to @dr_lin, I read the trial differently: the confidence interval crosses one.",
    "If you have chest pain that lasts more than a few minutes, call 911. Don't drive yourself.",
    "Reminder: antibiotics don't work on colds. Rest, fluids, and see your doctor after 10 days.",
    "New paper out today on sepsis screening in rural EDs. Proud of this team.",
    "Exhausted after a 14-hour shift, but we got everyone home safe. Off to bed.",
    "Measles cases are rising in Ontario. Check your vaccination records, or ask your doctor.",
    "Grand rounds tomorrow at noon: Dr. Patel on heart failure with preserved ejection fraction.",
    "Sunscreen every day, even in winter. Your skin will thank you in 30 years.",
    "Welcome to the team, Dr. Nguyen! Our clinic is lucky to have you.",
    "Tonight's journal club: the DELIVER trial. Pizza provided, residents welcome.",
]


@pytest.mark.parametrize("text", HARD_NEGATIVES)
def test_everyday_posts_stay_clean(analyzer: Analyzer, text: str) -> None:
    findings = analyzer.analyze(text)
    flagged = [(f.rule, f.text) for f in findings if f.severity in ("warning", "critical")]
    assert flagged == []


def test_advice_needs_something_medical(analyzer: Analyzer) -> None:
    text = "DM me your CV and I'll look at it before the match deadline."
    classifier = classifier_for(analyzer.nlp.vocab)
    assert classifier.scores([analyzer.nlp.make_doc(text)])[0]["advice"] > 0.5
    assert learned(analyzer, text) == []


def test_tone_waits_for_a_confident_verdict(analyzer: Analyzer) -> None:
    # Praise with a strong word scores well above a plain post for tone (0.3-0.8 since the
    # retraining with 14,857 posts; 0.5-0.8 before); the tone rule's threshold is 0.8.
    text = "Our crazy talented nurses pulled off another miracle tonight, legends all."
    classifier = classifier_for(analyzer.nlp.vocab)
    assert 0.3 <= classifier.scores([analyzer.nlp.make_doc(text)])[0]["tone"] < 0.8
    assert learned(analyzer, text) == []


def test_advice_leaves_teaching_cases_and_refusals_alone(packs: dict[str, Pack]) -> None:
    # With the threshold at 0 every post with 8 words scores high enough: only the gate decides.
    analyzer = with_threshold(packs["advice"], 0.0)
    case = (
        "Case for the physio students (made up for tutorial, not a real pt): 34F, 6 wks "
        "postpartum, anterior knee pain going down stairs, no trauma. What's on your differential?"
    )
    assert learned(analyzer, case) == []
    # nor a reply that declines to advise, as the guidance asks
    declined = "@jpl_writes please don't DM me your scan results, I'd hate to get it wrong."
    assert learned(analyzer, declined) == []
    # the same knee, told to one reader, is something medical the gate lets through
    reply = "@sam_k that knee pain going down stairs after your runs will settle with rest."
    assert [(pack, rule) for pack, rule, *_ in learned(analyzer, reply)] == [
        ("advice", "advice.learned")
    ]


def test_given_names_read_as_one_word_to_the_classifier(analyzer: Analyzer) -> None:
    from secondlook.engine.learned import NAME, names_masked

    nlp = analyzer.pipeline.nlp
    doc = nlp.make_doc(
        "Thanks Karen for covering, Linda.\nSam, you thank Dave too? Brenda and will"
    )
    masked = [t.text for t in names_masked(doc)]
    # inside a sentence a capitalized given name is NAME; at a sentence's or a line's start it
    # stays itself
    assert masked == ["Thanks", NAME, "for", "covering", ",", NAME, ".", "\n", "Sam", ",", "you",
                      "thank", NAME, "too", "?", "Brenda", "and", "will"]
    # whatever name a colleague is thanked by, the verdict is the same
    classifier = classifier_for(nlp.vocab)
    scores = [
        classifier.scores([nlp(f"Thanks {who} for covering my shift, you're a star!")])[0]
        for who in ("Karen", "Fatima")
    ]
    assert scores[0] == scores[1]
    assert scores[0]["tone"] < 0.8
