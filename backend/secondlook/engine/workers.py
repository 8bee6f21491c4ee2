"""The service's checks in worker processes, so that compose boxes checked at the same time are
analyzed on different cores instead of taking turns under one interpreter lock.

The workers are forked from the service once its analyzer is loaded, before it opens its port:
they share the model's memory and hold no socket of the service. Each answers one check at a
time over its own pipe; the post's text goes through that pipe and nowhere else. A post keeps
going to the worker that saw it first (by its opening characters), because that worker has its
paragraphs and sentences cached: after a one-word edit only the edited part is analyzed again.
A new post goes to the least busy worker. Each worker runs the cycle collector's full pass
itself, between checks (``_collect_idle``), so that it never lands inside one.

A worker that dies (killed from outside; an error in a rule comes back as that error) is not
replaced: forking again from a process whose threads hold locks and sockets is not safe. The
others take its posts, and with none left the service analyzes in its own process.
"""

from __future__ import annotations

import gc
import logging
import multiprocessing
import os
import signal
import sys
import threading
from collections import OrderedDict
from collections.abc import Iterable
from dataclasses import astuple
from multiprocessing.connection import Connection
from typing import Any

from secondlook.engine.analyzer import Analyzer
from secondlook.engine.context import AnalysisSettings
from secondlook.engine.findings import Finding
from secondlook.engine.nlp import settle_heap

log = logging.getLogger(__name__)

# A post is recognized by this many opening characters: typing happens further on, so its edits
# keep the same key, and two compose boxes rarely start alike.
AFFINITY_CHARS = 48
# Posts whose worker is remembered (an LRU); a forgotten post just goes to the least busy one.
AFFINITY_SIZE = 512
# A worker runs the cycle collector's full pass itself, between checks, once this many of its
# middle-generation passes have run since the last (Python's own default); and in any case at ten
# times as many, for a worker that is never idle.
FULL_COLLECTION_AFTER = 10


def default_count() -> int:
    """Two workers where there are two cores or more: one typist needs none, and every worker
    adds its own caches to the service's memory. Zero elsewhere (and off Linux, which cannot
    fork safely): the service then analyzes in its own process."""
    if sys.platform != "linux":
        return 0
    return 2 if len(os.sched_getaffinity(0)) >= 2 else 0


class _Worker:
    def __init__(self, index: int, process: Any, conn: Connection) -> None:
        self.index = index
        self.process = process
        self.conn = conn
        self.lock = threading.Lock()  # one check at a time on the pipe
        self.waiting = 0  # checks sent to it or queued for it (under AnalysisWorkers._lock)
        self.alive = True


class AnalysisWorkers:
    """``count`` processes forked now from this one, each analyzing with ``analyzer``."""

    def __init__(self, analyzer: Analyzer, count: int) -> None:
        if count < 1:
            raise ValueError("at least one worker")
        self.analyzer = analyzer
        self._lock = threading.Lock()
        self._owner: OrderedDict[str, _Worker] = OrderedDict()
        settle_heap()  # before forking: the workers then share the model's pages untouched
        context = multiprocessing.get_context("fork")
        ours: list[Connection] = []
        self._workers: list[_Worker] = []
        for index in range(count):
            conn, theirs = context.Pipe()
            ours.append(conn)
            process = context.Process(
                target=_serve, args=(analyzer, theirs, tuple(ours)),
                name=f"secondlook-worker-{index}", daemon=True,
            )
            process.start()
            theirs.close()
            self._workers.append(_Worker(index, process, conn))

    @property
    def alive(self) -> int:
        return sum(w.alive for w in self._workers)

    @property
    def count(self) -> int:
        return len(self._workers)

    def analyze(
        self,
        text: str,
        *,
        packs: Iterable[str] | None = None,
        settings: AnalysisSettings | None = None,
    ) -> list[Finding]:
        """What ``analyzer.analyze`` returns for the same arguments, computed by a worker."""
        settings = settings or AnalysisSettings()
        # the settings' fields, not the object: it caches its hash, which is the sender's
        request = (text, None if packs is None else tuple(packs), astuple(settings))
        while (worker := self._choose(text[:AFFINITY_CHARS])) is not None:
            try:
                with worker.lock:
                    if not worker.alive:
                        continue
                    worker.conn.send(request)
                    ok, result = worker.conn.recv()
            except (EOFError, OSError):
                self._lost(worker)
                continue
            finally:
                with self._lock:
                    worker.waiting -= 1
            if not ok:
                raise RuntimeError(f"analysis failed in a worker: {result}")
            return result  # type: ignore[no-any-return]
        return self.analyzer.analyze(text, packs=packs, settings=settings)

    def _choose(self, key: str) -> _Worker | None:
        with self._lock:
            worker = self._owner.get(key)
            if worker is not None and worker.alive:
                self._owner.move_to_end(key)
            else:
                living = [w for w in self._workers if w.alive]
                if not living:
                    return None
                worker = min(living, key=lambda w: (w.waiting, w.index))
                self._owner[key] = worker
                while len(self._owner) > AFFINITY_SIZE:
                    self._owner.popitem(last=False)
            worker.waiting += 1
            return worker

    def _lost(self, worker: _Worker) -> None:
        with self._lock:
            if worker.alive:
                worker.alive = False
                log.warning("analysis worker %d exited (code %s); %d left", worker.index,
                            worker.process.exitcode, self.alive)
            worker.conn.close()

    def close(self, timeout: float = 5.0) -> None:
        """Stop the workers: each exits when its pipe closes."""
        for worker in self._workers:
            with self._lock:
                worker.alive = False
            worker.conn.close()
        for worker in self._workers:
            worker.process.join(timeout)
            if worker.process.is_alive():
                worker.process.kill()
                worker.process.join()


def _serve(analyzer: Analyzer, conn: Connection, parents: tuple[Connection, ...]) -> None:
    """A worker's life: answer checks until the service closes the pipe (or dies)."""
    for other in parents:  # the service's ends, so that its exit reaches us as end of file
        other.close()
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl+C is for the service, which stops us
    young, middle, _ = gc.get_threshold()
    gc.set_threshold(young, middle, 2**31 - 1)  # no full pass inside a check: see _collect_idle
    while True:
        try:
            text, packs, fields = conn.recv()
        except (EOFError, OSError):
            return
        settings = AnalysisSettings(*fields)
        try:
            reply: tuple[bool, Any] = (True, analyzer.analyze(text, packs=packs,
                                                              settings=settings))
        except Exception as exc:  # the service answers it as a 500; the worker goes on
            reply = (False, type(exc).__name__)
        del text
        try:
            conn.send(reply)
        except (BrokenPipeError, OSError):
            return
        _collect_idle(conn)


def _collect_idle(conn: Connection) -> None:
    """The cycle collector's full pass, run while no check waits. It walks every object the
    caches hold (about 100,000 at their bounds) and takes 25-80 ms, which would otherwise land
    inside whichever check happens to trigger it. The extension asks again only after its
    debounce, so a typist's next check finds the pass done."""
    passes = gc.get_count()[2]  # middle-generation passes since the last full one
    if passes >= FULL_COLLECTION_AFTER * 10 or (
        passes >= FULL_COLLECTION_AFTER and not conn.poll()
    ):
        gc.collect()
