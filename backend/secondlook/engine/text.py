"""Normalization with an offset map back to the original text.

Rules match on a normalized form (NFKC, zero-width characters and soft hyphens removed), but every
finding reports code-point offsets into the text the user typed. The text is cut into clusters
(a code point plus the combining marks after it, Unicode category M); each cluster is normalized
on its own, and every character it produces maps back to the whole cluster. The extension's
offline engine cuts and maps the same way, so both report the same offsets.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

REMOVED = frozenset("\u200b\u200c\u200d\u2060\ufeff\u00ad\u180e")


@dataclass(frozen=True)
class Normalized:
    original: str
    text: str
    # starts[i]: original index of the cluster behind text[i]; ends[i]: just past that cluster.
    # None for both when the text is its own normalized form (the common case): no map to build.
    starts: tuple[int, ...] | None
    ends: tuple[int, ...] | None

    def to_original(self, start: int, end: int) -> tuple[int, int]:
        """Map a span of the normalized text back to a span of the original."""
        if not self.text:
            return 0, 0
        start = min(max(start, 0), len(self.text) - 1)
        end = min(max(end, start + 1), len(self.text))
        if self.starts is None or self.ends is None:
            return start, end
        return self.starts[start], self.ends[end - 1]


def _clusters(text: str) -> list[tuple[int, int]]:
    bounds: list[tuple[int, int]] = []
    i = 0
    while i < len(text):
        j = i + 1
        while j < len(text) and unicodedata.category(text[j]).startswith("M"):
            j += 1
        bounds.append((i, j))
        i = j
    return bounds


def unchanged(text: str) -> Normalized:
    """``text`` as its own normalized form (already normalized, or nothing to fold)."""
    return Normalized(text, text, None, None)


def normalize(text: str) -> Normalized:
    if text.isascii() or (
        unicodedata.is_normalized("NFKC", text) and REMOVED.isdisjoint(text)
    ):  # the common cases (emoji included): nothing to fold, identity map
        return unchanged(text)
    out: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    for i, j in _clusters(text):
        cluster = "".join(ch for ch in text[i:j] if ch not in REMOVED)
        folded = unicodedata.normalize("NFKC", cluster)
        out.append(folded)
        starts.extend([i] * len(folded))
        ends.extend([j] * len(folded))
    return Normalized(text, "".join(out), tuple(starts), tuple(ends))


def utf16_offsets(text: str, start: int, end: int) -> tuple[int, int]:
    """Convert code-point offsets to UTF-16 code-unit offsets (what JavaScript strings index)."""

    def units(upto: int) -> int:
        return upto + sum(1 for ch in text[:upto] if ord(ch) > 0xFFFF)

    return units(start), units(end)
