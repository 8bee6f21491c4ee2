"""Named Python detectors, the ``detector`` matcher of a rule.

A detector is a function ``(ctx, rule) -> Iterable[Hit]`` registered under a name with
:func:`detector`. A rule names it in its pack (``detector: {name: phone, options: {...}}``) and
reads its options from ``rule.options``. Modules in this package register on import.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from secondlook.engine.context import Context
from secondlook.engine.findings import Hit
from secondlook.rules.loader import Rule

Detector = Callable[[Context, Rule], Iterable[Hit]]
DETECTORS: dict[str, Detector] = {}


def detector(name: str) -> Callable[[Detector], Detector]:
    def register(fn: Detector) -> Detector:
        if name in DETECTORS:
            raise ValueError(f"detector {name!r} registered twice")
        DETECTORS[name] = fn
        return fn

    return register


def load_all() -> dict[str, Detector]:
    """Import every detector module so that each registers itself."""
    import importlib
    import pkgutil

    for module in pkgutil.iter_modules(__path__):
        importlib.import_module(f"{__name__}.{module.name}")
    return DETECTORS
