"""The user's preferences and the session flags, in one INI file (QSettings).

The file lives in the user config folder (``platformdirs``), which the test
conftest points at a temp folder, so tests never touch a real profile. The
session flags (which draft is open, whether the last run ended cleanly) let
the next start reopen a report after a crash.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings

from ogp_desktop import datadir
from ogp_desktop.gui.widgets.i18n import system_language
from ogp_desktop.languages import LANGUAGES

MAX_RECENT = 8


def settings_path() -> Path:
    return datadir.settings_file()


class Settings:
    """Typed access to the settings file; every setter writes through at once."""

    def __init__(self, path: str | Path | None = None) -> None:
        self.path = Path(path) if path is not None else settings_path()
        self._q = QSettings(str(self.path), QSettings.Format.IniFormat)

    def sync(self) -> None:
        self._q.sync()

    def _str(self, key: str, default: str = "") -> str:
        value = self._q.value(key, default)
        return value if isinstance(value, str) else default

    # -- preferences -------------------------------------------------------
    @property
    def language(self) -> str:
        lang = self._str("ui/language")  # unset: follow the system
        return lang if lang in LANGUAGES else system_language()

    @language.setter
    def language(self, lang: str) -> None:
        self._q.setValue("ui/language", lang if lang in LANGUAGES else "en")

    @property
    def export_folder(self) -> str:
        return self._str("export/folder", str(Path.home()))

    @export_folder.setter
    def export_folder(self, folder: str) -> None:
        self._q.setValue("export/folder", folder)

    @property
    def export_language(self) -> str:
        lang = self._str("export/language", "en")
        return lang if lang in LANGUAGES else "en"

    @export_language.setter
    def export_language(self, lang: str) -> None:
        self._q.setValue("export/language", lang if lang in LANGUAGES else "en")

    # -- recent report files -----------------------------------------------
    @property
    def recent_files(self) -> list[str]:
        value = self._q.value("recent/files", [])
        if isinstance(value, str):  # QSettings returns a lone item as a plain string
            value = [value]
        return [str(v) for v in value or [] if v]

    def add_recent_file(self, path: str) -> None:
        files = [path] + [f for f in self.recent_files if f != path]
        self._q.setValue("recent/files", files[:MAX_RECENT])

    def remove_recent_file(self, path: str) -> None:
        self._q.setValue("recent/files", [f for f in self.recent_files if f != path])

    def clear_recent_files(self) -> None:
        self._q.remove("recent/files")

    # -- window ------------------------------------------------------------
    def window_state(self) -> tuple[QByteArray | None, QByteArray | None]:
        geometry = self._q.value("window/geometry")
        state = self._q.value("window/state")
        return (geometry if isinstance(geometry, QByteArray) else None,
                state if isinstance(state, QByteArray) else None)

    def set_window_state(self, geometry: QByteArray, state: QByteArray) -> None:
        self._q.setValue("window/geometry", geometry)
        self._q.setValue("window/state", state)

    def pane_visible(self, name: str) -> bool:
        """Whether the editor's *name* pane (guidance, problems) was left open; open the first time."""
        return self._q.value(f"panes/{name}", True) not in (False, "false")

    def set_pane_visible(self, name: str, visible: bool) -> None:
        self._q.setValue(f"panes/{name}", bool(visible))

    # -- session: crash recovery ---------------------------------------------
    def begin_session(self) -> tuple[str, str] | None:
        """Mark the run as started; returns (library folder, draft id) left open by a run that crashed."""
        crashed = self._q.value("session/running", False) in (True, "true")
        left = (self._str("session/library"), self._str("session/draft")) if crashed else None
        self._q.setValue("session/running", True)
        self._q.sync()
        return left if left and left[1] else None

    def set_open_draft(self, library_folder: str, draft_id: str | None) -> None:
        self._q.setValue("session/library", library_folder if draft_id else "")
        self._q.setValue("session/draft", draft_id or "")
        self._q.sync()

    def end_session(self) -> None:
        """A clean exit: nothing to recover next time."""
        self._q.setValue("session/running", False)
        self._q.sync()
