"""New report: the few facts that identify a report, asked before the draft exists."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QDate, QEvent
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from ogp_desktop.gui.generated.ui_new_report_dialog import Ui_NewReportDialog
from ogp_desktop.gui.widgets.i18n import LANGUAGE_NAMES
from ogp_desktop.template import Template, tr
from ogp_desktop.text import clean_text


class NewReportDialog(QDialog):
    """Collects template, country, plan title and period, report type and language.

    Signals: only QDialog's. Read :meth:`values` and :meth:`title` after ``accept``.
    """

    def __init__(self, templates: list[Template], lang: str = "en", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_NewReportDialog()
        self.ui.setupUi(self)
        self._templates = templates
        self._lang = lang
        for template in templates:
            self.ui.template_combo.addItem(tr(template.name, lang) or template.id, template.id)
        for code, name in LANGUAGE_NAMES.items():
            self.ui.language_combo.addItem(name, code)
        today = QDate.currentDate()
        self.ui.plan_start_edit.setDate(QDate(today.year() - 1, 9, 1))
        self.ui.plan_end_edit.setDate(QDate(today.year() + 1, 8, 1))
        self.ui.template_combo.currentIndexChanged.connect(self._fill_report_types)
        self.ui.buttons.accepted.connect(self.accept)
        self.ui.buttons.rejected.connect(self.reject)
        self.ui.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Create"))
        self.ui.problem_label.hide()
        self._fill_report_types()

    def retranslate_ui(self) -> None:
        self.ui.retranslateUi(self)
        self.ui.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Create"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def _fill_report_types(self) -> None:
        self.ui.report_type_combo.clear()
        field = self.template.field((self.template.roles.report_type,)) if self._templates else None
        for value in field.values if field is not None else ():
            self.ui.report_type_combo.addItem(value.text(self._lang), value.id)

    @property
    def template(self) -> Template:
        return self._templates[max(self.ui.template_combo.currentIndex(), 0)]

    def _month(self, edit: Any) -> str:
        return edit.date().toString("yyyy-MM")

    def problem(self) -> str:
        """Why the input cannot be used yet, or "" when it can."""
        if not clean_text(self.ui.country_edit.text()).strip():
            return self.tr("Enter the country.")
        if not clean_text(self.ui.plan_title_edit.text()).strip():
            return self.tr("Enter the title of the action plan.")
        if self.ui.plan_end_edit.date() <= self.ui.plan_start_edit.date():
            return self.tr("The action plan must end after it starts.")
        return ""

    def accept(self) -> None:
        problem = self.problem()
        if problem:
            self.ui.problem_label.setText(problem)
            self.ui.problem_label.show()
            return
        super().accept()

    def values(self) -> dict[str, Any]:
        roles = self.template.roles
        out = {
            roles.country: clean_text(self.ui.country_edit.text()).strip(),
            roles.plan_title: clean_text(self.ui.plan_title_edit.text()).strip(),
            roles.plan_start: self._month(self.ui.plan_start_edit),
            roles.plan_end: self._month(self.ui.plan_end_edit),
            roles.language: self.ui.language_combo.currentData(),
        }
        if self.ui.report_type_combo.currentData():
            out[roles.report_type] = self.ui.report_type_combo.currentData()
        out.pop("", None)  # a role this template does not declare
        return out

    def prefill(self, values: dict[str, Any]) -> None:
        """Start from what is already known (e.g. from an imported plan): the keys :meth:`values` returns."""
        roles = self.template.roles
        for key, edit in ((roles.country, self.ui.country_edit), (roles.plan_title, self.ui.plan_title_edit)):
            if key and values.get(key):
                edit.setText(str(values[key]))
        for key, edit in ((roles.plan_start, self.ui.plan_start_edit), (roles.plan_end, self.ui.plan_end_edit)):
            month = QDate.fromString(str(values.get(key) or "")[:7], "yyyy-MM")
            if key and month.isValid():
                edit.setDate(month)
        for key, combo in ((roles.language, self.ui.language_combo), (roles.report_type, self.ui.report_type_combo)):
            at = combo.findData(values.get(key)) if key else -1
            if at >= 0:
                combo.setCurrentIndex(at)

    def title(self) -> str:
        """The draft's name in the library: the plan and the kind of report."""
        kind = self.ui.report_type_combo.currentText()
        plan = self.values().get(self.template.roles.plan_title, "")
        return f"{plan}: {kind}" if kind else plan
