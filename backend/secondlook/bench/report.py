"""The bench's targets (issue 6), the table it prints and the machine it ran on."""

from __future__ import annotations

import json
import os
import platform
import statistics
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

# (label, path into the results, comparison, target, unit)
TARGETS: tuple[tuple[str, tuple[str, ...], str, float, str], ...] = (
    ("p95 latency, 140-char post", ("latency", "140", "p95_ms"), "", 0, "ms"),
    ("p95 latency, 280-char post", ("latency", "280", "p95_ms"), "<=", 20, "ms"),
    ("p95 latency, 2,000-char post", ("latency", "2000", "p95_ms"), "", 0, "ms"),
    ("p95 re-check after an edit, 2,000 chars", ("recheck_after_edit", "p95_ms"), "<=", 25, "ms"),
    ("p95 latency at typing pace, 280-char post", ("typing_pace", "280", "p95_ms"), "", 0, "ms"),
    ("p95 re-check at typing pace, 2,000 chars", ("typing_pace", "recheck_after_edit", "p95_ms"),
     "", 0, "ms"),
    ("batch throughput vs Presidio AnalyzerEngine", ("throughput", "ratio"), ">=", 5, "x"),
    ("batch throughput vs Presidio BatchAnalyzerEngine", ("throughput", "ratio_batch"), "", 0,
     "x"),
    ("ceiling: the spaCy model alone, no rules, vs AnalyzerEngine",
     ("throughput", "ratio_ceiling"), "", 0, "x"),
    ("cold start to the first check", ("cold_start", "first_check_s"), "<=", 3, "s"),
    ("peak memory of the service (PSS, with its workers)", ("memory", "peak_mb"), "<=", 350,
     "MB"),
    ("debounce to underlines (e2e)", ("e2e", "debounce_to_underlines_ms"), "<=", 100, "ms"),
    ("load: errors", ("load", "errors"), "<=", 0, ""),
    ("load: p99 latency", ("load", "p99_ms"), "<", 200, "ms"),
    ("load: memory growth, first vs last 10 s", ("load", "memory_growth_pct"), "<=", 10, "%"),
    ("burst: slowest answer, every load client at once", ("burst", "max_ms"), "", 0, "ms"),
)


def lookup(results: dict[str, Any], path: tuple[str, ...]) -> Any:
    value: Any = results
    for key in path:
        if not isinstance(value, dict) or key not in value:
            return None
        value = value[key]
    return value


def verdicts(results: dict[str, Any]) -> Iterator[dict[str, Any]]:
    for label, path, op, target, unit in TARGETS:
        value = lookup(results, path)
        if value is None or not op:
            met = None
        elif op == "<=":
            met = value <= target
        elif op == "<":
            met = value < target
        else:
            met = value >= target
        yield {"measure": label, "value": value, "unit": unit,
               "target": f"{op} {target:g} {unit}".strip() if op else "", "met": met}


def table(rows: list[dict[str, Any]]) -> str:
    cells = [("measure", "value", "target", "met")]
    for row in rows:
        value = "n/a" if row["value"] is None else f"{row['value']:g} {row['unit']}".strip()
        met = {True: "yes", False: "NO", None: ""}[row["met"]]
        cells.append((row["measure"], value, row["target"], met))
    widths = [max(len(c[i]) for c in cells) for i in range(4)]
    lines = ["  ".join(c[i].ljust(widths[i]) for i in range(4)).rstrip() for c in cells]
    lines.insert(1, "  ".join("-" * w for w in widths))
    return "\n".join(lines)


def profile_lines(profile: dict[str, Any]) -> str:
    lines = ["", "where a check's time goes, per check (in-process, no HTTP):"]
    for name, part in profile.items():
        slowest = ", ".join(f"{rule} {ms:g}" for rule, ms in part["slowest_rules_ms"].items())
        lines.append(f"  {name}: parse {part['parse_ms']:g} ms, join {part['join_ms']:g} ms, "
                     f"rules {part['rules_ms']:g} ms (slowest: {slowest})")
    return "\n".join(lines)


def machine() -> dict[str, Any]:
    """Where the numbers came from: they mean little without it."""
    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    info: dict[str, Any] = {"platform": platform.platform(), "cpu": cpu,
                            "cpus": os.cpu_count(), "python": platform.python_version()}
    try:
        from importlib.metadata import version

        info["spacy"] = version("spacy")
        info["presidio_analyzer"] = version("presidio-analyzer")
    except Exception as exc:  # noqa: BLE001 - informative only
        info["versions_unknown"] = type(exc).__name__
    return info


def cpu_probe(rounds: int = 15) -> float:
    """Milliseconds for a fixed piece of pure-Python work, the median of ``rounds``. On a shared
    virtual machine the host's other tenants change this twofold within minutes (measured here:
    12-19 ms in a calm spell, 20-130 ms in a busy one), and every figure of the bench with it:
    compare two runs by this first."""
    times = []
    for _ in range(rounds):
        started = time.perf_counter()
        total = 0
        for i in range(200_000):
            total += i * i
        times.append((time.perf_counter() - started) * 1000)
    return round(statistics.median(times), 1)


def load_average() -> list[float] | None:
    """Other work on the machine inflates every figure; the bench records how busy it was."""
    try:
        return [round(x, 2) for x in os.getloadavg()]
    except OSError:
        return None


def e2e_latency(path: Path) -> dict[str, Any] | None:
    """The extension's debounce-to-underlines figure as the e2e run recorded it: per site the
    median of its samples; the figure is the slowest site's median."""
    try:
        recorded = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    sites = recorded.get("sites") if isinstance(recorded, dict) else None
    if not isinstance(sites, dict) or not sites:
        return {"source": str(path), "debounce_to_underlines_ms": None, "unreadable": True}
    medians = {site: figures.get("median_ms") for site, figures in sites.items()}
    worst = [figures.get("max_ms") for figures in sites.values()]
    return {"source": str(path), "measured_at": recorded.get("measured_at"),
            "load_average_1m": recorded.get("load_average_1m"),
            "debounce_to_underlines_ms": max(m for m in medians.values() if m is not None),
            "median_ms_by_site": medians,
            "max_ms": max((w for w in worst if w is not None), default=None)}
