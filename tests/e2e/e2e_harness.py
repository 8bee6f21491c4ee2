"""The end-to-end harness: the fixture pages served over HTTPS as x.com and www.facebook.com, the
real Second Look service as a subprocess, and Chromium with the built extension loaded.

Nothing here knows how the extension works inside: tests find its parts through the stable hooks
of the testing contract (issue 3, section 7)."""

from __future__ import annotations

import contextlib
import dataclasses
import importlib.util
import json
import os
import platform
import socket
import ssl
import statistics
import subprocess
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import cache
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from types import ModuleType
from typing import Any

import requests

ROOT = Path(__file__).resolve().parents[2]
FIXTURES = Path(__file__).resolve().parent / "fixtures"
# SECONDLOOK_E2E_EXTENSION: test a copy of the build while dist/ is being rebuilt.
EXTENSION = Path(os.environ.get("SECONDLOOK_E2E_EXTENSION") or ROOT / "dist" / "chrome")
ARTIFACTS = ROOT / "test-artifacts"
SECONDLOOK = ROOT / ".venv" / "bin" / "secondlook"

# Which fixture page each production URL serves; every host resolves to the fixture server.
PAGES = {
    ("x.com", "/home"): "x.html",
    ("twitter.com", "/home"): "x.html",
    ("www.facebook.com", "/"): "facebook.html",
    ("forum.example", "/"): "forum.html",
}
HOSTS = sorted({host for host, _ in PAGES})
CONTENT_TYPES = {".html": "text/html", ".js": "text/javascript", ".css": "text/css"}


@cache
def build_module() -> ModuleType:
    """build.py, for the fixture bundle and Chromium discovery (one implementation of each)."""
    spec = importlib.util.spec_from_file_location("secondlook_build", ROOT / "build.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def eventually(probe: Callable[[], str | None], timeout: float, interval: float = 0.05) -> float:
    """Polls `probe` (None when satisfied, else what is still wrong) until it passes; returns the
    seconds it took, or fails with the last complaint."""
    start = time.monotonic()
    while True:
        complaint = probe()
        elapsed = time.monotonic() - start
        if complaint is None:
            return elapsed
        if elapsed > timeout:
            raise AssertionError(f"after {timeout:.1f} s: {complaint}")
        time.sleep(interval)


# -- the fixture pages over HTTPS --------------------------------------------------------------


def self_signed_certificate(directory: Path) -> tuple[Path, Path]:
    """A throwaway certificate for the fixture hosts (Chromium also gets
    --ignore-certificate-errors; the names are there so the certificate is at least honest)."""
    cert, key = directory / "cert.pem", directory / "key.pem"
    names = ",".join(f"DNS:{host}" for host in HOSTS)
    subprocess.run(
        [
            "openssl",
            "req",
            "-x509",
            "-newkey",
            "ec",
            "-pkeyopt",
            "ec_paramgen_curve:prime256v1",
            "-nodes",
            "-days",
            "1",
            "-subj",
            "/CN=secondlook-e2e",
            "-addext",
            f"subjectAltName={names}",
            "-keyout",
            str(key),
            "-out",
            str(cert),
        ],
        check=True,
        capture_output=True,
    )
    return cert, key


class FixtureHandler(BaseHTTPRequestHandler):
    def do_GET(self) -> None:  # noqa: N802 (http.server's naming)
        host = (self.headers.get("Host") or "").split(":")[0]
        path = self.path.split("?")[0]
        if path.startswith("/build/"):
            file = FIXTURES / "build" / path.removeprefix("/build/")
        elif (host, path) in PAGES:
            file = FIXTURES / "pages" / PAGES[host, path]
        elif path == "/" and (host, "/home") in PAGES:
            self.send_response(302)
            self.send_header("Location", "/home")
            self.end_headers()
            return
        else:
            file = None
        if file is None or not file.is_file() or ".." in path:
            self.send_error(404)
            return
        body = file.read_bytes()
        self.send_response(200)
        self.send_header("Content-Type", CONTENT_TYPES.get(file.suffix, "application/octet-stream"))
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Cache-Control", "no-store")
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: Any) -> None:  # noqa: A002
        pass


@contextlib.contextmanager
def fixture_server(tmp: Path) -> Iterator[int]:
    """Serves the fixture pages over HTTPS on a free loopback port; yields the port."""
    cert, key = self_signed_certificate(tmp)
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(cert, key)
    server = ThreadingHTTPServer(("127.0.0.1", 0), FixtureHandler)
    server.daemon_threads = True
    server.socket = context.wrap_socket(server.socket, server_side=True)
    thread = threading.Thread(target=server.serve_forever, name="fixture-https", daemon=True)
    thread.start()
    try:
        yield int(server.server_address[1])
    finally:
        server.shutdown()
        server.server_close()


