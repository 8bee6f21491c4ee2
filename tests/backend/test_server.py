"""The real service: `secondlook serve` in its own process, waitress on 127.0.0.1, over HTTP."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
import requests

SECRET_TEXT = "Saw Mrs. Philippa Quorndon (94) from Ardgowan in bed 7 last night"
pytestmark = pytest.mark.slow


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@dataclass
class Running:
    process: subprocess.Popen[str]
    port: int
    home: Path

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def token(self) -> str:
        return (self.home / "token").read_text().strip()

    def auth(self) -> dict[str, str]:
        return {"Authorization": f"Bearer {self.token()}"}

    def stop(self) -> str:
        self.process.send_signal(signal.SIGTERM)
        out, _ = self.process.communicate(timeout=20)
        return out


def start(home: Path, port: int, *options: str) -> Running:
    env = dict(os.environ, SECONDLOOK_HOME=str(home), PYTHONUNBUFFERED="1")
    process = subprocess.Popen(
        [sys.executable, "-m", "secondlook", "serve", "--port", str(port), *options],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            if requests.get(f"http://127.0.0.1:{port}/v1/health", timeout=1).ok:
                return Running(process, port, home)
        except requests.ConnectionError:
            time.sleep(0.2)
        if process.poll() is not None:
            raise RuntimeError(process.communicate()[0])
    process.kill()
    raise RuntimeError("service did not come up in 60 s")


@pytest.fixture
def service(tmp_path: Path) -> Iterator[Running]:
    running = start(tmp_path / "home", free_port())
    yield running
    if running.process.poll() is None:
        running.stop()


def test_the_service_listens_on_loopback_only(service: Running) -> None:
    with socket.socket() as s:
        s.settimeout(1)
        outside = [a for a in _own_addresses() if not a.startswith("127.")]
        for address in outside:
            assert s.connect_ex((address, service.port)) != 0, address


def _own_addresses() -> list[str]:
    try:
        return list(
            {info[4][0] for info in socket.getaddrinfo(socket.gethostname(), None, socket.AF_INET)}
        )
    except socket.gaierror:
        return []


def test_statuses_auth_cors_and_host_over_http(service: Running) -> None:
    url, auth = service.url, service.auth()
    assert requests.post(f"{url}/v1/check", json={"text": "hi"}).status_code == 401
    ok = requests.post(
        f"{url}/v1/check", json={"text": "In your case, double the dose"}, headers=auth
    )
    assert ok.status_code == 200
    assert [f["text"] for f in ok.json()["findings"] if f["rule"] == "advice.in-your-case"] == [
        "In your case"
    ]
    assert (
        requests.post(
            f"{url}/v1/check", data="{", headers={**auth, "Content-Type": "application/json"}
        ).status_code
        == 400
    )
    assert (
        requests.post(
            f"{url}/v1/check", data="hello", headers={**auth, "Content-Type": "text/plain"}
        ).status_code
        == 415
    )
    too_big = requests.post(f"{url}/v1/check", json={"text": "a" * 400_000}, headers=auth)
    assert too_big.status_code == 413
    assert requests.get(f"{url}/v1/nowhere", headers=auth).json()["error"]["code"] == "not_found"
    assert requests.delete(f"{url}/v1/check", headers=auth).status_code == 405
    rebinding = requests.get(
        f"{url}/v1/health", headers={"Host": f"attacker.example:{service.port}"}
    )
    assert rebinding.status_code == 403 and rebinding.json()["error"]["code"] == "bad_host"
    page = requests.post(
        f"{url}/v1/check",
        json={"text": "x"},
        headers={**auth, "Origin": "https://attacker.example"},
    )
    assert page.status_code == 403 and "Access-Control-Allow-Origin" not in page.headers
    ext = "chrome-extension://abcdefghijklmnopabcdefghijklmnop"
    preflight = requests.options(
        f"{url}/v1/check",
        headers={
            "Origin": ext,
            "Access-Control-Request-Method": "POST",
            "Access-Control-Request-Headers": "authorization,content-type",
        },
    )
    assert preflight.status_code == 200
    assert preflight.headers["Access-Control-Allow-Origin"] == ext


def test_settings_persist_across_a_restart_and_text_never_reaches_logs_or_disk(
    tmp_path: Path,
) -> None:
    home, port = tmp_path / "home", free_port()
    first = start(home, port)
    token = first.token()
    requests.put(f"{first.url}/v1/packs/tone", json={"enabled": False}, headers=first.auth())
    for _ in range(30):
        checked = requests.post(
            f"{first.url}/v1/check", json={"text": SECRET_TEXT}, headers=first.auth()
        )
        assert checked.status_code == 200
    log_one = first.stop()
    second = start(home, port)
    assert second.token() == token
    packs = requests.get(f"{second.url}/v1/packs", headers=second.auth()).json()["packs"]
    assert {p["id"]: p["enabled"] for p in packs}["tone"] is False
    log_two = second.stop()
    assert "listening on http://127.0.0.1" in log_one
    for word in ("Quorndon", "Ardgowan", "Philippa"):
        assert word not in log_one + log_two
        for path in home.rglob("*"):
            assert word not in path.read_text(errors="replace"), path
    assert oct((home / "token").stat().st_mode & 0o777) == "0o600"


def children(pid: int) -> list[int]:
    return [int(c) for f in Path(f"/proc/{pid}/task").glob("*/children")
            for c in f.read_text().split()]


def gone(pid: int, timeout: float = 10.0) -> bool:
    """True once ``pid`` has exited (a worker whose service died is reaped by init, or by the
    spawner)."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
        except FileNotFoundError:
            return True
        if state == "Z":
            return True
        time.sleep(0.05)
    return False


