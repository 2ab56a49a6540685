"""A read error is not corruption: unreadable, missing and damaged store files are told apart.

Unreadable (permissions, another program holding the file) is retried and
reported, never moved aside or rolled back. Missing is recovered from backup
generations or, failing them, from the versions' full copies, and the draft
stays listed. Only damaged files are moved aside.

The permission tests use a real ``chmod 000``. As root that stops nothing, so
the check runs in a subprocess under ``setpriv`` with the capabilities that
bypass file permissions removed.
"""

from __future__ import annotations

import errno
import json
import os
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from store_helpers import files_under, sample_report

from ogp_desktop import limits
from ogp_desktop.store import Library, UnreadableFileError, safe_storage
from ogp_desktop.store.safe_storage import generation_path

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(autouse=True)
def _quick_retries(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(safe_storage, "READ_RETRY_DELAYS", (0.01, 0.01, 0.01))


def saved_twice(folder: Path) -> tuple[str, Path]:
    """A draft saved as "First" then "Latest", with its generations; returns (id, its file)."""
    with Library(folder) as lib:
        draft_id = lib.add(sample_report(title="Aruanne"))
        lib.list()
        for country in ("First", "Latest"):
            report = lib.open(draft_id)
            report.set("country", country)
            lib.save(draft_id, report)
    return draft_id, folder / "reports" / f"{draft_id}.json"


def snapshot_of(folder: Path) -> dict[str, bytes]:
    return files_under(folder / "reports")


def refuse_reads(monkeypatch: pytest.MonkeyPatch, path: Path, times: int, err: int = errno.EACCES) -> list[int]:
    """Make the first *times* reads of *path* fail as the system would (EACCES, EBUSY...)."""
    real = limits.read_capped
    calls = [0]

    def flaky(p: str | Path, cap: int, *, what: str = "file") -> bytes:
        if Path(p) == path and calls[0] < times:
            calls[0] += 1
            raise OSError(err, os.strerror(err), str(p))
        return real(p, cap, what=what)

    monkeypatch.setattr(limits, "read_capped", flaky)
    return calls


def test_a_moment_of_unreadability_is_waited_out(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    folder = tmp_path / "data"
    draft_id, path = saved_twice(folder)
    before = snapshot_of(folder)
    calls = refuse_reads(monkeypatch, path, 2)
    with Library(folder) as lib:
        assert lib.open(draft_id).get("country") == "Latest"
        assert lib.take_notices() == []
    assert calls[0] == 2
    assert snapshot_of(folder) == before


@pytest.mark.parametrize("err", [errno.EACCES, errno.EBUSY, errno.EIO])
def test_a_held_file_is_reported_never_rolled_back(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                   err: int) -> None:
    folder = tmp_path / "data"
    draft_id, path = saved_twice(folder)
    before = snapshot_of(folder)
    refuse_reads(monkeypatch, path, 1000, err)
    with Library(folder) as lib:
        with pytest.raises(UnreadableFileError, match=r"cannot be read right now .*nothing was changed"):
            lib.open(draft_id)
        report = sample_report()
        with pytest.raises(UnreadableFileError):
            lib.save(draft_id, report, expected_revision=3)
        calls = refuse_reads(monkeypatch, path, 1000, err)
        [row] = lib.list()
        assert row.id == draft_id and "cannot be read right now" in (row.damaged or "")
        assert calls[0] == 1, "listing tries once: it must not keep the window waiting"
        assert lib.take_notices() == []
    assert snapshot_of(folder) == before, "nothing moved aside, restored or rewritten"
    monkeypatch.undo()
    with Library(folder) as lib:
        assert lib.open(draft_id).get("country") == "Latest"
        [row] = lib.list()
        assert row.damaged is None, "the list does not keep an old read error"


def _can_deny_root() -> bool:
    return os.geteuid() != 0 or shutil.which("setpriv") is not None


def _run_without_dac(code: str, folder: Path) -> subprocess.CompletedProcess:
    """Run *code* in a Python that file permissions really stop (as root: setpriv drops the bypass)."""
    cmd = [sys.executable, "-c", textwrap.dedent(code), str(folder)]
    if os.geteuid() == 0:
        cmd = ["setpriv", "--bounding-set=-dac_override,-dac_read_search", *cmd]
    env = dict(os.environ, PYTHONPATH=os.pathsep.join(filter(None, [str(ROOT), str(ROOT / "tests" / "store"),
                                                                     os.environ.get("PYTHONPATH")])),
               PYTHONIOENCODING="utf-8")
    return subprocess.run(cmd, capture_output=True, text=True, env=env, timeout=60, check=False)


@pytest.mark.skipif(os.name != "posix" or not _can_deny_root(), reason="needs POSIX permissions (and setpriv as root)")
def test_a_mode_000_draft_is_unreadable_not_damaged(tmp_path: Path) -> None:
    folder = tmp_path / "data"
    draft_id, path = saved_twice(folder)
    before = snapshot_of(folder)
    path.chmod(0)
    try:
        done = _run_without_dac(f"""
            import sys
            from ogp_desktop.store import Library, UnreadableFileError
            from ogp_desktop.store import safe_storage
            safe_storage.READ_RETRY_DELAYS = (0.01,)
            with Library(sys.argv[1]) as lib:
                try:
                    lib.open({draft_id!r})
                except UnreadableFileError as exc:
                    print("unreadable:", exc)
                print("rows:", [(d.id, bool(d.damaged)) for d in lib.list()])
                print("notices:", len(lib.take_notices()))
        """, folder)
        assert done.returncode == 0, done.stderr
        assert "unreadable: The file of the draft" in done.stdout and "Permission denied" in done.stdout
        assert f"rows: [('{draft_id}', True)]" in done.stdout and "notices: 0" in done.stdout
        env = dict(os.environ, OGP_DESKTOP_DATA=str(folder))
        cli = ["setpriv", "--bounding-set=-dac_override,-dac_read_search"] if os.geteuid() == 0 else []
        listed = subprocess.run([*cli, sys.executable, str(ROOT / "main.py"), "drafts", "export", draft_id,
                                 "-o", str(tmp_path / "out.ogpreport.json")],
                                capture_output=True, text=True, env=env, timeout=60, check=False)
        assert listed.returncode == 2 and "Traceback" not in listed.stderr, listed.stderr
        assert "cannot be read right now" in listed.stderr and len(listed.stderr.strip().splitlines()) == 1
    finally:
        path.chmod(0o644)
    assert snapshot_of(folder) == before
    with Library(folder) as lib:
        assert lib.open(draft_id).get("country") == "Latest"


def test_a_missing_file_is_recovered_from_its_generation_and_stays_listed(tmp_path: Path) -> None:
    folder = tmp_path / "data"
    draft_id, path = saved_twice(folder)
    path.unlink()
    with Library(folder) as lib:
        [row] = lib.list()
        assert row.id == draft_id and row.damaged is None
        assert lib.open(draft_id).get("country") == "First"  # generation .1 held the state before "Latest"
        [notice] = lib.take_notices()
        assert notice.kind == "missing" and notice.recovered
        assert notice.message == (f'The file of the draft "Aruanne" was missing; it was restored from the automatic '
                                  f"backup {draft_id}.json.1, so the last few seconds of edits may be missing.")
    assert path.exists() and not list(path.parent.glob("*.corrupt-*"))


def test_a_draft_with_only_its_versions_left_is_recovered_from_them(tmp_path: Path) -> None:
    folder = tmp_path / "data"
    draft_id, path = saved_twice(folder)
    with Library(folder) as lib:
        report = lib.open(draft_id)
        lib.snapshot(draft_id, "Sent to the ministries")
    for p in [path, *(generation_path(path, n) for n in range(1, 4))]:
        p.unlink(missing_ok=True)
    with Library(folder) as lib:
        [row] = lib.list()
        assert row.id == draft_id and row.damaged is None
        recovered = lib.open(draft_id)
        assert recovered.values == report.values
        [notice] = lib.take_notices()
        assert notice.kind == "missing" and "recovered from its saved version" in notice.message
        assert "Sent to the ministries" in notice.message
        # it is an ordinary draft again: saving works and the revision moved past the version's
        recovered.set("country", "After recovery")
        lib.save(draft_id, recovered)
    with Library(folder) as lib:
        assert lib.open(draft_id).get("country") == "After recovery"


def test_every_generation_bad_recovers_from_the_versions_full_copy(tmp_path: Path) -> None:
    folder = tmp_path / "data"
    draft_id, path = saved_twice(folder)
    with Library(folder) as lib:
        lib.snapshot(draft_id, "Named")
        report = lib.open(draft_id)
    for p in [path, *(generation_path(path, n) for n in range(1, 4))]:
        if p.exists():
            p.write_bytes(b'{"draft": {"1": {"revision": 4, "rep')
    with Library(folder) as lib:
        assert lib.open(draft_id).values == report.values
        notices = lib.take_notices()
        assert len(notices) == 1, [n.message for n in notices]
        [notice] = notices
        assert notice.kind == "damaged" and notice.version and notice.kept_as
        assert notice.message.startswith('The file of the draft "Aruanne" was damaged (')
        assert "recovered from its saved version" in notice.message and notice.kept_as in notice.message
        assert (lib.reports_dir / notice.kept_as).exists()
    doc = json.loads(path.read_text(encoding="utf-8"))
    assert doc["draft"]["1"]["report"]["values"] == report.values


def test_an_unreadable_newer_backup_is_reported_never_skipped(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The main file damaged and .1 held: restoring .2 (an older save) silently would lose .1's work."""
    folder = tmp_path / "data"
    draft_id, path = saved_twice(folder)
    path.write_bytes(b'{"draft": {"1": {"rev')
    before = snapshot_of(folder)
    first = generation_path(path, 1)
    calls = refuse_reads(monkeypatch, first, 1000)
    with Library(folder) as lib:
        with pytest.raises(UnreadableFileError) as err:
            lib.open(draft_id)
        assert lib.take_notices() == []
    assert calls[0] > 1, "the backup was tried again before giving up"
    assert str(err.value).startswith('The file of the draft "Aruanne" is damaged, and its newer backup '
                                     f"{first.name} cannot be read right now (Permission denied); nothing was "
                                     "moved or rolled back to an older save.")
    assert snapshot_of(folder) == before, "nothing moved aside, restored or rewritten"
    monkeypatch.undo()
    with Library(folder) as lib:
        assert lib.open(draft_id).get("country") == "First"  # from .1, the newest good save
        [notice] = lib.take_notices()
        assert notice.backup == first.name


def test_a_backup_unreadable_for_a_moment_is_waited_for(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    folder = tmp_path / "data"
    draft_id, path = saved_twice(folder)
    path.write_bytes(b"\x00garbage")
    refuse_reads(monkeypatch, generation_path(path, 1), 2)
    with Library(folder) as lib:
        assert lib.open(draft_id).get("country") == "First"
        [notice] = lib.take_notices()
        assert notice.backup == generation_path(path, 1).name


@pytest.mark.skipif(os.name != "posix" or not _can_deny_root(), reason="needs POSIX permissions (and setpriv as root)")
def test_a_mode_000_backup_behind_a_damaged_file_stops_the_rollback(tmp_path: Path) -> None:
    """The reviewer's scenario C with a real chmod 000 (as root: without the capabilities that bypass it)."""
    folder = tmp_path / "data"
    draft_id, path = saved_twice(folder)
    path.write_bytes(b"garbage")
    first = generation_path(path, 1)
    first.chmod(0)
    before = snapshot_of(folder) if os.geteuid() == 0 else None  # a mode-000 file cannot be read to compare
    try:
        env = dict(os.environ, OGP_DESKTOP_DATA=str(folder))
        cli = ["setpriv", "--bounding-set=-dac_override,-dac_read_search"] if os.geteuid() == 0 else []
        done = subprocess.run([*cli, sys.executable, str(ROOT / "main.py"), "drafts", "export", draft_id,
                               "-o", str(tmp_path / "out.ogpreport.json")],
                              capture_output=True, text=True, env=env, timeout=60, check=False)
        assert done.returncode == 2 and "Traceback" not in done.stderr, done.stderr
        assert f"its newer backup {first.name} cannot be read right now" in done.stderr
        assert "restored" not in done.stderr and not (tmp_path / "out.ogpreport.json").exists()
    finally:
        first.chmod(0o600)
    if before is not None:
        assert snapshot_of(folder) == before
    assert path.read_bytes() == b"garbage" and not list(path.parent.glob("*.corrupt-*"))
