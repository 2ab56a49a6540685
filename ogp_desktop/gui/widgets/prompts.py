"""Every modal question, message and file dialog the shell shows goes through here.

Tests replace these functions with ``monkeypatch.setattr(prompts, "...", ...)``
so a window can be driven end to end without a modal loop blocking the run.
Callers must use ``prompts.open_file(...)`` (attribute access), never
``from prompts import open_file``, or the patch would not reach them.
"""

from __future__ import annotations

from PySide6.QtCore import QLocale, QPoint, Qt
from PySide6.QtWidgets import QDialog, QFileDialog, QMenu, QMessageBox, QWidget

from ogp_desktop.errors import user_message
from ogp_desktop.languages import known_language

REPORT_FILTER = "OGP report files (*.ogpreport.json);;JSON files (*.json);;All files (*)"
# Exported PDF and Word files carry their report and open as one too.
OPEN_FILTER = ("OGP reports (*.ogpreport.json *.pdf *.docx);;OGP report files (*.ogpreport.json);;"
               "Exported PDF or Word files (*.pdf *.docx);;JSON files (*.json);;All files (*)")


def open_file(parent: QWidget | None, title: str, folder: str = "", filter: str = OPEN_FILTER) -> str:
    """A path to open, or "" when the user cancelled."""
    path, _ = QFileDialog.getOpenFileName(parent, title, folder, filter)
    return path


def save_file(parent: QWidget | None, title: str, suggested: str = "", filter: str = REPORT_FILTER) -> str:
    """A path to write, or "" when the user cancelled (the dialog itself asks before overwriting)."""
    path, _ = QFileDialog.getSaveFileName(parent, title, suggested, filter)
    return path


def choose_folder(parent: QWidget | None, title: str, folder: str = "") -> str:
    return QFileDialog.getExistingDirectory(parent, title, folder)


def ask_text(parent: QWidget | None, title: str, label: str, text: str = "") -> str | None:
    """One line of text, or None when cancelled."""
    from PySide6.QtWidgets import QInputDialog, QLineEdit

    value, ok = QInputDialog.getText(parent, title, label, QLineEdit.EchoMode.Normal, text)
    return value if ok else None


def ask_yes_no(parent: QWidget | None, title: str, text: str) -> bool:
    answer = QMessageBox.question(parent, title, text,
                                  QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                                  QMessageBox.StandardButton.No)
    return answer == QMessageBox.StandardButton.Yes


def info(parent: QWidget | None, title: str, text: str) -> None:
    QMessageBox.information(parent, title, text)


def interface_language() -> str:
    """The language the interface speaks now (the switcher sets Qt's default locale with it)."""
    return known_language(QLocale().name()[:2])


def message(problem: str | BaseException) -> str:
    """What to show for *problem*: a core error's sentence in the interface language, or the text itself.

    The one route from a caught exception to a sentence on screen (``str(exc)`` would be English).
    """
    return problem if isinstance(problem, str) else user_message(problem, interface_language())


def error(parent: QWidget | None, title: str, text: str | BaseException, details: str = "") -> None:
    """One clear sentence (or an exception, rendered by :func:`message`); *details* go in the details box."""
    box = QMessageBox(QMessageBox.Icon.Critical, title, message(text), QMessageBox.StandardButton.Ok, parent)
    box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    if details:
        box.setDetailedText(details)
    box.setAccessibleName(title)
    box.exec()


def open_path(path: str) -> bool:
    """Open a file with the desktop's default application (tests replace this)."""
    from PySide6.QtCore import QUrl
    from PySide6.QtGui import QDesktopServices

    return QDesktopServices.openUrl(QUrl.fromLocalFile(path))


def run_dialog(dialog: QDialog) -> bool:
    """Show one of our own dialogs modally; True when accepted. Tests fill and accept it instead."""
    return dialog.exec() == QDialog.DialogCode.Accepted


def popup_menu(menu: QMenu, at: QPoint) -> None:
    """Show a context menu at a global position and run the chosen action (tests trigger actions instead)."""
    menu.exec(at)
