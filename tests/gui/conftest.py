"""Fixtures for the application-shell tests: a real window over a real library in tmp_path.

Modal calls go through ``ogp_desktop.gui.widgets.prompts``; :class:`PromptRecorder`
replaces them so a test sees every message and answers every question.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget

from ogp_desktop import app as app_module
from ogp_desktop.clock import Clock, system_clock
from ogp_desktop.gui.editor.editors.base import PATH_PROPERTY
from ogp_desktop.gui.widgets import prompts
from ogp_desktop.gui.widgets.settings import Settings


def type_into(qtbot: Any, window: Any, path: str, text: str) -> None:
    """Go to *path* in the open report and type *text* into its editor, like a user."""
    editor = window.current.editor
    editor.go_to(path)
    widget = next((w for w in editor.findChildren(QWidget) if w.property(PATH_PROPERTY) == path
                   and w.isVisibleTo(editor)), None)
    assert widget is not None, f"no visible editor for {path}"
    widget.setFocus()
    if hasattr(widget, "selectAll"):
        widget.selectAll()
    type_text(qtbot, widget, text)
    if hasattr(editor, "flush_typing"):
        editor.flush_typing()


def type_text(qtbot: Any, widget: QWidget, text: str) -> None:
    """Key presses for *text*; QTest asserts on non-ASCII keys, so those go as text-only key events."""
    for ch in text:
        if ch.isascii():
            qtbot.keyClicks(widget, ch)
            continue
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, ch))


class PromptRecorder:
    """Replaces every function in prompts: records calls, answers from what the test set."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.calls: list[tuple[str, tuple[Any, ...]]] = []
        self.answers: dict[str, list[Any]] = {}
        self.dialog_handler: Callable[[Any], bool] | None = None
        for name in ("open_file", "save_file", "choose_folder", "ask_text", "ask_yes_no", "info", "error",
                     "open_path"):
            monkeypatch.setattr(prompts, name, self._recorder(name))
        monkeypatch.setattr(prompts, "run_dialog", self._run_dialog)

    def _recorder(self, name: str) -> Callable[..., Any]:
        def record(*args: Any, **kwargs: Any) -> Any:
            if name == "error":  # an exception is shown as its sentence in the interface language, as prompts does
                args = (*args[:2], prompts.message(args[2]), *args[3:])
            self.calls.append((name, args))
            queue = self.answers.get(name)
            return queue.pop(0) if queue else None
        return record

    def answer(self, name: str, *values: Any) -> None:
        self.answers.setdefault(name, []).extend(values)

    def _run_dialog(self, dialog: Any) -> bool:
        self.calls.append(("run_dialog", (type(dialog).__name__,)))
        assert self.dialog_handler is not None, f"unexpected dialog {type(dialog).__name__}"
        return self.dialog_handler(dialog)

    def named(self, name: str) -> list[tuple[Any, ...]]:
        return [args for n, args in self.calls if n == name]


@pytest.fixture
def prompts_recorder(monkeypatch: pytest.MonkeyPatch) -> PromptRecorder:
    return PromptRecorder(monkeypatch)


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    return tmp_path / "library"


@pytest.fixture
def settings_file(tmp_path: Path) -> Path:
    return tmp_path / "settings.ini"


@pytest.fixture
def start_window(qtbot: Any, data_dir: Path, settings_file: Path,
                 prompts_recorder: PromptRecorder) -> Iterator[Callable[..., app_module.Session]]:
    """Start the app (as main.py would) as often as a test needs; everything is stopped afterwards."""
    sessions: list[app_module.Session] = []
    app_module.make_application()

    def start(file: str | None = None, demo: bool = False, folder: Path | None = None,
              clock: Clock = system_clock) -> app_module.Session:
        session = app_module.start(file, demo, data_dir=folder or data_dir, settings=Settings(settings_file),
                                   clock=clock)
        # Give exceptions back to pytest-qt, which fails the test on one raised in a slot;
        # the hook itself is tested on its own.
        session.hook.uninstall()
        qtbot.addWidget(session.window)
        sessions.append(session)
        return session

    yield start
    for session in sessions:
        stop_session(session)


def stop_session(session: app_module.Session) -> None:
    if getattr(session, "_stopped", False):
        return
    session._stopped = True  # type: ignore[attr-defined]
    app_module.stop(session)
    QApplication.processEvents()


@pytest.fixture
def main_window(start_window: Callable[..., app_module.Session]) -> Any:
    return start_window().window


@pytest.fixture
def switch_language(qtbot: Any) -> Any:
    """Switch the interface language as the app does (a translator, then LanguageChange to every widget)."""
    from PySide6.QtCore import QCoreApplication

    from ogp_desktop.gui.widgets.i18n import LanguageSwitcher

    switcher = LanguageSwitcher()

    def switch(lang: str) -> None:
        assert switcher.set_language(lang)
        QCoreApplication.processEvents()  # LanguageChange is posted to the top-level widgets

    yield switch
    switcher.uninstall()
    QCoreApplication.processEvents()


@pytest.fixture(autouse=True, scope="session")
def no_dictionary_loading_behind_the_tests() -> None:
    """A dictionary takes seconds to load; a test that checks spelling loads it itself (load_now)."""
    from ogp_desktop.gui.widgets.spelling_ui import spell_service

    spell_service().autoload = False


@pytest.fixture(scope="session", autouse=True)
def _garbage_on_the_gui_thread(qapp: Any) -> None:
    """As the app does (make_application): a widget test's Qt objects are never freed by a worker's collection."""
    from ogp_desktop.gui.widgets.gui_collector import collect_on_gui_thread

    collect_on_gui_thread(qapp)
