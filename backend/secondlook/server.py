"""Serve the app with waitress on 127.0.0.1 only."""

from __future__ import annotations

import logging
import signal
import sys
from typing import Any

from waitress.server import create_server

from secondlook import DEFAULT_PORT, MAX_BODY_BYTES, create_app
from secondlook.engine.nlp import settle_heap

HOST = "127.0.0.1"  # never configurable: the service is a door into the user's machine
log = logging.getLogger("secondlook")


def make_server(port: int = DEFAULT_PORT, config: dict[str, Any] | None = None) -> Any:
    """A waitress server bound to 127.0.0.1:port, not yet running (``.run()``, ``.close()``)."""
    app = create_app({"PORT": port, **(config or {})})
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


def serve(port: int = DEFAULT_PORT, config: dict[str, Any] | None = None) -> int:
    """Run in the foreground until SIGINT/SIGTERM; flush counters on the way out."""
    try:
        server = make_server(port, config)
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
    print(f"Second Look listening on http://{HOST}:{port}  model: {model}", flush=True)
    try:
        server.run()
    except (KeyboardInterrupt, SystemExit):
        pass
    finally:
        svc.stats.flush()
        server.close()
    return 0
