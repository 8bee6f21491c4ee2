"""``python -m secondlook.bench.presidio_worker [--model NAME] [--batch]``: Presidio's
AnalyzerEngine (the evaluation's set-up: default recognizers over the same spaCy model) over
``{"id", "text"}`` JSON lines on stdin, one ``{"id", "findings"}`` line out per post, in order, as
``secondlook check --format jsonl`` does. The bench times this whole process.

By default each post goes through ``AnalyzerEngine.analyze``, as Presidio is usually called; with
``--batch`` through ``BatchAnalyzerEngine`` (``nlp.pipe`` batches), Presidio's fastest path."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterator
from typing import Any


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m secondlook.bench.presidio_worker")
    parser.add_argument("--model", help="spaCy model (default: the one Second Look loads)")
    parser.add_argument("--batch", action="store_true", help="BatchAnalyzerEngine (nlp.pipe)")
    args = parser.parse_args(argv)
    try:
        from secondlook.evaluation.presidio import LANGUAGE, presidio_analyzer, presidio_spans
    except ImportError as exc:
        print(f"presidio_worker: {exc}", file=sys.stderr)
        return 3
    engine = presidio_analyzer(args.model)
    ids: list[Any] = []

    def texts() -> Iterator[str]:
        for raw in sys.stdin:
            if raw.strip():
                item = json.loads(raw)
                ids.append(item.get("id"))
                yield item["text"]

    def one_by_one() -> Iterator[list[tuple[int, int, str]]]:
        for text in texts():
            yield [(r.start, r.end, r.entity_type) for r in engine.analyze(text, LANGUAGE)]

    results = presidio_spans(engine, texts()) if args.batch else one_by_one()
    for index, spans in enumerate(results):
        findings = [{"start": s, "end": e, "entity": kind} for s, e, kind in spans]
        sys.stdout.write(json.dumps({"id": ids[index], "findings": findings}) + "\n")
    sys.stdout.flush()
    return 0


if __name__ == "__main__":
    sys.exit(main())
