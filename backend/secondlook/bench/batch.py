"""Batch throughput: ``secondlook check --format jsonl`` against Presidio's AnalyzerEngine on the
same posts, each a whole process timed from start (imports, model load) to exit; and the spaCy
model alone over them (:mod:`secondlook.bench.model_floor`), the ceiling of any such ratio."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Any


def read_posts(path: Path, limit: int | None = None) -> list[str]:
    """The texts of a JSON list of posts (``full_text`` or ``text`` fields, or plain strings), or
    of a JSON-lines file of ``{"text": ...}``. Read at run time; never copied anywhere."""
    raw = path.read_text(encoding="utf-8")
    try:
        items = json.loads(raw)
    except json.JSONDecodeError:
        items = [json.loads(line) for line in raw.splitlines() if line.strip()]
    texts = [item if isinstance(item, str) else item.get("full_text", item.get("text"))
             for item in items]
    texts = [t for t in texts if isinstance(t, str)]
    return texts[:limit] if limit else texts


def timed_process(command: list[str], texts: list[str], env: dict[str, str]) -> dict[str, Any]:
    """Run ``command`` with the texts as JSON lines on stdin; seconds from start to exit, and how
    many result lines (and error lines) came back."""
    lines = "".join(json.dumps({"id": i, "text": t}, ensure_ascii=False) + "\n"
                    for i, t in enumerate(texts)).encode()
    started = time.perf_counter()
    process = subprocess.Popen(command, env=env, stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                               stderr=subprocess.PIPE)

    def feed() -> None:
        assert process.stdin is not None
        try:
            process.stdin.write(lines)
        except BrokenPipeError:
            pass
        finally:
            process.stdin.close()

    writer = threading.Thread(target=feed, daemon=True)
    writer.start()
    assert process.stdout is not None and process.stderr is not None
    results = errors = 0
    for line in process.stdout:
        results += 1
        errors += "error" in json.loads(line)
    stderr = process.stderr.read().decode(errors="replace")
    code = process.wait()
    seconds = time.perf_counter() - started
    writer.join()
    ok = code in (0, 1) and results == len(texts) and not errors
    return {"ok": ok, "exit_code": code, "seconds": round(seconds, 2), "results": results,
            "errors": errors, "posts_per_s": round(len(texts) / seconds, 1) if ok else None,
            **({} if ok else {"stderr": stderr[-1500:]})}


def throughput(data: Path, model: str | None, workers: int | None,
               limit: int | None = None) -> dict[str, Any]:
    texts = read_posts(data, limit)
    with tempfile.TemporaryDirectory(prefix="secondlook-bench-") as home:
        env = dict(os.environ, SECONDLOOK_HOME=home)
        ours_cmd = [sys.executable, "-m", "secondlook", "check", "--format", "jsonl"]
        if workers is not None:
            ours_cmd += ["--workers", str(workers)]
        ours = timed_process(ours_cmd, texts, env)
        presidio_cmd = [sys.executable, "-m", "secondlook.bench.presidio_worker"]
        if model:
            presidio_cmd += ["--model", model]
        presidio = timed_process(presidio_cmd, texts, env)
        presidio_batch = timed_process([*presidio_cmd, "--batch"], texts, env)
        model_alone = timed_process([sys.executable, "-m", "secondlook.bench.model_floor"],
                                    texts, env)
    return {"posts": len(texts), "data": data.name, "secondlook": ours,
            "presidio": presidio, "presidio_batch": presidio_batch, "model_alone": model_alone,
            "ratio": _ratio(presidio, ours), "ratio_batch": _ratio(presidio_batch, ours),
            "ratio_ceiling": _ratio(presidio, model_alone)}


def _ratio(theirs: dict[str, Any], ours: dict[str, Any]) -> float | None:
    """How many times faster than ``theirs`` (same posts, so the ratio of the times)."""
    if not (ours["ok"] and theirs["ok"]):
        return None
    return round(theirs["seconds"] / ours["seconds"], 2)
