"""The `secondlook` command, run as a real process."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.slow


def secondlook(*args: str, stdin: str = "", home: Path) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, SECONDLOOK_HOME=str(home))
    return subprocess.run(
        [sys.executable, "-m", "secondlook", *args],
        input=stdin,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )


@pytest.fixture
def cli_home(tmp_path: Path) -> Path:
    return tmp_path / "home"


def test_check_text_prints_lint_lines_and_exits_1_on_warnings(
    tmp_path: Path, cli_home: Path
) -> None:
    post = tmp_path / "post.txt"
    post.write_text("Great talk today.\nIn your case I'd stop it. What a f*cking week\n")
    result = secondlook("check", str(post), home=cli_home)
    assert result.returncode == 1
    lines = result.stdout.splitlines()
    assert f"{post}:2:1 warning advice.in-your-case" in "\n".join(lines)
    assert any(line.startswith(f"{post}:2:34 warning tone.profanity") for line in lines)
    assert "\033[" not in result.stdout  # no colour when not a TTY


def test_clean_text_exits_0(cli_home: Path) -> None:
    result = secondlook(
        "check", "-", stdin="Get your flu shot! Clinics open all week.", home=cli_home
    )
    assert result.returncode == 0, result.stdout
    assert result.stdout == ""


def test_check_json_format(cli_home: Path) -> None:
    result = secondlook("check", "--format", "json", "-", stdin="In your case, yes", home=cli_home)
    data = json.loads(result.stdout)
    assert data["file"] == "<stdin>"
    assert [(f["rule"], f["start"], f["end"]) for f in data["findings"]] == [
        ("advice.in-your-case", 0, 12)
    ]


def test_jsonl_streams_one_line_per_input_in_order(cli_home: Path) -> None:
    items = [
        {"id": f"p{i}", "text": t}
        for i, t in enumerate(
            ["Get your flu shot", "f*ck this", "", "In your case no", "plain"] * 30
        )
    ]
    stdin = "\n".join(json.dumps(i) for i in items) + "\nnot json\n"
    result = secondlook("check", "--format", "jsonl", "-", stdin=stdin, home=cli_home)
    out = [json.loads(line) for line in result.stdout.splitlines()]
    assert [o["id"] for o in out] == [i["id"] for i in items] + [None]
    assert [f["rule"] for f in out[1]["findings"]] == ["tone.profanity"]
    assert out[0]["findings"] == [] and out[2]["findings"] == []
    assert "error" in out[-1]
    assert result.returncode == 2


def test_check_honours_pack_settings_in_home(cli_home: Path) -> None:
    cli_home.mkdir(parents=True)
    (cli_home / "settings.json").write_text(json.dumps({"packs": {"tone": False}}))
    result = secondlook(
        "check",
        "--format",
        "jsonl",
        "-",
        stdin=json.dumps({"id": 1, "text": "f*ck, in your case"}),
        home=cli_home,
    )
    findings = json.loads(result.stdout)["findings"]
    assert {f["pack"] for f in findings} == {"advice"}
    only_tone = secondlook("check", "--packs", "tone", "-", stdin="f*ck", home=cli_home)
    assert "switched off in settings" in only_tone.stderr and only_tone.stdout == ""
    unknown = secondlook("check", "--packs", "nope", "-", stdin="x", home=cli_home)
    assert unknown.returncode != 0 and "unknown pack" in unknown.stderr


def test_token_is_stable_and_private(cli_home: Path) -> None:
    first = secondlook("token", home=cli_home).stdout.strip()
    second = secondlook("token", home=cli_home).stdout.strip()
    assert first == second and len(first) >= 32
    assert oct((cli_home / "token").stat().st_mode & 0o777) == "0o600"
