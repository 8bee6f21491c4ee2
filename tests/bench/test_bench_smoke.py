"""The bench at tiny counts, as CI runs it: it must keep working and report every measure with
sane numbers. It measures nothing worth publishing (``python3 build.py bench`` does)."""

from __future__ import annotations

import json
import math
import os
import random
import subprocess
import sys
from typing import Any

import pytest

from secondlook.bench.posts import edited, posts
from secondlook.bench.report import TARGETS, table, verdicts
from secondlook.bench.service import ServiceProcess
from secondlook.engine.workers import default_count

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def bench_run(tmp_path_factory: pytest.TempPathFactory) -> tuple[dict[str, Any], str]:
    tmp = tmp_path_factory.mktemp("bench")
    data = tmp / "posts.json"
    data.write_text(json.dumps([{"full_text": t} for t in posts(7, 12, 200)]))
    e2e = tmp / "e2e-latency.json"
    e2e.write_text(json.dumps({"post_characters": 280, "sites": {
        "x": {"samples_ms": [30.0, 48.5], "median_ms": 39.25, "max_ms": 48.5},
        "facebook": {"samples_ms": [20.0, 22.0], "median_ms": 21.0, "max_ms": 22.0}}}))
    out = tmp / "results.json"
    env = dict(os.environ, SECONDLOOK_HOME=str(tmp / "home"))
    done = subprocess.run(
        [sys.executable, "-m", "secondlook", "bench", "--quick", "--data", str(data),
         "--out", str(out), "--e2e", str(e2e)],
        env=env, capture_output=True, text=True, timeout=600,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    return json.loads(out.read_text()), done.stdout


def _sane_latency(figures: dict[str, Any]) -> None:
    assert figures["n"] > 0 and figures["errors"] == 0
    assert 0 < figures["p50_ms"] <= figures["p95_ms"] <= figures["p99_ms"] <= figures["max_ms"]
    assert figures["p99_ms"] < 10_000


def test_latency_of_every_size_and_the_recheck(bench_run: tuple[dict[str, Any], str]) -> None:
    results, _ = bench_run
    assert set(results["latency"]) == {"140", "280", "2000"}
    for size, figures in results["latency"].items():
        _sane_latency(figures)
        assert int(size) * 0.85 <= figures["chars_mean"] <= int(size)
    _sane_latency(results["recheck_after_edit"])
    assert 1800 <= results["recheck_after_edit"]["chars"] <= 2100
    typing = results["typing_pace"]  # the same checks with the debounce's pause between them
    assert typing["pause_s"] == 0.4
    assert typing["280"]["n"] == typing["recheck_after_edit"]["n"] == 5
    for figures in (typing["280"], typing["recheck_after_edit"]):
        _sane_latency(figures)


def test_cold_start_memory_and_load(bench_run: tuple[dict[str, Any], str]) -> None:
    results, _ = bench_run
    cold = results["cold_start"]
    assert 0 < cold["listening_s"] <= cold["first_check_s"] < 120
    assert cold["degraded"] is False and cold["model"]
    memory = results["memory"]
    assert memory["workers"] == default_count()  # the service's default: 2 on two cores
    assert 50 < memory["peak_mb"] < 4000
    assert memory["peak_mb"] <= memory["rss_summed_mb_at_end"] + 1  # shared pages counted once
    load = results["load"]
    _sane_latency(load)
    assert load["clients"] == 3 and load["requests_per_s"] > 0
    assert load["memory_first_10s_mb"] > 50 and abs(load["memory_growth_pct"]) < 100
    burst = results["burst"]  # every load client's new post at the same instant
    _sane_latency(burst)
    assert burst["clients"] == 3 and burst["n"] == 3


def test_throughput_against_presidio(bench_run: tuple[dict[str, Any], str]) -> None:
    results, _ = bench_run
    batch = results["throughput"]
    assert batch["posts"] == 12
    for side in ("secondlook", "presidio", "presidio_batch", "model_alone"):
        assert batch[side]["ok"], batch[side]
        assert batch[side]["results"] == 12 and batch[side]["errors"] == 0
        assert batch[side]["seconds"] > 0
    for ratio, theirs, ours in (("ratio", "presidio", "secondlook"),
                                ("ratio_batch", "presidio_batch", "secondlook"),
                                ("ratio_ceiling", "presidio", "model_alone")):
        expected = batch[theirs]["seconds"] / batch[ours]["seconds"]
        assert math.isclose(batch[ratio], expected, abs_tol=0.01)


def test_where_the_time_goes(bench_run: tuple[dict[str, Any], str]) -> None:
    results, stdout = bench_run
    for name in ("new_280_char_post", "edit_of_2000_char_post"):
        part = results["profile"][name]
        assert part["checks"] == 20 and part["parse_ms"] > 0 and part["rules_ms"] > 0
        slowest = list(part["slowest_rules_ms"].values())
        assert slowest == sorted(slowest, reverse=True) and len(slowest) <= 8
        assert f"{name}: parse" in stdout
    edit = results["profile"]["edit_of_2000_char_post"]
    assert edit["join_ms"] > 0  # a post of several paragraphs is joined from cached lines


def test_e2e_figure_and_the_table(bench_run: tuple[dict[str, Any], str]) -> None:
    results, stdout = bench_run
    e2e = results["e2e"]
    assert e2e["debounce_to_underlines_ms"] == 39.25  # the slowest site's median
    assert e2e["median_ms_by_site"] == {"x": 39.25, "facebook": 21.0} and e2e["max_ms"] == 48.5
    assert [row["measure"] for row in results["targets"]] == [t[0] for t in TARGETS]
    assert all(row["value"] is not None for row in results["targets"])
    for label, *_ in TARGETS:
        assert label in stdout
    assert results["machine"]["cpus"] >= 1
    # the host's speed at both ends of the run, printed under the table
    assert 1 < results["cpu_probe_ms_before"] < 5000 and 1 < results["cpu_probe_ms_after"] < 5000
    assert f"{results['cpu_probe_ms_before']} ms before" in stdout


def test_verdicts_compare_with_the_targets() -> None:
    results = {"latency": {"280": {"p95_ms": 20.0}}, "recheck_after_edit": {"p95_ms": 25.5},
               "throughput": {"ratio": 5.2}, "load": {"p99_ms": 200.0, "errors": 0}}
    met = {row["measure"]: row["met"] for row in verdicts(results)}
    assert met["p95 latency, 280-char post"] is True
    assert met["p95 re-check after an edit, 2,000 chars"] is False
    assert met["batch throughput vs Presidio AnalyzerEngine"] is True
    assert met["load: p99 latency"] is False  # strictly under 200 ms
    assert met["load: errors"] is True
    assert met["peak memory of the service (PSS, with its workers)"] is None  # not measured
    assert "n/a" in table(list(verdicts(results)))


def test_posts_differ_and_an_edit_changes_one_word() -> None:
    texts = posts(3, 50, 280)
    assert len(set(texts)) == 50
    assert all(250 <= len(t) <= 280 for t in texts)
    long = posts(3, 1, 2000, paragraph_chars=400)[0]
    assert long.count("\n\n") >= 3
    rng = random.Random(5)
    for _ in range(20):
        after = edited(long, rng)
        before_words, after_words = long.split(" "), after.split(" ")
        assert len(before_words) == len(after_words)
        assert sum(a != b for a, b in zip(before_words, after_words, strict=True)) == 1
        long = after


def test_the_bench_runs_the_service_with_the_workers_asked_for() -> None:
    """``secondlook bench --service-workers N`` compares the service with and without workers."""
    for count in (0, 1):
        with ServiceProcess(count) as service:
            service.start()
            assert service.workers_running() == count
