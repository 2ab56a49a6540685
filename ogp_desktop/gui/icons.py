"""Icons: SVG files from resources/icons, so they stay sharp at any screen scale."""

from __future__ import annotations

from functools import cache

from PySide6.QtGui import QIcon

from ogp_desktop import paths


@cache
def icon(name: str) -> QIcon:
    """``resources/icons/<name>.svg``; an empty icon (never an error) when it is missing."""
    path = paths.resource_path("icons", f"{name}.svg")
    return QIcon(str(path)) if path.is_file() else QIcon()
