#!/usr/bin/env python3
"""The one entry point for Second Look. Standard library only.

    python3 build.py setup     create .venv (unless a virtualenv is active), install the package
                               with its runtime, tray, test and lint dependencies, build the
                               extension into dist/ (idempotent: skips what is up to date)
    python3 build.py serve     setup, then run the local service in the foreground
    python3 build.py tray      setup, then run the tray app
    python3 build.py test      setup, then the whole test suite
    python3 build.py lint      ruff and mypy
    python3 build.py bench     the speed benchmark (bench/results.json)
    python3 build.py eval      detection quality per set, beside Presidio (secondlook eval)
    python3 build.py package   the extension's zip packages in dist/
"""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent
EXTRAS = "tray,test,lint,compare"


# -- environment ------------------------------------------------------------------------------


def venv_dir() -> Path:
    active = os.environ.get("VIRTUAL_ENV")
    return Path(active) if active else ROOT / ".venv"


def venv_bin(name: str) -> Path:
    return venv_dir() / ("Scripts" if os.name == "nt" else "bin") / name


def run(
    *cmd: object, env: dict[str, str] | None = None, check: bool = True, cwd: Path = ROOT
) -> int:
    printable = " ".join(str(c) for c in cmd)
    print(f"+ {printable}", flush=True)
    result = subprocess.run([str(c) for c in cmd], cwd=cwd, env=env)
    if check and result.returncode != 0:
        sys.exit(result.returncode)
    return result.returncode


def _stamp(path: Path, *inputs: Path) -> tuple[Path, str]:
    digest = hashlib.sha256()
    for item in inputs:
        digest.update(item.read_bytes() if item.exists() else b"-")
    return path, digest.hexdigest()


def _fresh(stamp: tuple[Path, str]) -> bool:
    path, digest = stamp
    return path.exists() and path.read_text().strip() == digest


def _mark(stamp: tuple[Path, str]) -> None:
    path, digest = stamp
    path.write_text(digest + "\n")


def setup_python() -> None:
    if not venv_bin("python").exists():
        run(sys.executable, "-m", "venv", venv_dir())
    stamp = _stamp(venv_dir() / ".secondlook-installed", ROOT / "pyproject.toml")
    if _fresh(stamp):
        return
    run(venv_bin("python"), "-m", "pip", "install", "--upgrade", "--quiet", "pip")
    run(venv_bin("python"), "-m", "pip", "install", "--quiet", "-e", f".[{EXTRAS}]")
    _mark(stamp)


def setup() -> None:
    setup_python()
    for step in SETUP_STEPS:
        step()


SETUP_STEPS: list = []  # further set-up (extension build, desktop libraries) registers below


# -- commands ---------------------------------------------------------------------------------


def cmd_setup(args: list[str]) -> int:
    setup()
    return 0


def cmd_serve(args: list[str]) -> int:
    setup()
    return run(venv_bin("secondlook"), "serve", *args, check=False)


def cmd_tray(args: list[str]) -> int:
    setup()
    return run(venv_bin("secondlook"), "tray", *args, check=False)


def cmd_test(args: list[str]) -> int:
    setup()
    failed = 0
    for suite in TEST_SUITES:
        failed |= suite(args)
    return 1 if failed else 0


def pytest_suite(args: list[str]) -> int:
    env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"))
    return run(venv_bin("python"), "-m", "pytest", *args, env=env, check=False)


TEST_SUITES: list = [pytest_suite]


# -- the browser extension ----------------------------------------------------------------------

EXTENSION = ROOT / "extension"
DIST = ROOT / "dist"
EXTENSION_TARGETS = ("chrome", "firefox")
EXTENSION_SKIP = {"tests", "README.md"}
GECKO_ID = "secondlook@secondlook.local"


def _extension_inputs() -> list[Path]:
    sources = [p for p in sorted(EXTENSION.rglob("*")) if p.is_file()
               and p.relative_to(EXTENSION).parts[0] not in EXTENSION_SKIP]
    rules = sorted((ROOT / "shared_rules").glob("*"))
    rules += sorted((ROOT / "backend/secondlook/rules").glob("*.py"))
    return [*sources, *rules, Path(__file__)]  # this file writes the manifests


