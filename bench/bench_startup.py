"""Cold start to a usable window, whole process: ``python main.py [--demo]`` until the window is shown.

Each run is a fresh interpreter (``OGP_DESKTOP_QUIT_AFTER_SHOW=1`` makes the
app quit right after showing the window and print the seconds since the
kernel started the process). The parent also times the whole process from
spawn to exit. Target: under 1.5 s to a usable window. Runs offscreen, with
a fresh data folder per run.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TARGET_S = 1.5


def _one(args: list[str]) -> tuple[float, float]:
    with tempfile.TemporaryDirectory(prefix="ogp-bench-start-") as tmp:
        env = dict(os.environ, OGP_DESKTOP_QUIT_AFTER_SHOW="1", QT_QPA_PLATFORM="offscreen",
                   OGP_DESKTOP_DATA=str(Path(tmp) / "data"), XDG_CONFIG_HOME=str(Path(tmp) / "config"),
                   QT_LOGGING_RULES="qt.qpa.*=false")
        started = time.perf_counter()
        done = subprocess.run([sys.executable, str(ROOT / "main.py"), *args], env=env, capture_output=True,
                              text=True, timeout=120, cwd=ROOT)
        wall = time.perf_counter() - started
    if done.returncode != 0:
        raise RuntimeError(f"main.py {' '.join(args)} failed: {done.stderr.strip()[-500:]}")
    line = next((ln for ln in done.stdout.splitlines() if ln.startswith("startup_seconds=")), "")
    value = line.partition("=")[2]
    shown = float(value) if value and value != "unknown" else wall
    return shown, wall


def run(quick: bool = False) -> list[tuple[str, str]]:
    repeats = 2 if quick else 5
    rows: list[tuple[str, str]] = []
    for label, args in (("library", []), ("--demo (sample report open)", ["--demo"])):
        _one(args)  # warm the OS file cache: "cold" here means a fresh process, not a fresh disk
        shown, wall = zip(*(_one(args) for _ in range(repeats)), strict=True)
        rows.append((f"start to window shown, {label} (median of {repeats}; target < {TARGET_S} s)",
                     f"{statistics.median(shown):.2f} s"))
        rows.append((f"whole process incl. exit, {label} (median of {repeats})", f"{statistics.median(wall):.2f} s"))
    return rows


if __name__ == "__main__":
    for name, value in run(quick="--quick" in sys.argv):
        print(f"{name}: {value}")
