"""Large batches over several processes: the same findings as ``Analyzer.analyze_many``, in the
same order, streamed as they are ready.

The worker processes are forked from the one that already loaded the spaCy model, so they share
its memory and start at once instead of loading it again. Forking is safe on Linux only; other
systems (and inputs of a single block) run in this process.
"""

from __future__ import annotations

import multiprocessing
import os
import sys
from collections.abc import Iterable, Iterator
from itertools import chain, islice

from secondlook.engine.analyzer import Analyzer
from secondlook.engine.context import AnalysisSettings
from secondlook.engine.findings import Finding
from secondlook.engine.nlp import settle_heap

BLOCK = 64  # posts per task: one nlp.pipe batch

# What the forked workers analyze with; set in the parent just before it forks.
_job: tuple[Analyzer, list[str], AnalysisSettings] | None = None


def default_workers() -> int:
    """One process per CPU this process may run on."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not Linux
        return os.cpu_count() or 1


def analyze_in_processes(
    analyzer: Analyzer,
    texts: Iterable[str],
    *,
    packs: Iterable[str] | None = None,
    settings: AnalysisSettings | None = None,
    workers: int | None = None,
) -> Iterator[list[Finding]]:
    """Findings for each text, in order, like ``analyzer.analyze_many``; ``workers`` processes
    (default: one per CPU) when the input is longer than one block and the system can fork."""
    global _job
    settings = settings or AnalysisSettings()
    pack_ids = list(analyzer.packs) if packs is None else list(packs)
    workers = default_workers() if workers is None else workers
    blocks = _blocks(texts)
    first = next(blocks, [])
    second = next(blocks, None)
    if second is None or workers <= 1 or sys.platform != "linux":
        pending = chain([first], [second] if second else [], blocks)
        for block in pending:
            yield from analyzer.analyze_many(block, packs=pack_ids, settings=settings)
        return
    _job = (analyzer, pack_ids, settings)
    settle_heap()
    try:
        with multiprocessing.get_context("fork").Pool(workers) as pool:
            for findings in pool.imap(_analyze_block, chain([first, second], blocks)):
                yield from findings
    finally:
        _job = None


def _blocks(texts: Iterable[str]) -> Iterator[list[str]]:
    iterator = iter(texts)
    while block := list(islice(iterator, BLOCK)):
        yield block


def _analyze_block(texts: list[str]) -> list[list[Finding]]:
    assert _job is not None, "a worker runs only in a process forked by analyze_in_processes"
    analyzer, pack_ids, settings = _job
    return list(analyzer.analyze_many(texts, packs=pack_ids, settings=settings,
                                      batch_size=BLOCK))