def extension_manifest(target: str) -> dict:
    """The manifest for one browser: Chromium runs a module service worker, Firefox background
    scripts with its add-on id."""
    import json

    manifest = json.loads((EXTENSION / "manifest.json").read_text())
    if target == "firefox":
        worker = manifest["background"]["service_worker"]
        manifest["background"] = {"scripts": [worker], "type": "module"}
        manifest.pop("minimum_chrome_version", None)
        manifest["browser_specific_settings"] = {
            "gecko": {
                "id": GECKO_ID,
                # 140 (ESR) is the first Firefox that reads data_collection_permissions: nothing
                # leaves the computer, the service is on 127.0.0.1 (142 on Android)
                "strict_min_version": "140.0",
                "data_collection_permissions": {"required": ["none"]},
            },
            "gecko_android": {"strict_min_version": "142.0"},
        }
    return manifest


def build_extension() -> None:
    """Write the unpacked builds dist/chrome and dist/firefox, each with the compiled offline
    rules."""
    import json

    inputs = _extension_inputs()
    DIST.mkdir(exist_ok=True)
    stamp = _stamp(DIST / ".extension-built", *inputs)
    if _fresh(stamp) and all((DIST / t / "manifest.json").exists() for t in EXTENSION_TARGETS):
        return
    for target in EXTENSION_TARGETS:
        out = DIST / target
        shutil.rmtree(out, ignore_errors=True)
        shutil.copytree(
            EXTENSION,
            out,
            ignore=lambda d, names: EXTENSION_SKIP & set(names) if Path(d) == EXTENSION else set(),
        )
        (out / "manifest.json").write_text(json.dumps(extension_manifest(target), indent=2) + "\n")
        run(venv_bin("python"), "-m", "secondlook.rules.export", out / "engine" / "rules.json")
    _mark(stamp)


SETUP_STEPS.append(build_extension)


def extension_suite(args: list[str]) -> int:
    """The offline engine and content-script units under node --test (every exported rule
    example)."""
    node = shutil.which("node")
    if node is None:
        print("node --test: Node.js 20+ is needed for the extension's unit tests "
              "(apt install nodejs)")
        return 1
    env = dict(os.environ, SECONDLOOK_RULES_JSON=str(DIST / "chrome" / "engine" / "rules.json"))
    tests = sorted(str(p) for p in (EXTENSION / "tests").glob("*.test.js"))
    return run(node, "--test", *tests, env=env, check=False)


TEST_SUITES.append(extension_suite)


def cmd_package(args: list[str]) -> int:
    """Zip each unpacked build into dist/secondlook-<browser>-<version>.zip."""
    import json
    import zipfile

    setup()
    version = json.loads((EXTENSION / "manifest.json").read_text())["version"]
    for target in EXTENSION_TARGETS:
        source = DIST / target
        archive = DIST / f"secondlook-{target}-{version}.zip"
        with zipfile.ZipFile(archive, "w", zipfile.ZIP_DEFLATED) as bundle:
            for path in sorted(source.rglob("*")):
                if path.is_file():
                    bundle.write(path, path.relative_to(source).as_posix())
        print(f"wrote {archive.relative_to(ROOT)}")
    return 0


# -- desktop libraries for the tray's settings window ---------------------------------------------

# The Qt wheels bring Qt itself but not the system libraries its xcb platform plugin and
# QtWebEngine load. Shared object -> Debian/Ubuntu package.
DESKTOP_LIBRARIES = {
    "libxcb-cursor.so.0": "libxcb-cursor0",
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
    "libxkbcommon.so.0": "libxkbcommon0",
    "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-image.so.0": "libxcb-image0",
    "libxcb-keysyms.so.1": "libxcb-keysyms1",
    "libxcb-randr.so.0": "libxcb-randr0",
    "libxcb-render-util.so.0": "libxcb-render-util0",
    "libxcb-shape.so.0": "libxcb-shape0",
    "libxcb-xkb.so.1": "libxcb-xkb1",
    "libX11-xcb.so.1": "libx11-xcb1",
    "libEGL.so.1": "libegl1",
    "libGL.so.1": "libgl1",
    "libfontconfig.so.1": "libfontconfig1",
    "libdbus-1.so.3": "libdbus-1-3",
    "libnss3.so": "libnss3",
    "libXcomposite.so.1": "libxcomposite1",
    "libXdamage.so.1": "libxdamage1",
    "libXrandr.so.2": "libxrandr2",
    "libXtst.so.6": "libxtst6",
    "libxkbfile.so.1": "libxkbfile1",
    "libgbm.so.1": "libgbm1",
    "libasound.so.2": "libasound2",
}


