"""The service's checks in worker processes, so that compose boxes checked at the same time are
analyzed on different cores instead of taking turns under one interpreter lock.

The workers are forked (by the spawner, below) once the service's analyzer is loaded, before it
opens its port: they share the model's memory and hold no socket of the service. Each answers
one check at a time over its own pipe; the post's text goes through that pipe and nowhere else.
A check goes to the worker expected to answer it first: the one with the least work queued,
counting the check's own, which is cheap for the worker that saw the post before (found by its
opening characters: it has the post's paragraphs and sentences cached, so after a one-word edit
only the edited part is analyzed again) and costs a whole parse anywhere else. So a post keeps
its worker while typing, and a short one moves to the other worker rather than wait behind a
long paste. Each worker runs the cycle collector's
full pass itself, between checks (``_collect_idle``), so that it never lands inside one.

A worker that dies (killed from outside, or out of memory; an error in a rule comes back as that
error) is replaced. Forking again from the service is not safe once its threads hold locks and
sockets, so the workers are forked by a spawner: a process forked from the service at start,
before any thread, which does nothing but fork a worker when asked and hand back its pipe.
Replacements are bounded (``RESPAWNS`` in ``RESPAWN_WINDOW`` seconds), so that a post that
crashes whichever worker reads it cannot keep forking; a check gives up after ``TRIES`` workers
died under it. With no worker left the service analyzes in its own process.
"""

from __future__ import annotations

import contextlib
import gc
import logging
import multiprocessing
import os
import signal
import sys
import threading
import time
from collections import OrderedDict, deque
from collections.abc import Callable, Iterable
from dataclasses import astuple
from functools import partial
from multiprocessing import reduction
from multiprocessing.connection import Connection
from typing import Any

from spacy.language import Language

from secondlook.engine.analyzer import ENTITY_COMPONENT, Analyzer, recognize_entities
from secondlook.engine.context import AnalysisSettings
from secondlook.engine.findings import Finding
from secondlook.engine.nlp import settle_heap

log = logging.getLogger(__name__)

# A post is recognized by this many opening characters: typing happens further on, so its edits
# keep the same key, and two compose boxes rarely start alike.
AFFINITY_CHARS = 48
# Posts whose worker is remembered (an LRU); a forgotten post just goes to the least busy one.
AFFINITY_SIZE = 512
# A check's expected work in milliseconds, FIXED + PER_CHAR * characters: a post new to the worker
# is parsed whole, an edit of one it has seen only in its edited sentence (every rule still reads
# the whole post). Fitted on 2 cores: a new 280- / 2,000-character post 14 / 70 ms, an edit of a
# 2,000-character post 15 ms. Only the ratios matter, to weigh one worker's queue against another's.
EXPECTED_FIXED_MS = 5.0
EXPECTED_MS_PER_CHAR = {"new": 0.033, "seen": 0.005}
# A worker runs the cycle collector's full pass itself, between checks, once this many of its
# middle-generation passes have run since the last (Python's own default); and in any case at ten
# times as many, for a worker that is never idle.
FULL_COLLECTION_AFTER = 10
# Workers replaced at most this many times in this many seconds; past that, one that dies stays
# dead (a post that crashes every worker must not keep the spawner forking).
RESPAWNS = 4
RESPAWN_WINDOW = 60.0
# A check that has seen this many workers die under it fails (a 500) instead of trying another.
TRIES = 2
# Seconds the workers get to end on their own once the service closes them.
EXIT_WAIT = 5.0


def default_count() -> int:
    """Two workers where there are two cores or more: one typist needs none, and every worker
    adds its own caches to the service's memory. Zero elsewhere (and off Linux, which cannot
    fork safely): the service then analyzes in its own process."""
    if sys.platform != "linux":
        return 0
    return 2 if len(os.sched_getaffinity(0)) >= 2 else 0


