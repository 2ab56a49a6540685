"""About: version, licence, and where the data and logs are (for support calls)."""

from __future__ import annotations

import html
from pathlib import Path

from PySide6.QtWidgets import QDialog, QWidget

from ogp_desktop import APP_NAME, __version__
from ogp_desktop.gui.generated.ui_about_dialog import Ui_AboutDialog
from ogp_desktop.gui.widgets.language_change import Retranslates


class AboutDialog(Retranslates, QDialog):
    """Signals: only QDialog's."""

    def __init__(self, data_folder: Path, log_folder: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_AboutDialog()
        self.ui.setupUi(self)
        self.ui.name_label.setText(f"{APP_NAME} {__version__}")
        self.folders = (data_folder, log_folder)
        self._retranslate_own()
        self.ui.buttons.rejected.connect(self.reject)
        self.ui.buttons.accepted.connect(self.accept)

    def retranslate_ui(self) -> None:
        self.ui.retranslateUi(self)
        self.ui.name_label.setText(f"{APP_NAME} {__version__}")
        self._retranslate_own()

    def _retranslate_own(self) -> None:
        self.ui.licence_label.setText(
            self.tr("Licensed under the MIT licence. PDF exports embed the DejaVu fonts (Bitstream Vera licence)."))
        self.ui.folders_label.setText(
            self.tr("Drafts are kept in:<br><tt>{data}</tt><br>Logs are written to:<br><tt>{logs}</tt>").format(
                data=html.escape(str(self.folders[0])), logs=html.escape(str(self.folders[1]))))
