"""What the analyzer reports."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from secondlook.rules.loader import SEVERITY_RANK


@dataclass(frozen=True)
class Detail:
    """One identifying detail that takes part in a PHI combination (offsets into the normalized text
    while the engine works, into the original once reported)."""

    kind: str  # e.g. AGE, LOCATION, TIME, OCCUPATION, FAMILY
    start: int
    end: int
    label: str  # plain words: "age 78", "town", "last night"


@dataclass(frozen=True)
class Hit:
    """A matcher's raw result: a span of the normalized text plus anything the rule's defaults
    should not decide (context-dependent severity, a message naming the combined details)."""

    start: int
    end: int
    severity: str | None = None
    message: str | None = None
    suggestion: str | None = None
    replacements: tuple[str, ...] = ()
    entity: str | None = None
    details: tuple[Detail, ...] = ()


@dataclass
class Finding:
    pack: str
    rule: str
    severity: str
    start: int
    end: int
    text: str
    message: str
    why: str
    suggestion: str | None = None
    replacements: list[str] = field(default_factory=list)
    entity: str | None = None
    details: list[dict[str, Any]] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {
            "pack": self.pack,
            "rule": self.rule,
            "severity": self.severity,
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "message": self.message,
            "why": self.why,
            "replacements": list(self.replacements),
        }
        if self.suggestion:
            data["suggestion"] = self.suggestion
        if self.entity:
            data["entity"] = self.entity
        if self.details:
            data["details"] = list(self.details)
        return data


def max_severity(findings: list[Finding]) -> str | None:
    if not findings:
        return None
    return max((f.severity for f in findings), key=SEVERITY_RANK.__getitem__)


def at_least(severity: str, floor: str) -> bool:
    return SEVERITY_RANK[severity] >= SEVERITY_RANK[floor]
