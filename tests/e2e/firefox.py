"""A real Firefox for the Firefox build, behind the part of Playwright's page API that the e2e
harness uses (goto, locator().click/fill, keyboard.type/press, evaluate, ...), so the harness's
checks (`underline_mismatch`, `badge_state`, ...) read Firefox's pages exactly as Chromium's.

`firefox_driver.mjs` (Puppeteer over WebDriver BiDi) does the driving; this side sends it one JSON
command per line and reads one answer per line.
"""

from __future__ import annotations

import json
import subprocess
import tempfile
import time
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit, urlunsplit

from e2e_harness import HOSTS, ROOT, build_module

DRIVER = Path(__file__).with_name("firefox_driver.mjs")
FIREFOX_BUILD = ROOT / "dist" / "firefox"
ADDON_ID = build_module().GECKO_ID
ADDON_UUID = "5ec0d10c-0000-4000-8000-00000000f1f0"  # its pages: moz-extension://ADDON_UUID/


class FirefoxError(AssertionError):
    """Firefox or the driver refused a command (the message says which and why)."""


class Firefox:
    """One headless Firefox with the Firefox build installed as a temporary add-on; every
    fixture host resolves to 127.0.0.1 and is served from ``port``."""

    def __init__(self, executable: str, port: int, extension: Path = FIREFOX_BUILD) -> None:
        options = {"firefox": executable, "extension": str(extension), "hosts": HOSTS,
                   "id": ADDON_ID, "uuid": ADDON_UUID}
        self.port = port
        # the driver's errors go to a file, not a pipe, which could fill up; closed in close()
        self._errors = tempfile.TemporaryFile("w+")  # noqa: SIM115
        self._process = subprocess.Popen(
            ["node", str(DRIVER), json.dumps(options)], cwd=ROOT / "tests",
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=self._errors, text=True,
        )
        ready = self._read()
        self.addon_id = ready["id"]
        self.keyboard = _Keyboard(self)

    def _read(self) -> dict[str, Any]:
        assert self._process.stdout is not None
        line = self._process.stdout.readline()
        if not line:
            self._process.wait()
            self._errors.seek(0)
            raise FirefoxError(f"the Firefox driver exited: {self._errors.read()[-3000:]}")
        return dict(json.loads(line))

    def command(self, op: str, **fields: Any) -> Any:
        assert self._process.stdin is not None
        self._process.stdin.write(json.dumps({"op": op, **fields}) + "\n")
        self._process.stdin.flush()
        answer = self._read()
        if not answer["ok"]:
            raise FirefoxError(f"{op} {fields}: {answer['error']}")
        return answer["value"]

    def new_page(self) -> Firefox:
        """A fresh tab in place of the last (the driver keeps one); this object is the page."""
        self.command("newPage")
        return self

    # -- the page API the harness uses ----------------------------------------------------------

    def goto(self, url: str) -> None:
        parts = urlsplit(url)
        assert parts.hostname in HOSTS, f"{url} is not a fixture page"
        here = parts._replace(netloc=f"{parts.hostname}:{self.port}")
        self.command("goto", url=urlunsplit(here))

    def open_extension_page(self, path: str, ready: str) -> None:
        """The extension's own page at ``path``, once the element ``ready`` is in it."""
        self.command("openExtensionPage", path=path, ready=ready)

    def locator(self, selector: str) -> _Locator:
        return _Locator(self, selector)

    def evaluate(self, js: str, arg: Any = None) -> Any:
        return self.command("evaluate", js=js, **({} if arg is None else {"arg": arg}))

    def eval_on_selector_all(self, selector: str, js: str) -> Any:
        return self.command("evalOnSelectorAll", selector=selector, js=js)

    def wait_for_timeout(self, ms: float) -> None:
        time.sleep(ms / 1000)

    def screenshot(self, path: str) -> None:
        self.command("screenshot", path=path)

    def close(self) -> None:
        assert self._process.stdin is not None and self._process.stdout is not None
        self._process.stdin.close()  # the driver closes Firefox and exits
        try:
            self._process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            self._process.kill()
            self._process.wait()
        self._process.stdout.close()
        self._errors.close()


class _Locator:
    def __init__(self, page: Firefox, selector: str) -> None:
        self._page, self._selector = page, selector

    @property
    def first(self) -> _Locator:
        return self  # the driver acts on the first match

    def click(self) -> None:
        self._page.command("click", selector=self._selector)

    def fill(self, value: str) -> None:
        self._page.command("fill", selector=self._selector, value=value)


class _Keyboard:
    def __init__(self, page: Firefox) -> None:
        self._page = page

    def type(self, text: str) -> None:
        self._page.command("type", text=text)

    def press(self, key: str) -> None:
        self._page.command("key", key=key)

    def insert_text(self, text: str) -> None:
        self._page.command("insertText", text=text)