# -- the real service -----------------------------------------------------------------------------


class Service:
    """`secondlook serve` in a subprocess with its own SECONDLOOK_HOME; stop() and start() again
    on the same port to test going offline and reconnecting."""

    def __init__(self, home: Path, port: int) -> None:
        self.home = home
        self.port = port
        self.url = f"http://127.0.0.1:{port}"
        self.env = dict(os.environ, SECONDLOOK_HOME=str(home))
        self.process: subprocess.Popen[bytes] | None = None
        self.log = home / "service.log"
        self.token = ""

    def start(self, timeout: float = 60) -> None:
        with self.log.open("ab") as log:
            self.process = subprocess.Popen(
                [str(SECONDLOOK), "serve", "--port", str(self.port)],
                env=self.env,
                stdout=log,
                stderr=subprocess.STDOUT,
            )
        eventually(self._healthy, timeout, interval=0.2)
        self.token = subprocess.run(
            [str(SECONDLOOK), "token"], env=self.env, check=True, capture_output=True, text=True
        ).stdout.strip()
        self.check("warm up the model", packs=None)

    def _healthy(self) -> str | None:
        assert self.process is not None
        if self.process.poll() is not None:
            raise AssertionError(f"secondlook serve exited: {self.log_tail()}")
        try:
            requests.get(f"{self.url}/v1/health", timeout=1).raise_for_status()
        except requests.RequestException as error:
            return f"service not healthy yet ({type(error).__name__})"
        return None

    def stop(self, *, kill: bool = False) -> None:
        if self.process is None:
            return
        if kill:
            self.process.kill()
        else:
            self.process.terminate()
        try:
            self.process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()
        self.process = None

    def api(self, method: str, path: str, **kwargs: Any) -> Any:
        response = requests.request(
            method,
            f"{self.url}{path}",
            timeout=10,
            headers={"Authorization": f"Bearer {self.token}"},
            **kwargs,
        )
        if response.status_code >= 500:  # the service's own log says why
            raise AssertionError(
                f"{method} {path}: {response.status_code}; service log: {self.log_tail()}"
            )
        response.raise_for_status()
        return response.json() if response.content else None

    def log_tail(self) -> str:
        return self.log.read_text(errors="replace")[-1500:] if self.log.exists() else ""

    def check(self, text: str, packs: list[str] | None = None) -> list[dict[str, Any]]:
        """The service's findings for `text`, with UTF-16 offsets as the extension asks for."""
        body: dict[str, Any] = {"text": text, "offsets": "utf16"}
        if packs is not None:
            body["packs"] = packs
        return list(self.api("POST", "/v1/check", json=body)["findings"])

    def set_pack(self, pack: str, enabled: bool) -> None:
        self.api("PUT", f"/v1/packs/{pack}", json={"enabled": enabled})


# -- Chromium with the extension ------------------------------------------------------------------


def chromium_args(server_port: int, *, with_extension: bool = True) -> list[str]:
    mapped = [f"MAP {host} 127.0.0.1:{server_port}" for host in HOSTS]
    # Anything else that would leave the machine resolves nowhere, except the service on
    # 127.0.0.1 (MAP * applies to IP literals too).
    resolver = ", ".join([*mapped, "MAP * ~NOTFOUND", "EXCLUDE 127.0.0.1"])
    extension = [f"--load-extension={EXTENSION}", f"--disable-extensions-except={EXTENSION}"]
    return [
        *(extension if with_extension else []),
        f"--host-resolver-rules={resolver}",
        "--ignore-certificate-errors",
        "--headless=new",
        "--no-sandbox",
        "--disable-background-networking",
        "--disable-component-update",
        "--no-first-run",
        "--disable-dev-shm-usage",
    ]


def extension_id(context: Any) -> str:
    workers = context.service_workers or [context.wait_for_event("serviceworker", timeout=15000)]
    return str(workers[0].url.split("/")[2])


# -- reading the page ------------------------------------------------------------------------------

