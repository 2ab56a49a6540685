"""Preferences: interface language, default export folder and language.

Autosave is deliberately not a preference: it is always on.
"""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QWidget

from ogp_desktop.gui.generated.ui_preferences_dialog import Ui_PreferencesDialog
from ogp_desktop.gui.widgets import prompts
from ogp_desktop.gui.widgets.i18n import LANGUAGE_NAMES
from ogp_desktop.gui.widgets.language_change import Retranslates
from ogp_desktop.gui.widgets.settings import Settings


class PreferencesDialog(Retranslates, QDialog):
    """Edits a :class:`Settings`; writes it only on OK. Signals: only QDialog's."""

    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_PreferencesDialog()
        self.ui.setupUi(self)
        self.settings = settings
        for combo in (self.ui.language_combo, self.ui.export_language_combo):
            for code, name in LANGUAGE_NAMES.items():
                combo.addItem(name, code)
        self.ui.language_combo.setCurrentIndex(self.ui.language_combo.findData(settings.language))
        self.ui.export_language_combo.setCurrentIndex(
            self.ui.export_language_combo.findData(settings.export_language))
        self.ui.folder_edit.setText(settings.export_folder)
        self.ui.browse_button.clicked.connect(self.on_browse_clicked)
        self.ui.buttons.accepted.connect(self.accept)
        self.ui.buttons.rejected.connect(self.reject)

    def retranslate_ui(self) -> None:
        self.ui.retranslateUi(self)

    def on_browse_clicked(self) -> None:
        folder = prompts.choose_folder(self, self.tr("Default export folder"), self.ui.folder_edit.text())
        if folder:
            self.ui.folder_edit.setText(folder)

    def accept(self) -> None:
        self.settings.language = self.ui.language_combo.currentData()
        self.settings.export_language = self.ui.export_language_combo.currentData()
        folder = self.ui.folder_edit.text().strip()
        if folder:
            self.settings.export_folder = folder
        self.settings.sync()
        super().accept()
