"""Colour and weight of a label's text through its palette and font, not a style sheet of its own.

A widget with a style sheet is polished by Qt's style sheet engine, which is slow: a commitment page has
some sixty small labels (format hints, word counters, provenance lines), and their style sheets were a
third of the time the page took to build (``bench/bench_gui_stall.py``).
"""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QWidget


def tint(widget: QWidget, colour: str, *, bold: bool | None = None, point_size: float | None = None) -> None:
    """Draw *widget*'s text in *colour* (``"#rrggbb"``); *bold* and *point_size* change its font when given."""
    palette = widget.palette()
    palette.setColor(QPalette.ColorRole.WindowText, QColor(colour))
    palette.setColor(QPalette.ColorRole.Text, QColor(colour))
    widget.setPalette(palette)
    if bold is not None or point_size is not None:
        font = widget.font()
        if bold is not None:
            font.setBold(bold)
        if point_size is not None:
            font.setPointSizeF(point_size)
        widget.setFont(font)


def emphasise(widget: QWidget, *, point_size: float | None = None) -> None:
    """Bold text (and a size of its own, in points) in the widget's own colour."""
    font = widget.font()
    font.setBold(True)
    if point_size is not None:
        font.setPointSizeF(point_size)
    widget.setFont(font)
