"""The learned second opinion: a bag-of-words classifier that scores a post for each pack.

The rules say exactly why they flag, but they miss what they were not written for: a joke at a
patient's expense without a cue word, identifying details spread over three sentences. The
classifier (spaCy's ``textcat_multilabel`` with the ``TextCatBOW`` model: a linear model over the
post's words and word pairs) was trained on our labeled corpus and on halves of the public sets
(``secondlook train``, in ``secondlook.evaluation.train``). The ``learned`` detector turns its
scores into a finding only when the pack's rules found nothing; see ``detectors/learned.py``.

The trained weights live in ``MODEL_DIR`` beside this module and are loaded once per process,
onto the vocabulary of the loaded spaCy pipeline, and score the Docs the rules' parse already
made (the model reads only their words). Nothing is learned at run time; a post is only scored.
"""

from __future__ import annotations

import json
import threading
from pathlib import Path
from typing import Any

from spacy.tokens import Doc
from spacy.vocab import Vocab

from secondlook.engine.lexicons import lexicon

MODEL_DIR = Path(__file__).resolve().parent / "model"
NAME = "Name"  # what every given name reads as, in training and in scoring
COMPONENT = "textcat_multilabel"
META_FILE = "meta.json"

# The architecture, fixed here rather than read from the model folder, so that loading the
# weights never resolves a config (which imports every package's spaCy entry points).
ARCHITECTURE: dict[str, Any] = {
    "@architectures": "spacy.TextCatBOW.v3",
    "exclusive_classes": False,
    "ngram_size": 2,
    "no_output_layer": False,
    "length": 262144,
}


class PostClassifier:
    """Scores texts for each label ("phi", "advice", "tone"): the probability, 0 to 1, that a
    post like it should be flagged by that pack."""

    def __init__(self, vocab: Vocab, path: Path = MODEL_DIR) -> None:
        from spacy import registry
        from spacy.pipeline.textcat_multilabel import MultiLabel_TextCategorizer

        model = registry.resolve({"model": ARCHITECTURE})["model"]
        self._component = MultiLabel_TextCategorizer(vocab, model, name=COMPONENT,
                                                     threshold=0.5, scorer=None)
        self._component.from_disk(path / COMPONENT, exclude=["vocab"])
        self.labels: tuple[str, ...] = tuple(self._component.labels)
        self.meta: dict[str, Any] = json.loads((path / META_FILE).read_text(encoding="utf-8"))

    def scores(self, docs: list[Doc]) -> list[dict[str, float]]:
        if not docs:
            return []
        matrix = self._component.predict([names_masked(doc) for doc in docs])
        return [dict(zip(self.labels, map(float, row), strict=True)) for row in matrix]


_lock = threading.Lock()
_loaded: dict[tuple[int, Path], PostClassifier] = {}


def classifier_for(vocab: Vocab, path: Path = MODEL_DIR) -> PostClassifier:
    """The classifier on ``vocab`` (the loaded pipeline's), loaded once per process."""
    key = (id(vocab), path)
    with _lock:
        if key not in _loaded:
            _loaded[key] = PostClassifier(vocab, path)
        return _loaded[key]


def names_masked(doc: Doc) -> Doc:
    """``doc`` with every given name inside a sentence written as one word, ``NAME``.

    A bag of words learns whatever names its training posts used: once the corpus mocked a few
    "Karens", "Thanks Karen for covering my shift, you're a star!" scored 0.84 for tone against
    0.59 with "Maria". A name says that someone is named, not how. Only a capitalized given name
    after the first word of its sentence is replaced ("Will you ...", "Grace," open one)."""
    given = lexicon("phi_first_names")
    words = [t.text for t in doc]
    changed = False
    for i, token in enumerate(doc):
        text = token.text
        if (
            i > 0
            and text[:1].isupper()
            and text[1:].islower()
            and text.lower() in given
            and doc[i - 1].text not in SENTENCE_ENDS
            and "\n" not in doc[i - 1].text_with_ws
        ):
            words[i] = NAME
            changed = True
    if not changed:
        return doc
    return Doc(doc.vocab, words=words, spaces=[bool(t.whitespace_) for t in doc])


SENTENCE_ENDS = frozenset([".", "!", "?", ":", "…", "..."])
