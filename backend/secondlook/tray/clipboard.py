"""Put the pairing token on the clipboard. On X11 and Wayland a clipboard's content lives in the
process that set it, so the copy is handed to a process that outlives the menu click: the
desktop's own tool when there is one (wl-copy, xclip, xsel, pbcopy, clip), otherwise a small Qt
process (``python -m secondlook.tray.clipboard``) that keeps the text until something else is
copied. The text goes through a pipe, never a command line (other users can read those)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys

KEEP_MS = 10 * 60 * 1000  # the Qt helper keeps the token on the clipboard for ten minutes at most


def tools() -> list[list[str]]:
    """Clipboard commands for this desktop, best first."""
    candidates = []
    if os.environ.get("WAYLAND_DISPLAY"):
        candidates.append(["wl-copy"])
    if os.environ.get("DISPLAY"):
        candidates += [["xclip", "-selection", "clipboard"], ["xsel", "--clipboard", "--input"]]
    candidates += [["pbcopy"], ["clip"]]
    return [c for c in candidates if shutil.which(c[0])]


def copy_text(text: str) -> bool:
    """True when some clipboard took the text."""
    for command in tools():
        try:
            subprocess.run(command, input=text.encode(), timeout=5, check=True,
                           stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            return True
        except (OSError, subprocess.SubprocessError):
            continue
    helper = subprocess.Popen([sys.executable, "-m", "secondlook.tray.clipboard"],
                              stdin=subprocess.PIPE, stdout=subprocess.PIPE)
    assert helper.stdin is not None and helper.stdout is not None
    helper.stdin.write(text.encode())
    helper.stdin.close()
    return helper.stdout.readline().strip() == b"copied"


def main() -> int:
    from qtpy.QtCore import QTimer
    from qtpy.QtGui import QGuiApplication

    text = sys.stdin.read()
    app = QGuiApplication(sys.argv[:1])
    clipboard = app.clipboard()
    assert clipboard is not None
    clipboard.setText(text)
    print("copied", flush=True)

    def changed() -> None:
        if clipboard.text() != text:  # someone copied something else: our job is done
            app.quit()

    clipboard.dataChanged.connect(changed)
    QTimer.singleShot(KEEP_MS, app.quit)
    return int(app.exec())


if __name__ == "__main__":
    sys.exit(main())
