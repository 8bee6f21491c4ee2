"""Scores: post-level precision/recall/F1 per pack, false alarms on clean posts, PHI span scores.

The rules, as issue 5 states them:

* **Post level.** A post is flagged for a pack when that pack has a finding at ``warning`` or
  above (``info`` never counts). Each pack a set is labeled for gets precision, recall and F1
  over the set's posts.
* **False alarms.** A clean post is one whose labels are all negative (for the packs the set is
  labeled for). The false-alarm rate is the share of clean posts flagged by *any* of those packs.
* **Spans (PHI).** Every finding of the pack counts, whatever its severity; identical spans are
  counted once. Offsets are half-open code-point ranges, and two spans *overlap* when they share
  at least one character (``a.start < b.end and b.start < a.end``). A gold span is *found* when
  at least one predicted span overlaps it; a predicted span is *correct* when it overlaps at
  least one gold span. Span recall = found / gold, span precision = correct / predicted. One long
  prediction covering two gold spans finds both; two predictions inside one gold span are both
  correct.

A ratio with a zero denominator is ``None`` (shown as ``-``), never a made-up 0 or 1.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from secondlook.evaluation.datasets import Example, Span

FLAGGING_SEVERITIES = frozenset({"warning", "critical"})


def ratio(part: int, whole: int) -> float | None:
    return part / whole if whole else None


@dataclass
class PackScore:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    tn: int = 0

    @property
    def precision(self) -> float | None:
        return ratio(self.tp, self.tp + self.fp)

    @property
    def recall(self) -> float | None:
        return ratio(self.tp, self.tp + self.fn)

    @property
    def f1(self) -> float | None:
        """2tp / (2tp + fp + fn): the harmonic mean of precision and recall, and 0 (not
        undefined) when nothing was predicted but something should have been."""
        return ratio(2 * self.tp, 2 * self.tp + self.fp + self.fn)

    def to_dict(self) -> dict[str, Any]:
        return {"tp": self.tp, "fp": self.fp, "fn": self.fn, "tn": self.tn,
                "precision": self.precision, "recall": self.recall, "f1": self.f1}


@dataclass
class FalseAlarms:
    clean: int = 0
    flagged: int = 0

    @property
    def rate(self) -> float | None:
        return ratio(self.flagged, self.clean)

    def to_dict(self) -> dict[str, Any]:
        return {"clean": self.clean, "flagged": self.flagged, "rate": self.rate}


@dataclass
class SpanScore:
    gold: int = 0
    found: int = 0
    predicted: int = 0
    correct: int = 0

    @property
    def recall(self) -> float | None:
        return ratio(self.found, self.gold)

    @property
    def precision(self) -> float | None:
        return ratio(self.correct, self.predicted)

    def to_dict(self) -> dict[str, Any]:
        return {"gold": self.gold, "found": self.found, "recall": self.recall,
                "predicted": self.predicted, "correct": self.correct,
                "precision": self.precision}


def flagged_packs(findings: Iterable[Any]) -> frozenset[str]:
    """The packs with a finding at warning or above (``findings`` have ``pack`` and
    ``severity``)."""
    return frozenset(f.pack for f in findings if f.severity in FLAGGING_SEVERITIES)


def pack_spans(findings: Iterable[Any], pack: str) -> list[Span]:
    """Distinct spans of every finding of ``pack``, whatever the severity."""
    return sorted({(f.start, f.end) for f in findings if f.pack == pack})


def score_posts(
    examples: Sequence[Example], flagged: Sequence[frozenset[str]], packs: Sequence[str]
) -> tuple[dict[str, PackScore], FalseAlarms]:
    """Per-pack confusion counts and the false alarms on clean posts."""
    scores = {pack: PackScore() for pack in packs}
    alarms = FalseAlarms()
    for example, got in zip(examples, flagged, strict=True):
        for pack in packs:
            expected, predicted = example.labels[pack], pack in got
            score = scores[pack]
            if expected and predicted:
                score.tp += 1
            elif predicted:
                score.fp += 1
            elif expected:
                score.fn += 1
            else:
                score.tn += 1
        if not any(example.labels[pack] for pack in packs):
            alarms.clean += 1
            alarms.flagged += any(pack in got for pack in packs)
    return scores, alarms


def overlaps(a: Span, b: Span) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def score_spans(gold: Sequence[Sequence[Span]], predicted: Sequence[Sequence[Span]]) -> SpanScore:
    """Span recall and precision by overlap (see the module docstring), summed over posts."""
    score = SpanScore()
    for gold_spans, predicted_spans in zip(gold, predicted, strict=True):
        predicted_spans = sorted(set(predicted_spans))
        score.gold += len(gold_spans)
        score.found += sum(any(overlaps(g, p) for p in predicted_spans) for g in gold_spans)
        score.predicted += len(predicted_spans)
        score.correct += sum(any(overlaps(p, g) for g in gold_spans) for p in predicted_spans)
    return score