def installed_libraries() -> set[str] | None:
    """Shared objects the dynamic linker knows (``ldconfig -p``), or None if it cannot say."""
    for ldconfig in ("ldconfig", "/sbin/ldconfig", "/usr/sbin/ldconfig"):
        try:
            listing = subprocess.run([ldconfig, "-p"], capture_output=True, text=True, timeout=30)
        except (OSError, subprocess.SubprocessError):
            continue
        if listing.returncode == 0:
            return {line.split()[0] for line in listing.stdout.splitlines()[1:] if line.strip()}
    return None


def missing_desktop_libraries(installed: set[str]) -> dict[str, str]:
    return {lib: package for lib, package in DESKTOP_LIBRARIES.items() if lib not in installed}


def check_desktop_libraries() -> None:
    """Say which system libraries the settings window lacks and how to install them. Never
    fails: tests and servers run Qt headless with QT_QPA_PLATFORM=offscreen."""
    if not sys.platform.startswith("linux"):
        return
    installed = installed_libraries()
    if installed is None:
        print("desktop libraries: cannot list them (no ldconfig); skipped the check")
        return
    missing = missing_desktop_libraries(installed)
    if not missing:
        return
    packages = " ".join(sorted(set(missing.values())))
    print(
        "desktop libraries: the tray's settings window (Qt xcb, QtWebEngine) needs "
        f"{', '.join(missing)}, not found on this system. Install them with:\n"
        f"    sudo apt-get install {packages}\n"
        "Without them `secondlook tray` still runs the service and opens the settings page in "
        "the browser; headless runs use QT_QPA_PLATFORM=offscreen.",
        flush=True,
    )


SETUP_STEPS.append(check_desktop_libraries)


# -- end-to-end tests: the fixture pages and a Chromium -----------------------------------------

E2E_FIXTURES = ROOT / "tests" / "e2e" / "fixtures"
E2E_ENTRY_POINTS = ("x.jsx", "facebook.js")


def e2e_fixtures() -> None:
    """Install the pinned Draft.js, Lexical and esbuild (`npm ci` in tests/) and bundle the
    fixture pages into tests/e2e/fixtures/build/; each step is skipped when up to date."""
    tests = ROOT / "tests"
    npm = shutil.which("npm")
    if npm is None:
        sys.exit("e2e: npm is needed to build the fixture pages (Debian: apt-get install npm)")
    installed = _stamp(tests / "node_modules" / ".secondlook-ci", tests / "package-lock.json")
    if not _fresh(installed):
        run(npm, "ci", "--no-audit", "--no-fund", cwd=tests)
        _mark(installed)
    sources = sorted((E2E_FIXTURES / "src").iterdir())
    bundled = _stamp(E2E_FIXTURES / "build" / ".stamp", tests / "package-lock.json", *sources)
    if _fresh(bundled):
        return
    run(
        tests / "node_modules" / ".bin" / "esbuild",
        *(E2E_FIXTURES / "src" / name for name in E2E_ENTRY_POINTS),
        "--bundle",
        f"--outdir={E2E_FIXTURES / 'build'}",
        "--define:process.env.NODE_ENV=\"production\"",
        "--define:global=window",
        "--target=chrome120",
        "--log-level=warning",
        cwd=tests,
    )
    _mark(bundled)


def _playwright_chromium() -> str | None:
    script = (
        "from playwright.sync_api import sync_playwright\n"
        "with sync_playwright() as p: print(p.chromium.executable_path)"
    )
    try:
        found = subprocess.run(
            [str(venv_bin("python")), "-c", script], capture_output=True, text=True, timeout=60
        )
    except (OSError, subprocess.TimeoutExpired):
        return None
    path = found.stdout.strip()
    return path if found.returncode == 0 and path and Path(path).exists() else None


