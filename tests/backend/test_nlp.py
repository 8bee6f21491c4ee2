"""The pipeline as the analyzer runs it: entity recognition beside the tagger and parser gives
exactly the annotations of spaCy's own sequential pipeline."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from spacy.tokens import Doc

from secondlook.engine.analyzer import chunk_text
from secondlook.engine.nlp import SideBySide, _crosses_a_sentence, load_pipeline

CORPUS = Path(__file__).parents[1] / "corpus" / "posts.jsonl"
# The recognizer alone runs an entity over the parser's sentence start in these; the pipeline
# does not (a date over "16. 40", a street number over "Apt. 360").
CROSSING = [
    "12 hour shift turned into 16. 40 in the waiting room, 3 nurses. I need a nap and a union.",
    "Our clinic at 45 King Street is open late so Thursdays; call the front desk at 613-555-0123. ",
    "    31401 ul. Słowicza 10 Apt. 360\n",
]


@pytest.fixture(scope="module")
def nlp():  # type: ignore[no-untyped-def]
    pipeline = load_pipeline()
    if pipeline.degraded:
        pytest.skip("no spaCy model installed")
    return pipeline.nlp


def _annotations(doc: Doc) -> list[tuple[object, ...]]:
    return [
        (t.text, t.tag_, t.pos_, t.dep_, t.head.i, t.is_sent_start, t.ent_iob_, t.ent_type_)
        for t in doc
    ]


def test_side_by_side_runs_the_recognizer_apart(nlp) -> None:  # type: ignore[no-untyped-def]
    parse = SideBySide(nlp)
    if parse.component is None:
        pytest.skip("one CPU: the recognizer runs in line")
    assert parse.component == "ner"


def test_same_annotations_as_the_pipeline(nlp) -> None:  # type: ignore[no-untyped-def]
    parse = SideBySide(nlp)
    posts = [json.loads(line)["text"] for line in CORPUS.read_text().splitlines() if line]
    for text in CROSSING + posts:
        chunks = chunk_text(text)
        expected = [_annotations(doc) for doc in nlp.pipe(chunks)]
        assert [_annotations(doc) for doc in parse(chunks)] == expected, text[:80]


def test_an_entity_over_a_sentence_start_is_recognized_again(nlp) -> None:  # type: ignore[no-untyped-def]
    """Not vacuous: alone, the recognizer does cross the sentence start in these texts."""
    ner = nlp.get_pipe("ner")
    for text in CROSSING:
        doc = nlp.make_doc(text)
        for name, proc in nlp.pipeline:
            if name != "ner":
                doc = proc(doc)
        ner.set_annotations([doc], ner.predict([nlp.make_doc(text)]))
        assert _crosses_a_sentence(doc), text
        assert not _crosses_a_sentence(SideBySide(nlp)([text])[0])
