"""Icons: SVG files from resources/icons, so they stay sharp at any screen scale."""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QBrush, QColor, QIcon, QPainter, QPen, QPixmap

from ogp_desktop import paths


@cache
def icon(name: str) -> QIcon:
    """``resources/icons/<name>.svg``; an empty icon (never an error) when it is missing."""
    path = paths.resource_path("icons", f"{name}.svg")
    return QIcon(str(path)) if path.is_file() else QIcon()


_COLOURS = {"overview": "#1565c0", "empty": "#9e9e9e", "complete": "#2e7d32", "warnings": "#e0a000",
            "errors": "#c62828"}
_ICONS: dict[str, QIcon] = {}


def status_icon(status: str) -> QIcon:
    """A small coloured disc (hollow when not started); drawn once, so no icon files are needed."""
    if status not in _ICONS:
        pix = QPixmap(16, 16)
        pix.fill(QColor(0, 0, 0, 0))
        p = QPainter(pix)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        colour = QColor(_COLOURS.get(status, "#9e9e9e"))
        p.setPen(QPen(colour, 2))
        p.setBrush(QBrush(colour) if status != "empty" else QBrush())
        p.drawEllipse(QRectF(2, 2, 12, 12))
        if status == "complete":
            p.setPen(QPen(QColor("white"), 2))
            p.drawPolyline([QPointF(5, 8), QPointF(7, 10.5), QPointF(11, 5.5)])
        elif status == "overview":  # three lines: a list of what remains
            p.setPen(QPen(QColor("white"), 1.5))
            for y in (5.5, 8, 10.5):
                p.drawLine(QPointF(5, y), QPointF(11, y))
        elif status in ("warnings", "errors"):
            p.setPen(QPen(QColor("white"), 2))
            p.drawLine(QPointF(8, 4.5), QPointF(8, 9))
            p.drawPoint(QPointF(8, 11.5))
        p.end()
        _ICONS[status] = QIcon(pix)
    return _ICONS[status]
