"""``secondlook tray`` as a user starts it: from an empty SECONDLOOK_HOME, headless
(QT_QPA_PLATFORM=offscreen, no display, so no icon), the service must answer /v1/health within
10 s; a second ``secondlook tray`` must find it and open its settings instead of failing on the
port; SIGTERM and SIGINT must end it like Quit and free the port."""

from __future__ import annotations

import os
import queue
import select
import shutil
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import IO

import pytest
import requests
from tray_helpers import free_port, port_is_free

START_SECONDS = 10.0


def start_limit() -> float:
    """10 s on a machine with a core to spare; proportionally more while other work keeps every
    core busy (the service's start is spaCy loading, which is CPU-bound)."""
    busy = os.getloadavg()[0] / (os.cpu_count() or 1)
    return START_SECONDS * max(1.0, busy)


def tray_command(port: int) -> list[str]:
    return [sys.executable, "-m", "secondlook", "tray", "--port", str(port)]


def tray_env(home: Path, display: str | None = None) -> dict[str, str]:
    env = {**os.environ, "SECONDLOOK_HOME": str(home), "QT_QPA_PLATFORM": "offscreen"}
    for name in ("PYSTRAY_BACKEND", "DISPLAY", "WAYLAND_DISPLAY"):
        env.pop(name, None)
    if display:
        env["DISPLAY"] = display
    return env


def lines_of(stream: IO[str]) -> queue.Queue[str]:
    found: queue.Queue[str] = queue.Queue()

    def read() -> None:
        for line in stream:
            found.put(line.rstrip("\n"))

    threading.Thread(target=read, daemon=True).start()
    return found


def wait_for_line(lines: queue.Queue[str], needle: str, timeout: float) -> str:
    deadline = time.monotonic() + timeout
    seen = []
    while time.monotonic() < deadline:
        try:
            line = lines.get(timeout=deadline - time.monotonic())
        except queue.Empty:
            break
        seen.append(line)
        if needle in line:
            return line
    pytest.fail(f"no line with {needle!r} within {timeout} s; saw {seen}")


def drain(lines: queue.Queue[str]) -> list[str]:
    found = []
    while not lines.empty():
        found.append(lines.get_nowait())
    return found


def wait_for_health(port: int, timeout: float) -> dict[str, object] | None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            return requests.get(f"http://127.0.0.1:{port}/v1/health", timeout=1).json()  # type: ignore[no-any-return]
        except requests.ConnectionError:
            time.sleep(0.05)
    return None


@pytest.mark.parametrize("signum", [signal.SIGTERM, signal.SIGINT], ids=["SIGTERM", "SIGINT"])
def test_tray_starts_from_an_empty_home_and_a_signal_ends_it(
        tmp_path: Path, signum: signal.Signals) -> None:
    home = tmp_path / "empty"
    home.mkdir()
    port = free_port()
    started = time.monotonic()
    tray = subprocess.Popen(tray_command(port), env=tray_env(home), stdout=subprocess.PIPE,
                            stderr=subprocess.STDOUT, text=True)
    try:
        output = lines_of(tray.stdout)  # type: ignore[arg-type]
        health = wait_for_health(port, 60)
        took = time.monotonic() - started
        assert health is not None, "no /v1/health within 60 s"
        assert health["status"] in ("ok", "degraded")
        assert took < start_limit(), (
            f"/v1/health took {took:.1f} s (load average {os.getloadavg()[0]:.1f} "
            f"on {os.cpu_count()} cores)")
        wait_for_line(output, "no system tray here", 5)
        assert (home / "token").exists() and (home / "tray.json").exists()

        if signum == signal.SIGTERM:
            check_second_instance_opens_settings(home, port)

        tray.send_signal(signum)
        assert tray.wait(timeout=30) == 0
    finally:
        if tray.poll() is None:
            tray.kill()
            tray.wait()
        tray.stdout.close()  # type: ignore[union-attr]
    assert port_is_free(port)
    assert not (home / "tray.json").exists(), "the lock was not released"


def check_second_instance_opens_settings(home: Path, port: int) -> None:
    second = subprocess.Popen(tray_command(port), env=tray_env(home), stdout=subprocess.PIPE,
                              stderr=subprocess.DEVNULL, text=True)
    try:
        output = lines_of(second.stdout)  # type: ignore[arg-type]
        line = wait_for_line(output, "already running", 60)
        assert f"port {port}" in line and "opening its settings" in line
        time.sleep(2)
        assert second.poll() is None, "the second tray should be showing the settings window"
        assert wait_for_health(port, 2) is not None, "the first tray must keep serving"
    finally:
        second.terminate()
        second.wait(timeout=30)
        second.stdout.close()  # type: ignore[union-attr]


@pytest.fixture
def x_display() -> Iterator[str]:
    """A private X server (Xvfb), so pystray runs its real X11 backend and main loop."""
    xvfb = shutil.which("Xvfb")
    if xvfb is None:
        pytest.skip("Xvfb is not installed")
    read, write = os.pipe()
    server = subprocess.Popen([xvfb, "-displayfd", str(write), "-screen", "0", "800x600x24",
                               "-nolisten", "tcp"], pass_fds=(write,),
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    os.close(write)
    try:
        ready, _, _ = select.select([read], [], [], 30)
        assert ready, "Xvfb did not start"
        number = os.read(read, 64).decode().strip()
        yield f":{number}"
    finally:
        os.close(read)
        server.terminate()
        server.wait(timeout=10)


def test_tray_with_a_real_x11_icon_ends_on_sigterm(tmp_path: Path, x_display: str) -> None:
    port = free_port()
    tray = subprocess.Popen(tray_command(port), env=tray_env(tmp_path, x_display),
                            stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    try:
        output = lines_of(tray.stdout)  # type: ignore[arg-type]
        wait_for_line(output, "pystray's X11 fallback", 30)  # the real backend, not the dummy
        assert wait_for_health(port, 60) is not None
        time.sleep(1)  # let the icon's main loop start
        tray.send_signal(signal.SIGTERM)
        try:
            code = tray.wait(timeout=30)
        except subprocess.TimeoutExpired:
            code = None
        assert code == 0, f"exit code {code}; the tray said {drain(output)}"
    finally:
        if tray.poll() is None:
            tray.kill()
            tray.wait()
        tray.stdout.close()  # type: ignore[union-attr]
    assert port_is_free(port)
    assert not (tmp_path / "tray.json").exists()
