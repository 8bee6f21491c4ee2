"""Word lists that detectors read: one entry per line, ``#`` starts a comment, blank lines ignored.

Each family owns its files by prefix (``phi_*``, ``advice_*``, ``tone_*``). Lists load once per
process; entries are lower-cased so a detector compares against ``token.lower_``.
"""

from __future__ import annotations

from functools import cache
from importlib import resources


@cache
def lexicon(name: str) -> frozenset[str]:
    """The entries of ``<name>.txt`` in this package, lower-cased."""
    text = resources.files(__package__).joinpath(f"{name}.txt").read_text(encoding="utf-8")
    entries = (line.split("#", 1)[0].strip().lower() for line in text.splitlines())
    return frozenset(entry for entry in entries if entry)
