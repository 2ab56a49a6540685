#!/usr/bin/env python3
"""Compile the Qt Designer forms in ui/ into ogp_desktop/gui/generated/ui_<name>.py.

Run after editing a .ui file: ``python scripts/build_forms.py``. The output is
committed (no runtime uic), and tests/gui/test_forms_fresh.py fails when it is
stale. The uic banner names the uic version; it is normalised so a Qt patch
upgrade alone does not make every form "stale".
"""

from __future__ import annotations

import argparse
import re
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
UI_DIR = ROOT / "ui"
OUT_DIR = ROOT / "ogp_desktop" / "gui" / "generated"
_VERSION_LINE = re.compile(r"^## Created by: Qt User Interface Compiler version .*$", re.MULTILINE)


def _uic() -> list[str]:
    """The uic of the PySide6 this interpreter runs: beside it (a venv's bin/), on PATH, or its own binary."""
    beside = Path(sys.executable).parent / "pyside6-uic"
    if beside.is_file():
        return [str(beside)]
    exe = shutil.which("pyside6-uic")
    if exe:
        return [exe]
    import PySide6  # the binary inside the package: no wrapper script installed at all

    return [str(Path(PySide6.__file__).parent / "Qt" / "libexec" / "uic")]


def normalise(code: str) -> str:
    return _VERSION_LINE.sub("## Created by: Qt User Interface Compiler", code)


def compile_form(ui_file: Path) -> str:
    done = subprocess.run([*_uic(), "-g", "python", str(ui_file)],
                          check=True, capture_output=True, text=True)
    return normalise(done.stdout)


def build(out_dir: Path = OUT_DIR) -> list[Path]:
    out_dir.mkdir(parents=True, exist_ok=True)
    written = []
    for ui_file in sorted(UI_DIR.glob("*.ui")):
        target = out_dir / f"ui_{ui_file.stem}.py"
        target.write_text(compile_form(ui_file), encoding="utf-8")
        written.append(target)
    return written


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=OUT_DIR, help="where to write (default: the package)")
    args = parser.parse_args()
    for path in build(args.out):
        print(path.relative_to(ROOT) if path.is_relative_to(ROOT) else path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
