"""The regular-expression subset that Python ``re`` and JavaScript ``RegExp`` (``u`` flag) agree on.

Rule packs run in two engines: this Python service and the extension's offline JavaScript
engine. A pattern is accepted only when it uses syntax that means the same in both:

* literals, ``.``, alternation ``|``, groups ``(...)`` and ``(?:...)``;
* lookaround ``(?=...)``, ``(?!...)``, ``(?<=...)``, ``(?<!...)``;
* quantifiers ``* + ? {n} {n,} {n,m}`` and their lazy forms (``*?`` ...); no possessive forms;
* character classes ``[...]`` / ``[^...]`` whose first member is not an unescaped ``]``;
* escapes: ``\\d \\D \\w \\W \\s \\S \\b \\B``, ``\\t \\n \\r \\f \\v``, ``\\xHH``, ``\\uHHHH``,
  backreferences ``\\1``-``\\9``, and escaped syntax characters ``^ $ \\ . * + ? ( ) [ ] { } | /``
  (plus ``-`` inside a class);
* ``^`` at the start of the text. ``$`` is refused: Python lets it match before a final newline.

Refused: named groups, inline flags ``(?i)``, comments ``(?#``, conditionals, atomic groups,
``\\A \\Z \\z \\G \\p \\P \\N \\U \\x{...} \\u{...}``, unescaped ``{``/``}`` outside a quantifier,
and any other escaped letter or symbol.

Both engines compile ASCII semantics for ``\\d \\w \\b`` (Python: ``re.ASCII``; JavaScript does
this by default). The only flag is ``i``; with it the pattern may contain ASCII letters only,
because Python's ASCII mode folds case for ASCII alone. Text is NFKC-normalized before matching
in both engines, so Unicode spaces and compatibility characters reach the pattern in plain form.
"""

from __future__ import annotations

import re

SYNTAX_CHARS = set("^$\\.*+?()[]{}|/")
CLASS_ESCAPES = set("dDwWsSbB")
CONTROL_ESCAPES = set("tnrfv")
_QUANTIFIER = re.compile(r"\{\d+(,\d*)?\}")


class RegexSubsetError(ValueError):
    """A pattern uses syntax outside the shared Python/JavaScript subset."""


def python_flags(flags: str) -> int:
    return re.ASCII | (re.IGNORECASE if "i" in flags else 0)


def compile_shared(pattern: str, flags: str = "") -> re.Pattern[str]:
    """Check ``pattern`` against the subset and compile it for Python."""
    check_subset(pattern, flags)
    try:
        return re.compile(pattern, python_flags(flags))
    except re.error as exc:
        raise RegexSubsetError(f"does not compile: {exc}") from exc


def check_subset(pattern: str, flags: str = "") -> None:
    if set(flags) - {"i"}:
        raise RegexSubsetError(f"flags {flags!r}: only 'i' is allowed")
    if "i" in flags and any(ch.isalpha() and not ch.isascii() for ch in pattern):
        raise RegexSubsetError("a case-insensitive pattern may contain ASCII letters only")
    i, in_class, class_start = 0, False, False
    while i < len(pattern):
        ch = pattern[i]
        if ch == "\\":
            i = _check_escape(pattern, i, in_class)
            class_start = False
            continue
        if in_class:
            if ch == "]" and class_start:
                raise RegexSubsetError(f"at {i}: ']' first in a class differs between engines")
            if ch == "]":
                in_class = False
            class_start = False
            i += 1
            continue
        if ch == "[":
            in_class, class_start = True, True
            if pattern.startswith("[^", i):
                i += 1
            i += 1
            continue
        if ch == "(" and pattern.startswith("(?", i):
            if not any(pattern.startswith(ok, i) for ok in ("(?:", "(?=", "(?!", "(?<=", "(?<!")):
                raise RegexSubsetError(f"at {i}: group syntax {pattern[i : i + 4]!r} is not shared")
        elif ch == "$":
            raise RegexSubsetError(f"at {i}: '$' is not shared (use (?![\\s\\S]) for end of text)")
        elif ch == "{":
            quantifier = _QUANTIFIER.match(pattern, i)
            if not quantifier:
                raise RegexSubsetError(f"at {i}: a literal '{{' must be escaped")
            i = quantifier.end()
            _check_not_possessive(pattern, i)
            continue
        elif ch == "}":
            raise RegexSubsetError(f"at {i}: a literal '}}' must be escaped")
        elif ch in "*+?":
            _check_not_possessive(pattern, i + 1)
        i += 1
    if in_class:
        raise RegexSubsetError("unterminated character class")


def _check_not_possessive(pattern: str, i: int) -> None:
    if i < len(pattern) and pattern[i] == "+" and i >= 1 and pattern[i - 1] in "*+?}":
        raise RegexSubsetError(f"at {i}: possessive quantifiers are not shared")


def _check_escape(pattern: str, i: int, in_class: bool) -> int:
    if i + 1 >= len(pattern):
        raise RegexSubsetError("pattern ends with a lone backslash")
    nxt = pattern[i + 1]
    if nxt in SYNTAX_CHARS or nxt in CLASS_ESCAPES or nxt in CONTROL_ESCAPES:
        return i + 2
    if nxt == "-" and in_class:
        return i + 2
    if nxt in "123456789" and not in_class:
        return i + 2
    if nxt == "x" and re.fullmatch(r"[0-9A-Fa-f]{2}", pattern[i + 2 : i + 4]):
        return i + 4
    if nxt == "u" and re.fullmatch(r"[0-9A-Fa-f]{4}", pattern[i + 2 : i + 6]):
        return i + 6
    raise RegexSubsetError(f"at {i}: escape '\\{nxt}' is not shared by Python and JavaScript")
