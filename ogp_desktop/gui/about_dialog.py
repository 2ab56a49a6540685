"""About: version, licence, and where the data and logs are (for support calls)."""

from __future__ import annotations

import html
from pathlib import Path

from PySide6.QtWidgets import QDialog, QWidget

from ogp_desktop import APP_NAME, __version__
from ogp_desktop.gui.generated.ui_about_dialog import Ui_AboutDialog


class AboutDialog(QDialog):
    """Signals: only QDialog's."""

    def __init__(self, data_folder: Path, log_folder: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_AboutDialog()
        self.ui.setupUi(self)
        self.ui.name_label.setText(f"{APP_NAME} {__version__}")
        self.ui.licence_label.setText(
            "Licensed under the MIT licence. PDF exports embed the DejaVu fonts (Bitstream Vera licence).")
        self.ui.folders_label.setText(
            f"Drafts are kept in:<br><tt>{html.escape(str(data_folder))}</tt><br>"
            f"Logs are written to:<br><tt>{html.escape(str(log_folder))}</tt>")
        self.ui.buttons.rejected.connect(self.reject)
        self.ui.buttons.accepted.connect(self.accept)