class _Worker:
    def __init__(self, index: int, pid: int, conn: Connection) -> None:
        self.index = index
        self.pid = pid  # a child of the spawner, not of this process
        self.conn = conn
        self.lock = threading.Lock()  # one check at a time on the pipe
        # expected milliseconds of the checks sent or queued for it (under AnalysisWorkers._lock)
        self.queued_ms = 0.0
        self.alive = True


class _Budget:
    """Replacements of dead processes: at most ``RESPAWNS`` in any ``RESPAWN_WINDOW`` seconds, so
    that a post that kills whatever reads it cannot keep a process forking."""

    def __init__(self) -> None:
        self._times: deque[float] = deque()  # when the recent replacements were made

    def take(self) -> bool:
        """Whether one more replacement fits now (and count it if so)."""
        now = time.monotonic()
        while self._times and now - self._times[0] > RESPAWN_WINDOW:
            self._times.popleft()
        if len(self._times) >= RESPAWNS:
            return False
        self._times.append(now)
        return True


class AnalysisWorkers:
    """``count`` processes, forked now by a spawner forked from this one, each analyzing with
    ``analyzer``."""

    def __init__(self, analyzer: Analyzer, count: int) -> None:
        if count < 1:
            raise ValueError("at least one worker")
        self.analyzer = analyzer
        self._lock = threading.Lock()
        self._owner: OrderedDict[str, _Worker] = OrderedDict()
        self._replacements = _Budget()
        settle_heap()  # before forking: the workers then share the model's pages untouched
        context = multiprocessing.get_context("fork")
        self._control, theirs = context.Pipe()
        self._control_lock = threading.Lock()
        self._spawner = context.Process(
            target=_spawner, args=(analyzer, theirs, self._control),
            name="secondlook-spawner", daemon=True,
        )
        self._spawner.start()
        theirs.close()
        self._workers: list[_Worker] = []
        for index in range(count):
            worker = self._fork(index)
            if worker is None:
                self.close()
                raise RuntimeError(f"the spawner exited (code {self._spawner.exitcode})")
            self._workers.append(worker)

    @property
    def alive(self) -> int:
        return sum(w.alive for w in self._workers)

    def running(self) -> int:
        """How many workers run, after replacing those that died while idle: an idle worker's
        pipe has nothing to read unless its end is closed, so a readable one is a dead worker.
        (A busy one is found out by the check it is sent.)"""
        for worker in list(self._workers):
            if worker.alive and worker.lock.acquire(blocking=False):
                try:
                    gone = worker.alive and worker.conn.poll()
                except OSError:
                    gone = True
                finally:
                    worker.lock.release()
                if gone:
                    self._lost(worker)
        return self.alive

    @property
    def count(self) -> int:
        return len(self._workers)

    @property
    def pids(self) -> list[int]:
        """The process ids of the workers now running (children of the spawner)."""
        with self._lock:
            return [w.pid for w in self._workers if w.alive]

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
        died = 0
        while (chosen := self._choose(text)) is not None:
            worker, expected = chosen
            try:
                with worker.lock:
                    if not worker.alive:
                        continue
                    worker.conn.send(request)
                    ok, result = worker.conn.recv()
            except (EOFError, OSError):
                self._lost(worker)
                died += 1
                if died >= TRIES:
                    raise RuntimeError(f"analysis workers exited: {died} under one check") from None
                continue
            finally:
                with self._lock:
                    worker.queued_ms -= expected
            if not ok:
                raise RuntimeError(f"analysis failed in a worker: {result}")
            return result  # type: ignore[no-any-return]
        return self.analyzer.analyze(text, packs=packs, settings=settings)

    def _choose(self, text: str) -> tuple[_Worker, float] | None:
        """The worker expected to answer ``text`` first, and the work it is expected to take
        there (added to the worker's queue until the answer comes); None with no worker left."""
        key = text[:AFFINITY_CHARS]
        with self._lock:
            living = [w for w in self._workers if w.alive]
            if not living:
                return None
            owner = self._owner.get(key)

            def expected(worker: _Worker) -> float:
                per_char = EXPECTED_MS_PER_CHAR["seen" if worker is owner else "new"]
                return EXPECTED_FIXED_MS + per_char * len(text)

            worker = min(
                living, key=lambda w: (w.queued_ms + expected(w), w is not owner, w.index)
            )
            self._owner[key] = worker
            self._owner.move_to_end(key)
            while len(self._owner) > AFFINITY_SIZE:
                self._owner.popitem(last=False)
            cost = expected(worker)
            worker.queued_ms += cost
            return worker, cost

    def _lost(self, worker: _Worker) -> None:
        """Mark ``worker`` dead and put a fresh one in its place, if the budget allows."""
        with self._lock:
            if not worker.alive:
                return  # another check saw it first
            worker.alive = False
            replace = self._replacements.take()
        worker.conn.close()
        fresh = self._fork(worker.index) if replace else None
        with self._lock:
            if fresh is not None and self._workers[worker.index] is worker:
                self._workers[worker.index] = fresh
        log.warning("analysis worker %d exited; %s; %d running", worker.index,
                    "replaced" if fresh else "not replaced", self.alive)

    def _fork(self, index: int) -> _Worker | None:
        """A new worker, forked by the spawner (None once the spawner is gone)."""
        with self._control_lock:
            try:
                self._control.send(index)
                fd = reduction.recv_handle(self._control)
                pid = self._control.recv()
            except (EOFError, OSError):
                return None
        return _Worker(index, pid, Connection(fd))

    def close(self) -> None:
        """Stop the workers: each exits when its pipe closes, the spawner when its own does,
        after waiting up to ``EXIT_WAIT`` seconds for them (and killing any that did not end)."""
        for worker in self._workers:
            with self._lock:
                worker.alive = False
            worker.conn.close()
        with self._control_lock:
            self._control.close()
        self._spawner.join(EXIT_WAIT + 5)
        if self._spawner.is_alive():
            self._spawner.kill()
            self._spawner.join()

    @property
    def closed_cleanly(self) -> bool:
        """After ``close``: every worker ended on its own (the spawner killed none)."""
        return self._spawner.exitcode == 0


