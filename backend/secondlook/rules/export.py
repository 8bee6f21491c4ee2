"""Compile ``shared_rules/`` for the extension's offline engine.

``regex`` and ``terms`` rules travel as they are (``terms`` already compiled to a shared-subset
pattern). ``tokens`` and ``detector`` rules need spaCy or Python; those that declare an
``offline`` pattern travel with it instead (``"offline_fallback": true``), so the extension still
catches the plain identifiers while the service is down. Each rule keeps its examples so the
JavaScript engine's tests run the same cases as the Python ones.

    python -m secondlook.rules.export OUT.json
"""

from __future__ import annotations

import json
import sys
from dataclasses import asdict
from pathlib import Path
from typing import Any

from secondlook.rules.loader import UNLESS_BEFORE_CHARS, Pack, Rule, load_packs

FORMAT_VERSION = 1


def _example(ex: Any) -> dict[str, Any]:
    return {k: v for k, v in asdict(ex).items() if v not in (None, False)}


def _matcher(rule: Rule) -> dict[str, Any] | None:
    if rule.pattern is not None:
        return {"pattern": rule.pattern, "flags": rule.flags, "group": rule.group,
                "severity": rule.severity, "offline_fallback": False}
    if rule.offline:
        return {"pattern": rule.offline["pattern"], "flags": rule.offline.get("flags", ""),
                "group": rule.offline.get("group", 0),
                "severity": rule.offline.get("severity", rule.severity), "offline_fallback": True,
                **({"unless_before": rule.offline["unless_before"]}
                   if "unless_before" in rule.offline else {})}
    return None


def export(packs: dict[str, Pack]) -> dict[str, Any]:
    return {
        "version": FORMAT_VERSION,
        "unless_before_chars": UNLESS_BEFORE_CHARS,
        "packs": [
            {
                "id": pack.id,
                "title": pack.title,
                "description": pack.description,
                "default_enabled": pack.default_enabled,
                "rules": [
                    {
                        "id": rule.id,
                        "pack": rule.pack,
                        "kind": rule.kind,
                        "message": rule.message,
                        "why": rule.why,
                        "suggestion": rule.suggestion,
                        "replacements": list(rule.replacements),
                        "entity": rule.entity,
                        **matcher,
                        "examples": {
                            "match": [_example(e) for e in rule.match],
                            "no_match": [_example(e) for e in rule.no_match],
                        },
                    }
                    for rule in pack.rules
                    if (matcher := _matcher(rule)) is not None
                ],
            }
            for pack in packs.values()
        ],
    }


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        print(__doc__, file=sys.stderr)
        return 2
    out = Path(argv[0])
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(export(load_packs()), indent=1, ensure_ascii=False) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
