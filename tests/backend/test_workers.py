"""Analysis in worker processes (``engine.workers``): real forked processes, the real model."""

from __future__ import annotations

import gc
import json
import os
import signal
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from spacy.tokens import Doc

from secondlook.engine import AnalysisSettings, Analyzer, Finding
from secondlook.engine import workers as worker_module
from secondlook.engine.workers import (
    AFFINITY_CHARS,
    FULL_COLLECTION_AFTER,
    RESPAWNS,
    AnalysisWorkers,
    _collect_idle,
    _EntityHelper,
)
from secondlook.rules.loader import Pack

CORPUS = Path(__file__).resolve().parents[1] / "corpus" / "posts.jsonl"
SETTINGS = AnalysisSettings(
    allowlist=("Tignish",),
    always_flag=("Ardgowan",),
    overrides=(("tone.insults", "info"), ("phi.phone", "off")),
)


def corpus_texts(count: int) -> list[str]:
    lines = CORPUS.read_text(encoding="utf-8").splitlines()
    return [json.loads(line)["text"] for line in lines[:count]]


class Failing:
    """An analyzer whose analysis fails for one text, to see what a worker does with errors."""

    def __init__(self, analyzer: Analyzer, poison: str) -> None:
        self.analyzer, self.poison = analyzer, poison

    def analyze(self, text: str, **kwargs: Any) -> list[Finding]:
        if text == self.poison:
            raise ValueError(f"cannot read {text}")
        return self.analyzer.analyze(text, **kwargs)


@pytest.fixture
def workers(analyzer: Analyzer) -> Any:
    pool = AnalysisWorkers(analyzer, 2)
    yield pool
    pool.close()


def test_workers_find_what_the_analyzer_finds(analyzer: Analyzer, workers: AnalysisWorkers) -> None:
    texts = corpus_texts(60) + ["78yo from Tignish, seen in Ardgowan last night. Call 902-555-0147"]
    for packs in (None, ["phi"], ["advice", "tone"]):
        for settings in (None, SETTINGS):
            for text in texts:
                expected = analyzer.analyze(text, packs=packs, settings=settings)
                assert workers.analyze(text, packs=packs, settings=settings) == expected, text
    # The settings reach the workers: the allowlisted town and the switched-off rule are gone.
    last = workers.analyze(texts[-1], settings=SETTINGS)
    assert "Tignish" not in {f.text for f in last}
    assert "phi.phone" not in {f.rule for f in last}
    assert [(f.rule, f.text, f.severity) for f in last if f.rule == "phi.custom-term"] == [
        ("phi.custom-term", "Ardgowan", "warning")
    ]
    assert workers.alive == 2  # answered by the workers, not by this process in their place
    assert [len(_children(pid)) for pid in workers.pids] == [1, 1]  # each with its entity helper


def _sent(workers: AnalysisWorkers, text: str, *, answered: bool = False) -> Any:
    """The worker ``text`` goes to, left busy with it unless ``answered`` (as ``analyze`` does
    when the answer comes)."""
    chosen = workers._choose(text)
    assert chosen is not None
    worker, expected = chosen
    if answered:
        worker.queued_ms -= expected
    return worker


def test_a_post_stays_with_its_worker_and_new_posts_go_to_the_idle_one(
    workers: AnalysisWorkers,
) -> None:
    post = "Shift report for the ward this week, written slowly while we wait for the huddle. " * 3
    first = _sent(workers, post)
    second = _sent(workers, "A different post, typed in another tab at the same time.")
    assert first is not second  # the first is still busy (not answered), so the other one
    edited = post.replace("huddle", "meeting")  # an edit after the opening characters
    assert edited[:AFFINITY_CHARS] == post[:AFFINITY_CHARS]
    assert _sent(workers, edited) is first  # cached there: cheaper than a new parse elsewhere


def test_a_short_post_does_not_wait_behind_a_long_paste(workers: AnalysisWorkers) -> None:
    short = "Great huddle this morning, everyone. Thanks to the whole team!"
    first = _sent(workers, short, answered=True)
    paste = "Our unit's newsletter for the month, pasted in whole. " * 40  # 2,160 characters
    assert _sent(workers, paste) is first  # both idle: the first worker
    # its worker is busy with the paste; parsing the short post again elsewhere costs little
    moved = _sent(workers, short + " Coffee is on me.")
    assert moved is not first
    assert workers._owner[short[:AFFINITY_CHARS]] is moved  # and its next edits follow it there


