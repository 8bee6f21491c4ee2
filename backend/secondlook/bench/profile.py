"""Where a check's time goes, measured in this process without HTTP: parsing (spaCy), joining the
cached lines into one Doc, and each rule. Tells the owner of a slow detector where to look."""

from __future__ import annotations

from typing import Any

from secondlook.bench.posts import edit_session, posts

STAGES = ("parse", "join")


def breakdown(checks: int, seed: int, top: int = 8) -> dict[str, Any]:
    from secondlook.engine import Analyzer
    from secondlook.rules import load_packs

    analyzer = Analyzer(load_packs())
    for text in posts(seed + 99, 10, 280):  # warm-up
        analyzer.analyze(text)
    sessions = {"new_280_char_post": posts(seed + 1, checks, 280),
                "edit_of_2000_char_post": edit_session(seed + 2, 2000, checks)}
    result = {}
    for name, texts in sessions.items():
        if name.startswith("edit"):
            analyzer.analyze(texts[0])
            texts = texts[1:]
        analyzer.timings = {}
        for text in texts:
            analyzer.analyze(text)
        per_check = {k: v * 1000 / len(texts) for k, v in analyzer.timings.items()}
        analyzer.timings = None
        rules = sorted(((k, v) for k, v in per_check.items() if k not in STAGES),
                       key=lambda kv: -kv[1])
        result[name] = {
            "checks": len(texts),
            **{f"{stage}_ms": round(per_check.get(stage, 0.0), 2) for stage in STAGES},
            "rules_ms": round(sum(v for _, v in rules), 2),
            "slowest_rules_ms": {k: round(v, 2) for k, v in rules[:top]},
        }
    return result