def _spawner(analyzer: Analyzer, control: Connection, service_end: Connection) -> None:
    """The spawner's life: fork a worker on each request, hand its pipe to the service, and reap
    the workers that have ended. It has no thread besides its own, so forking is safe here.

    When the service closes the control pipe (or dies), the workers' pipes are closed too: the
    spawner waits for them to end and kills those that do not. Its exit code is how many it
    killed."""
    service_end.close()  # so that the service's exit reaches us as end of file
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl+C is for the service, which stops us
    children: set[int] = set()
    while True:
        try:
            index = control.recv()
        except (EOFError, OSError):
            break
        _reap(children, block=False)
        ours, theirs = multiprocessing.Pipe()
        pid = _fork(partial(_serve, analyzer, theirs), close=(control, ours))
        children.add(pid)
        theirs.close()
        try:
            reduction.send_handle(control, ours.fileno(), os.getppid())
            control.send(pid)
        except OSError:
            break
        finally:
            ours.close()
        del index
    deadline = time.monotonic() + EXIT_WAIT
    while children and time.monotonic() < deadline:
        _reap(children, block=False)
        time.sleep(0.02)
    for pid in children:
        os.kill(pid, signal.SIGKILL)
    killed = len(children)
    _reap(children, block=True)
    os._exit(killed)


def _reap(children: set[int], *, block: bool) -> None:
    for pid in list(children):
        try:
            done, _ = os.waitpid(pid, 0 if block else os.WNOHANG)
        except ChildProcessError:
            done = pid
        if done:
            children.discard(pid)


def _fork(run: Callable[[], None], *, close: Iterable[Connection]) -> int:
    """Fork a child that closes its copies of ``close``, runs ``run`` and exits (code 0 when
    ``run`` returns, 1 when it raises). Only for a process with no thread but its own."""
    pid = os.fork()
    if pid == 0:
        code = 1
        try:
            for conn in close:
                conn.close()
            run()
            code = 0
        finally:
            os._exit(code)
    return pid