def find_chromium(install: bool = False) -> str | None:
    """The Chromium for the e2e tests: $CHROMIUM, a system chromium, Playwright's own; with
    install=True, as root on Debian, apt-get installs one when there is none."""
    explicit = os.environ.get("CHROMIUM")
    if explicit:
        return explicit if Path(explicit).exists() else None
    found = shutil.which("chromium") or shutil.which("chromium-browser") or _playwright_chromium()
    if found or not install:
        return found
    return _apt_install("chromium")


def find_firefox(install: bool = False) -> str | None:
    """The Firefox for the Firefox build's e2e tests: $FIREFOX, a system firefox-esr or firefox;
    with install=True, as root on Debian, apt-get installs firefox-esr when there is none."""
    explicit = os.environ.get("FIREFOX")
    if explicit:
        return explicit if Path(explicit).exists() else None
    found = shutil.which("firefox-esr") or shutil.which("firefox")
    if found or not install:
        return found
    return _apt_install("firefox-esr")


def _apt_install(package: str) -> str | None:
    """As root on Debian, apt-get install ``package`` (CI runs as root); its command, or None."""
    if hasattr(os, "geteuid") and os.geteuid() == 0 and Path("/etc/debian_version").exists():
        run("apt-get", "update", "-q")
        run("apt-get", "install", "-y", "-q", package)
        return shutil.which(package)
    return None


def e2e_prepare(args: list[str]) -> int:
    """Runs before pytest: builds the fixture pages and tells the e2e tests which Chromium and
    Firefox to use (through $CHROMIUM and $FIREFOX); the e2e tests themselves run inside pytest,
    marked `e2e`. Without a Firefox, only the Firefox build's e2e tests are skipped."""
    e2e_fixtures()
    chromium = find_chromium(install=True)
    if chromium is None:
        print("e2e: no Chromium found; set CHROMIUM=/path/to/chromium", flush=True)
        return 1
    os.environ["CHROMIUM"] = chromium
    firefox = find_firefox(install=True)
    if firefox is None:
        print("e2e: no Firefox found (set FIREFOX=/path/to/firefox); its tests are skipped",
              flush=True)
    else:
        os.environ["FIREFOX"] = firefox
    return 0


TEST_SUITES.insert(0, e2e_prepare)


def cmd_lint(args: list[str]) -> int:
    setup_python()
    status = run(venv_bin("ruff"), "check", "backend", "tests", "build.py", check=False)
    status |= run(venv_bin("mypy"), check=False)
    return 1 if status else 0


# -- bench --------------------------------------------------------------------------------------

BENCH_DATA = ROOT.parent / "shared" / "eval" / "presidio_synth_v2.json"


def cmd_bench(args: list[str]) -> int:
    """The speed benchmark (issue 6); prints a table, writes bench/results.json. Throughput uses
    the public Presidio synthetic set when it is there (read in place, never copied)."""
    setup_python()
    data = ["--data", BENCH_DATA] if BENCH_DATA.exists() and "--data" not in args else []
    return run(venv_bin("secondlook"), "bench", "--out", ROOT / "bench" / "results.json",
               "--e2e", ROOT / "test-artifacts" / "e2e-latency.json", *data, *args, check=False)


def cmd_eval(args: list[str]) -> int:
    """Detection quality (issue 5): our corpus and the public sets in ../shared/eval, with
    Presidio's row beside ours unless other options are given."""
    setup_python()
    return run(venv_bin("secondlook"), "eval", *(args or ["--compare", "presidio"]), check=False)


COMMANDS = {
    "setup": cmd_setup,
    "serve": cmd_serve,
    "tray": cmd_tray,
    "test": cmd_test,
    "lint": cmd_lint,
    "package": cmd_package,
    "bench": cmd_bench,
    "eval": cmd_eval,
}


def main(argv: list[str]) -> int:
    if not argv or argv[0] not in COMMANDS:
        print(__doc__)
        return 2
    return COMMANDS[argv[0]](argv[1:])


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
