"""Fixtures of the end-to-end tests: one fixture server, one service and one Chromium (with the
built extension, paired through its options page) per session; a fresh tab per test."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from e2e_harness import (
    ARTIFACTS,
    EXTENSION,
    Service,
    build_module,
    chromium_args,
    extension_id,
    fixture_server,
    free_port,
)


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    here = Path(__file__).parent
    for item in items:
        if here in Path(str(item.fspath)).parents:
            item.add_marker(pytest.mark.e2e)


def extension_built() -> bool:
    return (EXTENSION / "manifest.json").exists()


@pytest.fixture(scope="session")
def chromium() -> str:
    build = build_module()
    try:
        build.e2e_fixtures()
    except SystemExit as error:  # build.py's way of saying npm is missing or a step failed
        pytest.fail(f"the fixture pages could not be built: {error}")
    path = build.find_chromium()
    if path is None:
        pytest.fail("no Chromium: set CHROMIUM, install chromium, or run python3 build.py test")
    return str(path)


@pytest.fixture(scope="session")
def fixture_port(tmp_path_factory: pytest.TempPathFactory) -> Iterator[int]:
    with fixture_server(tmp_path_factory.mktemp("tls")) as port:
        yield port


@pytest.fixture(scope="session")
def service(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Service]:
    running = Service(tmp_path_factory.mktemp("secondlook-home"), free_port())
    running.start()
    yield running
    running.stop()


def launch(driver: Any, chromium: str, port: int, profile: Path, *, with_extension: bool) -> Any:
    context = driver.chromium.launch_persistent_context(
        str(profile),
        executable_path=chromium,
        headless=False,  # the new headless mode comes from chromium_args
        args=chromium_args(port, with_extension=with_extension),
        ignore_default_args=["--disable-extensions"],
        viewport={"width": 1280, "height": 800},
    )
    context.set_default_timeout(10_000)
    return context


@pytest.fixture(scope="session")
def browser(
    playwright_driver: Any,
    chromium: str,
    fixture_port: int,
    tmp_path_factory: pytest.TempPathFactory,
) -> Iterator[Any]:
    """Chromium with the built extension."""
    profile = tmp_path_factory.mktemp("profile")
    context = launch(
        playwright_driver, chromium, fixture_port, profile, with_extension=extension_built()
    )
    yield context
    context.close()


@pytest.fixture(scope="session")
def bare_browser(
    playwright_driver: Any,
    chromium: str,
    fixture_port: int,
    tmp_path_factory: pytest.TempPathFactory,
) -> Iterator[Any]:
    """Chromium without the extension, for the harness's own tests."""
    profile = tmp_path_factory.mktemp("bare-profile")
    context = launch(playwright_driver, chromium, fixture_port, profile, with_extension=False)
    yield context
    context.close()


@pytest.fixture(scope="session")
def extension(browser: Any, service: Service) -> str:
    """The extension's id, once it is paired with the service (tests of the extension use this;
    the harness's own tests run without it)."""
    if not extension_built():
        pytest.skip(f"the extension is not built ({EXTENSION}): run python3 build.py setup")
    pair(browser, service)
    return extension_id(browser)


def options_url(context: Any) -> str:
    manifest = json.loads((EXTENSION / "manifest.json").read_text())
    page = (manifest.get("options_ui") or {}).get("page") or manifest["options_page"]
    return f"chrome-extension://{extension_id(context)}/{page}"


def pair(context: Any, service: Service) -> None:
    """Pairs the extension with the service as a user would: the options page's service URL and
    token fields and its Connect button."""
    page = context.new_page()
    page.goto(options_url(context))
    page.locator("[data-secondlook-service-url]").fill(service.url)
    page.locator("[data-secondlook-token]").fill(service.token)
    page.locator("[data-secondlook-connect]").click()
    # The options page's own report of the result (not in the testing contract, so a failure
    # here names it).
    result = page.locator('[data-secondlook-result][data-state="connected"]')
    try:
        result.wait_for(timeout=10_000)
    except Exception as error:
        raise AssertionError("the options page did not report the pairing as connected") from error
    page.close()


def new_tab(context: Any, request: pytest.FixtureRequest) -> Iterator[Any]:
    tab = context.new_page()
    yield tab
    report = getattr(request.node, "rep_call", None)
    if report is not None and report.failed:
        ARTIFACTS.mkdir(exist_ok=True)
        tab.screenshot(path=str(ARTIFACTS / f"failed-{request.node.name}.png"))
    tab.close()


@pytest.fixture
def page(browser: Any, request: pytest.FixtureRequest) -> Iterator[Any]:
    yield from new_tab(browser, request)


@pytest.fixture
def bare_page(bare_browser: Any, request: pytest.FixtureRequest) -> Iterator[Any]:
    yield from new_tab(bare_browser, request)


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item: pytest.Item, call: pytest.CallInfo[None]) -> Iterator[None]:
    outcome = yield
    report = outcome.get_result()
    setattr(item, f"rep_{report.when}", report)
