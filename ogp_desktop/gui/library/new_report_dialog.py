"""New report: the few facts that identify a report, asked before the draft exists."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from ogp_desktop.clock import Clock, local_date, system_clock
from ogp_desktop.gui.generated.ui_new_report_dialog import Ui_NewReportDialog
from ogp_desktop.gui.widgets.i18n import LANGUAGE_NAMES
from ogp_desktop.gui.widgets.language_change import Retranslates
from ogp_desktop.template import Template, tr
from ogp_desktop.text import clean_text


class NewReportDialog(Retranslates, QDialog):
    """Collects template, country, plan title and period, report type and language.

    Signals: only QDialog's. Read :meth:`values` and :meth:`title` after ``accept``.
    """

    def __init__(self, templates: list[Template], lang: str = "en", parent: QWidget | None = None, *,
                 clock: Clock = system_clock) -> None:
        super().__init__(parent)
        self.ui = Ui_NewReportDialog()
        self.ui.setupUi(self)
        self._templates = templates
        self._lang = lang
        for template in templates:
            self.ui.template_combo.addItem(tr(template.name, lang) or template.id, template.id)
        for code, name in LANGUAGE_NAMES.items():
            self.ui.language_combo.addItem(name, code)
        year = local_date(clock).year  # the app's clock: a test fixes the day, the plan proposed follows it
        self.ui.plan_start_edit.setDate(QDate(year - 1, 9, 1))
        self.ui.plan_end_edit.setDate(QDate(year + 1, 8, 1))
        self.ui.template_combo.currentIndexChanged.connect(self._fill_report_types)
        self.ui.buttons.accepted.connect(self.accept)
        self.ui.buttons.rejected.connect(self.reject)
        self.ui.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Create"))
        self.ui.problem_label.hide()
        self._fill_report_types()
        # The reporting period is asked only for a plan import (ask_period); until the user changes
        # it, it follows the plan and the report type.
        self._period_typed = False
        self._filling_period = False
        self.ask_period(False)
        for edit in (self.ui.plan_start_edit, self.ui.plan_end_edit):
            edit.dateChanged.connect(self._propose_period)
        self.ui.report_type_combo.currentIndexChanged.connect(self._propose_period)
        for edit in (self.ui.period_start_edit, self.ui.period_end_edit):
            edit.dateChanged.connect(self._on_period_edited)

    def retranslate_ui(self) -> None:
        self.ui.retranslateUi(self)
        self.ui.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Create"))

    def ask_period(self, on: bool = True) -> None:
        """Show (or hide) the reporting period; :meth:`values` carries it only while shown."""
        self._asks_period = on
        for widget in (self.ui.period_start_label, self.ui.period_start_edit,
                       self.ui.period_end_label, self.ui.period_end_edit):
            widget.setVisible(on)
        if on:
            self._propose_period()

    def _on_period_edited(self) -> None:
        if not self._filling_period:
            self._period_typed = True

    def _set_period(self, start: QDate, end: QDate) -> None:
        self._filling_period = True
        try:
            self.ui.period_start_edit.setDate(start)
            self.ui.period_end_edit.setDate(end)
        finally:
            self._filling_period = False

    def _propose_period(self) -> None:
        """A mid-term (or annual) report covers the plan's first year; an end-of-term one the whole plan."""
        if self._period_typed or not getattr(self, "_asks_period", False):
            return
        plan_start = self.ui.plan_start_edit.date()
        start = QDate(plan_start.year(), plan_start.month(), 1)
        if self.ui.report_type_combo.currentData() == "end_of_term":
            plan_end = self.ui.plan_end_edit.date()
            end = QDate(plan_end.year(), plan_end.month(), 1).addMonths(1).addDays(-1)
        else:
            end = start.addYears(1).addDays(-1)
        self._set_period(start, end)

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
        if self._asks_period and self.ui.period_end_edit.date() < self.ui.period_start_edit.date():
            return self.tr("The reporting period must end after it starts.")
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
        if self._asks_period:
            for key, edit in ((roles.period_start, self.ui.period_start_edit),
                              (roles.period_end, self.ui.period_end_edit)):
                if key:
                    out[key] = self._period_value(key, edit)
        if self.ui.report_type_combo.currentData():
            out[roles.report_type] = self.ui.report_type_combo.currentData()
        out.pop("", None)  # a role this template does not declare
        return out

    def _period_value(self, key: str, edit: Any) -> str:
        field = self.template.field((key,))
        return edit.date().toString("yyyy-MM" if field is not None and field.kind == "month" else "yyyy-MM-dd")

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
        given = [QDate.fromString(str(values.get(key) or ""), "yyyy-MM-dd") if key else QDate()
                 for key in (roles.period_start, roles.period_end)]
        if all(d.isValid() for d in given):  # the report already says its period: keep it
            self._set_period(*given)
            self._period_typed = True
        else:
            self._propose_period()

    def title(self) -> str:
        """The draft's name in the library: the plan and the kind of report."""
        kind = self.ui.report_type_combo.currentText()
        plan = self.values().get(self.template.roles.plan_title, "")
        return f"{plan}: {kind}" if kind else plan
