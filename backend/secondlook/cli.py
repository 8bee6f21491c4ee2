"""``secondlook``: serve, token, check, and the commands other parts add (tray, eval)."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterable, Iterator, Sequence
from typing import IO, Any

from secondlook import DEFAULT_PORT, __version__

COLOURS = {"critical": "\033[1;31m", "warning": "\033[33m", "info": "\033[36m"}
RESET = "\033[0m"


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "run", None):
        parser.print_help()
        return 2
    return int(args.run(args) or 0)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="secondlook", description="A second pair of eyes before clinicians post."
    )
    parser.add_argument("--version", action="version", version=f"secondlook {__version__}")
    sub = parser.add_subparsers(metavar="COMMAND")

    serve = sub.add_parser("serve", help="run the local service on 127.0.0.1")
    serve.add_argument("--port", type=int, default=DEFAULT_PORT)
    serve.add_argument("--workers", type=int, default=None,
                       help="analysis processes (default: 2 with two cores or more; 0: none)")
    serve.set_defaults(run=run_serve)

    token = sub.add_parser("token", help="print the pairing token for the extension")
    token.set_defaults(run=run_token)

    check = sub.add_parser("check", help="check text from a file or stdin")
    check.add_argument("file", nargs="?", default="-", help="a file, or - for stdin (default)")
    check.add_argument("--format", choices=("text", "json", "jsonl"), default="text")
    check.add_argument("--packs", help="comma-separated pack ids (default: the enabled packs)")
    check.add_argument("--color", choices=("auto", "always", "never"), default="auto")
    check.add_argument("--workers", type=int, default=None,
                       help="processes for --format jsonl (default: one per CPU; 1: no others)")
    check.set_defaults(run=run_check)

    for register in _extensions():
        register(sub)
    return parser


def _extensions() -> Iterator[Any]:
    """Commands that live with their feature (tray, eval, bench) add themselves here."""
    import importlib

    modules = ("secondlook.tray.cli", "secondlook.evaluation.cli", "secondlook.evaluation.train",
               "secondlook.bench")
    for module in modules:
        try:
            mod = importlib.import_module(module)
        except ImportError:
            continue
        register = getattr(mod, "register", None)
        if register is not None:
            yield register


def run_serve(args: argparse.Namespace) -> int:
    from secondlook.server import serve

    return serve(args.port, workers=args.workers)


def run_token(args: argparse.Namespace) -> int:
    from secondlook.store import read_token

    print(read_token())
    return 0


def _analyzer_and_settings(packs_arg: str | None) -> tuple[Any, list[str], Any]:
    from secondlook.engine import Analyzer
    from secondlook.rules import load_packs
    from secondlook.store import SettingsStore

    packs = load_packs()
    store = SettingsStore(
        known_packs={p.id: p.default_enabled for p in packs.values()},
        known_rules={r.id for p in packs.values() for r in p.rules},
    )
    enabled = store.enabled_packs()
    chosen = enabled
    if packs_arg:
        requested = [p.strip() for p in packs_arg.split(",") if p.strip()]
        unknown = [p for p in requested if p not in packs]
        if unknown:
            raise SystemExit(f"secondlook: unknown pack(s): {', '.join(unknown)}")
        off = [p for p in requested if p not in enabled]
        if off:
            print(
                f"secondlook: switched off in settings, skipped: {', '.join(off)}", file=sys.stderr
            )
        chosen = [p for p in requested if p in enabled]
    analyzer = Analyzer(packs, model=store.snapshot()["model"])
    return analyzer, chosen, store.analysis_settings()


def run_check(args: argparse.Namespace) -> int:
    analyzer, packs, settings = _analyzer_and_settings(args.packs)
    stream = sys.stdin if args.file == "-" else open(args.file, encoding="utf-8")  # noqa: SIM115
    with stream:
        if args.format == "jsonl":
            return check_jsonl(stream, sys.stdout, analyzer, packs, settings, workers=args.workers)
        text = stream.read()
    findings = analyzer.analyze(text, packs=packs, settings=settings)
    name = "<stdin>" if args.file == "-" else args.file
    if args.format == "json":
        json.dump(
            {"file": name, "findings": [f.to_dict() for f in findings]},
            sys.stdout,
            ensure_ascii=False,
            indent=2,
        )
        print()
    else:
        colour = args.color == "always" or (args.color == "auto" and sys.stdout.isatty())
        for line in lint_lines(name, text, findings, colour=colour):
            print(line)
    return 1 if any(f.severity in ("warning", "critical") for f in findings) else 0


def lint_lines(name: str, text: str, findings: Iterable[Any], *, colour: bool) -> Iterator[str]:
    """``file:line:col severity pack/rule message``, 1-based line and column (code points)."""
    for f in findings:
        line = text.count("\n", 0, f.start) + 1
        col = f.start - (text.rfind("\n", 0, f.start) + 1) + 1
        severity = f"{COLOURS[f.severity]}{f.severity}{RESET}" if colour else f.severity
        yield f"{name}:{line}:{col} {severity} {f.rule} {f.message}"


def check_jsonl(
    source: IO[str], out: IO[str], analyzer: Any, packs: list[str], settings: Any,
    *, workers: int | None = 1,
) -> int:
    """One ``{"id", "text"}`` per input line -> one ``{"id", "findings"}`` per output line, in
    order, streamed a batch at a time through ``nlp.pipe``; a long input is shared among
    ``workers`` processes (None: one per CPU)."""
    from secondlook.engine.parallel import analyze_in_processes

    ids: list[Any] = []
    errors: dict[int, str] = {}

    def texts() -> Iterator[str]:
        for number, raw in enumerate(source, 1):
            if not raw.strip():
                continue
            item: Any = None
            try:
                item = json.loads(raw)
                text = item["text"]
                if not isinstance(text, str):
                    raise TypeError("text is not a string")
                ids.append(item.get("id"))
            except (ValueError, KeyError, TypeError) as exc:
                ids.append(item.get("id") if isinstance(item, dict) else None)
                errors[len(ids) - 1] = f"line {number}: {type(exc).__name__}: expected {{id, text}}"
                text = ""
            yield text

    worst = 0
    for index, findings in enumerate(
        analyze_in_processes(analyzer, texts(), packs=packs, settings=settings, workers=workers)
    ):
        record: dict[str, Any] = {"id": ids[index]}
        if index in errors:
            record["error"] = errors[index]
            worst = max(worst, 2)
        else:
            record["findings"] = [f.to_dict() for f in findings]
            if any(f.severity in ("warning", "critical") for f in findings):
                worst = max(worst, 1)
        out.write(json.dumps(record, ensure_ascii=False) + "\n")
        out.flush()
    return worst


if __name__ == "__main__":
    sys.exit(main())
