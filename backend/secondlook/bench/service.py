"""The service under test: ``secondlook serve`` in its own process on a free loopback port, and a
keep-alive HTTP client for it, as the extension's background worker would hold one."""

from __future__ import annotations

import http.client
import json
import os
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

HOST = "127.0.0.1"
PROBE = "Second Look is starting: is this post ready to go?"


class ServiceError(RuntimeError):
    """The service did not start, or stopped answering."""


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind((HOST, 0))
        return int(sock.getsockname()[1])


class Client:
    """One keep-alive connection to the service; reconnects when the service closed it."""

    def __init__(self, port: int, token: str, timeout: float = 30.0) -> None:
        self.port = port
        self.headers = {"Authorization": f"Bearer {token}", "Content-Type": "application/json"}
        self.timeout = timeout
        self._conn: http.client.HTTPConnection | None = None

    def request(self, method: str, path: str, body: Any = None) -> tuple[int, Any]:
        data = None if body is None else json.dumps(body).encode()
        for attempt in (1, 2):
            if self._conn is None:
                self._conn = http.client.HTTPConnection(HOST, self.port, timeout=self.timeout)
            try:
                self._conn.request(method, path, body=data, headers=self.headers)
                response = self._conn.getresponse()
                raw = response.read()
            except (ConnectionError, http.client.HTTPException):
                self.close()
                if attempt == 2:
                    raise
                continue
            if response.getheader("Connection", "").lower() == "close":
                self.close()
            return response.status, json.loads(raw) if raw else None
        raise AssertionError("unreachable")

    def check(self, text: str) -> tuple[float, int, Any]:
        """(seconds from sending the request to reading the whole response, status, body)."""
        started = time.perf_counter()
        status, payload = self.request("POST", "/v1/check", {"text": text})
        return time.perf_counter() - started, status, payload

    def close(self) -> None:
        if self._conn is not None:
            self._conn.close()
            self._conn = None


class ServiceProcess:
    """``python -m secondlook serve --port N`` with a fresh ``SECONDLOOK_HOME`` of its own."""

    def __init__(self, workers: int | None = None) -> None:
        self.workers = workers  # the service's --workers (None: its default)
        self._home = tempfile.TemporaryDirectory(prefix="secondlook-bench-")
        self.home = Path(self._home.name)
        self.log = self.home / "service.log"
        self.port = free_port()
        self.token = ""
        self.process: subprocess.Popen[bytes] | None = None

    def start(self, timeout: float = 120.0) -> dict[str, Any]:
        """Start the service and wait for its first successful check. Returns the cold start:
        seconds from process start until it accepted a connection and until the first check
        answered with the full model (or for good without it, when no model is installed)."""
        from secondlook.store import read_token

        self.token = read_token(self.home)  # the service reads the same file
        env = dict(os.environ, SECONDLOOK_HOME=str(self.home))
        started = time.perf_counter()
        with open(self.log, "wb") as log:  # the service never logs post text
            self.process = subprocess.Popen(
                [sys.executable, "-m", "secondlook", "serve", "--port", str(self.port),
                 *(() if self.workers is None else ("--workers", str(self.workers)))],
                env=env, stdout=subprocess.DEVNULL, stderr=log,
            )
        client = Client(self.port, self.token, timeout=timeout)
        listening = None
        try:
            while time.perf_counter() - started < timeout:
                if self.process.poll() is not None:
                    raise ServiceError(f"the service exited with {self.process.returncode}: "
                                       + self.log.read_text(errors="replace")[-2000:])
                try:
                    _, status, payload = client.check(PROBE)
                except (ConnectionError, http.client.HTTPException, OSError):
                    time.sleep(0.005)
                    continue
                listening = listening or time.perf_counter() - started
                if status == 200 and not (payload["engine"]["degraded"] and self._loading()):
                    return {"first_check_s": round(time.perf_counter() - started, 3),
                            "listening_s": round(listening, 3),
                            "degraded": payload["engine"]["degraded"],
                            "model": payload["engine"]["model"]}
                time.sleep(0.005)
        finally:
            client.close()
        raise ServiceError(f"no successful check within {timeout:.0f} s")

    def _loading(self) -> bool:
        """True while the service says its model is still loading (it may answer degraded)."""
        client = Client(self.port, self.token)
        try:
            _, health = client.request("GET", "/v1/health")
        finally:
            client.close()
        return any("loading" in w for w in health.get("warnings", []))

    def client(self) -> Client:
        return Client(self.port, self.token)

    def memory_kb(self) -> dict[str, int | None]:
        """The service's memory from /proc (Linux), in kB: the main process's current (VmRSS) and
        peak (VmHWM) resident memory; ``Pss``, the memory of the main process, the spawner and
        the analysis workers together, each shared page counted once (split between the processes
        sharing it); and ``RssSum``, their resident memory summed, which counts the model once per
        process though it is in memory once."""
        values: dict[str, int | None] = {"VmRSS": None, "VmHWM": None, "Pss": None,
                                         "RssSum": None}
        if self.process is None:
            return values
        values.update(_proc_fields(f"/proc/{self.process.pid}/status", ("VmRSS", "VmHWM")))
        rollups = [_proc_fields(f"/proc/{pid}/smaps_rollup", ("Pss", "Rss"))
                   for pid in (self.process.pid, *_descendants(self.process.pid))]
        for key, total in (("Pss", "Pss"), ("Rss", "RssSum")):
            kb = [r[key] for r in rollups]
            values[total] = None if None in kb else sum(k for k in kb if k is not None)
        return values

    def workers_running(self) -> int | None:
        """How many analysis workers the service says it runs (None if it does not answer)."""
        client = Client(self.port, self.token)
        try:
            _, health = client.request("GET", "/v1/health")
        except OSError:
            return None
        finally:
            client.close()
        return health.get("workers")

    def stop(self) -> None:
        if self.process is not None and self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        self._home.cleanup()

    def __enter__(self) -> ServiceProcess:
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()


def _proc_fields(path: str, keys: tuple[str, ...]) -> dict[str, int | None]:
    """``key: N kB`` lines of a /proc file, as numbers (None when missing or unreadable)."""
    values: dict[str, int | None] = dict.fromkeys(keys)
    try:
        text = Path(path).read_text()
    except OSError:
        return values
    for line in text.splitlines():
        key, _, rest = line.partition(":")
        if key in values:
            values[key] = int(rest.split()[0])
    return values


def _descendants(pid: int) -> list[int]:
    """The process ids of ``pid``'s children and theirs (the spawner and the analysis workers it
    forked), from /proc (Linux)."""
    found = []
    for tasks in Path(f"/proc/{pid}/task").glob("*/children"):
        try:
            children = [int(c) for c in tasks.read_text().split()]
        except OSError:
            continue
        for child in children:
            found += [child, *_descendants(child)]
    return found
