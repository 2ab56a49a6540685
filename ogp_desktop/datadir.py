"""Where the app keeps the draft library, settings and logs on this machine."""

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


def log_dir() -> Path:
    chosen = os.environ.get(ENV_VAR)
    if chosen:
        return Path(chosen).expanduser() / "logs"
    return Path(platformdirs.user_log_dir(APP_ID, appauthor=False))
