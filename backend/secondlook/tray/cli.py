"""``secondlook tray [--port N]``: the tray icon with the local service, or, when a tray already
runs, the settings window of that one."""

from __future__ import annotations

import argparse
from typing import Any

from secondlook import DEFAULT_PORT


def register(subparsers: Any) -> None:
    tray = subparsers.add_parser(
        "tray", help="run the local service with a system tray icon and a settings window")
    tray.add_argument("--port", type=int, default=DEFAULT_PORT)
    tray.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from secondlook.tray.app import run_tray

    return run_tray(args.port)
