"""The fast attribute component gives exactly the attributes of the model's own attribute ruler."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import spacy
from spacy.pipeline import AttributeRuler

from secondlook.engine.components.fast_attributes import NAME, replace_attribute_ruler
from secondlook.engine.nlp import MODEL_CANDIDATES, load_pipeline

CORPUS = Path(__file__).parents[1] / "corpus" / "posts.jsonl"
# Sentences that reach the ruler's exceptions: two-token patterns (ain't, y'all, gonna, gotta,
# let's, c'mon), a REGEX alone (nothin'), IN / NOT_IN on tags and dependencies, "there is".
EXCEPTIONS = [
    "We ain't gonna believe it, but y'all know we gotta wait. Let's go, c'mon!",
    "Nothin' works and there are no beds; there's never a good time.",
    "I'd told him it was fine, but he didn't listen to me or to you, and it hit him.",
    "That is what we did, which was all we could do; do you have it? I have.",
    "Whether or not she comes, tho, we'll be here till 6 cause that's the job.",
]


def _model_name() -> str:
    for name in MODEL_CANDIDATES:
        try:
            spacy.load(name, exclude=["lemmatizer"])
        except OSError:
            continue
        return name
    pytest.skip("no spaCy model installed")


def _attributes(doc: spacy.tokens.Doc) -> list[tuple[str, str, str, str, str]]:
    return [(t.text, t.pos_, t.tag_, str(t.morph), t.lemma_) for t in doc]


def test_same_attributes_as_the_ruler_on_exceptions_and_the_corpus() -> None:
    name = _model_name()
    ruler = spacy.load(name, exclude=["lemmatizer"])
    fast = spacy.load(name, exclude=["lemmatizer"])
    assert replace_attribute_ruler(fast)
    assert NAME in fast.pipe_names and "attribute_ruler" not in fast.pipe_names
    posts = [json.loads(line)["text"] for line in CORPUS.read_text().splitlines() if line]
    texts = EXCEPTIONS + posts
    for slow_doc, fast_doc in zip(ruler.pipe(texts), fast.pipe(texts), strict=True):
        assert _attributes(fast_doc) == _attributes(slow_doc), slow_doc.text[:80]
    # the exceptions did reach the ruler's special cases
    doc = fast(EXCEPTIONS[0])
    assert [t.lemma_ for t in doc if t.lower_ in ("ai", "gon", "y'", "c'm")] == [
        "be",
        "go",
        "you",
        "come",
    ]
    assert fast("Nothin' works")[0].lemma_ == "nothing"  # a REGEX alone, tried at every token
    assert fast("there is a bed")[1].pos_ == "VERB"  # DEP expl + "is": the two-token pattern


def test_the_service_pipeline_uses_it() -> None:
    pipeline = load_pipeline()
    if pipeline.degraded:
        pytest.skip("no spaCy model installed")
    assert NAME in pipeline.nlp.pipe_names


def test_a_ruler_with_patterns_it_cannot_match_exactly_is_left_alone() -> None:
    nlp = spacy.blank("en")
    ruler = nlp.add_pipe("attribute_ruler")
    assert isinstance(ruler, AttributeRuler)
    ruler.add([[{"LOWER": "very", "OP": "+"}]], {"LEMMA": "very"})  # OP is beyond it
    assert not replace_attribute_ruler(nlp)
    assert nlp.pipe_names == ["attribute_ruler"]


# Tokens whose annotation may differ from the stock pipeline's: numpy (OpenBLAS) and BLIS round
# a product's last bits differently on some CPUs, which can tip a borderline entity. Measured on
# the corpus: 0 tokens on the Intel hosts of earlier runs, 1 of 227,712 on an AMD EPYC host.
ROUNDING_TOKENS_PER_MILLION = 20


def test_the_service_pipeline_annotates_as_the_stock_one() -> None:
    """Indexed attributes, numpy matrix products, one BLAS thread: the same annotations as the
    model loaded by spaCy as it comes (lemmatizer aside), token for token, but for a rare
    rounding difference."""
    pipeline = load_pipeline()
    if pipeline.degraded:
        pytest.skip("no spaCy model installed")
    assert pipeline.model is not None
    stock = spacy.load(pipeline.model, exclude=["lemmatizer"])
    posts = [json.loads(line)["text"] for line in CORPUS.read_text().splitlines() if line]
    tokens, differing = 0, []
    for ours, theirs in zip(pipeline.nlp.pipe(posts), stock.pipe(posts), strict=True):
        mine, stock_parse = _parse(ours), _parse(theirs)
        assert [t[0] for t in mine] == [t[0] for t in stock_parse], ours.text[:80]  # tokens
        tokens += len(mine)
        differing += [(a, b) for a, b in zip(mine, stock_parse, strict=True) if a != b]
    assert len(differing) <= tokens * ROUNDING_TOKENS_PER_MILLION / 1_000_000, differing[:5]


def _parse(doc: spacy.tokens.Doc) -> list[tuple[object, ...]]:
    return [(*_attributes(doc)[t.i], t.dep_, t.head.i, t.ent_iob_, t.ent_type_) for t in doc]
