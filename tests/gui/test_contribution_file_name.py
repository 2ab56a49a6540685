"""The contribution dialog's suggested file name fits every file system, whatever the title's script."""

from __future__ import annotations

from pathlib import Path

import pytest

from ogp_desktop.gui.collab.contribution_export_dialog import JSON_SUFFIX, WORD_SUFFIX, suggested_name
from ogp_desktop.report import Report


@pytest.mark.parametrize("suffix", [JSON_SUFFIX, WORD_SUFFIX])
def test_120_georgian_letters_make_a_name_the_file_system_takes(tmp_path: Path, suffix: str) -> None:
    report = Report({}, meta={"title": "\u10d0" * 120})  # 3 bytes a letter: 360 bytes uncut
    name = suggested_name(report, "\u10d1" * 40, suffix)
    assert name.endswith(suffix) and len(name.encode("utf-8")) <= 255
    (tmp_path / name).write_bytes(b"")
