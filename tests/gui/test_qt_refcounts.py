"""Guard against a Qt binding that drops references to None/True/False.

PySide6 6.12.0 on Python 3.11 loses one reference to ``None`` per void Qt
call, so a session aborts with "none_dealloc" after a few thousand calls.
setup.cfg excludes it; this test fails if such a build is installed again.
"""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QCheckBox, QLabel


def test_qt_calls_keep_singleton_refcounts(qtbot) -> None:
    label, box = QLabel("x"), QCheckBox()
    qtbot.addWidget(label)
    qtbot.addWidget(box)
    before = (sys.getrefcount(None), sys.getrefcount(True), sys.getrefcount(False))
    for _ in range(2000):
        label.hide()
        label.setText("y")
        box.isChecked()
    after = (sys.getrefcount(None), sys.getrefcount(True), sys.getrefcount(False))
    assert all(abs(a - b) < 50 for a, b in zip(after, before, strict=False)), (before, after)
