"""QApplication.focusChanged, passed on to a widget's slot while the widget lives."""

from __future__ import annotations

import weakref
from collections.abc import Callable

import shiboken6
from PySide6.QtWidgets import QApplication, QWidget

FocusSlot = Callable[[QWidget | None, QWidget | None], None]


def follow_focus(slot: FocusSlot) -> FocusSlot | None:
    """Connect *slot* (a widget's bound method) to the app's focusChanged; returns what :func:`unfollow` takes.

    A plain function is connected, not the widget's slot: ~QWidget moves focus on while the Python part of
    the widget is already gone, and PySide then fails to find the slot ("Slot not found"). The weak
    reference keeps a closed widget that was never unfollowed from living on through the connection.
    """
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        return None
    ref = weakref.WeakMethod(slot)  # type: ignore[arg-type]

    def follow(old: QWidget | None, new: QWidget | None) -> None:
        method = ref()
        if method is not None and shiboken6.isValid(method.__self__):
            method(old, new)

    app.focusChanged.connect(follow)
    return follow


def unfollow(follower: FocusSlot | None) -> None:
    app = QApplication.instance()
    if follower is not None and isinstance(app, QApplication):
        app.focusChanged.disconnect(follower)
