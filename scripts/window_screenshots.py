#!/usr/bin/env python3
"""Screenshots of the real window under Xvfb: 1024x640 and 1920x1080, English and Estonian.

``python3 scripts/window_screenshots.py`` starts an X server per screen size
(``Xvfb``, Debian package ``xvfb``), opens the demo report maximised on a
commitment page with a table and the find bar, and writes
``docs/screenshots/window-<width>x<height>-<lang>.png`` from the X server's own
screen (what a user would see, window manager aside).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "docs" / "screenshots"
SIZES = ((1024, 640), (1920, 1080))


def shoot(width: int, height: int, lang: str, out: Path) -> None:
    """In this process: the app on $DISPLAY, maximised, then the whole screen saved to *out*."""
    sys.path.insert(0, str(ROOT))
    tmp = Path(tempfile.mkdtemp(prefix="ogp-xshots-"))
    os.environ["XDG_CONFIG_HOME"] = str(tmp / "config")
    from PySide6.QtCore import Qt

    from ogp_desktop import app as app_module
    from ogp_desktop.gui.widgets.settings import Settings

    settings = Settings(tmp / "settings.ini")
    settings.language = lang
    app = app_module.make_application(["shots"])
    session = app_module.start(demo=True, data_dir=tmp / "data", settings=settings)
    window = session.window
    window.setWindowState(Qt.WindowState.WindowMaximized)
    window.resize(width, height)
    editor = window.current.editor
    editor.go_to("commitments[1].milestones[0].activity")
    editor.find_bar.open(replace=False, text="open data")
    for _ in range(20):
        app.processEvents()
        time.sleep(0.05)
    editor.find_bar.find_next()
    for _ in range(10):
        app.processEvents()
        time.sleep(0.05)
    shot = window.screen().grabWindow(0)
    if not shot.save(str(out)):
        raise SystemExit(f"could not write {out}")
    session.window.keep_into = None  # nothing to keep: the demo goes
    app_module.stop(session)
    shutil.rmtree(tmp, ignore_errors=True)


def main() -> int:
    if len(sys.argv) == 5 and sys.argv[1] == "--shoot":
        w, h = (int(x) for x in sys.argv[2].split("x"))
        shoot(w, h, sys.argv[3], Path(sys.argv[4]))
        return 0
    if shutil.which("Xvfb") is None:
        raise SystemExit("Xvfb is needed: apt-get install xvfb")
    OUT.mkdir(parents=True, exist_ok=True)
    for n, (w, h) in enumerate(SIZES):
        display = f":{91 + n}"
        server = subprocess.Popen(["Xvfb", display, "-screen", "0", f"{w}x{h}x24", "-nolisten", "tcp"],
                                  stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        try:
            time.sleep(1.0)
            for lang in ("en", "et"):
                out = OUT / f"window-{w}x{h}-{lang}.png"
                env = {**os.environ, "DISPLAY": display, "QT_QPA_PLATFORM": "xcb",
                       "QT_LOGGING_RULES": "qt.qpa.*=false"}
                subprocess.run([sys.executable, __file__, "--shoot", f"{w}x{h}", lang, str(out)], env=env,
                               check=True, timeout=120)
                print(out.relative_to(ROOT))
        finally:
            server.terminate()
            server.wait(timeout=10)
    return 0


if __name__ == "__main__":
    sys.exit(main())
