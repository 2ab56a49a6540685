"""The committed ogp_desktop/gui/generated/ui_*.py must be what pyside6-uic makes of ui/*.ui today."""

from __future__ import annotations

import importlib.util
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def _build_forms():
    spec = importlib.util.spec_from_file_location("build_forms", ROOT / "scripts" / "build_forms.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_every_form_is_compiled_and_fresh(tmp_path):
    build_forms = _build_forms()
    written = build_forms.build(tmp_path)
    forms = sorted(p.stem for p in (ROOT / "ui").glob("*.ui"))
    assert forms, "no Designer forms found"
    assert [p.name for p in written] == [f"ui_{name}.py" for name in forms]
    committed = ROOT / "ogp_desktop" / "gui" / "generated"
    stale = [p.name for p in written
             if not (committed / p.name).exists()
             or (committed / p.name).read_text(encoding="utf-8") != p.read_text(encoding="utf-8")]
    assert not stale, f"run `python scripts/build_forms.py`: stale {stale}"


def test_version_banner_is_normalised():
    build_forms = _build_forms()
    code = "## Created by: Qt User Interface Compiler version 6.99.1\n"
    assert build_forms.normalise(code) == "## Created by: Qt User Interface Compiler\n"