# Every underline in every overlay host's open shadow root, with its box in viewport coordinates.
UNDERLINES_JS = """() => [...document.querySelectorAll('secondlook-overlay')]
  .flatMap((host) => [...(host.shadowRoot?.querySelectorAll('[data-secondlook-pack]') ?? [])])
  .filter((el) => el.matches('[data-secondlook-severity]') && !el.matches('li, button')
    && !el.closest('[data-secondlook-card], [data-secondlook-panel], [data-secondlook-gate]'))
  .map((el) => {
    const r = el.getBoundingClientRect();
    return {pack: el.dataset.secondlookPack, severity: el.dataset.secondlookSeverity,
            left: r.left, right: r.right, top: r.top, bottom: r.bottom};
  })
  .filter((box) => box.right - box.left > 0 && box.bottom - box.top > 0)"""

# The client rects of the text between two UTF-16 offsets of an editor's text, mapped onto its
# text nodes the way a reader of the editor's DOM would (single-paragraph posts).
TEXT_RECTS_JS = """([selector, start, end]) => {
  const root = document.querySelector(selector);
  if (!root) return null;
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  const range = document.createRange();
  let seen = 0, started = false;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const length = node.data.length;
    if (!started && start <= seen + length) { range.setStart(node, start - seen); started = true; }
    if (started && end <= seen + length) {
      range.setEnd(node, end - seen);
      return [...range.getClientRects()].filter((r) => r.width > 0)
        .map((r) => ({left: r.left, right: r.right, top: r.top, bottom: r.bottom}));
    }
    seen += length;
  }
  return null;
}"""


def underlines(page: Any) -> list[dict[str, Any]]:
    return list(page.evaluate(UNDERLINES_JS))


def text_rects(page: Any, editor: str, start: int, end: int) -> list[dict[str, float]]:
    return list(page.evaluate(TEXT_RECTS_JS, [editor, start, end]) or [])


def utf16_span(text: str, needle: str) -> tuple[int, int]:
    index = text.index(needle)
    start = len(text[:index].encode("utf-16-le")) // 2
    return start, start + len(needle.encode("utf-16-le")) // 2


def lies_over(line: dict[str, float], word: dict[str, float]) -> bool:
    """An underline lies over a word when it covers most of the word's width and sits between the
    word's top and a few pixels below its bottom."""
    overlap = min(line["right"], word["right"]) - max(line["left"], word["left"])
    width = word["right"] - word["left"]
    middle = (line["top"] + line["bottom"]) / 2
    return overlap >= 0.6 * width and word["top"] - 2 <= middle <= word["bottom"] + 8


# Issue 3's Done-when post: a patient named, with age, town, time and a relative's phone number.
DONE_WHEN = (
    "Saw Mr. Dan Kowalski (78) from Tignish in our ER last night, call his wife at 902-555-0142"
)
CLEAN = "Great turnout at grand rounds today, thanks to everyone who came to the sepsis update"


# -- compose boxes on the fixture pages -----------------------------------------------------------


@dataclass(frozen=True)
class Site:
    """One compose box of a fixture page: where it is, how to open it, how it submits (its Post
    control, or Enter), and how to read the editor's own state (not the DOM)."""

    name: str
    url: str
    editor: str
    submit: str | None  # None: Enter submits (Facebook comments)
    state_js: str
    surface: str  # what the page records a submission from this box as
    opener: str | None = None  # what to click first to make the compose box appear

    def open(self, page: Any) -> Any:
        page.goto(self.url)
        if self.opener:
            page.locator(self.opener).first.click()
        editor = page.locator(self.editor)
        editor.click()
        return editor

    def post(self, page: Any) -> None:
        if self.submit is None:
            page.locator(self.editor).press("Enter")
        else:
            page.locator(self.submit).click()

    def text(self, page: Any) -> str:
        return str(page.evaluate(self.state_js))

    def posts(self, page: Any) -> list[dict[str, str]]:
        return list(page.evaluate("window.__posts"))


X = Site(
    name="x",
    url="https://x.com/home",
    editor='[data-testid="primaryColumn"] [data-testid="tweetTextarea_0"]',
    submit='[data-testid="tweetButtonInline"]',
    state_js="window.__draftText('inline')",
    surface="inline",
)
TWITTER = dataclasses.replace(X, name="twitter", url="https://twitter.com/home")
X_MODAL = Site(
    name="x-modal",
    url="https://x.com/home",
    editor='[role="dialog"] [data-testid="tweetTextarea_0"]',
    submit='[role="dialog"] [data-testid="tweetButton"]',
    state_js="window.__draftText('modal')",
    surface="modal",
    opener='[data-testid="SideNav_NewTweet_Button"]',
)
X_REPLY = Site(
    name="x-reply",
    url="https://x.com/home",
    editor='[role="dialog"] [data-testid="tweetTextarea_0"]',
    submit='[role="dialog"] [data-testid="tweetButton"]',
    state_js="window.__draftText('modal')",
    surface="reply",
    opener='[data-testid="tweet"] [data-testid="reply"]',
)
FACEBOOK = Site(
    name="facebook",
    url="https://www.facebook.com/",
    editor='[role="dialog"] [data-lexical-editor="true"][role="textbox"]',
    submit='[role="dialog"] [aria-label="Post"][role="button"]',
    state_js="window.__lexicalText('post')",
    surface="post",
    opener="[data-fixture-open-composer]",
)
FACEBOOK_COMMENT = Site(
    name="facebook-comment",
    url="https://www.facebook.com/",
    editor='[data-lexical-editor="true"][aria-label="Write a comment…"]',
    submit=None,
    state_js="window.__lexicalText('comment')",
    surface="comment",
)


