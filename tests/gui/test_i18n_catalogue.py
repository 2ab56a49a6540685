"""The Qt catalogues: complete, compiled from their sources, shipped in the package, and used."""

from __future__ import annotations

import importlib.util
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
from PySide6.QtCore import QDate, QLocale, QTranslator

from ogp_desktop import paths
from ogp_desktop.gui.widgets import i18n
from ogp_desktop.gui.widgets.ui_text import ui_text

ROOT = Path(__file__).resolve().parents[2]


def _script() -> ModuleType:
    spec = importlib.util.spec_from_file_location("update_translations", ROOT / "scripts" / "update_translations.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def script() -> ModuleType:
    return _script()


def test_the_check_finds_nothing(script: ModuleType) -> None:
    """Every string of the code is in both catalogues, Estonian is complete, the .qm files are current."""
    assert script.problems() == []


def test_the_estonian_catalogue_covers_every_string_of_the_code(script: ModuleType, tmp_path: Path) -> None:
    fresh = tmp_path / "fresh.ts"
    script.lupdate(fresh, "et")
    wanted = script.messages(fresh)
    shipped = script.messages(script.ts_path("et"))
    assert len(wanted) > 200
    assert set(wanted) <= set(shipped)
    assert [k for k in wanted if shipped[k] is None] == []


def test_the_shipped_qm_answers_exactly_what_its_ts_says(script: ModuleType, qapp: Any) -> None:
    """Load the shipped .qm and look every message up: the compiled file is the .ts, not an older one."""
    shipped = QTranslator()
    assert shipped.load(str(paths.resource_path("i18n", "ogp_desktop_et.qm")))
    for (context, source), text in script.messages(script.ts_path("et")).items():
        assert shipped.translate(context, source) == text, (context, source)


def test_placeholders_survive_translation(script: ModuleType) -> None:
    """A translation that drops or renames "{n}" would raise KeyError at run time."""
    import string

    def names(s: str) -> set[str]:
        return {f for _, f, _, _ in string.Formatter().parse(s) if f}

    for (context, source), text in script.messages(script.ts_path("et")).items():
        assert text is not None and names(text) == names(source), (context, source, text)


def test_the_check_reports_an_untranslated_string(script: ModuleType, tmp_path: Path,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    work = tmp_path / "i18n"
    shutil.copytree(script.I18N, work)
    ts = work / "ogp_desktop_et.ts"
    ts.write_text(ts.read_text(encoding="utf-8").replace("<translation>Lisa</translation>",
                                                         '<translation type="unfinished"></translation>'),
                  encoding="utf-8")
    monkeypatch.setattr(script, "I18N", work)
    found = script.problems()
    assert any("1 untranslated" in line and "'Add'" in line for line in found)
    assert any("ogp_desktop_et.qm does not match" in line for line in found)


def test_the_catalogue_is_found_through_resource_path_and_loads(qapp: Any) -> None:
    qm = paths.resource_path("i18n", "ogp_desktop_et.qm")
    assert qm.is_file()
    t = QTranslator()
    assert t.load(str(qm)) and not t.isEmpty()
    assert i18n.translate("et", "Editor", "Add") == "Lisa"
    assert i18n.translate("en", "Editor", "Add") == "Add"
    assert i18n.translate("et", "Editor", "no such string") == "no such string"
    assert ui_text("words", "et", words=3, chars=20) == "3 sõna, 20 märki"


def test_numbers_and_dates_follow_the_language() -> None:
    assert i18n.format_number(12345.5, "et").replace("\u00a0", " ") == "12 345,5"
    assert i18n.format_number(12345.5, "en") == "12,345.5"
    july = QDate(2018, 7, 1)
    assert "juuli" in i18n.locale_for("et").toString(july, QLocale.FormatType.LongFormat)
    assert "July" in i18n.locale_for("en").toString(july, QLocale.FormatType.LongFormat)


@pytest.mark.slow
def test_the_wheel_ships_the_compiled_catalogues(tmp_path: Path) -> None:
    src = tmp_path / "src"
    files = subprocess.run(["git", "ls-files", "-co", "--exclude-standard"], cwd=ROOT,
                           capture_output=True, text=True, check=True).stdout.split()
    for rel in files:
        if (ROOT / rel).is_file():
            (src / rel).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(ROOT / rel, src / rel)
    subprocess.run([sys.executable, "-m", "pip", "wheel", "-q", "--no-deps", "--no-build-isolation",
                    "-w", str(tmp_path / "wheels"), str(src)], check=True, capture_output=True)
    wheel = next((tmp_path / "wheels").glob("ogp_desktop-*.whl"))
    with zipfile.ZipFile(wheel) as zf:
        names = set(zf.namelist())
    for lang in ("et", "en"):
        assert f"ogp_desktop/resources/i18n/ogp_desktop_{lang}.qm" in names
