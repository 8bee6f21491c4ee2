"""Latency, re-check after an edit, and the load test, all over loopback HTTP."""

from __future__ import annotations

import random
import statistics
import threading
import time
from collections.abc import Callable, Sequence
from typing import Any

from secondlook.bench.posts import edit_session, edited, post, posts
from secondlook.bench.service import Client, ServiceProcess


def summary(seconds: Sequence[float], errors: int = 0) -> dict[str, Any]:
    """p50/p95/p99, mean and max in milliseconds."""
    ms = sorted(s * 1000 for s in seconds)
    if len(ms) < 2:
        ms = ms * 2 or [float("nan")] * 2
    cuts = statistics.quantiles(ms, n=100, method="inclusive")
    return {"n": len(seconds), "errors": errors, "p50_ms": round(cuts[49], 2),
            "p95_ms": round(cuts[94], 2), "p99_ms": round(cuts[98], 2),
            "mean_ms": round(statistics.fmean(ms), 2), "max_ms": round(ms[-1], 2)}


def _timed(client: Client, texts: Sequence[str], pause: float = 0.0) -> tuple[list[float], int]:
    """Each text checked in turn, ``pause`` seconds after the last answer."""
    seconds, errors = [], 0
    for text in texts:
        time.sleep(pause)
        took, status, _ = client.check(text)
        if status == 200:
            seconds.append(took)
        else:
            errors += 1
    return seconds, errors


def latency(service: ServiceProcess, length: int, requests: int, warmup: int,
            seed: int, pause: float = 0.0) -> dict[str, Any]:
    """Checks of different posts of ``length`` characters, one after the other (nothing cached),
    each ``pause`` seconds after the last answer."""
    paragraph = 400 if length > 1000 else 0
    texts = posts(seed, warmup + requests, length, paragraph_chars=paragraph)
    client = service.client()
    try:
        _timed(client, texts[:warmup])
        seconds, errors = _timed(client, texts[warmup:], pause)
    finally:
        client.close()
    return {"chars_mean": round(statistics.fmean(map(len, texts)), 1), **summary(seconds, errors)}


def recheck_after_edit(service: ServiceProcess, length: int, requests: int, warmup: int,
                       seed: int, pause: float = 0.0) -> dict[str, Any]:
    """A long post checked once, then re-checked after each one-word edit (edits accumulate, as
    while typing), each ``pause`` seconds after the last answer. A long Facebook post is written
    in paragraphs; a ~400-character paragraph each."""
    versions = edit_session(seed, length, warmup + requests)
    client = service.client()
    try:
        _timed(client, versions[: warmup + 1])
        seconds, errors = _timed(client, versions[warmup + 1 :], pause)
    finally:
        client.close()
    return {"chars": len(versions[-1]), **summary(seconds, errors)}


