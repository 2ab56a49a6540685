"""The window's size, place and toolbars, kept between runs, and never larger than the screen."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QMainWindow

from ogp_desktop.gui.widgets.settings import Settings

LAPTOP = QSize(1366, 800)  # a screen smaller than this gets the whole of it on the first run


def restore_window_state(window: QMainWindow, settings: Settings) -> bool:
    """Put *window* back as the last run left it; False on the first run (nothing saved)."""
    geometry, state = settings.window_state()
    if geometry is not None:
        window.restoreGeometry(geometry)
    fit_screen(window, first_run=geometry is None)
    if state is not None:
        window.restoreState(state)
    return state is not None


def save_window_state(window: QMainWindow, settings: Settings) -> None:
    settings.set_window_state(window.saveGeometry(), window.saveState())


def fit_screen(window: QMainWindow, first_run: bool) -> None:
    """Never larger than the screen; on a laptop-sized screen the first run opens maximised."""
    screen = window.screen()
    if screen is None:
        return
    room = screen.availableGeometry()
    if window.width() > room.width() or window.height() > room.height():
        window.resize(min(window.width(), room.width()), min(window.height(), room.height()))
        window.move(room.topLeft())
    if first_run and (room.width() < LAPTOP.width() or room.height() < LAPTOP.height()):
        window.setWindowState(window.windowState() | Qt.WindowState.WindowMaximized)
