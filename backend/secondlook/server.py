"""Serve the app with waitress on 127.0.0.1 only."""

from __future__ import annotations

import logging
import signal
import sys
import threading
from typing import Any

from waitress import wasyncore
from waitress.server import create_server

from secondlook import DEFAULT_PORT, MAX_BODY_BYTES, create_app
from secondlook.engine.nlp import settle_heap
from secondlook.engine.workers import default_count

HOST = "127.0.0.1"  # never configurable: the service is a door into the user's machine
log = logging.getLogger("secondlook")


def make_server(
    port: int = DEFAULT_PORT, config: dict[str, Any] | None = None, workers: int = 0
) -> Any:
    """A waitress server bound to 127.0.0.1:port, not yet running (``.run()``, ``.close()``),
    analyzing in ``workers`` processes (none: in its own). The workers are forked before the
    port is opened, so that they hold no socket of the service."""
    app = create_app({"PORT": port, **(config or {})})
    app.extensions["secondlook"].start_workers(workers)
    server = create_server(
        app,
        host=HOST,
        port=port,
        threads=4,
        max_request_body_size=MAX_BODY_BYTES,
        ident="secondlook",
        clear_untrusted_proxy_headers=True,
    )
    server.app = app
    return server


def stop_threaded(server: Any, thread: threading.Thread, timeout: float = 10.0) -> None:
    """Stop a server whose ``run()`` loop is in ``thread`` (tests embed it so): every connection
    is closed from inside the loop, which then ends. ``server.close()`` from another thread
    closes the sockets under the ``select()`` the loop waits in (EBADF in the loop's thread)."""
    server.trigger.pull_trigger(lambda: wasyncore.close_all(server._map))
    thread.join(timeout)
    server.task_dispatcher.shutdown()


def serve(
    port: int = DEFAULT_PORT, config: dict[str, Any] | None = None, workers: int | None = None
) -> int:
    """Run in the foreground until SIGINT/SIGTERM; flush counters on the way out. ``workers``:
    analysis processes (default: ``engine.workers.default_count()``; 0: none)."""
    try:
        server = make_server(port, config, default_count() if workers is None else workers)
    except OSError as exc:
        print(f"secondlook: cannot listen on {HOST}:{port}: {exc.strerror}", file=sys.stderr)
        return 2

    def stop(signum: int, frame: Any) -> None:
        server.close()
        raise SystemExit(0)

    signal.signal(signal.SIGTERM, stop)
    settle_heap()
    svc = server.app.extensions["secondlook"]
    info = svc.analyzer.info
    model = info.model or "no model (rules only)"
    pool = f"  workers: {svc.workers.count}" if svc.workers else ""
    print(f"Second Look listening on http://{HOST}:{port}  model: {model}{pool}", flush=True)
    try:
        server.run()
    except (KeyboardInterrupt, SystemExit):
        pass
    finally:
        server.close()
        svc.close()
    return 0
