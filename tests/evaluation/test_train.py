"""The learned classifier's training: what it may learn from, and that the shipped weights are
what ``secondlook train`` makes from the data (skipped where the public data is absent)."""

from __future__ import annotations

from pathlib import Path

import pytest

from secondlook.engine import Analyzer
from secondlook.engine.learned import PostClassifier, classifier_for
from secondlook.evaluation.datasets import (
    DEFAULT_DATA_DIR,
    PUBLIC_LOADERS,
    REPO_ROOT,
    in_training_half,
    load_corpus,
)
from secondlook.evaluation.train import train, training_texts

needs_data = pytest.mark.skipif(not DEFAULT_DATA_DIR.is_dir(),
                                reason=f"no public data at {DEFAULT_DATA_DIR}")
HOLDOUTS = [REPO_ROOT / "tests" / "corpus" / n
            for n in ("holdout.jsonl", "holdout_blind.jsonl", "holdout_blind2.jsonl",
                      "holdout_blind3.jsonl", "holdout_blind4.jsonl", "holdout_blind5.jsonl",
                      "holdout_blind6.jsonl", "holdout_blind7.jsonl", "holdout_blind8.jsonl",
                      "holdout_blind9.jsonl", "holdout_blind10.jsonl")]
SPLIT = ("davidson", "unhealthy", "needadvice_dev")


@needs_data
@pytest.mark.parametrize("name", SPLIT)
def test_the_halves_split_a_public_set_in_two(name: str) -> None:
    load = PUBLIC_LOADERS[name]
    every = {e.id for e in load(DEFAULT_DATA_DIR, "all").examples}
    heldout = {e.id for e in load(DEFAULT_DATA_DIR).examples}  # what `secondlook eval` scores
    training = {e.id for e in load(DEFAULT_DATA_DIR, "training").examples}
    assert heldout | training == every
    assert not heldout & training
    assert 0.4 < len(training) / len(every) < 0.6
    assert all(in_training_half(i) for i in training)


@needs_data
def test_training_never_sees_what_measures_it() -> None:
    learned_from = {text for text, _ in training_texts(DEFAULT_DATA_DIR)}
    measured = [e.text for path in HOLDOUTS for e in load_corpus(path).examples]
    measured += [e.text for name in SPLIT for e in PUBLIC_LOADERS[name](DEFAULT_DATA_DIR).examples]
    measured += [e.text for e in PUBLIC_LOADERS["needadvice_test"](DEFAULT_DATA_DIR).examples]
    seen = [text for text in measured if text in learned_from]
    # A handful of one-word r/needadvice sentences ("Thanks!") repeat across the halves.
    assert len(seen) <= 10, seen[:10]
    assert not [t for path in HOLDOUTS for t in (e.text for e in load_corpus(path).examples)
                if t in learned_from]


@needs_data
@pytest.mark.slow
def test_training_again_gives_the_shipped_model(tmp_path: Path, analyzer: Analyzer) -> None:
    meta = train(DEFAULT_DATA_DIR, tmp_path)
    shipped = classifier_for(analyzer.nlp.vocab)
    assert meta["texts"] == shipped.meta["texts"]
    assert meta["labels"] == shipped.meta["labels"]
    again = PostClassifier(analyzer.nlp.vocab, tmp_path)
    docs = [analyzer.nlp.make_doc(e.text) for path in HOLDOUTS for e in load_corpus(path).examples]
    for ours, theirs in zip(shipped.scores(docs), again.scores(docs), strict=True):
        assert ours == pytest.approx(theirs, abs=1e-4)
