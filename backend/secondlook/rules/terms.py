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
WORD_AFTER_MASKED = r"(?![A-Za-z0-9_*#])"
_SPECIAL = re.compile(r"[\^$\\.*+?()\[\]{}|/]")  # "-" is literal outside a class


def escape(text: str) -> str:
    """Escape for the shared subset (Python's re.escape escapes characters JavaScript refuses)."""
    return _SPECIAL.sub(lambda m: "\\" + m.group(0), text)


def _letter(ch: str) -> str:
    """One character of a word: an accented letter as a class of its two cases, written as
    escapes (a case-insensitive shared pattern folds ASCII letters alone, see regex_subset)."""
    if ch.isascii() or not ch.isalpha():
        return escape(ch)
    cases = sorted({c for c in (ch.lower(), ch.upper()) if len(c) == 1 and ord(c) <= 0xFFFF})
    return "[" + "".join(f"\\u{ord(c):04x}" for c in cases) + "]"


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
            parts.append(_letter(ch))
    return "".join(parts)


def trie(words: set[str]) -> str:
    """Plain words as one alternation that shares their prefixes ("ms(?: patient)?" rather than
    "ms patient|ms"): at each word start the engine follows one branch instead of trying every
    word (all lexicons over 3,000 posts: 191 s -> 3 s). It matches what the longest-first
    alternation matches, since a longer word is tried before the word it extends and words that
    part ways differ in their next character. For that, a hyphen inside a word is a separator
    like a space: "notre-dame-des-prairies" also matches "Notre Dame des Prairies"."""
    root: dict[str, dict] = {}
    for word in words:
        node = root
        for unit in re.findall(r"(?<=\w)-(?=\w)|\s+|.", " ".join(word.split())):
            node = node.setdefault(" " if unit.isspace() or unit == "-" else unit, {})
        node[""] = {}  # a word ends here

    def render(node: dict[str, dict]) -> str:
        branches = [
            (r"[\s\-]+" if unit == " " else _letter(unit)) + render(child)
            for unit, child in sorted(node.items())
            if unit
        ]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        if "" in node:  # a shorter word ends here: the longer ones are optional
            return body + "?" if len(branches) == 1 and len(body) == 1 else f"(?:{body})?"
        return body

    return render(root)


def _obfuscated_words(words: set[str]) -> str:
    """Obfuscated words, longest first, behind a look at the next character: a word can only
    start on its first letter or that letter's stand-ins (never a mask), so the engine skips
    every other position without trying each word there (the profanity and slur lists: 1.8x
    faster). Grouping the words by first letter would be faster still, but its backtracking
    tries the words in another order, and can stop at a shorter match."""
    ordered = sorted(words, key=lambda w: (-len(w), w))  # the same text on every run
    if not ordered:
        return ""
    firsts = sorted(set().union(*(LEET.get(w[0], w[0]) for w in ordered)))
    body = "|".join(_obfuscated_word(w) for w in ordered)
    return f"(?={_char_class(''.join(firsts))})(?:{body})"


def compile_terms(
    words: list[str],
    *,
    obfuscation: bool = False,
    plural: bool = False,
    hashtags: bool = False,
    not_followed_by: str | None = None,
    not_preceded_by: list[str] | None = None,
) -> str:
    """One shared-subset pattern (flag ``i``) matching any of ``words`` as a whole word; with
    ``hashtags``, a phrase also as one tag ("#frequentflyer"); with ``not_followed_by`` (a
    shared-subset pattern), not where that comes next ("opinion nobody asked for: ..."); with
    ``not_preceded_by`` (plain words), not right after one of them and a space ("finger prick")."""
    unique = {w.strip().lower() for w in words if w.strip()}
    body = _obfuscated_words(unique) if obfuscation else trie(unique)
    tags = {re.sub(r"[\s\-]+", "", w) for w in unique if re.search(r"[\s\-]", w)}
    if hashtags and tags:
        body += "|#(?:" + trie(tags) + ")"
    # ("es" only after a hiss or an o, as English makes it: "bitches", "negroes"; never "spic"
    # + "es", "spices")
    suffix = "(?:(?<=[sxzho])es|s)?" if plural else ""
    # a masked word ends where its masks end: "f**" is no word inside "f***ing"
    after = WORD_AFTER_MASKED if obfuscation else WORD_AFTER
    unless = f"(?!{not_followed_by})" if not_followed_by else ""
    # one fixed-width look-behind per word: Python's re takes no variable-width one
    after_words = "".join(
        f"(?<!{re.escape(w.strip().lower())} )" for w in sorted(set(not_preceded_by or []))
    )
    return f"{after_words}{WORD_BEFORE}(?:{body}){suffix}{after}{unless}"


@lru_cache(maxsize=64)
def terms_regex(words: tuple[str, ...]) -> re.Pattern[str]:
    """The compiled Python pattern for a word list, cached: user lists (allowlist, always-flag)
    are the same on every check, so they are compiled once, not once per keystroke. Unicode case
    folding, like the extension's ``iu`` flags, because users type accented place names."""
    return re.compile(compile_terms(list(words)), re.IGNORECASE)
