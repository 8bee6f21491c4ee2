"""Compile a ``terms`` matcher (word and phrase lists) into a shared-subset regular expression.

Both engines run the compiled pattern, so the Python service and the offline JavaScript engine
agree by construction. Matching is whole-word and case-insensitive. With ``obfuscation`` each
letter also accepts its usual leetspeak and masking stand-ins (f*ck, sh1t, b!tch) and may be
stretched (fuuuck); the first letter must be a letter or digit stand-in, never a mask, so a
run of asterisks alone never matches.
"""

from __future__ import annotations

import re
from functools import lru_cache

# Stand-ins for a letter in obfuscated spellings; "*" and "#" mask any letter but the first.
# Kept deliberately narrow: every extra stand-in widens what a short word can match.
LEET = {"a": "a@4", "b": "b8", "e": "e3", "g": "g9", "i": "i1!|", "o": "o0", "s": "s$5", "t": "t7"}
MASKS = "*#"
WORD_BEFORE = r"(?<![A-Za-z0-9_@])"  # "@word" is a handle, not the word
WORD_AFTER = r"(?![A-Za-z0-9_])"
_SPECIAL = re.compile(r"[\^$\\.*+?()\[\]{}|/]")  # "-" is literal outside a class


def escape(text: str) -> str:
    """Escape for the shared subset (Python's re.escape escapes characters JavaScript refuses)."""
    return _SPECIAL.sub(lambda m: "\\" + m.group(0), text)


def _char_class(chars: str) -> str:
    return "[" + "".join("\\" + c if c in "\\]-^" else c for c in chars) + "]"


def _obfuscated_word(word: str) -> str:
    parts = []
    for index, ch in enumerate(word.lower()):
        if ch.isascii() and ch.isalpha():
            stand_ins = LEET.get(ch, ch) + ("" if index == 0 else MASKS)
            parts.append(_char_class(stand_ins) + "+")
        elif ch.isspace():
            parts.append(r"[\s\-]*")
        else:
            parts.append(escape(ch))
    return "".join(parts)


def _plain_word(word: str) -> str:
    return r"[\s\-]+".join(escape(piece) for piece in word.split())


def compile_terms(words: list[str], *, obfuscation: bool = False, plural: bool = False) -> str:
    """One shared-subset pattern (flag ``i``) matching any of ``words`` as a whole word."""
    ordered = sorted({w.strip().lower() for w in words if w.strip()}, key=len, reverse=True)
    make = _obfuscated_word if obfuscation else _plain_word
    body = "|".join(make(w) for w in ordered)
    suffix = "(?:e?s)?" if plural else ""
    return f"{WORD_BEFORE}(?:{body}){suffix}{WORD_AFTER}"


@lru_cache(maxsize=64)
def terms_regex(words: tuple[str, ...]) -> re.Pattern[str]:
    """The compiled Python pattern for a word list, cached: user lists (allowlist, always-flag)
    are the same on every check, so they are compiled once, not once per keystroke. Unicode case
    folding, like the extension's ``iu`` flags, because users type accented place names."""
    return re.compile(compile_terms(list(words)), re.IGNORECASE)