BADGE_STATE_JS = """(selector) => {
  const editor = document.querySelector(selector)?.getBoundingClientRect();
  if (!editor) return null;
  const badges = [...document.querySelectorAll('secondlook-overlay')]
    .flatMap((host) => [...(host.shadowRoot?.querySelectorAll('[data-secondlook-badge]') ?? [])])
    .map((badge) => ({state: badge.dataset.state, box: badge.getBoundingClientRect()}))
    .filter(({box}) => box.width > 0 && box.height > 0);
  const gap = ({box}) => Math.hypot(
    Math.max(0, editor.left - box.right, box.left - editor.right),
    Math.max(0, editor.top - box.bottom, box.top - editor.bottom));
  badges.sort((a, b) => gap(a) - gap(b));
  return badges[0]?.state ?? null;
}"""


def badge_state(page: Any, site: Site) -> str | None:
    """The state (checking, issues, clear, offline, off) of the badge at this site's compose box:
    the visible badge nearest to the editor."""
    state = page.evaluate(BADGE_STATE_JS, site.editor)
    return None if state is None else str(state)


def underline_mismatch(
    page: Any, site: Site, text: str, findings: list[dict[str, Any]]
) -> str | None:
    """None when the editor holds `text` and the overlay draws exactly `findings`: every finding
    above info has an underline of its pack and severity over each of its line boxes, and every
    underline lies over some such finding's words (info notes are listed, not drawn). Otherwise,
    what is wrong."""
    if site.text(page) != text:
        return f"the editor holds {site.text(page)!r}, not {text!r}"
    drawn = underlines(page)
    words = []
    for finding in (f for f in findings if f["severity"] != "info"):
        rects = text_rects(page, site.editor, finding["start"], finding["end"])
        if not rects:
            return f"no text rects for {finding['text']!r} in the editor"
        for rect in rects:
            if not any(
                line["pack"] == finding["pack"]
                and line["severity"] == finding["severity"]
                and lies_over(line, rect)
                for line in drawn
            ):
                return (
                    f"no {finding['pack']}/{finding['severity']} underline over "
                    f"{finding['text']!r} ({finding['rule']}); underlines: {drawn}"
                )
            words.append((finding, rect))
    for line in drawn:
        if not any(lies_over(line, rect) for _, rect in words):
            return f"a stray underline {line}; findings: {[f['text'] for f in findings]}"
    return None


def type_and_wait(
    page: Any, site: Site, service: Service, text: str, timeout: float = 2.0
) -> tuple[list[dict[str, Any]], float]:
    """Types `text` into the site's compose box and waits until the overlay shows exactly what
    the service finds; returns the findings and the seconds from the last keystroke."""
    site.open(page)
    page.keyboard.type(text)
    findings = service.check(text)
    took = eventually(lambda: underline_mismatch(page, site, text, findings), timeout)
    return findings, took


def underlined(page: Any, site: Site, text: str, needle: str, pack: str) -> bool:
    """Whether an underline of `pack` lies over every line box of `needle` in the editor."""
    start, end = utf16_span(text, needle)
    rects = text_rects(page, site.editor, start, end)
    drawn = [line for line in underlines(page) if line["pack"] == pack]
    return bool(rects) and all(any(lies_over(line, r) for line in drawn) for r in rects)


# -- debounce-to-underlines (issue 6) ------------------------------------------------------------

