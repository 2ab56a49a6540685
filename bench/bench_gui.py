"""Editor speed: opening the editor, building and switching pages in a 50-commitment report.

Targets: switching to an already built page < 100 ms (pages are cached), a
keystroke (edit + undo command + page refresh) well under a frame, validation
after the debounce a few ms.
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

    from ogp_desktop import reportfile
    from ogp_desktop.gui.editor.report_editor_widget import ReportEditorWidget
    from ogp_desktop.paths import resource_path
    from ogp_desktop.template import load_template

    app = QApplication.instance() or QApplication([])
    template = load_template()
    report = reportfile.read_report(resource_path("samples", "demo-ee-2016-2018.ogpreport.json"))
    rows = report.values.get("commitments") or [{}]
    report.values["commitments"] = [dict(rows[i % len(rows)], number=str(i + 1)) for i in range(50)]
    stack = QUndoStack()

    started = time.perf_counter()
    widget = ReportEditorWidget(report, template, stack, "en")
    widget.resize(1300, 850)
    widget.show()
    app.processEvents()
    open_time = time.perf_counter() - started

    keys = [s.id for s in template.sections if s.visible_for(report.report_type)]
    keys += [f"commitments[{i}]" for i in range(10 if quick else 50)]
    first: list[float] = []
    for key in keys:  # first visit builds the page
        t = time.perf_counter()
        widget.show_page(key)
        app.processEvents()
        first.append(time.perf_counter() - t)
    again: list[float] = []
    for _ in range(1 if quick else 3):
        for key in keys:  # cached: only a switch
            t = time.perf_counter()
            widget.show_page(key)
            app.processEvents()
            again.append(time.perf_counter() - t)

    widget.go_to("commitments[7].results")
    strokes: list[float] = []
    for i in range(20 if quick else 100):
        t = time.perf_counter()
        widget.editing.set_value("commitments[7].results", f"Result text {i}", typing=True)
        strokes.append(time.perf_counter() - t)
    runs: list[float] = []
    for _ in range(5 if quick else 20):
        t = time.perf_counter()
        widget.revalidate()
        runs.append(time.perf_counter() - t)
    widget.detach()
    widget.close()
    widget.deleteLater()
    app.processEvents()
    return [
        ("editor open, 50 commitments", _ms(open_time)),
        ("first visit of a page, median", _ms(statistics.median(first))),
        ("first visit of a page, max", _ms(max(first))),
        ("switch to a cached page, median (target < 100 ms)", _ms(statistics.median(again))),
        ("switch to a cached page, max (target < 100 ms)", _ms(max(again))),
        ("keystroke: undo command + refresh, median", _ms(statistics.median(strokes))),
        ("validate + badges + marks, median", _ms(statistics.median(runs))),
    ]


if __name__ == "__main__":
    for name, value in run(quick="--quick" in sys.argv):
        print(f"{name:55} {value}")
