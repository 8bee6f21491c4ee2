"""Microsoft Presidio, set up to be compared fairly: the same spaCy model the analyzer loads.

``presidio-analyzer`` is an optional dependency (the ``compare`` extra); importing this module
without it raises ImportError with the install hint.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Iterator
from typing import Any

from secondlook.engine.nlp import load_pipeline

# Presidio's email recognizer calls tldextract, which would otherwise try to download the public
# suffix list on first use; an empty URL list makes it use the snapshot it ships with.
os.environ.setdefault("TLDEXTRACT_PUBLIC_SUFFIX_LIST_URLS", "")

try:
    from presidio_analyzer import AnalyzerEngine, BatchAnalyzerEngine
    from presidio_analyzer.nlp_engine import NlpEngineProvider
except ImportError as exc:  # pragma: no cover - depends on the environment
    raise ImportError(
        "presidio-analyzer is not installed: pip install -e '.[compare]'") from exc

LANGUAGE = "en"


def presidio_analyzer(model_name: str | None = None) -> AnalyzerEngine:
    """Presidio's AnalyzerEngine with its default recognizers over ``model_name``, or, when None,
    over the spaCy model Second Look's analyzer loads (``secondlook.engine.nlp``)."""
    name = model_name or load_pipeline().model
    if name is None:
        raise RuntimeError("no spaCy model is installed, so Presidio cannot be compared")
    provider = NlpEngineProvider(nlp_configuration={
        "nlp_engine_name": "spacy",
        "models": [{"lang_code": LANGUAGE, "model_name": name}],
    })
    return AnalyzerEngine(nlp_engine=provider.create_engine(), supported_languages=[LANGUAGE])


def presidio_spans(
    engine: AnalyzerEngine,
    texts: Iterable[str],
    *,
    batch_size: int = 32,
    progress: Callable[[int], None] | None = None,
) -> Iterator[list[tuple[int, int, str]]]:
    """``(start, end, entity_type)`` of every result, every entity, no score threshold: Presidio
    as shipped. Texts go through ``nlp.pipe`` a batch at a time."""
    batch_engine = BatchAnalyzerEngine(analyzer_engine=engine)
    batch: list[str] = []
    done = 0

    def run(chunk: list[str]) -> Iterator[list[tuple[int, int, str]]]:
        results: list[list[Any]] = batch_engine.analyze_iterator(
            chunk, language=LANGUAGE, batch_size=batch_size)
        for found in results:
            yield [(r.start, r.end, r.entity_type) for r in found]

    for text in texts:
        batch.append(text)
        if len(batch) >= batch_size:
            yield from run(batch)
            done += len(batch)
            batch = []
            if progress:
                progress(done)
    if batch:
        yield from run(batch)
        if progress:
            progress(done + len(batch))
