#!/usr/bin/env python3
"""Refresh the interface translations: pyside6-lupdate, then pyside6-lrelease.

Sources: every module of ogp_desktop/gui (and app.py) and the Designer forms
in ui/. Catalogues: resources/i18n/ogp_desktop_<lang>.ts (edit these, e.g.
with pyside6-linguist) and the compiled .qm files the app loads.
``--check`` changes nothing and exits 1 when a catalogue misses a string of the
code, an Estonian string is untranslated, a context is not a class name (so Qt
would never find it at run time), or a .qm does not match its .ts.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
I18N = ROOT / "resources" / "i18n"
LANGS = ("et", "en")
TRANSLATED = ("et",)  # English is the source language: its catalogue stays empty
_QT_LANG = {"et": "et_EE", "en": "en_GB"}


def _tool(name: str) -> str:
    return shutil.which(name) or str(Path(sys.executable).parent / name)


def ts_path(lang: str) -> Path:
    return I18N / f"ogp_desktop_{lang}.ts"


def qm_path(lang: str) -> Path:
    return I18N / f"ogp_desktop_{lang}.qm"


def sources() -> list[str]:
    files = sorted((ROOT / "ogp_desktop" / "gui").rglob("*.py")) + [ROOT / "ogp_desktop" / "app.py"]
    files += sorted((ROOT / "ui").glob("*.ui"))
    return [str(f.relative_to(ROOT)) for f in files if f.exists() and "generated" not in f.parts]


def lupdate(ts: Path, lang: str) -> None:
    """Collect the strings of the code into *ts*, keeping its existing translations."""
    subprocess.run([_tool("pyside6-lupdate"), *sources(), "-no-obsolete", "-locations", "none",
                    "-source-language", "en_GB", "-target-language", _QT_LANG[lang], "-ts", str(ts)],
                   cwd=ROOT, check=True, capture_output=True)


def lrelease(ts: Path, qm: Path) -> None:
    subprocess.run([_tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(qm)], cwd=ROOT, check=True)


def messages(ts: Path) -> dict[tuple[str, str], str | None]:
    """(context, source) -> translation (None when unfinished) for every live message of *ts*."""
    out: dict[tuple[str, str], str | None] = {}
    for ctx in ET.parse(ts).getroot().iter("context"):
        name = ctx.findtext("name") or ""
        for msg in ctx.iter("message"):
            tr = msg.find("translation")
            kind = tr.get("type") if tr is not None else "unfinished"
            if kind in ("vanished", "obsolete"):
                continue
            text = tr.text if tr is not None else None
            out[(name, msg.findtext("source") or "")] = text if kind != "unfinished" and (text or "").strip() else None
    return out


def problems() -> list[str]:
    """Everything --check complains about, one sentence each."""
    out: list[str] = []
    with tempfile.TemporaryDirectory() as tmp:
        fresh = Path(tmp) / "fresh.ts"
        lupdate(fresh, "et")
        wanted = set(messages(fresh))
        for lang in LANGS:
            ts, qm = ts_path(lang), qm_path(lang)
            if not ts.exists():
                out.append(f"{ts.name} is missing; run scripts/update_translations.py")
                continue
            have = messages(ts)
            if missing := sorted(wanted - set(have)):
                out.append(f"{ts.name} lacks {len(missing)} string(s) of the code, e.g. {missing[:3]}; run this script")
            if lang in TRANSLATED and (untranslated := [k for k in wanted & set(have) if have[k] is None]):
                out.append(f"{ts.name}: {len(untranslated)} untranslated, e.g. {sorted(untranslated)[:3]}")
            compiled = Path(tmp) / f"{lang}.qm"
            lrelease(ts, compiled)
            if not qm.exists() or qm.read_bytes() != compiled.read_bytes():
                out.append(f"{qm.name} does not match {ts.name}; run this script")
        # lupdate names a context after the object tr() is called on: "parent.tr" gives "parent",
        # which Qt never looks up at run time (it uses the class name).
        odd = sorted({ctx for ctx, _ in wanted if not ctx[:1].isupper()})
        if odd:
            out.append(f"contexts that are not class names (use self.tr or QCoreApplication.translate): {odd}")
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="report missing, untranslated and stale catalogues")
    args = parser.parse_args()
    if args.check:
        found = problems()
        for line in found:
            print(line)
        return 1 if found else 0
    I18N.mkdir(parents=True, exist_ok=True)
    for lang in LANGS:
        lupdate(ts_path(lang), lang)
        lrelease(ts_path(lang), qm_path(lang))
    for (ctx, source), text in messages(ts_path("et")).items():
        if text is None:
            print(f"untranslated in {ts_path('et').name}: {ctx}: {source!r}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