@pytest.mark.skipif(sys.platform != "linux", reason="workers are forked on Linux only")
def test_workers_answer_checks_are_replaced_and_never_outlive_the_service(
    tmp_path: Path,
) -> None:
    running = start(tmp_path / "home", free_port(), "--workers", "2")
    try:
        [spawner] = children(running.process.pid)  # the workers are its children
        workers = children(spawner)
        assert len(workers) == 2
        assert requests.get(f"{running.url}/v1/health").json()["workers"] == 2
        checked = requests.post(
            f"{running.url}/v1/check", json={"text": SECRET_TEXT}, headers=running.auth()
        ).json()
        assert [(f["rule"], f["text"], f["severity"]) for f in checked["findings"]] == [
            ("phi.name", "Mrs. Philippa Quorndon", "critical"),
            ("phi.combination", "94", "critical"),
            ("phi.combination", "Ardgowan", "critical"),
            ("phi.combination", "bed 7", "critical"),
            ("phi.combination", "last night", "critical"),
        ]
        os.kill(workers[0], signal.SIGKILL)
        assert gone(workers[0])
        again = requests.post(
            f"{running.url}/v1/check", json={"text": SECRET_TEXT}, headers=running.auth()
        ).json()
        assert again["findings"] == checked["findings"]
        assert requests.get(f"{running.url}/v1/health").json()["workers"] == 2
        now = children(spawner)
        assert len(now) == 2 and workers[0] not in now and workers[1] in now
        helpers = [helper for worker in now for helper in children(worker)]
        assert len(helpers) == 2  # one entity helper each
        for helper in helpers:
            os.kill(helper, signal.SIGKILL)
        assert all(gone(helper) for helper in helpers)
        for edit in (" (edited)", " (edited twice)"):  # the same worker: the same opening
            edited = requests.post(
                f"{running.url}/v1/check", json={"text": SECRET_TEXT + edit},
                headers=running.auth(),
            ).json()
            assert edited["findings"] == checked["findings"]
        fresh = [pid for worker in now for pid in children(worker) if pid not in helpers]
        assert len(fresh) == 1 and not gone(fresh[0], timeout=0.2)  # by the worker that answered
    finally:
        running.process.kill()  # no clean-up at all: the spawner and the workers must still end
        running.process.communicate()
    assert gone(spawner)
    assert [pid for pid in now + fresh if not gone(pid)] == []
