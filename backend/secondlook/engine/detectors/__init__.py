"""Named Python detectors, the ``detector`` matcher of a rule.

A detector is a function ``(ctx, rule) -> Iterable[Hit]`` registered under a name with
:func:`detector`. A rule names it in its pack (``detector: {name: phone, options: {...}}``) and
reads its options from ``rule.options``. Modules in this package register on import.

A detector whose every hit is decided inside one sentence registers with ``per_sentence=True``:
the analyzer then runs it on each chunk of the post (a line, or a sentence of a long line) and
keeps its hits with the chunk's parse, so an edit re-runs it on the edited sentence only. A
detector that combines what several sentences say (the PHI combination, say) runs on the whole
post, and may keep its own per-sentence work with ``ctx.per_chunk``.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from secondlook.engine.context import Context
from secondlook.engine.findings import Hit
from secondlook.rules.loader import Rule

Detector = Callable[[Context, Rule], Iterable[Hit]]
DETECTORS: dict[str, Detector] = {}
PER_SENTENCE: set[str] = set()  # detectors run chunk by chunk (see the module's docstring)


def detector(name: str, *, per_sentence: bool = False) -> Callable[[Detector], Detector]:
    def register(fn: Detector) -> Detector:
        if name in DETECTORS:
            raise ValueError(f"detector {name!r} registered twice")
        DETECTORS[name] = fn
        if per_sentence:
            PER_SENTENCE.add(name)
        return fn

    return register


def load_all() -> dict[str, Detector]:
    """Import every detector module so that each registers itself."""
    import importlib
    import pkgutil

    for module in pkgutil.iter_modules(__path__):
        importlib.import_module(f"{__name__}.{module.name}")
    return DETECTORS
