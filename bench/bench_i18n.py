"""Two languages: translation mode and the interface language switch on a big report.

A synthetic report of 50 commitments (6 milestones each; ``--quick``: 10),
half of its texts translated. Targets: entering translation mode < 300 ms; a
keystroke in a translation (undo command + list, state and badge refresh)
< 16 ms, one frame; a keystroke in the form while translation mode is on the
same; switching the interface language with the report open < 300 ms.
"""

from __future__ import annotations

import os
import statistics
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_LOGGING_RULES", "qt.qpa.*=false")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))


def _ms(seconds: float) -> str:
    return f"{seconds * 1000:.1f} ms"


def run(quick: bool = False) -> list[tuple[str, str]]:
    from PySide6.QtGui import QUndoStack
    from PySide6.QtWidgets import QApplication

    from ogp_desktop import translations
    from ogp_desktop.document.synthetic import generate_report
    from ogp_desktop.gui.editor.report_editor_widget import ReportEditorWidget
    from ogp_desktop.gui.widgets.i18n import LanguageSwitcher
    from ogp_desktop.template import load_template

    app = QApplication.instance() or QApplication([])
    template = load_template()
    report = generate_report(template, commitments=10 if quick else 50)
    paths = list(translations.translatable_paths(report, template))
    for path in paths[::2]:
        translations.translate(report, path, "et", f"Tõlge: {report.get(path)}")
    widget = ReportEditorWidget(report, template, QUndoStack(), "en")
    widget.resize(1300, 850)
    widget.show()
    app.processEvents()

    started = time.perf_counter()
    widget.set_translation_mode(True)
    app.processEvents()
    enter = time.perf_counter() - started
    mode = widget.translating
    assert mode is not None

    target = paths[1]  # a missing one: typing makes it current, the list and badges follow
    widget.go_to(target)
    typing: list[float] = []
    for i in range(20 if quick else 60):
        t = time.perf_counter()
        mode.translation.insertPlainText("a" if i % 7 else " ")
        app.processEvents()
        typing.append(time.perf_counter() - t)

    form_path = paths[2]
    source_typing: list[float] = []
    for i in range(10 if quick else 30):  # a source edit (e.g. a merge or undo) while translating
        t = time.perf_counter()
        widget.editing.set_value(form_path, f"{report.get(form_path)}{i % 10}", typing=True)
        app.processEvents()
        source_typing.append(time.perf_counter() - t)

    switcher = LanguageSwitcher()
    switches: list[float] = []
    for lang in ("et", "en") * (1 if quick else 3):
        t = time.perf_counter()
        switcher.set_language(lang)
        widget.set_language(lang)
        app.processEvents()
        switches.append(time.perf_counter() - t)
    switcher.uninstall()
    widget.detach()
    widget.close()
    widget.deleteLater()
    app.processEvents()

    return [
        ("translatable values in the report", str(len(paths))),
        ("enter translation mode (target < 300 ms)", _ms(enter)),
        ("keystroke in a translation, median (target < 16 ms)", _ms(statistics.median(typing))),
        ("keystroke in a translation, worst", _ms(max(typing))),
        ("source edit while translating, median (target < 16 ms)", _ms(statistics.median(source_typing))),
        ("interface language switch, median (target < 300 ms)", _ms(statistics.median(switches))),
    ]


if __name__ == "__main__":
    for name, value in run("--quick" in sys.argv):
        print(f"{name}: {value}")
