"""Run a system (Second Look's analyzer, or Presidio) over an evaluation set and score it."""

from __future__ import annotations

import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from secondlook.engine.context import AnalysisSettings
from secondlook.evaluation.datasets import EvalSet, Example
from secondlook.evaluation.scoring import (
    FalseAlarms,
    PackScore,
    SpanScore,
    flagged_packs,
    pack_spans,
    score_posts,
    score_spans,
)

Progress = Callable[[int], None]


@dataclass
class SetResult:
    set: str
    title: str
    system: str  # "secondlook" or "presidio"
    posts: int
    packs: dict[str, PackScore]
    false_alarms: FalseAlarms
    spans: SpanScore | None = None
    # pack -> (example id, "missed" or "false alarm") for every post the pack got wrong
    misses: dict[str, list[tuple[str, str]]] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        return {
            "set": self.set, "title": self.title, "system": self.system, "posts": self.posts,
            "packs": {pack: score.to_dict() for pack, score in self.packs.items()},
            "false_alarms": self.false_alarms.to_dict(),
            "spans": self.spans.to_dict() if self.spans else None,
        }


def sample(examples: list[Example], limit: int | None) -> list[Example]:
    """At most ``limit`` examples spread evenly over the set (sets may be sorted by label)."""
    if not limit or limit >= len(examples):
        return examples
    return [examples[i * len(examples) // limit] for i in range(limit)]


def stderr_progress(label: str, total: int) -> Progress:
    """``label: done/total`` on stderr: rewritten in place on a terminal, else every tenth."""
    live = sys.stderr.isatty()
    step = max(1, total // 10)
    last = [0]

    def report(done: int) -> None:
        if live:
            end = "\n" if done >= total else ""
            print(f"\r{label}: {done}/{total}", end=end, file=sys.stderr, flush=True)
        elif done >= total or done - last[0] >= step:
            last[0] = done
            print(f"{label}: {done}/{total}", file=sys.stderr, flush=True)

    return report


def evaluate_secondlook(
    analyzer: Any,
    evalset: EvalSet,
    examples: list[Example],
    progress: Progress | None = None,
    *,
    rules_only: bool = False,
) -> SetResult:
    """The packs the set is labeled for, as shipped (default settings), over ``examples``; without
    the learned rules when ``rules_only`` or when the learned classifier trained on the set."""
    flagged: list[frozenset[str]] = []
    spans: list[list[tuple[int, int]]] = []
    settings = None
    if rules_only or evalset.trained_on:
        learned = [r.id for r in analyzer.rules() if r.detector == "learned"]
        settings = AnalysisSettings(overrides=tuple((rule_id, "off") for rule_id in learned))
    results = analyzer.analyze_many((e.text for e in examples), packs=list(evalset.packs),
                                    settings=settings)
    for done, findings in enumerate(results, 1):
        flagged.append(flagged_packs(findings))
        if evalset.span_scored:
            spans.append(pack_spans(findings, "phi"))
        if progress and (done % 64 == 0 or done == len(examples)):
            progress(done)
    return _result(evalset, "secondlook", examples, flagged, spans)


def evaluate_presidio(
    engine: Any, evalset: EvalSet, examples: list[Example], progress: Progress | None = None
) -> SetResult:
    """Presidio on a PHI set: a post is flagged when Presidio returns anything."""
    from secondlook.evaluation.presidio import presidio_spans

    flagged: list[frozenset[str]] = []
    spans: list[list[tuple[int, int]]] = []
    for found in presidio_spans(engine, (e.text for e in examples), progress=progress):
        flagged.append(frozenset({"phi"}) if found else frozenset())
        spans.append(sorted({(s, e) for s, e, _ in found}))
    return _result(evalset, "presidio", examples, flagged, spans)


def _result(
    evalset: EvalSet,
    system: str,
    examples: list[Example],
    flagged: list[frozenset[str]],
    spans: list[list[tuple[int, int]]],
) -> SetResult:
    packs, alarms = score_posts(examples, flagged, evalset.packs)
    misses = {
        pack: [(e.id, "missed" if e.labels[pack] else "false alarm")
               for e, got in zip(examples, flagged, strict=True)
               if e.labels[pack] != (pack in got)]
        for pack in evalset.packs
    }
    span_score = score_spans([e.spans for e in examples], spans) if evalset.span_scored else None
    return SetResult(evalset.name, evalset.title, system, len(examples), packs, alarms,
                     span_score, misses)
