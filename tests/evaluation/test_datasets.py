"""Every public set loads from ``../shared/eval`` (skipped where the data is absent), and the
corpus loader rejects malformed labels."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from secondlook.evaluation.datasets import DEFAULT_DATA_DIR, PUBLIC_LOADERS, load_corpus

needs_data = pytest.mark.skipif(not DEFAULT_DATA_DIR.is_dir(),
                                reason=f"no public data at {DEFAULT_DATA_DIR}")

# name -> (examples, packs, positives) as the files in SOURCES.md describe them
EXPECTED = {
    "nursing": (2434, ("phi",), None),
    "presidio_synth": (1500, ("phi",), None),
    "presidio_cases": (112, ("phi",), None),
}


@needs_data
@pytest.mark.parametrize("name", sorted(PUBLIC_LOADERS))
def test_public_set_loads(name: str) -> None:
    evalset = PUBLIC_LOADERS[name](DEFAULT_DATA_DIR)
    assert evalset.name == name
    assert evalset.examples, "no examples read"
    positives = 0
    for example in evalset.examples:
        assert example.text.strip()
        assert set(example.labels) == set(evalset.packs)
        positives += any(example.labels.values())
        for start, end in example.spans:
            assert 0 <= start < end <= len(example.text)
    assert 0 < positives < len(evalset.examples), "a set needs both positives and negatives"
    if name in EXPECTED:
        count, packs, expected_positives = EXPECTED[name]
        assert len(evalset.examples) == count
        assert evalset.packs == packs
        if expected_positives is not None:
            assert positives == expected_positives


@needs_data
def test_nursing_gold_spans_point_at_their_phrases() -> None:
    notes = PUBLIC_LOADERS["nursing"](DEFAULT_DATA_DIR)
    assert sum(len(e.spans) for e in notes.examples) == 1779
    first = notes.examples[0]
    assert first.id == "1-1"
    assert first.text[first.spans[0][0]:first.spans[0][1]] == "CALVERT"


@needs_data
def test_recognizer_cases_keep_empty_expectations() -> None:
    cases = PUBLIC_LOADERS["presidio_cases"](DEFAULT_DATA_DIR)
    negatives = [e for e in cases.examples if not e.spans]
    assert negatives and all(e.labels == {"phi": False} for e in negatives)
    assert {e.kind for e in cases.examples} >= {"email", "phone", "us_ssn", "url"}


def test_corpus_loader_rejects_missing_labels(tmp_path: Path) -> None:
    bad = tmp_path / "posts.jsonl"
    bad.write_text(json.dumps({"id": "x-1", "platform": "x", "text": "hi",
                               "labels": {"phi": False, "advice": False}}) + "\n")
    with pytest.raises(ValueError, match="posts.jsonl:1"):
        load_corpus(bad)


@needs_data
def test_synthetic_identifier_types_drop_organisations_titles_and_nationalities() -> None:
    every = PUBLIC_LOADERS["presidio_synth"](DEFAULT_DATA_DIR)
    ids = PUBLIC_LOADERS["presidio_synth_ids"](DEFAULT_DATA_DIR)
    assert [e.text for e in ids.examples] == [e.text for e in every.examples]
    assert sum(len(e.spans) for e in every.examples) == 2863
    assert sum(len(e.spans) for e in ids.examples) == 2863 - 250 - 92 - 55
    for full, kept in zip(every.examples, ids.examples, strict=True):
        assert set(kept.spans) <= set(full.spans)
        assert kept.labels == {"phi": bool(kept.spans)}
