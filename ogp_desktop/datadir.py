"""Where the app keeps the draft library, settings and logs on this machine.

A data folder chosen for one run (``--data-dir``, passed down as a parameter;
``$OGP_DESKTOP_DATA`` as the environment's default) holds all three, so a test,
a demo or a second library never touches the user's settings, recent files or
logs. Without one, each lives in the platform's user folder for its kind.
"""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

from ogp_desktop import APP_ID

ENV_VAR = "OGP_DESKTOP_DATA"


def data_dir(override: str | Path | None = None) -> Path:
    """``--data-dir``, else ``$OGP_DESKTOP_DATA``, else the platform's user data folder."""
    chosen = override or os.environ.get(ENV_VAR)
    if chosen:
        return Path(chosen).expanduser()
    return Path(platformdirs.user_data_dir(APP_ID, appauthor=False))


def _chosen(override: str | Path | None) -> Path | None:
    chosen = override or os.environ.get(ENV_VAR)
    return Path(chosen).expanduser() if chosen else None


def log_dir(override: str | Path | None = None) -> Path:
    """``logs/`` inside a chosen data folder, else the platform's user log folder."""
    chosen = _chosen(override)
    return chosen / "logs" if chosen else Path(platformdirs.user_log_dir(APP_ID, appauthor=False))


def settings_file(override: str | Path | None = None) -> Path:
    """``settings.ini`` inside a chosen data folder, else in the platform's user config folder."""
    chosen = _chosen(override)
    base = chosen if chosen else Path(platformdirs.user_config_dir(APP_ID, appauthor=False))
    return base / "settings.ini"
