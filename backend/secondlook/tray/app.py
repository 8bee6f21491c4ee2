"""The tray: starts the service as a child process, shows its state in a pystray icon and offers
the menu of issue 4 (packs, pause, resume, settings, pairing token, quit). Every menu item goes
through the service's HTTP API; the icon follows the service by polling ``/v1/health`` and
``/v1/settings`` with its ETag, so changes made in the settings page show here within a second.

Quit, SIGTERM and SIGINT all end the same way: the service's stdin is closed, it flushes its
counters and frees the port, the settings window closes, the lock is released."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from secondlook.store import home_dir
from secondlook.tray import clipboard, window
from secondlook.tray.client import ServiceClient, ServiceError
from secondlook.tray.icons import icon_image
from secondlook.tray.instance import InstanceLock

PAUSE_SECONDS = 3600
POLL_SECONDS = 1.0
STOP_SECONDS = 10.0  # how long the service gets to shut down before it is killed
ICON_EXIT_SECONDS = 3.0


class Tray:
    """The tray's state and menu. ``icon_factory`` builds the pystray icon (tests pass pystray's
    dummy backend); ``open_settings`` and ``copy`` are what "Open settings" and "Copy pairing
    token" do (a window process and the clipboard, unless a test watches them)."""

    def __init__(self, port: int, *, home: Path | None = None,
                 icon_factory: Callable[..., Any] | None = None,
                 open_settings: Callable[[int], subprocess.Popen[bytes] | None] = window.spawn,
                 copy: Callable[[str], bool] = clipboard.copy_text) -> None:
        self.port = port
        self.home = home or home_dir()
        self.client = ServiceClient(port, self.home)
        self.state = "starting"
        self.detail = "starting the service"
        self.pack_titles: dict[str, str] = {}
        self.settings: dict[str, Any] = {}
        self.service: subprocess.Popen[bytes] | None = None
        self.windows: list[subprocess.Popen[bytes]] = []
        self._open_settings = open_settings
        self._copy = copy
        self._etag: str | None = None
        self._stopping = threading.Event()
        self._stopped = threading.Event()
        self._lock = threading.Lock()
        self._icon_running = False
        self._icon_loop_done = threading.Event()
        self.on_forced_exit: Callable[[], None] | None = None  # e.g. release the instance lock
        # No icon factory: there is no system tray here (no display); the service runs anyway.
        self.icon: Any = None
        if icon_factory is not None:
            image = icon_image(self.state)
            self.icon = icon_factory("secondlook", image, self.title(), self.menu())

    # -- the service ----------------------------------------------------------------------------

    def start_service(self) -> None:
        self.service = subprocess.Popen(
            [sys.executable, "-m", "secondlook.tray.service", "--port", str(self.port)],
            stdin=subprocess.PIPE,
            env={**os.environ, "SECONDLOOK_HOME": str(self.home)},
        )

    def wait_until_up(self, timeout: float) -> bool:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline and not self._stopping.is_set():
            if self.service is not None and self.service.poll() is not None:
                break
            if self.client.health() is not None:
                return True
            time.sleep(0.1)
        return False

    def refresh(self) -> None:
        """Ask the service how it is and update the icon, its tooltip and the menu."""
        health = self.client.health()
        if self.service is not None and self.service.poll() is not None:
            self._set_state("error", f"the service stopped (exit code {self.service.returncode})")
            return
        if health is None:
            self._set_state("error", "the service does not answer")
            return
        try:
            if not self.pack_titles:
                self.pack_titles = {p["id"]: p["title"] for p in self.client.packs()}
            self._etag, changed = self.client.settings(self._etag)
        except ServiceError as exc:
            self._set_state("error", str(exc))
            return
        if changed is not None:
            self.settings = changed
        new_settings = changed is not None
        if self.settings.get("paused"):
            until = time.strftime("%H:%M", time.localtime(self.settings["paused_until"]))
            self._set_state("paused", f"paused until {until}", new_settings)
        elif health["degraded"]:
            self._set_state("error", "no language model: checking with rules only", new_settings)
        else:
            self._set_state("running", f"checking with {health['model']}", new_settings)

    def _set_state(self, state: str, detail: str, new_settings: bool = False) -> None:
        with self._lock:
            changed = (state, detail) != (self.state, self.detail)
            self.state, self.detail = state, detail
        if changed and self.icon is not None:
            self.icon.icon = icon_image(state)
            self.icon.title = self.title()
        if (changed or new_settings) and self._icon_running:
            self.icon.update_menu()  # only on change: rebuilding closes a menu the user has open

    def title(self) -> str:
        return f"Second Look: {self.detail}"

    def poll(self) -> None:
        while not self._stopping.wait(POLL_SECONDS):
            self.refresh()

    # -- the menu -------------------------------------------------------------------------------

    def menu(self) -> Any:
        import pystray

        return pystray.Menu(lambda: self._menu_items(pystray.MenuItem, pystray.Menu.SEPARATOR))

    def _menu_items(self, item: Any, separator: Any) -> Iterator[Any]:
        up = self.state in ("running", "paused") or (self.state == "error" and bool(self.settings))
        for pack_id, title in self.pack_titles.items():
            yield item(title, self._toggle(pack_id), checked=self._checked(pack_id), enabled=up)
        yield separator
        yield item("Pause checking for 1 hour", lambda: self.pause(),
                   enabled=up and self.state != "paused")
        yield item("Resume", lambda: self.resume(), enabled=self.state == "paused")
        yield separator
        yield item("Open settings", lambda: self.open_settings(), default=True)
        yield item("Copy pairing token", lambda: self.copy_token())
        yield separator
        yield item("Quit", lambda: self.quit())

    def _toggle(self, pack_id: str) -> Callable[[], None]:
        return lambda: self.set_pack(pack_id, not self.settings.get("packs", {}).get(pack_id))

    def _checked(self, pack_id: str) -> Callable[[Any], bool]:
        return lambda _item: bool(self.settings.get("packs", {}).get(pack_id))

    # -- what the menu items do -----------------------------------------------------------------

    def set_pack(self, pack_id: str, enabled: bool) -> None:
        self._apply(lambda: self.client.set_pack(pack_id, enabled))

    def pause(self) -> None:
        self._apply(lambda: self.client.pause(PAUSE_SECONDS))

    def resume(self) -> None:
        self._apply(self.client.resume)

    def _apply(self, change: Callable[[], dict[str, Any]]) -> None:
        try:
            change()
        except ServiceError as exc:
            self._notify(f"Could not change the settings: {exc}")
        self.refresh()

    def open_settings(self) -> None:
        self.windows = [w for w in self.windows if w.poll() is None]
        opened = self._open_settings(self.port)
        if opened is not None:
            self.windows.append(opened)

    def copy_token(self) -> None:
        if self._copy(self.client.token):
            self._notify("Pairing token copied. Paste it in the extension's options.")
        else:
            self._notify("No clipboard available: run `secondlook token` to see the token.")

    def _notify(self, message: str) -> None:
        try:
            if self._icon_running:
                self.icon.notify(message, "Second Look")
                return
        except (NotImplementedError, OSError):
            pass
        print(f"secondlook: {message}", file=sys.stderr)

    def quit(self) -> None:
        """Stop everything; safe to call more than once and from any thread."""
        if self._stopping.is_set():
            self._stopped.wait(STOP_SECONDS * 2)
            return
        self._stopping.set()
        for opened in self.windows:
            if opened.poll() is None:
                opened.terminate()
        if self.service is not None:
            stop_child(self.service)
        self._stopped.set()
        if self._icon_running:
            self.icon.stop()
            if threading.current_thread() is not threading.main_thread():
                self._leave_if_the_icon_hangs()

    def _leave_if_the_icon_hangs(self) -> None:
        """pystray's X11 backend now and then never sees its own window go and keeps the main
        thread waiting for it. Everything is stopped by then, so the process ends without it."""
        if self._icon_loop_done.wait(ICON_EXIT_SECONDS):
            return
        print("secondlook: the tray icon did not close; exiting without it", file=sys.stderr,
              flush=True)
        if self.on_forced_exit is not None:
            self.on_forced_exit()
        os._exit(0)

    @property
    def stopping(self) -> threading.Event:
        return self._stopping

    def run(self) -> None:
        """Show the icon and block until Quit. Without a usable tray (no display), keep serving
        until a signal asks to stop."""
        threading.Thread(target=self.poll, name="secondlook-tray-poll", daemon=True).start()
        if self.icon is None:
            while not self._stopping.wait(1.0):  # short waits keep signal handlers responsive
                pass
            self._stopped.wait(STOP_SECONDS * 2)
            return

        def setup(icon: Any) -> None:
            self._icon_running = True
            icon.visible = True

        self.icon.run(setup)
        self._icon_running = False
        self._icon_loop_done.set()
        self.quit()


