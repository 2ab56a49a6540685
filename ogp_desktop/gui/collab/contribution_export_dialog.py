"""Report > Export contribution: send some commitments to the agency that leads them.

The agency fills them in its own copy of the app and sends the file back;
Report > Merge contribution brings it in (see merge_dialog.py). The same
dialog writes a Word form instead (Report > Ask for input as a Word form) for
contributors without the app.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ogp_desktop.filenames import safe_stem
from ogp_desktop.gui.widgets import prompts
from ogp_desktop.interchange import ContributionError, export_contribution, note_sent
from ogp_desktop.interchange.wordform_parts import FormError
from ogp_desktop.interchange.wordform_write import write_form
from ogp_desktop.report import Report
from ogp_desktop.reportfile import write_report
from ogp_desktop.template import Template, load_template
from ogp_desktop.text import clean_text

CONTRIBUTION_FILTER = "OGP report files (*.ogpreport.json);;All files (*)"
WORD_FILTER = "Word documents (*.docx);;All files (*)"
JSON_SUFFIX, WORD_SUFFIX = ".ogpreport.json", ".docx"


def suggested_name(report: Report, for_whom: str, suffix: str = JSON_SUFFIX) -> str:
    """A file name that says what it is and for whom, safe on Windows too."""
    base = f"{report.title or 'report'} - contribution" + (f" for {for_whom}" if for_whom else "")
    return safe_stem(base, 120) + suffix


class ContributionExportDialog(QDialog):
    """Choose commitments, who they are for and the file; Export writes it (a Word form with *template*).

    Signals: only QDialog's. After ``accept``: :attr:`written` is the file written.
    """

    def __init__(self, report: Report, folder: str = "", parent: QWidget | None = None,
                 template: Template | None = None) -> None:
        super().__init__(parent)
        self.report = report
        self.template = template  # set: the dialog writes a Word form
        self.suffix = WORD_SUFFIX if template is not None else JSON_SUFFIX
        self.folder = folder
        self.written: Path | None = None
        self._for_typed = False  # once the user types a name, checking boxes no longer overwrites it
        self._file_chosen = False
        self._confirmed: Path | None = None  # the file the save dialog already asked about overwriting
        self.title = self.tr("Ask for input as a Word form") if template else self.tr("Export contribution")
        self.setWindowTitle(self.title)
        self.setAccessibleName(self.title)
        self.resize(760, 480)
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("Check the commitments to send. The contributor fills in the Word form in Word or "
                               "LibreOffice and sends it back for Report > Merge contribution.") if template else
                       self.tr("Check the commitments to send. The agency fills them in and sends the file back "
                               "for Report > Merge contribution."), self)
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.list = QListWidget(self)
        self.list.setAccessibleName(self.tr("Commitments to send"))
        roles = report.roles
        for commitment in report.commitments():
            key = roles.commitment_key_of(commitment)
            if not key:
                continue  # without a key it could not be matched when it comes back
            number = commitment.get(roles.commitment_number) or key
            text = f"{number}. {commitment.get(roles.commitment_title) or self.tr('(no title)')}"
            lead = str(commitment.get(roles.commitment_lead) or "")
            item = QListWidgetItem(f"{text} — {lead}" if lead else text, self.list)
            item.setToolTip(item.text())
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            item.setData(Qt.ItemDataRole.UserRole, key)
            item.setData(Qt.ItemDataRole.UserRole + 1, lead)
            item.setData(Qt.ItemDataRole.UserRole + 2, str(commitment.get(roles.commitment_number) or ""))
        self.list.itemChanged.connect(self.on_item_changed)
        layout.addWidget(self.list, 1)

        form = QFormLayout()
        self.for_edit = QLineEdit(self)
        self.for_edit.setAccessibleName(self.tr("For whom"))
        self.for_edit.setPlaceholderText(self.tr("e.g. Ministry of Justice"))
        self.for_edit.textEdited.connect(self.on_for_edited)
        form.addRow(self.tr("&For whom:"), self.for_edit)
        self.language_combo = QComboBox(self)
        self.language_combo.setAccessibleName(self.tr("Language of the form"))
        self.language_combo.addItem("English", "en")
        self.language_combo.addItem("Eesti", "et")
        self.language_combo.setCurrentIndex(max(0, self.language_combo.findData(report.language)))
        self.language_combo.setToolTip(self.tr("In the report's own language the form edits its values; in the other "
                                               "language it edits the translation of the text fields."))
        if template is not None:
            form.addRow(self.tr("&Language of the form:"), self.language_combo)
        else:
            self.language_combo.hide()
        file_row = QHBoxLayout()
        self.file_edit = QLineEdit(self)
        self.file_edit.setAccessibleName(self.tr("Contribution file"))
        self.file_edit.textEdited.connect(self.on_file_edited)
        self.browse_button = QPushButton(self.tr("&Browse…"), self)
        self.browse_button.clicked.connect(self.on_browse_clicked)
        file_row.addWidget(self.file_edit, 1)
        file_row.addWidget(self.browse_button)
        file_label = QLabel(self.tr("F&ile:"), self)
        file_label.setBuddy(self.file_edit)
        form.addRow(file_label, file_row)
        layout.addLayout(form)
        self.problem_label = QLabel(self)
        self.problem_label.setWordWrap(True)
        self.problem_label.setAccessibleName(self.tr("Problem"))
        layout.addWidget(self.problem_label)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel,
                                        self)
        self.export_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.export_button.setText(self.tr("&Export"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self._refresh()

    # -- state -------------------------------------------------------------------
    def items(self) -> list[QListWidgetItem]:
        return [self.list.item(i) for i in range(self.list.count())]

    def chosen(self) -> list[str]:
        return [str(i.data(Qt.ItemDataRole.UserRole)) for i in self.items() if i.checkState() == Qt.CheckState.Checked]

    def check(self, keys: list[str]) -> None:
        """Check exactly the commitments with these ogp_ids or numbers."""
        for item in self.items():
            names = {item.data(Qt.ItemDataRole.UserRole), item.data(Qt.ItemDataRole.UserRole + 2)}
            item.setCheckState(Qt.CheckState.Checked if names & set(keys) else Qt.CheckState.Unchecked)

    def common_lead(self) -> str:
        leads = {str(i.data(Qt.ItemDataRole.UserRole + 1)) for i in self.items()
                 if i.checkState() == Qt.CheckState.Checked}
        return leads.pop() if len(leads) == 1 else ""

    def _refresh(self) -> None:
        if not self._for_typed:
            self.for_edit.setText(self.common_lead())
        if not self._file_chosen:
            folder = Path(self.folder) if self.folder else Path.home()
            self.file_edit.setText(str(folder / suggested_name(self.report, clean_text(self.for_edit.text()).strip(),
                                                               self.suffix)))
        self.export_button.setEnabled(bool(self.chosen()) and bool(self.file_edit.text().strip()))

    # -- slots ---------------------------------------------------------------------
    def on_item_changed(self, _item: QListWidgetItem) -> None:
        self._refresh()

    def on_for_edited(self, _text: str) -> None:
        self._for_typed = True
        self._refresh()

    def on_file_edited(self, _text: str) -> None:
        self._file_chosen = True
        self._refresh()

    def on_browse_clicked(self) -> None:
        path = prompts.save_file(self, self.tr("Save the contribution as"), self.file_edit.text(),
                                 WORD_FILTER if self.template else CONTRIBUTION_FILTER)
        if path:
            self.file_edit.setText(path)
            self._confirmed = Path(path)
            self._file_chosen = True
            self._refresh()

    def accept(self) -> None:
        path = Path(clean_text(self.file_edit.text()).strip())
        try:
            contribution = export_contribution(self.report, self.chosen(), self.for_edit.text())
        except ContributionError as exc:
            self.problem_label.setText(prompts.message(exc))
            return
        if path.is_dir():
            self.problem_label.setText(self.tr("{path} is a folder; add a file name.").format(path=path))
            return
        if path.exists() and path != self._confirmed and not prompts.ask_yes_no(
                self, self.title, self.tr("{name} already exists. Replace it?").format(name=path.name)):
            return
        try:
            if self.template is not None:
                contribution = write_form(self.report, self.template, self.chosen(), path,
                                          self.language_combo.currentData(), self.for_edit.text())
            else:
                write_report(contribution, path)
        except FormError as exc:
            self.problem_label.setText(prompts.message(exc))
            return
        except OSError as exc:
            self.problem_label.setText(self.tr("The file could not be written: {reason}.").format(
                reason=exc.strerror or exc))
            return
        note_sent(self.report, contribution)  # the draft remembers what it sent: a merge is held to it
        self.written = path
        super().accept()


def export_contribution_from(parent: QWidget | None, report: Report, folder: str = "",
                             word_form: bool = False) -> Path | None:
    """The Report > Export contribution flow (or the Word form one): the file written, or None when cancelled."""
    dialog = ContributionExportDialog(report, folder, parent, load_template(report.template_id) if word_form else None)
    try:
        return dialog.written if prompts.run_dialog(dialog) else None
    finally:
        dialog.deleteLater()
