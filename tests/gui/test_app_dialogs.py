"""Every shell dialog: inputs carry accessible names, Tab walks them in reading order."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QAbstractButton, QAbstractSpinBox, QComboBox, QLineEdit, QWidget

from ogp_desktop.gui.export.export_dialog import ExportDialog
from ogp_desktop.gui.library.new_report_dialog import NewReportDialog
from ogp_desktop.gui.shell.about_dialog import AboutDialog
from ogp_desktop.gui.shell.preferences_dialog import PreferencesDialog
from ogp_desktop.gui.widgets.settings import Settings
from ogp_desktop.report import Report
from ogp_desktop.template import load_template

INPUTS = (QLineEdit, QComboBox, QAbstractSpinBox, QAbstractButton)


def _dialogs(tmp_path):
    settings = Settings(tmp_path / "settings.ini")
    template = load_template()
    return {
        "new_report": lambda: NewReportDialog([template]),
        "export": lambda: ExportDialog(Report({"country": "Estonia"}, meta={"title": "T"}), template, settings, 3),
        "preferences": lambda: PreferencesDialog(settings),
        "about": lambda: AboutDialog(tmp_path / "data", tmp_path / "logs"),
    }


def _focus_chain(dialog: QWidget) -> list[QWidget]:
    chain, widget = [], dialog.nextInFocusChain()
    while widget is not dialog and len(chain) < 200:
        chain.append(widget)
        widget = widget.nextInFocusChain()
    return chain


@pytest.mark.parametrize("name", ["new_report", "export", "preferences", "about"])
def test_inputs_are_named_and_tab_follows_the_form(name, qtbot, tmp_path):
    dialog = _dialogs(tmp_path)[name]()
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.accessibleName() or dialog.windowTitle()
    inputs = [w for w in dialog.findChildren(QWidget) if isinstance(w, INPUTS) and w.isVisibleTo(dialog)
              and w.parent() is not None and not isinstance(w.parent(), QAbstractSpinBox)]
    assert inputs
    unnamed = [w.objectName() for w in inputs
               if not (w.accessibleName() or (isinstance(w, QAbstractButton) and w.text()))]
    assert unnamed == []
    # Tab order: the form's inputs come in top-to-bottom order (the Designer <tabstops>).
    chain = [w for w in _focus_chain(dialog) if w in inputs and w.focusPolicy() != 0]
    form = [w for w in chain if not isinstance(w, QAbstractButton) or w.parent() is not dialog.findChild(
        QWidget, "buttons")]
    tops = [w.mapTo(dialog, w.rect().topLeft()).y() for w in form]
    assert len(form) >= {"new_report": 7, "export": 9, "preferences": 4, "about": 0}[name]
    assert tops == sorted(tops), [w.objectName() for w in form]
