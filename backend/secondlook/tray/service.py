"""The service as the tray's child process: ``python -m secondlook.tray.service --port N``.

It stops cleanly (counters flushed, port freed) when the tray closes its stdin, which also
happens when the tray dies without cleaning up, or on SIGTERM/SIGINT like ``secondlook serve``."""

from __future__ import annotations

import _thread
import argparse
import os
import sys
import threading
from collections.abc import Sequence

from secondlook import DEFAULT_PORT
from secondlook.server import serve


def stop_when_closed(fd: int) -> threading.Thread:
    """Interrupt the main thread (as Ctrl+C would) once the file ``fd`` reaches end of file.
    It reads the raw descriptor: a daemon thread blocked inside a buffered reader would hold its
    lock while the interpreter shuts down after a signal, which aborts the process."""

    def watch() -> None:
        try:
            while os.read(fd, 1024):
                pass
        except OSError:
            pass
        _thread.interrupt_main()

    thread = threading.Thread(target=watch, name="secondlook-parent-watch", daemon=True)
    thread.start()
    return thread


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m secondlook.tray.service")
    parser.add_argument("--port", type=int, default=DEFAULT_PORT)
    args = parser.parse_args(argv)
    stop_when_closed(sys.stdin.fileno())
    return serve(args.port)


if __name__ == "__main__":
    sys.exit(main())