def test_a_long_post_keeps_its_worker_when_the_other_is_less_busy(
    workers: AnalysisWorkers,
) -> None:
    long_post = "The handover notes for the whole weekend, typed out in full. " * 33
    mine = _sent(workers, long_post, answered=True)
    assert _sent(workers, "A short post in another tab.") is mine  # both idle: the first
    # the other worker is idle, but parsing 2,000 characters again there would take longer
    # than the short check queued here
    assert _sent(workers, long_post + " Edited.") is mine


class Crashing(Failing):
    """An analyzer whose process dies on one text, as a crash in the parser would take it."""

    def analyze(self, text: str, **kwargs: Any) -> list[Finding]:
        if text == self.poison:
            os._exit(70)
        return self.analyzer.analyze(text, **kwargs)


def _kill(pid: int) -> None:
    os.kill(pid, signal.SIGKILL)
    for _ in range(500):  # it is the spawner's child: wait until it is gone or a zombie
        try:
            state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
        except OSError:
            return
        if state == "Z":
            return
        time.sleep(0.01)
    raise AssertionError(f"worker {pid} survived SIGKILL")


def test_a_killed_worker_is_replaced(analyzer: Analyzer, workers: AnalysisWorkers) -> None:
    texts = corpus_texts(12)
    expected = [analyzer.analyze(t) for t in texts]
    first, second = workers.pids
    _kill(first)
    assert [workers.analyze(t) for t in texts] == expected
    assert workers.alive == 2
    replacement, kept = workers.pids
    assert kept == second and replacement not in (first, second)
    _kill(replacement)
    _kill(second)
    assert workers.running() == 2  # the idle ones found dead and replaced, without a check
    assert [workers.analyze(t) for t in texts] == expected
    assert workers.alive == 2 and not set(workers.pids) & {first, second, replacement}
    # the replacements are children of the spawner, not of this process
    assert not set(workers.pids) & set(_children(os.getpid()))


