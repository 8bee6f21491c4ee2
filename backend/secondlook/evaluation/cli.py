"""``secondlook eval``: score the packs on our corpus and the public sets, beside Presidio.

    secondlook eval [--data DIR] [--sets corpus,nursing,...] [--limit N] [--compare presidio]
                    [--json] [--misses] [--rules-only] [--record]

Progress goes to stderr; the table (or JSON) to stdout. Only counts and example ids are printed,
never the text of an example.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from pathlib import Path
from typing import Any

from secondlook.evaluation.datasets import (
    CORPUS_PATH,
    DEFAULT_DATA_DIR,
    PUBLIC_LOADERS,
    REPO_ROOT,
    SET_NAMES,
    load_sets,
)
from secondlook.evaluation.run import (
    SetResult,
    evaluate_presidio,
    evaluate_secondlook,
    sample,
    stderr_progress,
)

BASELINE_PATH = REPO_ROOT / "tests" / "corpus" / "baseline.json"
RECORD_COMMAND = "secondlook eval --sets corpus --record"


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "eval", help="score the packs on labeled data (our corpus and the public sets)",
        description="Precision, recall and F1 per pack and the false-alarm rate on clean posts, "
                    "per set; PHI span scores where gold spans exist.")
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA_DIR,
                        help=f"folder of the public sets (default: {DEFAULT_DATA_DIR})")
    parser.add_argument("--sets", help="comma-separated sets (default: every one present: "
                                       f"{', '.join(SET_NAMES)})")
    parser.add_argument("--corpus", type=Path, default=CORPUS_PATH,
                        help="score this posts.jsonl as the corpus set (default: ours); any "
                             "file in the format of tests/corpus/README.md, e.g. a held-out set")
    parser.add_argument("--limit", type=int, help="at most N examples per set, spread evenly")
    parser.add_argument("--compare", choices=("presidio",),
                        help="also run Presidio on the PHI sets, same spaCy model, same run")
    parser.add_argument("--json", action="store_true", help="print JSON instead of tables")
    parser.add_argument("--markdown", action="store_true",
                        help="print one Markdown table (for the README) instead of tables")
    parser.add_argument("--misses", action="store_true",
                        help="list the missed and falsely flagged examples per pack")
    parser.add_argument("--rules-only", action="store_true",
                        help="without the learned rules (phi/advice/tone.learned); our corpus is "
                             "always scored so, as the learned model trained on it")
    parser.add_argument("--record", action="store_true",
                        help="write the corpus figures to tests/corpus/baseline.json")
    parser.set_defaults(run=run_eval)


def run_eval(args: argparse.Namespace) -> int:
    names = _chosen_sets(args.sets, args.data)
    if args.record and "corpus" not in names:
        raise SystemExit("secondlook eval: --record needs the corpus set")
    if args.record and (args.limit or args.corpus != CORPUS_PATH):
        raise SystemExit("secondlook eval: --record scores our whole corpus; drop --limit "
                         "and --corpus")

    from secondlook.engine import Analyzer
    from secondlook.rules import load_packs

    analyzer = Analyzer(load_packs())
    presidio = None
    if args.compare == "presidio":
        from secondlook.evaluation.presidio import presidio_analyzer

        presidio = presidio_analyzer(analyzer.info.model)

    results: list[SetResult] = []
    texts: dict[tuple[str, str], str] = {}
    for evalset in load_sets(names, args.data, args.corpus):
        examples = sample(evalset.examples, args.limit)
        if args.misses:
            texts.update({(evalset.name, e.id): e.text for e in examples})
        label = f"{evalset.name} secondlook"
        results.append(evaluate_secondlook(analyzer, evalset, examples,
                                           stderr_progress(label, len(examples)),
                                           rules_only=args.rules_only))
        if presidio is not None and evalset.presidio:
            results.append(evaluate_presidio(presidio, evalset, examples,
                                             stderr_progress(f"{evalset.name} presidio",
                                                             len(examples))))
    engine = {"model": analyzer.info.model, "version": analyzer.info.version,
              "degraded": analyzer.info.degraded}
    if args.json:
        json.dump({"engine": engine, "date": _today(), "results": [r.to_dict() for r in results]},
                  sys.stdout, indent=2)
        print()
    else:
        print(f"secondlook eval, {_today()}, spaCy model {engine['model']} {engine['version']}")
        for line in markdown(results) if args.markdown else table(results):
            print(line)
    if args.misses:
        print_misses(results, texts, sys.stderr if args.json else sys.stdout)
    if args.record:
        corpus = next(r for r in results if r.set == "corpus" and r.system == "secondlook")
        record_baseline(corpus, BASELINE_PATH)
        print(f"recorded {BASELINE_PATH}", file=sys.stderr)
    return 0


def _chosen_sets(requested: str | None, data: Path) -> list[str]:
    if requested:
        names = [n.strip() for n in requested.split(",") if n.strip()]
        unknown = [n for n in names if n not in SET_NAMES]
        if unknown:
            raise SystemExit(f"secondlook eval: unknown set(s) {', '.join(unknown)}; "
                             f"known: {', '.join(SET_NAMES)}")
        if any(n in PUBLIC_LOADERS for n in names) and not data.is_dir():
            raise SystemExit(f"secondlook eval: no public data at {data} (see --data)")
        return names
    if not data.is_dir():
        print(f"no public data at {data}: scoring the corpus only", file=sys.stderr)
        return ["corpus"]
    return list(SET_NAMES)


def _today() -> str:
    return dt.datetime.now(dt.timezone.utc).date().isoformat()


def _fmt(value: float | None, percent: bool = False) -> str:
    if value is None:
        return "-"
    return f"{value:.1%}" if percent else f"{value:.3f}"


def table(results: list[SetResult]) -> list[str]:
    """One block per set: a row per system and pack, then false alarms and span scores."""
    header = (f"{'system':<11} {'pack':<7} {'P':>6} {'R':>6} {'F1':>6} {'tp':>5} {'fp':>5} "
              f"{'fn':>5} {'false alarms':>18} {'span R':>7} {'span P':>7}")
    lines: list[str] = []
    current = None
    for r in results:
        if r.set != current:
            current = r.set
            lines += ["", f"{r.set}: {r.title}, {r.posts} posts", header]
        alarms = f"{r.false_alarms.flagged}/{r.false_alarms.clean} " \
                 f"{_fmt(r.false_alarms.rate, percent=True)}"
        for pack, s in r.packs.items():
            span_r = _fmt(r.spans.recall) if r.spans and pack == "phi" else ""
            span_p = _fmt(r.spans.precision) if r.spans and pack == "phi" else ""
            lines.append(f"{r.system:<11} {pack:<7} {_fmt(s.precision):>6} {_fmt(s.recall):>6} "
                         f"{_fmt(s.f1):>6} {s.tp:>5} {s.fp:>5} {s.fn:>5} {alarms:>18} "
                         f"{span_r:>7} {span_p:>7}")
            alarms = ""
    return lines


def print_misses(results: list[SetResult], texts: dict[tuple[str, str], str], out: Any) -> None:
    """For error analysis: every post a pack got wrong, with the start of its text. This is
    evaluation data (ours or public), never a user's post."""
    for r in results:
        for pack, wrong in r.misses.items():
            print(f"\n{r.set} {r.system} {pack}: {len(wrong)} wrong", file=out)
            for example_id, kind in wrong:
                text = " ".join(texts[(r.set, example_id)].split())
                print(f"  {kind:<11} {example_id:<14} {text[:160]}", file=out)


