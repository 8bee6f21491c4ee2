"""``build.py setup`` names the system libraries the settings window lacks, with the apt command
that installs them, and never fails set-up over them."""

from __future__ import annotations

import importlib.util
import sys
from types import ModuleType

import pytest
from tray_helpers import ROOT


def build_module() -> ModuleType:
    spec = importlib.util.spec_from_file_location("secondlook_build", ROOT / "build.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_missing_libraries_are_named_with_their_packages() -> None:
    build = build_module()
    everything = set(build.DESKTOP_LIBRARIES)
    assert build.missing_desktop_libraries(everything) == {}
    lacking = everything - {"libxcb-cursor.so.0", "libxkbcommon-x11.so.0"}
    assert build.missing_desktop_libraries(lacking) == {
        "libxcb-cursor.so.0": "libxcb-cursor0",
        "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
    }


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the check is for Linux")
def test_setup_step_prints_the_install_command_and_does_not_fail(
        monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    build = build_module()
    assert build.check_desktop_libraries in build.SETUP_STEPS
    real = build.installed_libraries()
    assert real and "libc.so.6" in real  # ldconfig -p was read
    lacking = set(build.DESKTOP_LIBRARIES) - {"libxcb-cursor.so.0", "libEGL.so.1"}
    monkeypatch.setattr(build, "installed_libraries", lambda: lacking)
    build.check_desktop_libraries()
    out = capsys.readouterr().out
    assert "libxcb-cursor.so.0, libEGL.so.1" in out
    assert "sudo apt-get install libegl1 libxcb-cursor0\n" in out
    assert "QT_QPA_PLATFORM=offscreen" in out
    monkeypatch.setattr(build, "installed_libraries", lambda: None)
    build.check_desktop_libraries()
    assert "skipped" in capsys.readouterr().out