def test_replacements_are_bounded_then_this_process_analyzes(
    analyzer: Analyzer, workers: AnalysisWorkers, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(worker_module, "RESPAWNS", 1)
    texts = corpus_texts(6)
    expected = [analyzer.analyze(t) for t in texts]
    _kill(workers.pids[0])
    assert [workers.analyze(t) for t in texts] == expected
    assert workers.alive == 2  # the one replacement the budget allows
    for pid in workers.pids:
        _kill(pid)
    assert workers.running() == 0
    assert [workers.analyze(t) for t in texts] == expected  # in this process now


@pytest.mark.parametrize(
    "kind,count,message",
    [
        # an exception in a rule: the worker answers it as its type, and goes on
        (Failing, 1, "analysis failed in a worker: ValueError"),
        # a crash: the check fails after two workers died under it, the service does not try the
        # post itself, and both workers are replaced
        (Crashing, 2, "analysis workers exited: 2 under one check"),
    ],
)
def test_a_post_that_breaks_its_worker_fails_alone_without_its_text(
    analyzer: Analyzer, kind: type[Failing], count: int, message: str
) -> None:
    poison = "Saw Mrs. Philippa Quorndon in bed 7"
    pool = AnalysisWorkers(kind(analyzer, poison), count)  # type: ignore[arg-type]
    try:
        with pytest.raises(RuntimeError) as failed:
            pool.analyze(poison)
        assert str(failed.value) == message
        assert "Quorndon" not in str(failed.value)
        assert pool.running() == count
        assert [f.rule for f in pool.analyze("In your case, double the dose")] == [
            "advice.in-your-case",
            "advice.medical-to-you",
        ]
    finally:
        pool.close()


def test_closing_stops_every_worker(analyzer: Analyzer) -> None:
    pool = AnalysisWorkers(analyzer, 2)
    pids = pool.pids
    pool.close()
    assert pool.closed_cleanly  # they ended on their own; the spawner killed none
    for pid in pids:
        with pytest.raises(ProcessLookupError):
            os.kill(pid, 0)
    assert pool.alive == 0
    assert pool.analyze("Get your flu shot!") == []  # still answers, in this process


def _children(pid: int) -> list[int]:
    return [int(c) for task in Path(f"/proc/{pid}/task").glob("*/children")
            for c in task.read_text().split()]


# Headed lines as in a nursing note: the parser ends a sentence after "Neuro-", which the
# recognizer, on its own, runs an entity across.
HEADED_NOTE = "GI- Abd soft. Neuro- Alert and oriented x3. Activity- Physical therapy consulted."


@pytest.fixture
def helped(packs: dict[str, Pack]) -> Iterator[tuple[Analyzer, _EntityHelper]]:
    """An analyzer whose entities come from a real helper process."""
    analyzer = Analyzer(packs)  # the same loaded pipeline as the session's analyzer
    helper = _EntityHelper(analyzer.nlp)
    analyzer.entity_source = helper
    yield analyzer, helper
    helper.close()


def _entities(doc: Doc) -> list[tuple[str, str]]:
    return [(e.text, e.label_) for e in doc.ents]


def test_the_entity_helper_finds_what_the_pipeline_finds(
    analyzer: Analyzer, helped: tuple[Analyzer, _EntityHelper]
) -> None:
    split, helper = helped
    texts = corpus_texts(400) + [HEADED_NOTE]
    expected = [_entities(doc) for doc in analyzer.nlp.pipe(texts)]
    assert [_entities(doc) for doc in split._parse(texts)] == expected
    assert expected[-1] == [("Abd", "PERSON"), ("Alert", "PERSON"), ("x3", "GPE")]
    # On its own the helper found "Neuro- Alert" across the parser's sentences: that text was
    # recognized again in this process, and came out as the pipeline's.
    assert helper.start([HEADED_NOTE])
    found = helper.result()
    assert found is not None
    doc = analyzer.nlp.make_doc(HEADED_NOTE)
    assert ("Neuro- Alert", "PERSON") in [(doc[s:e].text, label) for s, e, label in found[0]]
    assert sum(1 for found in expected if found) > 100  # the corpus has entities to compare


def test_without_its_helper_a_worker_finds_entities_itself(
    analyzer: Analyzer, helped: tuple[Analyzer, _EntityHelper]
) -> None:
    split, helper = helped
    texts = corpus_texts(30)
    _kill(helper.pid)
    assert [_entities(d) for d in split._parse(texts)] == [
        _entities(d) for d in analyzer.nlp.pipe(texts)
    ]
    assert not helper.alive
    assert split.analyze(texts[0]) == analyzer.analyze(texts[0])


def test_a_worker_replaces_its_helper_until_the_budget_is_spent(
    analyzer: Analyzer, helped: tuple[Analyzer, _EntityHelper]
) -> None:
    split, helper = helped
    texts = corpus_texts(30)
    expected = [_entities(d) for d in analyzer.nlp.pipe(texts)]
    pids = [helper.pid]
    for _ in range(RESPAWNS):
        _kill(helper.pid)
        assert [_entities(d) for d in split._parse(texts)] == expected  # found here
        assert not helper.alive
        assert not Path(f"/proc/{pids[-1]}").exists()  # the dead one was reaped
        assert helper.revive()  # as a worker does once it has answered
        assert helper.alive and helper.pid not in pids
        assert [_entities(d) for d in split._parse(texts)] == expected  # by the new helper
        assert helper.alive
        pids.append(helper.pid)
    _kill(helper.pid)
    assert [_entities(d) for d in split._parse(texts)] == expected
    assert not helper.revive()  # the budget is spent: no new fork
    assert [_entities(d) for d in split._parse(texts)] == expected
    assert not helper.alive and helper.pid == pids[-1]


class Pipe:
    """A worker's end of its pipe, with or without a check waiting on it."""

    def __init__(self, waiting: bool) -> None:
        self.waiting = waiting

    def poll(self) -> bool:
        return self.waiting


def _middle_passes(count: int) -> None:
    gc.collect()
    for _ in range(count):
        gc.collect(1)  # each counts as one middle-generation pass toward the full one


@pytest.mark.parametrize(
    "passes,waiting,full_pass",
    [
        (FULL_COLLECTION_AFTER - 1, False, False),  # not due yet
        (FULL_COLLECTION_AFTER, False, True),  # due, and no check waits: now
        (FULL_COLLECTION_AFTER, True, False),  # due, but a check waits: after it
        (FULL_COLLECTION_AFTER * 10, True, True),  # a worker never idle still collects
    ],
)
def test_full_collection_runs_between_checks(passes: int, waiting: bool, full_pass: bool) -> None:
    _middle_passes(passes)
    assert gc.get_count()[2] == passes
    _collect_idle(Pipe(waiting))  # type: ignore[arg-type]
    assert (gc.get_count()[2] == 0) is full_pass
