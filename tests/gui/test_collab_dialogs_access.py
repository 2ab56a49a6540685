"""Every collaboration dialog: inputs and lists carry accessible names, Tab walks them top to bottom."""

from __future__ import annotations

import itertools

import pytest
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QDialogButtonBox,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from ogp_desktop.gui.collab.carry_forward_dialog import CarryForwardDialog
from ogp_desktop.gui.collab.contribution_export_dialog import ContributionExportDialog
from ogp_desktop.gui.collab.merge_dialog import MergeDialog
from ogp_desktop.gui.collab.plan_import_dialog import PlanImportDialog
from ogp_desktop.gui.collab.versions_dialog import VersionsDialog
from ogp_desktop.interchange import export_contribution, merge_contribution
from ogp_desktop.paths import resource_path
from ogp_desktop.reportfile import read_report
from ogp_desktop.store.library import Library
from ogp_desktop.template import load_template

INPUTS = (QLineEdit, QComboBox, QAbstractSpinBox, QAbstractButton, QPlainTextEdit, QAbstractItemView)
DEMO = resource_path("samples", "demo-ee-2016-2018.ogpreport.json")
NAMES = ["plan_import", "contribution_export", "merge", "versions", "carry_forward"]


@pytest.fixture
def make(tmp_path):
    library = Library(tmp_path / "library")
    report = read_report(DEMO)
    draft_id = library.add(report)

    def build(name: str) -> QWidget:
        if name == "plan_import":
            return PlanImportDialog(report, report.title)
        if name == "contribution_export":
            return ContributionExportDialog(report, str(tmp_path))
        if name == "merge":
            mine, contribution = report.copy(), export_contribution(report, ["1"], "Tax and Customs Board")
            mine.set("commitments[0].results", "Mine")
            contribution.set("commitments[0].results", "Theirs")
            return MergeDialog(merge_contribution(mine, contribution), load_template())
        if name == "versions":
            library.snapshot(draft_id, "Named")
            return VersionsDialog(library, draft_id, load_template())
        return CarryForwardDialog(library)

    yield build
    library.close()


def _focus_chain(dialog: QWidget) -> list[QWidget]:
    chain, widget = [], dialog.nextInFocusChain()
    while widget is not dialog and len(chain) < 300:
        chain.append(widget)
        widget = widget.nextInFocusChain()
    return chain


@pytest.mark.parametrize("name", NAMES)
def test_inputs_are_named_and_tab_goes_down_the_dialog(name, make, qtbot):
    dialog = make(name)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.accessibleName() and dialog.windowTitle()
    inputs = [w for w in dialog.findChildren(QWidget) if isinstance(w, INPUTS) and w.isVisibleTo(dialog)
              and not isinstance(w.parent(), (QAbstractSpinBox, QComboBox)) and w.focusPolicy() != 0
              and not w.objectName().startswith("qt_")]
    assert inputs
    unnamed = [type(w).__name__ for w in inputs
               if not (w.accessibleName() or (isinstance(w, QAbstractButton) and w.text()))]
    assert unnamed == []
    # Tab follows reading order: down the dialog, ending in its OK/Cancel row
    chain = [w for w in _focus_chain(dialog) if w in inputs and w.isEnabled()
             and not isinstance(w.parent(), QDialogButtonBox)]
    tops = [w.mapTo(dialog, w.rect().topLeft()).y() for w in chain]
    # (widgets side by side in one row may differ by a few pixels)
    order = [(type(w).__name__, w.accessibleName()) for w in chain]
    assert all(b >= a - 8 for a, b in itertools.pairwise(tops)), order
    assert not dialog.grab().isNull()  # it paints (no file: /tmp is shared)