def stop_child(child: subprocess.Popen[bytes]) -> None:
    """Ask the service to stop (stdin closed), wait, and insist if it does not."""
    try:
        if child.stdin is not None:
            child.stdin.close()
    except OSError:
        pass
    try:
        child.wait(STOP_SECONDS)
    except subprocess.TimeoutExpired:
        child.terminate()
        try:
            child.wait(STOP_SECONDS / 2)
        except subprocess.TimeoutExpired:
            child.kill()
            child.wait()


def load_icon_factory() -> tuple[Callable[..., Any] | None, str | None]:
    """pystray's icon class, or why there is none (no display, no backend)."""
    try:
        import pystray
    except Exception as exc:  # pystray raises whatever its backend raises without a display
        return None, f"{type(exc).__name__}: {exc}"
    return pystray.Icon, None


def run_tray(port: int, *, wait_seconds: float = 60.0) -> int:
    """``secondlook tray``: the tray and its service, or the settings of one already running."""
    home = home_dir()
    lock = InstanceLock(home)
    if not lock.acquire(port):
        return open_running(lock.holder(), port)
    try:
        already = ServiceClient(port, home).health()
        if already is not None:
            lock.release()
            return open_running({"port": port}, port)
        factory, why_not = load_icon_factory()
        if factory is None:
            print(f"secondlook: no system tray here ({why_not}); the service runs without an "
                  "icon. Stop it with Ctrl+C or SIGTERM.", file=sys.stderr)
        elif not getattr(factory, "HAS_MENU", True):
            print("secondlook: this tray backend has no menus (pystray's X11 fallback): click the "
                  "icon for the settings, stop with Ctrl+C or SIGTERM. Install PyGObject for the "
                  "menu (see the README).", file=sys.stderr)
        tray = Tray(port, home=home, icon_factory=factory)
        tray.on_forced_exit = lock.release
        _install_signal_handlers(tray)
        tray.start_service()
        if not tray.wait_until_up(wait_seconds):
            if tray.stopping.is_set():
                return 0
            print(f"secondlook: the service did not start on port {port}", file=sys.stderr)
            tray.quit()
            return 2
        tray.refresh()
        tray.run()
        return 0
    finally:
        lock.release()


def open_running(holder: dict[str, Any] | None, port: int) -> int:
    running_port = holder["port"] if holder else port
    if ServiceClient(running_port).health() is None:
        print("secondlook: another tray holds the lock but its service does not answer on port "
              f"{running_port}", file=sys.stderr)
        return 2
    print(f"Second Look is already running on port {running_port}; opening its settings.",
          flush=True)
    return window.show_settings(running_port)


def _install_signal_handlers(tray: Tray) -> None:
    def handle(signum: int, frame: Any) -> None:
        threading.Thread(target=tray.quit, name="secondlook-quit").start()

    signal.signal(signal.SIGTERM, handle)
    signal.signal(signal.SIGINT, handle)
