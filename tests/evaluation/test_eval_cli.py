"""``secondlook eval`` end to end on a slice of the corpus: JSON shape, --record, bad input."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from secondlook.cli import main
from secondlook.evaluation import cli as eval_cli


def test_eval_json_scores_each_pack(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["eval", "--sets", "corpus", "--limit", "30", "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    (result,) = out["results"]
    assert (result["set"], result["system"], result["posts"]) == ("corpus", "secondlook", 30)
    assert set(result["packs"]) == {"phi", "advice", "tone"}
    for score in result["packs"].values():
        assert score["tp"] + score["fp"] + score["fn"] + score["tn"] == 30
    assert result["spans"] is None
    assert 0 <= result["false_alarms"]["flagged"] <= result["false_alarms"]["clean"] <= 30


def test_eval_record_writes_the_baseline(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "baseline.json"
    monkeypatch.setattr(eval_cli, "BASELINE_PATH", target)
    monkeypatch.setattr(eval_cli, "sample", lambda examples, limit: examples[:12])
    assert main(["eval", "--sets", "corpus", "--record"]) == 0
    recorded = json.loads(target.read_text())
    assert recorded["command"] == "secondlook eval --sets corpus --record"
    assert recorded["posts"] == 12
    assert set(recorded["packs"]) == {"phi", "advice", "tone"}
    assert "corpus: Second Look corpus" in capsys.readouterr().out


def test_eval_rejects_unknown_sets_missing_data_and_record_without_corpus(tmp_path: Path) -> None:
    with pytest.raises(SystemExit, match="unknown set"):
        main(["eval", "--sets", "corpus,nope"])
    with pytest.raises(SystemExit, match="no public data"):
        main(["eval", "--sets", "davidson", "--data", str(tmp_path / "absent")])
    with pytest.raises(SystemExit, match="--record needs the corpus"):
        main(["eval", "--sets", "davidson", "--record", "--data", str(tmp_path)])
