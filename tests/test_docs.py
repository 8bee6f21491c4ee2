"""The README and DEVELOPERS.md still describe the code."""

from __future__ import annotations

import re
from pathlib import Path

from secondlook import DEFAULT_PORT, MAX_TEXT_CHARS
from secondlook.api.openapi import document
from secondlook.cli import build_parser

ROOT = Path(__file__).resolve().parents[1]
README = (ROOT / "README.md").read_text()


def test_readme_gives_the_two_commands_and_the_port() -> None:
    assert "python3 build.py serve" in README and "python3 build.py test" in README
    assert f"127.0.0.1:{DEFAULT_PORT}" in README
    assert f"{MAX_TEXT_CHARS:,}" in README


def test_readme_lists_every_endpoint() -> None:
    for path, operations in document(DEFAULT_PORT)["paths"].items():
        readme_path = path.replace("{pack_id}", "<id>")
        for method in operations:
            pattern = (
                rf"`{method.upper()}[^`]* {re.escape(readme_path)}`|"
                rf"`[A-Z/]*{method.upper()}[A-Z/`]*[^`]* {re.escape(readme_path)}`"
            )
            assert re.search(pattern, README), f"README does not list {method.upper()} {path}"


def test_readme_cli_commands_exist() -> None:
    commands = set(build_parser()._subparsers._group_actions[0].choices)  # type: ignore[union-attr]
    for name in re.findall(r"secondlook (\w+)", README):
        assert name in commands, name