# A realistic 280-character post (issue 6 measures debounce-to-underlines on this length).
LONG_POST = (
    "Long night in the ER. Saw Mr. Dan Kowalski (78) from Tignish after a fall at home, call his "
    "wife at 902-555-0142 if you know the family. Reminder to everyone: flu shots are free at "
    "the clinic on Main Street this week, bring your health card and wear a short sleeve shirt "
    "please :)"
)
LATENCY_JS = """(hosts) => hosts.map((host) => [
  Number(host.getAttribute('data-secondlook-latency-ms')),
  host.hasAttribute('data-secondlook-service-ms')
    ? Number(host.getAttribute('data-secondlook-service-ms')) : null])"""
LATENCY_FILE = ARTIFACTS / "e2e-latency.json"


def latency_samples(
    page: Any, site: Site, service: Service, opening: str, edits: int
) -> list[list[Any]]:
    """[debounce-to-underlines ms, the service's took_ms or None] for each check of a long post:
    the first as typed, then after each one-character edit. ``opening`` replaces the post's first
    ten characters: a text of its own per run, since the service caches analyses and a repeat
    would time the cache."""
    samples = []
    site.open(page)
    text = opening + LONG_POST[len(opening):]
    assert len(opening) == 10 and len(text) == 280
    page.keyboard.insert_text(text)
    for _ in range(edits + 1):
        page.wait_for_timeout(600)  # past the debounce, so the check below is the fresh one
        findings = service.check(text)
        eventually(lambda: underline_mismatch(page, site, text, findings), 3.0)  # noqa: B023
        eventually(lambda: None if badge_state(page, site) != "checking" else "checking", 3.0)
        [sample] = page.eval_on_selector_all(
            "secondlook-overlay[data-secondlook-latency-ms]", LATENCY_JS
        )
        samples.append(sample)
        page.keyboard.press("Backspace")  # a one-character edit: a new text, checked again
        text = text[:-1]
    return samples


def record_latency(name: str, samples: list[list[Any]]) -> None:
    """Adds one site's samples to test-artifacts/e2e-latency.json (which ``secondlook bench``
    reads), keeping the other sites this session recorded; a file from an earlier session is
    replaced."""
    totals = [total for total, _ in samples]
    assert all(total >= 0 for total in totals)
    try:
        results = json.loads(LATENCY_FILE.read_text())
    except (OSError, ValueError):
        results = {}
    if results.get("session") != _SESSION:
        results = {
            "measure": "debounce fired -> underlines drawn, data-secondlook-latency-ms",
            "post_characters": len(LONG_POST),
            "target_ms": 100,
            "machine": f"{platform.system()} {platform.machine()}, {os.cpu_count()} cores",
            "load_average_1m": os.getloadavg()[0],
            "measured_at": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
            "session": _SESSION,
            "sites": {},
        }
    # The service's own time is part of the total; the rest is the extension and messaging.
    services = [service_ms for _, service_ms in samples if service_ms is not None]
    outside = [total - ms for total, ms in samples if ms is not None]
    results["sites"][name] = {
        "samples_ms": totals,
        "median_ms": statistics.median(totals),
        "max_ms": max(totals),
        "service_took_ms": services,
        "median_outside_service_ms": statistics.median(outside) if outside else None,
    }
    ARTIFACTS.mkdir(exist_ok=True)
    LATENCY_FILE.write_text(json.dumps(results, indent=2) + "\n")
    print(f"\ndebounce to underlines, 280-character post, {name}:", results["sites"][name])


# One pytest run: its sites go into one file.
_SESSION = f"{os.getpid()}-{time.time():.0f}"


def screenshot(page: Any, name: str) -> Path:
    ARTIFACTS.mkdir(exist_ok=True)
    path = ARTIFACTS / name
    page.screenshot(path=str(path))
    return path


def offline_findings(text: str) -> list[dict[str, Any]]:
    """What the extension's offline engine should find in `text`: every rule the build exported
    (regex and terms rules, and detectors' offline patterns), run here with Python's `re` — the
    shared regex subset means the same in both engines. ASCII texts only (offsets = UTF-16)."""
    import re

    from secondlook.engine.text import normalize
    from secondlook.rules.regex_subset import python_flags

    assert text.isascii(), "offline_findings maps offsets for ASCII text only"
    exported = json.loads((EXTENSION / "engine" / "rules.json").read_text())
    norm = normalize(text)
    found = []
    for pack in exported["packs"]:
        for rule in pack["rules"]:
            group = rule.get("group", 0)
            for match in re.finditer(rule["pattern"], norm.text, python_flags(rule["flags"])):
                if match.group(group):
                    start, end = norm.to_original(*match.span(group))
                    found.append({"pack": pack["id"], "rule": rule["id"], "start": start,
                                  "end": end, "text": text[start:end],
                                  "severity": rule["severity"]})
    return found
