"""Draft data is private: every file the store creates is 0600 and every folder 0700, whatever the umask.

Exports follow the umask (the user publishes them). The main file restored from a backup and the
versions' parts were 0644 under the usual umask 022, readable by every local user.
"""

from __future__ import annotations

import os
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest
from store_helpers import sample_report

from ogp_desktop.store import Library

pytestmark = pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")


@pytest.fixture(autouse=True)
def _umask_022() -> Iterator[None]:
    old = os.umask(0o022)
    try:
        yield
    finally:
        os.umask(old)


def modes_under(folder: Path) -> dict[str, int]:
    return {str(p.relative_to(folder)): stat.S_IMODE(p.stat().st_mode) for p in sorted(folder.rglob("*"))}


def test_every_file_and_folder_of_the_store_is_private(tmp_path: Path) -> None:
    folder = tmp_path / "data"
    with Library(folder) as lib:
        draft_id = lib.add(sample_report(title="Aruanne"))
        for country in ("First", "Latest"):
            report = lib.open(draft_id)
            report.set("country", country)
            lib.save(draft_id, report)
        lib.snapshot(draft_id, "Sent to the ministries")
        other = lib.add(sample_report(title="Kustutatav"))
        lib.delete(other)
    main = folder / "reports" / f"{draft_id}.json"
    main.write_bytes(b"garbage")  # damaged: the next open restores it from .1
    with Library(folder) as lib:
        assert lib.open(draft_id).get("country") == "First"
        assert lib.take_notices()
        modes = modes_under(folder)
    assert any(".versions/p-" in name for name in modes) and f"reports/{draft_id}.json" in modes
    assert any("trash" in name or "deleted" in name for name in modes), sorted(modes)
    wrong = {name: oct(mode) for name, mode in modes.items()
             if mode != (0o700 if (folder / name).is_dir() else 0o600)}
    assert wrong == {}, "not private"
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700


def test_an_export_follows_the_umask(tmp_path: Path) -> None:
    with Library(tmp_path / "data") as lib:
        draft_id = lib.add(sample_report())
        out = tmp_path / "out" / "report.ogpreport.json"
        out.parent.mkdir()
        lib.export(draft_id, out)
    assert stat.S_IMODE(out.stat().st_mode) == 0o644
