"""What a detector sees: the normalized text, its spaCy Doc, the user's settings, and a memo so
that detectors of one pack can share an expensive analysis (the PHI encounter model, say)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, TypeVar

from spacy.tokens import Doc

from secondlook.engine.text import Normalized
from secondlook.rules.terms import terms_regex

T = TypeVar("T")


@dataclass(frozen=True)
class AnalysisSettings:
    """The user's choices that change what the analyzer reports (never the text itself)."""

    allowlist: tuple[str, ...] = ()  # words never to flag
    always_flag: tuple[
        str, ...
    ] = ()  # words always to flag as identifying (a small local facility)
    overrides: tuple[tuple[str, str], ...] = ()  # (rule id, "off"|"info"|"warning"|"critical")

    def override_for(self, rule_id: str) -> str | None:
        return dict(self.overrides).get(rule_id)


@dataclass
class Context:
    norm: Normalized
    doc: Doc
    has_model: bool
    settings: AnalysisSettings = field(default_factory=AnalysisSettings)
    _memo: dict[str, Any] = field(default_factory=dict)
    _allowed: list[tuple[int, int]] | None = None

    @property
    def text(self) -> str:
        return self.norm.text

    def once(self, key: str, compute: Callable[[Context], T]) -> T:
        """Compute ``compute(self)`` the first time ``key`` is asked for, then reuse it."""
        if key not in self._memo:
            self._memo[key] = compute(self)
        return self._memo[key]  # type: ignore[no-any-return]

    def allowed_spans(self) -> list[tuple[int, int]]:
        if self._allowed is None:
            self._allowed = []
            if self.settings.allowlist:
                pattern = terms_regex(self.settings.allowlist)
                self._allowed = [m.span() for m in pattern.finditer(self.text)]
        return self._allowed

    def is_allowed(self, start: int, end: int) -> bool:
        """True when [start, end) lies inside an occurrence of an allowlisted word or phrase."""
        return any(a <= start and end <= b for a, b in self.allowed_spans())
