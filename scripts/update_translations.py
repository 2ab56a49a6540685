#!/usr/bin/env python3
"""Refresh the interface translations: pyside6-lupdate, then pyside6-lrelease.

Sources: every module of ogp_desktop/gui (and app.py) and the Designer forms
in ui/. Catalogues: resources/i18n/ogp_desktop_<lang>.ts (edit these, e.g.
with pyside6-linguist) and the compiled .qm files the app loads.
``--check`` exits 1 when a .qm is older than its .ts or a string is untranslated.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
I18N = ROOT / "resources" / "i18n"
LANGS = ("et", "en")


def _tool(name: str) -> str:
    found = shutil.which(name) or str(Path(sys.executable).parent / name)
    return found


def sources() -> list[str]:
    files = sorted((ROOT / "ogp_desktop" / "gui").rglob("*.py")) + [ROOT / "ogp_desktop" / "app.py"]
    files += sorted((ROOT / "ui").glob("*.ui"))
    return [str(f.relative_to(ROOT)) for f in files if f.exists() and "generated" not in f.parts]


def untranslated(ts: Path) -> list[str]:
    tree = ET.parse(ts)
    out = []
    for msg in tree.iter("message"):
        tr = msg.find("translation")
        if tr is None or tr.get("type") in ("unfinished",) or not (tr.text or "").strip():
            if tr is None or tr.get("type") != "vanished":
                out.append(msg.findtext("source") or "")
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="report untranslated strings and stale catalogues")
    args = parser.parse_args()
    I18N.mkdir(parents=True, exist_ok=True)
    if args.check:
        bad = 0
        for lang in LANGS:
            ts, qm = I18N / f"ogp_desktop_{lang}.ts", I18N / f"ogp_desktop_{lang}.qm"
            missing = untranslated(ts) if lang != "en" else []
            if missing:
                print(f"{ts.name}: {len(missing)} untranslated, e.g. {missing[:3]}")
                bad = 1
            if not qm.exists() or qm.stat().st_mtime < ts.stat().st_mtime:
                print(f"{qm.name}: older than {ts.name}; run this script")
                bad = 1
        return bad
    for lang in LANGS:
        ts = I18N / f"ogp_desktop_{lang}.ts"
        subprocess.run([_tool("pyside6-lupdate"), *sources(), "-no-obsolete", "-source-language", "en_GB",
                        "-target-language", "et_EE" if lang == "et" else "en_GB", "-ts", str(ts.relative_to(ROOT))],
                       cwd=ROOT, check=True)
        subprocess.run([_tool("pyside6-lrelease"), str(ts), "-qm", str(ts.with_suffix(".qm"))], cwd=ROOT, check=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
