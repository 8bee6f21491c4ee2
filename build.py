#!/usr/bin/env python3
"""The one entry point for Second Look. Standard library only.

    python3 build.py setup     create .venv (unless a virtualenv is active), install the package
                               with its runtime, tray, test and lint dependencies, build the
                               extension into dist/ (idempotent: skips what is up to date)
    python3 build.py serve     setup, then run the local service in the foreground
    python3 build.py tray      setup, then run the tray app
    python3 build.py test      setup, then the whole test suite
    python3 build.py lint      ruff and mypy
    python3 build.py bench     the speed benchmark (bench/results.json)
    python3 build.py package   the extension's zip packages in dist/
"""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent
EXTRAS = "tray,test,lint,compare"


# -- environment ------------------------------------------------------------------------------


def venv_dir() -> Path:
    active = os.environ.get("VIRTUAL_ENV")
    return Path(active) if active else ROOT / ".venv"


def venv_bin(name: str) -> Path:
    return venv_dir() / ("Scripts" if os.name == "nt" else "bin") / name


def run(*cmd: object, env: dict[str, str] | None = None, check: bool = True, cwd: Path = ROOT) -> int:
    printable = " ".join(str(c) for c in cmd)
    print(f"+ {printable}", flush=True)
    result = subprocess.run([str(c) for c in cmd], cwd=cwd, env=env)
    if check and result.returncode != 0:
        sys.exit(result.returncode)
    return result.returncode


def _stamp(path: Path, *inputs: Path) -> tuple[Path, str]:
    digest = hashlib.sha256()
    for item in inputs:
        digest.update(item.read_bytes() if item.exists() else b"-")
    return path, digest.hexdigest()


def _fresh(stamp: tuple[Path, str]) -> bool:
    path, digest = stamp
    return path.exists() and path.read_text().strip() == digest


def _mark(stamp: tuple[Path, str]) -> None:
    path, digest = stamp
    path.write_text(digest + "\n")


def setup_python() -> None:
    if not venv_bin("python").exists():
        run(sys.executable, "-m", "venv", venv_dir())
    stamp = _stamp(venv_dir() / ".secondlook-installed", ROOT / "pyproject.toml")
    if _fresh(stamp):
        return
    run(venv_bin("python"), "-m", "pip", "install", "--upgrade", "--quiet", "pip")
    run(venv_bin("python"), "-m", "pip", "install", "--quiet", "-e", f".[{EXTRAS}]")
    _mark(stamp)


def setup() -> None:
    setup_python()
    for step in SETUP_STEPS:
        step()


SETUP_STEPS: list = []  # further set-up (extension build, desktop libraries) registers below


# -- commands ---------------------------------------------------------------------------------


def cmd_setup(args: list[str]) -> int:
    setup()
    return 0


def cmd_serve(args: list[str]) -> int:
    setup()
    return run(venv_bin("secondlook"), "serve", *args, check=False)


def cmd_tray(args: list[str]) -> int:
    setup()
    return run(venv_bin("secondlook"), "tray", *args, check=False)


def cmd_test(args: list[str]) -> int:
    setup()
    failed = 0
    for suite in TEST_SUITES:
        failed |= suite(args)
    return 1 if failed else 0


def pytest_suite(args: list[str]) -> int:
    env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"))
    return run(venv_bin("python"), "-m", "pytest", *args, env=env, check=False)


TEST_SUITES: list = [pytest_suite]


def cmd_lint(args: list[str]) -> int:
    setup_python()
    status = run(venv_bin("ruff"), "check", "backend", "tests", "build.py", check=False)
    status |= run(venv_bin("mypy"), check=False)
    return 1 if status else 0


COMMANDS = {
    "setup": cmd_setup,
    "serve": cmd_serve,
    "tray": cmd_tray,
    "test": cmd_test,
    "lint": cmd_lint,
}


def main(argv: list[str]) -> int:
    if not argv or argv[0] not in COMMANDS:
        print(__doc__)
        return 2
    return COMMANDS[argv[0]](argv[1:])


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