def load(service: ServiceProcess, clients: int, seconds: float, interval: float,
         seed: int, sample_every: float = 0.5) -> dict[str, Any]:
    """``clients`` compose boxes at once for ``seconds``. Each sends a check of the post being
    written (mostly a one-word edit of the last one, sometimes a new post of 140, 280 or 2,000
    characters), waits for the answer, then ``interval`` (the extension's debounce: its next check
    cannot come sooner), and so on. Memory of the service is sampled throughout.

    The boxes start spread over the first ``interval``, as people do not start typing in the same
    millisecond; all of them at one instant is the separate ``burst`` measure. (Started together,
    their first checks were the 16 slowest of 1,400 and so the p99: 200-290 ms, while no later
    check took over 140 ms.)"""
    deadline = time.perf_counter() + seconds
    results: list[tuple[list[float], int]] = []
    lock = threading.Lock()

    def typist(index: int) -> None:
        rng = random.Random(seed * 1000 + index)
        client = service.client()
        took: list[float] = []
        errors = 0
        text = ""
        time.sleep(interval * index / clients)
        try:
            while time.perf_counter() < deadline:
                text = _next_text(rng, text)
                try:
                    elapsed, status, _ = client.check(text)
                except OSError:
                    errors += 1
                    continue
                if status == 200:
                    took.append(elapsed)
                else:
                    errors += 1
                time.sleep(interval)
        finally:
            client.close()
            with lock:
                results.append((took, errors))

    threads = [threading.Thread(target=typist, args=(i,), daemon=True) for i in range(clients)]
    started = time.perf_counter()
    for thread in threads:
        thread.start()
    samples = _sample_memory(service, lambda: any(t.is_alive() for t in threads), sample_every)
    for thread in threads:
        thread.join()
    wall = time.perf_counter() - started
    took = [s for part, _ in results for s in part]
    errors = sum(e for _, e in results)
    first = [kb for at, kb in samples if at <= 10.0]
    last = [kb for at, kb in samples if at >= wall - 10.0]
    memory_first = statistics.fmean(first) if first else None
    memory_last = statistics.fmean(last) if last else None
    growth = (memory_last - memory_first) / memory_first if memory_first and memory_last else None
    return {"clients": clients, "seconds": round(wall, 1), "interval_s": interval,
            "requests_per_s": round(len(took) / wall, 1), **summary(took, errors),
            "memory_first_10s_mb": mb(memory_first), "memory_last_10s_mb": mb(memory_last),
            "memory_growth_pct": None if growth is None else round(growth * 100, 1)}


def burst(service: ServiceProcess, clients: int, seed: int) -> dict[str, Any]:
    """``clients`` new posts (140, 280 or 2,000 characters, as in the load test) sent at the same
    instant: how long the last answer takes when every compose box asks at once."""
    ready = threading.Barrier(clients)
    took: list[float] = []
    errors = 0
    lock = threading.Lock()

    def ask(index: int) -> None:
        nonlocal errors
        text = _next_text(random.Random(seed * 1000 + index), "")
        client = service.client()
        try:
            client.request("GET", "/v1/health")  # connected before the barrier
            ready.wait()
            seconds, status, _ = client.check(text)
        except OSError:
            seconds, status = 0.0, 0
        finally:
            client.close()
        with lock:
            if status == 200:
                took.append(seconds)
            else:
                errors += 1

    threads = [threading.Thread(target=ask, args=(i,), daemon=True) for i in range(clients)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return {"clients": clients, **summary(took, errors)}


def _next_text(rng: random.Random, text: str) -> str:
    """Mostly an edit of the post being written; now and then a new post."""
    if text and rng.random() < 0.8:
        return edited(text, rng)
    length = rng.choice((140, 280, 280, 280, 2000))
    return post(rng, length, paragraph_chars=400 if length > 1000 else 0)


class PeakMemory:
    """The service's largest memory (``Pss`` of all its processes) sampled while the ``with``
    block runs, in MB (``.mb``)."""

    def __init__(self, service: ServiceProcess, every: float = 0.5) -> None:
        self._service, self._every = service, every
        self._done = threading.Event()
        self._samples: list[tuple[float, int]] = []
        self._thread = threading.Thread(target=self._watch, daemon=True)
        self.mb: float | None = None

    def _watch(self) -> None:
        self._samples = _sample_memory(self._service, lambda: not self._done.is_set(),
                                       self._every)

    def __enter__(self) -> PeakMemory:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._done.set()
        self._thread.join()
        self.mb = mb(max((kb for _, kb in self._samples), default=None))


def _sample_memory(service: ServiceProcess, running: Callable[[], bool],
                   every: float) -> list[tuple[float, int]]:
    started = time.perf_counter()
    samples = []
    while running():
        kb = service.memory_kb()["Pss"]
        if kb is not None:
            samples.append((time.perf_counter() - started, kb))
        time.sleep(every)
    return samples


def mb(kb: float | None) -> float | None:
    return None if kb is None else round(kb / 1024, 1)
