"""Room on a laptop: at 1024x640, in both languages, every page of the demo report fits its width.

No page shows a horizontal scrollbar, no visible widget reaches past the
page's right edge, and the form keeps at least two thirds of the editor's
width while guidance and problems are open. The panes fold away and come
back from the View menu, and the choice is remembered.
"""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QScrollArea, QWidget

from ogp_desktop.gui.editor.navigator_model import KEY_ROLE
from ogp_desktop.gui.widgets.settings import Settings

SMALL = (1024, 640)


def size_window(window: Any, size: tuple[int, int]) -> None:
    """The window as the user has it on that screen (the test screen is smaller, so the first run maximised it)."""
    window.setWindowState(Qt.WindowState.WindowNoState)
    window.resize(*size)
    QApplication.processEvents()


def page_keys(editor: Any) -> list[str]:
    model = editor.navigator_model
    keys: list[str] = []

    def walk(parent: Any) -> None:
        for row in range(model.rowCount(parent)):
            index = model.index(row, 0, parent)
            keys.append(str(index.data(KEY_ROLE)))
            walk(index)

    from PySide6.QtCore import QModelIndex

    walk(QModelIndex())
    return keys


def clipped(page: QScrollArea) -> list[str]:
    """Visible widgets of the page that reach past its visible width (with their class and text)."""
    viewport = page.viewport()
    width = viewport.width()
    out = []
    for w in page.widget().findChildren(QWidget):
        if not w.isVisibleTo(page) or w.width() <= 1 or w.parentWidget() is None:
            continue
        if any(isinstance(a, QScrollArea) or a.inherits("QAbstractItemView") for a in _ancestors(w, page)):
            continue  # inside a table or list: it scrolls its own contents
        right = w.mapTo(viewport, QPoint(w.width(), 0)).x()
        if right > width + 1:
            text = getattr(w, "text", lambda: "")()
            out.append(f"{type(w).__name__} {w.objectName()} {text!r:.40} right={right} > {width}")
    return out


def _ancestors(w: QWidget, stop: QWidget) -> list[QWidget]:
    out = []
    p = w.parentWidget()
    while p is not None and p is not stop.widget():
        out.append(p)
        p = p.parentWidget()
    return out


@pytest.mark.parametrize("lang", ["en", "et"])
def test_every_page_fits_a_small_laptop_screen(start_window, settings_file, lang: str) -> None:
    settings = Settings(settings_file)
    settings.language = lang
    settings.sync()
    window = start_window(demo=True).window
    size_window(window, SMALL)
    editor = window.current.editor
    assert editor.stack.width() >= editor.width() * 2 // 3 - 2, editor.splitter.sizes()
    problems: list[str] = []
    for key in page_keys(editor):
        page = editor.show_page(key)
        QApplication.processEvents()
        if not isinstance(page, QScrollArea):
            continue
        if page.horizontalScrollBar().isVisible():
            problems.append(f"{key}: horizontal scrollbar")
        problems += [f"{key}: {c}" for c in clipped(page)]
    assert problems == []


def test_the_clip_check_sees_a_widget_too_wide_for_its_page(start_window) -> None:
    from PySide6.QtWidgets import QLabel

    window = start_window(demo=True).window
    size_window(window, SMALL)
    editor = window.current.editor
    page = editor.show_page("cover" if editor.navigator_model.index_of("cover").isValid() else page_keys(editor)[1])
    wide = QLabel("wide", page.widget())
    wide.setFixedWidth(3000)
    wide.show()
    QApplication.processEvents()
    assert any("wide" in c for c in clipped(page))


def test_guidance_and_problems_fold_away_and_come_back_remembered(start_window, settings_file) -> None:
    session = start_window(demo=True)
    window = session.window
    size_window(window, SMALL)
    editor = window.current.editor
    view_menu = window.ui.menu_view.actions()
    guidance, problems = editor.pane_actions["guidance"], editor.pane_actions["problems"]
    assert guidance in view_menu and problems in view_menu
    assert guidance.shortcut().toString() and problems.shortcut().toString()
    width_before = editor.stack.width()
    guidance.trigger()
    problems.trigger()
    QApplication.processEvents()
    assert not editor.guidance.isVisible() and not editor.problems_widget.isVisible()
    assert editor.stack.width() > width_before  # the form takes the room
    assert not Settings(settings_file).pane_visible("guidance")
    window.close_report()

    window.open_draft(window.library.list()[0].id)  # the next report opens the way the user left it
    QApplication.processEvents()
    editor = window.current.editor
    assert not editor.guidance.isVisible() and not editor.problems_widget.isVisible()
    editor.pane_actions["guidance"].trigger()
    QApplication.processEvents()
    assert editor.guidance.isVisible()
    assert editor.stack.width() >= editor.width() * 2 // 3 - 2


def test_a_large_screen_gives_every_part_room(start_window) -> None:
    window = start_window(demo=True).window
    size_window(window, (1920, 1080))
    editor = window.current.editor
    nav, form, side = editor.splitter.sizes()
    assert form >= sum((nav, form, side)) * 2 // 3 - 2 and nav >= 250 and side >= 250


def test_the_window_never_outgrows_its_screen(start_window) -> None:
    """The test screen (800x600) is smaller than a laptop's: the first run takes all of it."""
    window = start_window().window
    room = window.screen().availableGeometry()
    assert room.width() < 1366 and window.isMaximized()
    assert window.width() <= room.width() and window.height() <= room.height()
