"""Where the package's resources live: the one place that knows.

In an installed wheel ``resources/`` is the package ``ogp_desktop.resources``;
in a checkout it is the ``resources/`` folder beside the package. Everything
else asks this module, never builds paths from ``__file__`` itself.
"""

from __future__ import annotations

import importlib.resources
import sys
from pathlib import Path

# importlib.abc.Traversable warns from 3.12 (and goes in 3.14); its new home exists from 3.11.
if sys.version_info >= (3, 11):
    from importlib.resources.abc import Traversable
else:
    from importlib.abc import Traversable

_CHECKOUT = Path(__file__).resolve().parent.parent


def resources() -> Traversable:
    """The root of the resource tree (templates/, fonts/, i18n/, icons/, samples/)."""
    try:
        root = importlib.resources.files("ogp_desktop.resources")
        if root.joinpath("templates").is_dir():
            return root
    except ModuleNotFoundError:
        pass
    return _CHECKOUT / "resources"


def resource(*parts: str) -> Traversable:
    node = resources()
    for part in parts:
        node = node.joinpath(part)
    return node


def resource_path(*parts: str) -> Path:
    """A real filesystem path (fonts and Qt catalogues need one).

    Wheels are installed unpacked, so this is a plain path in every supported
    layout; a zipped install would need ``importlib.resources.as_file``.
    """
    return Path(str(resource(*parts)))


def ui_dir() -> Path:
    """Qt Designer sources; only present in a checkout (used to regenerate forms)."""
    return _CHECKOUT / "ui"
