"""The packs hold their recorded quality on our corpus (issue 5, section 5).

``secondlook eval --sets corpus --record`` rewrites ``tests/corpus/baseline.json`` after a real
improvement. This test fails when a pack's F1 drops more than ``F1_SLACK`` below the record, or
the false-alarm rate on clean posts rises more than ``FALSE_ALARM_SLACK`` above it.
"""

from __future__ import annotations

import json

import pytest

from secondlook.engine import Analyzer
from secondlook.evaluation.cli import BASELINE_PATH
from secondlook.evaluation.datasets import PACKS, load_corpus
from secondlook.evaluation.run import SetResult, evaluate_secondlook

F1_SLACK = 0.02
FALSE_ALARM_SLACK = 0.02


@pytest.fixture(scope="module")
def corpus_result(analyzer: Analyzer) -> SetResult:
    corpus = load_corpus()
    return evaluate_secondlook(analyzer, corpus, corpus.examples)


def test_corpus_is_well_formed() -> None:
    corpus = load_corpus()
    ids = [e.id for e in corpus.examples]
    assert len(ids) >= 400
    assert len(set(ids)) == len(ids), "ids must be unique"
    assert len({e.text for e in corpus.examples}) == len(ids), "texts must be unique"
    clean = sum(not any(e.labels.values()) for e in corpus.examples)
    assert 0.4 <= clean / len(ids) <= 0.6, "about half of the corpus are hard negatives"
    for pack in PACKS:
        assert sum(e.labels[pack] for e in corpus.examples) >= 50, f"too few {pack} positives"


def test_corpus_holds_the_recorded_quality(corpus_result: SetResult) -> None:
    baseline = json.loads(BASELINE_PATH.read_text(encoding="utf-8"))
    report = {pack: score.to_dict() for pack, score in corpus_result.packs.items()}
    failures = []
    for pack, recorded in baseline["packs"].items():
        f1 = corpus_result.packs[pack].f1 or 0.0
        if f1 < (recorded["f1"] or 0.0) - F1_SLACK:
            failures.append(f"{pack} F1 {f1:.3f} < recorded {recorded['f1']:.3f} - {F1_SLACK}")
    rate = corpus_result.false_alarms.rate or 0.0
    if rate > baseline["false_alarm_rate"] + FALSE_ALARM_SLACK:
        failures.append(f"false alarms {rate:.3f} > recorded "
                        f"{baseline['false_alarm_rate']:.3f} + {FALSE_ALARM_SLACK}")
    assert not failures, f"{failures}; now: {report}; wrong ids: {corpus_result.misses}"


def test_baseline_names_every_pack_and_how_it_was_made() -> None:
    baseline = json.loads(BASELINE_PATH.read_text(encoding="utf-8"))
    assert set(baseline["packs"]) == set(PACKS)
    assert baseline["command"] == "secondlook eval --sets corpus --record"
    assert baseline["posts"] == len(load_corpus().examples), "re-record after editing the corpus"
