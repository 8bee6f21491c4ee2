"""Scoring on small hand-made cases: every count and ratio is checked by value."""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from secondlook.evaluation.datasets import Example
from secondlook.evaluation.run import sample
from secondlook.evaluation.scoring import (
    FalseAlarms,
    PackScore,
    flagged_packs,
    overlaps,
    pack_spans,
    score_posts,
    score_spans,
)


@dataclass
class F:  # the two fields of a Finding the scores read, plus offsets
    pack: str
    severity: str
    start: int = 0
    end: int = 1


def ex(id_: str, **labels: bool) -> Example:
    return Example(id_, "", labels)


def test_only_warning_and_critical_flag_a_pack() -> None:
    findings = [F("phi", "info"), F("tone", "warning"), F("advice", "critical")]
    assert flagged_packs(findings) == {"tone", "advice"}
    assert flagged_packs([F("phi", "info")]) == frozenset()


def test_post_scores_and_false_alarms() -> None:
    examples = [
        ex("a", phi=True, tone=False),   # phi tp
        ex("b", phi=True, tone=False),   # phi fn
        ex("c", phi=False, tone=False),  # clean, phi fp -> false alarm
        ex("d", phi=False, tone=False),  # clean, nothing -> tn
        ex("e", phi=False, tone=True),   # tone tp, not clean
        ex("f", phi=False, tone=False),  # clean, tone fp -> false alarm
    ]
    flagged = [frozenset({"phi"}), frozenset(), frozenset({"phi"}), frozenset(),
               frozenset({"tone"}), frozenset({"tone"})]
    scores, alarms = score_posts(examples, flagged, ("phi", "tone"))
    assert scores["phi"] == PackScore(tp=1, fp=1, fn=1, tn=3)
    assert scores["phi"].precision == pytest.approx(0.5)
    assert scores["phi"].recall == pytest.approx(0.5)
    assert scores["phi"].f1 == pytest.approx(0.5)
    assert scores["tone"] == PackScore(tp=1, fp=1, fn=0, tn=4)
    assert scores["tone"].f1 == pytest.approx(2 / 3)
    assert alarms == FalseAlarms(clean=3, flagged=2)
    assert alarms.rate == pytest.approx(2 / 3)


def test_packs_the_set_is_not_labeled_for_are_ignored() -> None:
    # A tone finding on a phi-only set is neither a phi hit nor a false alarm of that set.
    scores, alarms = score_posts([ex("a", phi=False)], [frozenset({"tone"})], ("phi",))
    assert scores["phi"] == PackScore(tn=1)
    assert alarms == FalseAlarms(clean=1, flagged=0)


def test_undefined_ratios_are_none_and_f1_is_zero_when_all_missed() -> None:
    nothing_predicted = PackScore(tp=0, fp=0, fn=3, tn=1)
    assert nothing_predicted.precision is None
    assert nothing_predicted.recall == 0.0
    assert nothing_predicted.f1 == 0.0
    assert PackScore(tn=5).f1 is None
    assert FalseAlarms().rate is None


def test_overlap_is_half_open() -> None:
    assert overlaps((0, 5), (4, 9))
    assert not overlaps((0, 5), (5, 9))  # touching is not overlapping
    assert overlaps((3, 4), (0, 10))


def test_span_scores_by_overlap() -> None:
    gold = [[(0, 5), (10, 15), (20, 25)], [(0, 4)], []]
    predicted = [
        [(2, 12), (30, 35), (30, 35)],  # finds two gold spans, one false span, a duplicate
        [(0, 1), (2, 3)],               # two predictions inside one gold span: both correct
        [(0, 3)],                       # nothing should be found: one false span
    ]
    score = score_spans(gold, predicted)
    assert (score.gold, score.found) == (4, 3)
    assert (score.predicted, score.correct) == (5, 3)
    assert score.recall == pytest.approx(0.75)
    assert score.precision == pytest.approx(0.6)


def test_pack_spans_count_every_severity_once() -> None:
    findings = [F("phi", "info", 0, 4), F("phi", "critical", 0, 4), F("phi", "warning", 6, 9),
                F("tone", "warning", 1, 2)]
    assert pack_spans(findings, "phi") == [(0, 4), (6, 9)]


def test_sample_spreads_over_the_set() -> None:
    items = [ex(str(i), phi=i >= 50) for i in range(100)]
    picked = sample(items, 4)
    assert [e.id for e in picked] == ["0", "25", "50", "75"]
    assert sample(items, None) is items