def markdown(results: list[SetResult]) -> list[str]:
    """The same figures as :func:`table`, as one Markdown table."""
    lines = ["",
             "| set | posts | system | pack | precision | recall | F1 | false alarms "
             "| span recall | span precision |",
             "|---|---:|---|---|---:|---:|---:|---:|---:|---:|"]
    for r in results:
        alarms = _fmt(r.false_alarms.rate, percent=True)
        for pack, s in r.packs.items():
            spans = r.spans if r.spans and pack == "phi" else None
            lines.append(
                f"| {r.set} | {r.posts} | {r.system} | {pack} | {_fmt(s.precision)} "
                f"| {_fmt(s.recall)} | {_fmt(s.f1)} | {alarms} "
                f"| {_fmt(spans.recall) if spans else ''} "
                f"| {_fmt(spans.precision) if spans else ''} |")
            alarms = ""
    return lines


def record_baseline(result: SetResult, path: Path) -> None:
    """The corpus figures the quality test holds the packs to."""
    data = {
        "command": RECORD_COMMAND,
        "date": _today(),
        "posts": result.posts,
        "packs": {pack: {"precision": s.precision, "recall": s.recall, "f1": s.f1}
                  for pack, s in result.packs.items()},
        "false_alarm_rate": result.false_alarms.rate,
    }
    path.write_text(json.dumps(data, indent=2) + "\n", encoding="utf-8")
