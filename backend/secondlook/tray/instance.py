"""One tray per ``SECONDLOOK_HOME``: the first one holds an OS lock on ``tray.lock`` (released by
the OS even if the tray is killed) and says in ``tray.json`` which port it serves, so a second
``secondlook tray`` can find it and open its settings instead of failing on the port."""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path
from typing import IO, Any

from secondlook.store import atomic_write

LOCK_FILE = "tray.lock"
INFO_FILE = "tray.json"


class InstanceLock:
    def __init__(self, home: Path) -> None:
        self.home = home
        self._handle: IO[bytes] | None = None

    def acquire(self, port: int) -> bool:
        """Take the lock and record ``port``; False when another tray holds it."""
        handle = open(self.home / LOCK_FILE, "a+b")  # noqa: SIM115 - held for the tray's life
        if not _try_lock(handle):
            handle.close()
            return False
        self._handle = handle
        atomic_write(self.home / INFO_FILE, json.dumps({"pid": os.getpid(), "port": port}) + "\n")
        return True

    def holder(self) -> dict[str, Any] | None:
        """What the running tray wrote about itself, if anything readable."""
        try:
            info = json.loads((self.home / INFO_FILE).read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return None
        return info if isinstance(info, dict) and isinstance(info.get("port"), int) else None

    def release(self) -> None:
        if self._handle is None:
            return
        (self.home / INFO_FILE).unlink(missing_ok=True)
        _unlock(self._handle)
        self._handle.close()
        self._handle = None


if sys.platform == "win32":  # pragma: no cover - exercised on Windows only
    import msvcrt

    def _try_lock(handle: IO[bytes]) -> bool:
        try:
            handle.seek(0)
            msvcrt.locking(handle.fileno(), msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True

    def _unlock(handle: IO[bytes]) -> None:
        handle.seek(0)
        msvcrt.locking(handle.fileno(), msvcrt.LK_UNLCK, 1)

else:
    import fcntl

    def _try_lock(handle: IO[bytes]) -> bool:
        try:
            fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            return False
        return True

    def _unlock(handle: IO[bytes]) -> None:
        fcntl.flock(handle.fileno(), fcntl.LOCK_UN)
