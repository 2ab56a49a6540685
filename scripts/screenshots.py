#!/usr/bin/env python3
"""Render the shell's main screens offscreen into docs/screenshots/ (``python scripts/screenshots.py``).

Uses a throw-away library and settings folder, the shipped sample report and
the shipped DejaVu font, so the pictures are the same on every machine.
The editor engineer's own pictures (editor-*.png) are not touched.
"""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ["QT_QPA_PLATFORM"] = "offscreen"
os.environ.setdefault("QT_LOGGING_RULES", "qt.qpa.*=false")
OUT = ROOT / "docs" / "screenshots"


def _save(widget, name: str) -> Path:
    from PySide6.QtWidgets import QApplication

    for _ in range(3):
        QApplication.processEvents()
    path = OUT / name
    if not widget.grab().save(str(path)):
        raise SystemExit(f"could not write {path}")
    return path


def main() -> int:
    tmp = Path(tempfile.mkdtemp(prefix="ogp-shots-"))
    os.environ["OGP_DESKTOP_DATA"] = str(tmp / "data")
    os.environ["XDG_CONFIG_HOME"] = str(tmp / "config")
    import platformdirs
    from PySide6.QtCore import QDate

    from ogp_desktop import APP_ID
    from ogp_desktop import app as app_module
    from ogp_desktop.gui.export.export_dialog import ExportDialog
    from ogp_desktop.gui.library.new_report_dialog import NewReportDialog
    from ogp_desktop.gui.shell.about_dialog import AboutDialog
    from ogp_desktop.gui.shell.preferences_dialog import PreferencesDialog
    from ogp_desktop.paths import resource_path
    from ogp_desktop.report import Report
    from ogp_desktop.template import load_template
    from ogp_desktop.validation import validate

    OUT.mkdir(parents=True, exist_ok=True)
    app_module.make_application(["screenshots"])
    session = app_module.start()
    window = session.window
    window.resize(1200, 760)
    library = window.library
    library.import_file(resource_path("samples", "demo-ee-2016-2018.ogpreport.json"))
    roles = load_template().roles
    library.add(Report({roles.country: "Estonia", roles.plan_title: "Estonia's Fourth Action Plan 2018-2020",
                        roles.report_type: "mid_term", roles.period_start: "2018-09-01",
                        roles.period_end: "2019-08-31"},
                       meta={"title": "Fourth action plan: mid-term self-assessment"}))
    window.library_widget.refresh()
    window.library_widget.table.selectRow(0)
    written = [_save(window, "library.png")]

    dialog = NewReportDialog([load_template()], "en", window)
    dialog.ui.country_edit.setText("Estonia")
    dialog.ui.plan_title_edit.setText("Estonia's Fifth Action Plan 2020-2022")
    dialog.ui.plan_start_edit.setDate(QDate(2020, 9, 1))
    dialog.ui.plan_end_edit.setDate(QDate(2022, 8, 1))
    dialog.show()
    written.append(_save(dialog, "new-report-dialog.png"))
    dialog.close()

    demo = next(d.id for d in library.list() if "2016" in (d.period_start or "") or "2016" in d.title)
    window.open_draft(demo)
    window.current.editor.go_to("commitments[1].title")
    written.append(_save(window, "report-commitment.png"))

    # Both languages: the same page with an Estonian interface, then translation mode with one stale text.
    window.set_language("et")
    written.append(_save(window, "report-commitment-et.png"))
    window.set_language("en")
    editor = window.current.editor
    window.ui.action_translation_mode.trigger()
    editor.go_to("commitments[1].title")
    editor.translating.translation.setPlainText("Bürokraatiavaba Eesti")
    editor.flush_typing()
    editor.editing.set_value("commitments[1].title", "Zero-bureaucracy project (extended)")
    written.append(_save(window, "translation-mode.png"))
    window.current.stack.undo()
    window.current.stack.undo()
    window.ui.action_translation_mode.trigger()

    current = window.current
    errors = sum(1 for p in validate(current.report, current.template) if p.severity == "error")
    export = ExportDialog(current.report, current.template, window.settings, errors, window)
    export.ui.folder_edit.setText(str(Path.home() / "Documents"))
    export.show()
    written.append(_save(export, "export-dialog.png"))
    export.close()

    prefs = PreferencesDialog(window.settings, window)
    prefs.show()
    written.append(_save(prefs, "preferences-dialog.png"))
    prefs.close()
    # The folders a user sees by default, not this script's throw-away ones (stable pictures).
    about = AboutDialog(Path(platformdirs.user_data_dir(APP_ID, appauthor=False)),
                        Path(platformdirs.user_log_dir(APP_ID, appauthor=False)), window)
    about.show()
    written.append(_save(about, "about-dialog.png"))
    about.close()

    app_module.stop(session)
    shutil.rmtree(tmp, ignore_errors=True)
    for path in written:
        print(path.relative_to(ROOT))
    return 0


if __name__ == "__main__":
    sys.exit(main())
