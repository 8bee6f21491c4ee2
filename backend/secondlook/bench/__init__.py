"""``secondlook bench``: how fast Second Look is, measured the way it is used.

Latency of ``POST /v1/check`` through the real waitress service over loopback, the re-check of a
long post after a one-word edit, a load test, cold start and memory of the service, batch
throughput of ``secondlook check --format jsonl`` against Presidio (and the spaCy model alone, its
ceiling: :mod:`secondlook.bench.model_floor`), and the extension's
debounce-to-underlines figure from the e2e run. Prints a table and writes JSON.

Text comes from :mod:`secondlook.bench.posts` (made-up clinician posts) and, for throughput, from
the ``--data`` file read at run time. The service under test gets a temporary home of its own.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

QUICK = {"requests": 20, "warmup": 3, "load_clients": 3, "load_seconds": 3.0, "cold_starts": 1,
         "posts": 40, "typing_requests": 5}


def register(subparsers: Any) -> None:
    bench = subparsers.add_parser("bench", help="measure latency, throughput, memory and load",
                                  description=__doc__.split("\n\n")[0])
    bench.add_argument("--data", type=Path,
                       help="posts for the throughput comparison: JSON list with full_text/text "
                            "(e.g. presidio_synth_v2.json); without it throughput is skipped")
    bench.add_argument("--out", type=Path, default=Path("bench/results.json"))
    bench.add_argument("--e2e", type=Path, default=Path("test-artifacts/e2e-latency.json"),
                       help="where the e2e run recorded debounce-to-underlines")
    bench.add_argument("--requests", type=int, default=500, help="measured checks per size")
    bench.add_argument("--warmup", type=int, default=50)
    bench.add_argument("--load-clients", type=int, default=20)
    bench.add_argument("--load-seconds", type=float, default=30.0)
    bench.add_argument("--load-interval", type=float, default=0.4,
                       help="each load client's pause after an answer: the extension's debounce")
    bench.add_argument("--typing-requests", type=int, default=150,
                       help="measured checks at typing pace, each --load-interval after the last "
                            "answer (the service idles between them, as while someone types)")
    bench.add_argument("--cold-starts", type=int, default=3, help="median of this many")
    bench.add_argument("--posts", type=int, help="use only the first N posts of --data")
    bench.add_argument("--workers", type=int,
                       help="processes for secondlook check (default: its own choice)")
    bench.add_argument("--service-workers", type=int,
                       help="the service's analysis workers (default: its own choice; 0: none)")
    bench.add_argument("--seed", type=int, default=1)
    bench.add_argument("--quick", action="store_true",
                       help="tiny counts: checks that the bench works, measures nothing")
    bench.set_defaults(run=run_bench)


def run_bench(args: argparse.Namespace) -> int:
    if args.quick:
        for key, value in QUICK.items():
            current = getattr(args, key)
            setattr(args, key, value if current is None else min(current, value))
    from secondlook.bench.report import profile_lines, table, verdicts

    args.out.parent.mkdir(parents=True, exist_ok=True)
    results = measure(args, save=lambda partial: _write(args.out, partial))
    rows = list(verdicts(results))
    results["targets"] = rows
    _write(args.out, results)
    print(table(rows))
    print(f"\nhost speed probe (fixed pure-Python work; lower is faster): "
          f"{results.get('cpu_probe_ms_before')} ms before, {results.get('cpu_probe_ms_after')} ms "
          f"after; load average {results.get('load_average_before')} before")
    if "slowest_rules_ms" in str(results.get("profile")):
        print(profile_lines(results["profile"]))
    failed = [name for name, part in results.items() if isinstance(part, dict) and "error" in part]
    for name in failed:
        print(f"bench: {name} failed: {results[name]['error']}", file=sys.stderr)
    print(f"\nwritten to {args.out}")
    return 1 if failed else 0


def _write(path: Path, results: dict[str, Any]) -> None:
    path.write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")


def measure(args: argparse.Namespace, save: Callable[[dict[str, Any]], None]) -> dict[str, Any]:
    """Every measure in turn. One that fails (the tree is being edited, say) is recorded as an
    error and the others still run; the results so far are saved after each."""
    from secondlook.bench import timing as m
    from secondlook.bench.batch import throughput
    from secondlook.bench.profile import breakdown
    from secondlook.bench.report import cpu_probe, e2e_latency, load_average, machine
    from secondlook.bench.service import ServiceProcess

    results: dict[str, Any] = {"machine": machine(), "load_average_before": load_average(),
                               "cpu_probe_ms_before": cpu_probe(),
                               "started_at": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
                               "command": "secondlook bench " + " ".join(sys.argv[2:]),
                               "quick": args.quick}

    def part(name: str, what: str, compute: Callable[[], Any]) -> Any:
        step(what)
        try:
            results[name] = compute()
        except Exception as exc:  # noqa: BLE001 - reported in the results, the rest still runs
            results[name] = {"error": f"{type(exc).__name__}: {exc}"[:2000]}
        save(results)
        return results[name]

    colds: list[dict[str, Any]] = []

    def services() -> dict[str, Any]:
        for _ in range(args.cold_starts - 1):
            with ServiceProcess(args.service_workers) as service:
                colds.append(service.start())
        with ServiceProcess(args.service_workers) as service:
            colds.append(service.start())
            _enable_every_pack(service)
            with m.PeakMemory(service) as peak:
                part("latency", "latency", lambda: {
                    str(n): m.latency(service, n, args.requests, args.warmup, args.seed + n)
                    for n in (140, 280, 2000)})
                part("recheck_after_edit", "re-check after an edit", lambda: m.recheck_after_edit(
                    service, 2000, args.requests, args.warmup, args.seed))
                part("typing_pace", f"the same at typing pace, {args.load_interval:g} s apart",
                     lambda: {
                         "pause_s": args.load_interval,
                         "280": m.latency(service, 280, args.typing_requests, args.warmup,
                                          args.seed + 1280, pause=args.load_interval),
                         "recheck_after_edit": m.recheck_after_edit(
                             service, 2000, args.typing_requests, args.warmup, args.seed + 1,
                             pause=args.load_interval)})
                part("load", f"load: {args.load_clients} clients for {args.load_seconds:g} s",
                     lambda: m.load(service, args.load_clients, args.load_seconds,
                                    args.load_interval, args.seed))
                part("burst", f"burst: {args.load_clients} new posts at once",
                     lambda: m.burst(service, args.load_clients, args.seed + 7))
            kb, workers = service.memory_kb(), service.workers_running()
        colds.sort(key=lambda c: c["first_check_s"])
        return {**colds[len(colds) // 2], "runs": [c["first_check_s"] for c in colds],
                "memory": {"peak_mb": peak.mb, "workers": workers,
                           "main_process_peak_rss_mb": m.mb(kb["VmHWM"]),
                           "rss_summed_mb_at_end": m.mb(kb["RssSum"])}}

    service_part = part("cold_start", "cold start, then the service's measures", services)
    results["memory"] = service_part.pop("memory", None)
    if args.data:
        model = service_part.get("model")
        part("throughput", "throughput: secondlook check --format jsonl, then Presidio",
             lambda: throughput(args.data, model, args.workers, args.posts))
    else:
        results["throughput"] = {"skipped": "no --data given"}
    part("profile", "where a check's time goes (in this process)",
         lambda: breakdown(min(args.requests, 100), args.seed))
    results["e2e"] = e2e_latency(args.e2e) or {"missing": str(args.e2e)}
    results["load_average_after"] = load_average()
    results["cpu_probe_ms_after"] = cpu_probe()
    return results


def _enable_every_pack(service: Any) -> None:
    """Measure the worst case: every pack on, whatever the defaults are."""
    client = service.client()
    try:
        _, body = client.request("GET", "/v1/packs")
        ids = [p["id"] for p in body["packs"]]
        status, _ = client.request("PATCH", "/v1/settings", {"packs": dict.fromkeys(ids, True)})
        if status != 200:
            raise RuntimeError(f"could not switch every pack on: HTTP {status}")
    finally:
        client.close()


def step(what: str) -> None:
    print(f"bench: {what} ...", file=sys.stderr, flush=True)
