"""Large jsonl batches over several processes give exactly the one-process findings, in order."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from secondlook.bench.posts import posts
from secondlook.engine import Analyzer
from secondlook.engine.nlp import load_pipeline
from secondlook.engine.parallel import BLOCK, analyze_in_processes

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def texts() -> list[str]:
    # More than two blocks, the last one short; an empty post in the middle.
    mixed = posts(11, BLOCK * 2 + 9, 280)
    mixed[BLOCK + 3] = ""
    return mixed


def test_processes_give_the_same_findings_in_the_same_order(
    analyzer: Analyzer, texts: list[str]
) -> None:
    alone = [[f.to_dict() for f in found] for found in analyzer.analyze_many(texts)]
    shared = [[f.to_dict() for f in found]
              for found in analyze_in_processes(analyzer, texts, workers=2)]
    assert shared == alone
    assert sum(map(len, alone)) > len(texts) // 4  # the posts do have findings to compare
    assert shared[BLOCK + 3] == []


def test_packs_and_one_worker(analyzer: Analyzer, texts: list[str]) -> None:
    only_phi = list(analyze_in_processes(analyzer, texts, packs=["phi"], workers=2))
    assert len(only_phi) == len(texts)
    assert {f.pack for found in only_phi for f in found} == {"phi"}
    one = list(analyze_in_processes(analyzer, texts[:5], workers=1))
    assert [[f.rule for f in found] for found in one] == \
        [[f.rule for f in found] for found in analyzer.analyze_many(texts[:5])]


def test_jsonl_with_workers_streams_the_same_lines(tmp_path: Path, texts: list[str]) -> None:
    lines = "".join(json.dumps({"id": f"p{i}", "text": t}) + "\n" for i, t in enumerate(texts))
    lines += "not json\n"

    def run(workers: int) -> list[str]:
        done = subprocess.run(
            [sys.executable, "-m", "secondlook", "check", "--format", "jsonl",
             "--workers", str(workers)],
            input=lines, capture_output=True, text=True, timeout=600,
            env=dict(os.environ, SECONDLOOK_HOME=str(tmp_path)),
        )
        assert done.returncode == 2, done.stderr[-2000:]  # the bad line is reported, not fatal
        return done.stdout.splitlines()

    one, two = run(1), run(2)
    assert two == one
    assert [json.loads(line)["id"] for line in two[:-1]] == [f"p{i}" for i in range(len(texts))]
    assert "error" in json.loads(two[-1])


def test_the_model_alone_gives_the_pipelines_entities_in_order(texts: list[str]) -> None:
    """The bench's ceiling (secondlook.bench.model_floor) runs the very pipeline the analyzer
    loads, over every post, in the forked processes, and keeps the order across blocks."""
    lines = "".join(json.dumps({"id": f"p{i}", "text": t}) + "\n" for i, t in enumerate(texts))
    done = subprocess.run([sys.executable, "-m", "secondlook.bench.model_floor"], input=lines,
                          capture_output=True, text=True, timeout=300, check=True)
    out = [json.loads(line) for line in done.stdout.splitlines()]
    assert [item["id"] for item in out] == [f"p{i}" for i in range(len(texts))]
    nlp = load_pipeline().nlp
    for index in (0, BLOCK - 1, BLOCK, BLOCK * 2 + 8):
        expected = [{"start": e.start_char, "end": e.end_char, "entity": e.label_}
                    for e in nlp(texts[index]).ents]
        assert out[index]["findings"] == expected
    assert out[BLOCK + 3]["findings"] == []
    assert sum(len(item["findings"]) for item in out) > len(texts) // 2
