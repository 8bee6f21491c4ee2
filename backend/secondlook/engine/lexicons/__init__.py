"""Word lists that detectors read: one entry per line, ``#`` starts a comment, blank lines ignored.

Each family owns its files by prefix (``phi_*``, ``advice_*``, ``tone_*``). Lists load once per
process; entries are lower-cased so a detector compares against ``token.lower_``.

An entry may offer choices in braces, which spell out one entry per combination:
``{mayor|premier}'s {son|daughter}`` is the four entries "mayor's son" ... "premier's daughter",
and ``{|big |little }brother`` is "brother", "big brother" and "little brother". Entries stay
literal words: the choices only save writing each combination on its own line.
"""

from __future__ import annotations

import re
from functools import cache
from importlib import resources

_CHOICES = re.compile(r"\{([^{}]*)\}")


@cache
def lexicon(name: str) -> frozenset[str]:
    """The entries of ``<name>.txt`` in this package, lower-cased, choices spelled out."""
    text = resources.files(__package__).joinpath(f"{name}.txt").read_text(encoding="utf-8")
    entries = (line.split("#", 1)[0].strip().lower() for line in text.splitlines())
    return frozenset(word for entry in entries if entry for word in expand(entry) if word)


def expand(entry: str) -> list[str]:
    """Every entry that ``entry``'s choices spell, in order, with runs of spaces made one."""
    found = _CHOICES.search(entry)
    if found is None:
        if "{" in entry or "}" in entry:
            raise ValueError(f"unbalanced braces in lexicon entry {entry!r}")
        return [" ".join(entry.split())]
    head, tail = entry[: found.start()], entry[found.end() :]
    return [word for choice in found.group(1).split("|") for word in expand(head + choice + tail)]
