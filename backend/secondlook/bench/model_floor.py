"""``python -m secondlook.bench.model_floor``: the spaCy pipeline alone, loaded as Second Look
loads it, over ``{"id", "text"}`` JSON lines on stdin, in the same forked processes as
``secondlook check``, one ``{"id", "findings"}`` line out per post (its entities), in order, and
no rule at all.

The bench times this whole process beside ``secondlook check`` and Presidio: it is the fastest any
tool built on this model and this machine could scan the posts, so its ratio to Presidio is the
ceiling of ours."""

from __future__ import annotations

import json
import multiprocessing
import sys
from itertools import islice

from secondlook.engine.nlp import load_pipeline, settle_heap
from secondlook.engine.parallel import BLOCK, default_workers

_nlp = None  # set in the parent just before it forks


def _entities(texts: list[str]) -> list[list[dict[str, object]]]:
    assert _nlp is not None
    return [[{"start": e.start_char, "end": e.end_char, "entity": e.label_} for e in doc.ents]
            for doc in _nlp.pipe(texts, batch_size=BLOCK)]


def main() -> int:
    global _nlp
    _nlp = load_pipeline().nlp
    settle_heap()
    items = [json.loads(raw) for raw in sys.stdin if raw.strip()]
    texts = iter([item["text"] for item in items])
    blocks = iter(lambda: list(islice(texts, BLOCK)), [])
    results = iter(items)
    with multiprocessing.get_context("fork").Pool(default_workers()) as pool:
        for block in pool.imap(_entities, blocks):
            for findings in block:
                sys.stdout.write(json.dumps({"id": next(results).get("id"),
                                             "findings": findings}) + "\n")
    sys.stdout.flush()
    return 0


if __name__ == "__main__":
    sys.exit(main())
