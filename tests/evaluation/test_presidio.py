"""Presidio is built over the same spaCy model as the analyzer and reports spans we can score."""

from __future__ import annotations

import pytest

pytest.importorskip("presidio_analyzer")

from secondlook.engine import Analyzer  # noqa: E402
from secondlook.evaluation.presidio import presidio_analyzer, presidio_spans  # noqa: E402


def test_presidio_uses_the_analyzers_model_and_finds_identifiers(analyzer: Analyzer) -> None:
    if analyzer.info.model is None:
        pytest.skip("no spaCy model installed")
    engine = presidio_analyzer()
    assert engine.nlp_engine.nlp["en"].meta["name"] == analyzer.nlp.meta["name"]
    texts = ["Write to jane.doe@example.org today", "Nothing to see here."]
    email, nothing = presidio_spans(engine, texts, batch_size=1)
    assert (9, 29, "EMAIL_ADDRESS") in email
    assert texts[0][9:29] == "jane.doe@example.org"
    assert all(kind != "EMAIL_ADDRESS" for _, _, kind in nothing)