def _serve(analyzer: Analyzer, conn: Connection) -> None:
    """A worker's life: answer checks until the service closes the pipe (or dies)."""
    _quiet_child()
    helper = None
    if isinstance(analyzer, Analyzer) and analyzer.nlp.has_pipe(ENTITY_COMPONENT):
        helper = _EntityHelper(analyzer.nlp, close=(conn,))
        analyzer.entity_source = helper
    try:
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
            if helper is not None:
                helper.revive()
            _collect_idle(conn)
    finally:
        if helper is not None:
            helper.close()


def _quiet_child() -> None:
    """What every process forked here sets first: Ctrl+C is for the service, which stops us; no
    full pass of the cycle collector inside a check (see ``_collect_idle``)."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    young, middle, _ = gc.get_threshold()
    gc.set_threshold(young, middle, 2**31 - 1)


class _EntityHelper:
    """A worker's helper process, forked by the worker at its start: it finds the named entities
    of the texts the worker parses, on the other core, while the worker runs the tagger and the
    parser (``Analyzer.entity_source``). The recognizer is 40 % of parsing a 280-character post
    and reads nothing they write. If the helper dies, the worker finds that check's entities
    itself and, once it has answered, forks a new helper (``revive``), within the same budget as
    the workers' (``RESPAWNS`` in ``RESPAWN_WINDOW`` seconds); past it, the worker goes on
    alone."""

    def __init__(self, nlp: Language, *, close: Iterable[Connection] = ()) -> None:
        """Fork the helper now; it closes its copies of ``close`` (the worker's own pipe)."""
        self._nlp = nlp
        self._close = tuple(close)
        self._replacements = _Budget()
        self._fork()

    def _fork(self) -> None:
        ours, theirs = multiprocessing.Pipe()
        self.pid = _fork(partial(_find_entities, self._nlp, theirs), close=(*self._close, ours))
        theirs.close()
        self.conn = ours
        self.alive = True
        self._reaped = False

    def start(self, texts: list[str]) -> bool:
        if not self.alive:
            return False
        try:
            self.conn.send(texts)
            return True
        except OSError:
            self._lost()
            return False

    def result(self) -> list[list[tuple[int, int, str]]] | None:
        try:
            return self.conn.recv()  # type: ignore[no-any-return]
        except (EOFError, OSError):
            self._lost()
            return None

    def revive(self) -> bool:
        """Fork a new helper in place of a dead one, if the budget allows: between checks, so
        that the fork's cost lands in none."""
        if self.alive:
            return True
        if not self._replacements.take():
            return False
        self._fork()
        log.info("analysis worker (pid %d) forked a new entity helper", os.getpid())
        return True

    def _lost(self) -> None:
        self.alive = False
        self.close()
        log.warning("the entity helper of analysis worker (pid %d) exited; the worker finds "
                    "entities itself", os.getpid())

    def close(self) -> None:
        """Close the pipe and reap the helper: it ends when it reads the pipe's end; one that
        has stopped answering is killed."""
        self.conn.close()
        if self._reaped:
            return
        if not self.alive:
            with contextlib.suppress(ProcessLookupError):
                os.kill(self.pid, signal.SIGKILL)
        with contextlib.suppress(ChildProcessError):
            os.waitpid(self.pid, 0)
        self._reaped = True


def _find_entities(nlp: Language, conn: Connection) -> None:
    """The entity helper's life: tokenize and recognize each batch of texts the worker sends,
    answer (first token, end token, label) per entity, until the worker closes the pipe."""
    _quiet_child()
    while True:
        try:
            texts = conn.recv()
        except (EOFError, OSError):
            return
        docs = recognize_entities(nlp, texts)
        reply = [[(e.start, e.end, e.label_) for e in doc.ents] for doc in docs]
        del texts, docs
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
