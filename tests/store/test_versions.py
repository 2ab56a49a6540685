"""Versions: automatic and named snapshots, diffs by value path, restore that loses nothing."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from store_helpers import disk_usage, sample_report, varied_report

from ogp_desktop import report as report_module
from ogp_desktop.clock import iso_stamp
from ogp_desktop.store import Library, StoreError
from ogp_desktop.store import library as library_module
from ogp_desktop.store.diff import DiffEntry, diff_reports
from ogp_desktop.store.errors import draft_subject


def edit(lib: Library, draft_id: str, path: str, value: object) -> None:
    report = lib.open(draft_id)
    report.set(path, value)
    lib.save(draft_id, report)


class SettableClock:
    """The library's clock, moved on by the test."""

    def __init__(self, moment: dt.datetime) -> None:
        self.moment = moment

    def __call__(self) -> dt.datetime:
        return self.moment


def test_first_save_of_a_session_and_of_a_day_snapshot_the_previous_state(tmp_path: Path) -> None:
    # a minute before the user's midnight, in the machine's own time zone, then a minute after
    clock = SettableClock(dt.datetime(2026, 11, 30, 23, 59).astimezone())
    with Library(tmp_path / "data", clock=clock) as lib:
        draft_id = lib.add(sample_report())
        edit(lib, draft_id, "country", "Eesti")
        edit(lib, draft_id, "country", "Eesti 2")
        [first] = lib.versions(draft_id)
        assert (first.kind, first.revision) == ("auto", 1) and "session" in first.reason
        assert first.created == iso_stamp(clock)  # the library's clock stamps its versions too
        assert lib.version_report(draft_id, first.id).get("country") == "Estonia"

        clock.moment += dt.timedelta(minutes=2)
        edit(lib, draft_id, "country", "Eesti 3")
        edit(lib, draft_id, "country", "Eesti 4")
        versions = lib.versions(draft_id)
        assert [v.reason for v in versions][1] == "Before the first save of the day" and len(versions) == 2
        assert versions[1].created == iso_stamp(clock)
        assert lib.version_report(draft_id, versions[1].id).get("country") == "Eesti 2"
        assert lib.list()[0].modified == iso_stamp(clock)


def test_new_session_snapshots_again_but_not_an_unchanged_state(tmp_path: Path) -> None:
    folder = tmp_path / "data"
    with Library(folder) as lib:
        draft_id = lib.add(sample_report())
        edit(lib, draft_id, "country", "A")
    with Library(folder) as lib:
        edit(lib, draft_id, "country", "B")
        assert [lib.version_report(draft_id, v.id).get("country") for v in lib.versions(draft_id)] == \
            ["Estonia", "A"]
    with Library(folder) as lib:
        lib.snapshot(draft_id, reason="Before merging")  # automatic: equal to nothing before, kept
        assert lib.snapshot(draft_id, reason="Before merging again") is None  # unchanged: skipped
        assert lib.snapshot(draft_id, "Sent for public comment") == 4  # named: always kept


def test_diff_names_changed_value_paths_and_translations(lib: Library) -> None:
    draft_id = lib.add(sample_report(commitments=2))
    named = lib.snapshot(draft_id, "Sent for public comment")
    report = lib.open(draft_id)
    report.set("commitments[0].results", "Uued tulemused")
    report.set("commitments[1].milestones[0].status", "completed")
    report.append("commitments", {"number": "3", "title": "Uus"})
    report.set("priorities", ["kaasamine"])
    report.translations["en"]["commitments[0].results"] = {"text": "New results", "source_hash": "y"}
    report.meta["title"] = "Renamed"
    lib.save(draft_id, report)
    changes = lib.diff(draft_id, named)
    assert [str(c) for c in changes] == [
        "priorities", "commitments[0].results", "commitments[1].milestones[0].status", "commitments[2]",
        "commitments[0].results [en]", "meta.title",
    ]
    assert lib.diff(draft_id, named, named) == []


def test_diff_of_removed_fields_and_rows() -> None:
    old = {"values": {"a": "x", "g": [{"b": 1}, {"b": 2}]}, "translations": {"et": {"a": {"text": "y"}}}}
    new = {"values": {"g": [{"b": 1}]}, "translations": {}}
    assert diff_reports(old, new) == [DiffEntry("a"), DiffEntry("g[1]"), DiffEntry("a", "et")]


def test_restore_keeps_the_current_state_and_is_itself_a_version(lib: Library) -> None:
    draft_id = lib.add(sample_report())
    named = lib.snapshot(draft_id, "Sent for public comment")
    edit(lib, draft_id, "country", "Changed after comment")
    restored = lib.restore(draft_id, named)
    assert restored.get("country") == "Estonia" and lib.open(draft_id).get("country") == "Estonia"
    versions = lib.versions(draft_id)
    before = next(v for v in versions if v.reason == f"Before restoring version {named}")
    assert lib.version_report(draft_id, before.id).get("country") == "Changed after comment"
    assert versions[-1].reason == f"Restored version {named} (Sent for public comment)"
    assert lib.diff(draft_id, versions[-1].id) == []
    with pytest.raises(StoreError, match="no version 99"):
        lib.restore(draft_id, 99)


def test_import_over_a_draft_snapshots_first(lib: Library, tmp_path: Path) -> None:
    from ogp_desktop.reportfile import write_report

    draft_id = lib.add(sample_report())
    incoming = sample_report(title="From the ministry")
    incoming.set("country", "Imported")
    write_report(incoming, tmp_path / "in.ogpreport.json")
    lib.replace_from_file(draft_id, tmp_path / "in.ogpreport.json")
    assert lib.open(draft_id).get("country") == "Imported"
    [before] = [v for v in lib.versions(draft_id) if v.reason == "Before importing in.ogpreport.json"]
    assert lib.version_report(draft_id, before.id).get("country") == "Estonia"


def test_a_damaged_version_is_named_and_the_others_still_read(tmp_path: Path) -> None:
    with Library(tmp_path / "data") as lib:
        draft_id = lib.add(sample_report(title="Aruanne"))
        first = lib.snapshot(draft_id, "first")
        edit(lib, draft_id, "country", "Changed")
        second = lib.snapshot(draft_id, "second")
        lib.list()  # the index now knows the title the notices use
    folder = tmp_path / "data" / "reports" / f"{draft_id}.versions"
    manifest = folder / f"v{second:08d}.json"
    manifest.write_bytes(manifest.read_bytes()[:-7])  # truncated
    with Library(tmp_path / "data") as lib:
        _damaged_version_checks(lib, draft_id, first, second, folder)


def _damaged_version_checks(lib: Library, draft_id: str, first: int, second: int, folder: Path) -> None:
    lib.list()
    assert [v.name for v in lib.versions(draft_id)] == ["first"]
    [notice] = lib.take_notices()
    assert notice.message.startswith(f'Version {second} of the draft "Aruanne" cannot be read (')
    assert notice.message.endswith("so it is not listed; the other versions are unaffected.")
    head = json.loads((folder / f"v{first:08d}.json").read_text(encoding="utf-8"))["parts"]["head"]
    (folder / f"p-{head}.gz").write_bytes(b"\x1f\x8b garbage")
    with pytest.raises(StoreError, match=f"Version {first} of the draft \"Aruanne\" cannot be read: a part of it"):
        lib.version_report(draft_id, first)


def test_a_version_costs_only_what_changed(lib: Library, monkeypatch: pytest.MonkeyPatch) -> None:
    # every edit stamps meta.modified to the second: a fixed moment keeps the cover the same whenever this runs
    for module in (report_module, library_module):
        monkeypatch.setattr(module, "now_iso", lambda clock=None: "2026-11-27T12:00:00Z")
    draft_id = lib.add(sample_report(commitments=20))
    lib.snapshot(draft_id, "all parts")
    folder = lib.reports_dir / f"{draft_id}.versions"
    parts = {p.name for p in folder.glob("p-*.gz")}
    edit(lib, draft_id, "commitments[3].results", "New results")  # the session's first save: an automatic version
    lib.snapshot(draft_id, "one commitment changed")
    new = {p.name for p in folder.glob("p-*.gz")} - parts
    # the changed commitment, and the cover when its "modified" stamp moved on to the next second
    assert 1 <= len(new) <= 2, new
    manifests = [json.loads(p.read_text(encoding="utf-8"))["parts"] for p in sorted(folder.glob("v*.json"))]
    before, after = manifests[0]["rows"], manifests[-1]["rows"]
    assert [i for i in range(20) if before[i] != after[i]] == [3], "the other 19 commitments are shared"
    assert lib.version_report(draft_id, lib.versions(draft_id)[-1].id).get("commitments[3].results") == "New results"


def test_format_1_versions_are_migrated_once_and_nothing_is_lost(tmp_path: Path) -> None:
    """A library written before versions had their own folder: every version survives, ids and all."""
    from ogp_desktop.store.draft_file import VersionFile

    folder = tmp_path / "data"
    with Library(folder) as lib:
        draft_id = lib.add(sample_report(title="Vana"))
    legacy = folder / "reports" / f"{draft_id}.versions.json"
    old = VersionFile(legacy, draft_subject(None, "x"), False)
    reports = []
    for n in range(1, 6):
        report = sample_report(mark=n).to_dict()
        reports.append(report)
        old.add(kind="named" if n == 2 else "auto", reason=f"Reason {n}", name="Kept" if n == 2 else None,
                revision=n, report=report)
    old.close()
    assert legacy.exists() and (folder / "reports" / f"{draft_id}.versions.json.1").exists()
    with Library(folder) as lib:
        versions = lib.versions(draft_id)
        assert [(v.id, v.kind, v.reason, v.revision) for v in versions] == [
            (n, "named" if n == 2 else "auto", f"Reason {n}", n) for n in range(1, 6)]
        for n in range(1, 6):
            assert lib.version_report(draft_id, n).to_dict() == reports[n - 1]
        assert not list((folder / "reports").glob(f"{draft_id}.versions.json*")), "the old file and its backups"
        assert lib.snapshot(draft_id, "after") == 6


def test_retention_keeps_named_recent_then_daily_then_weekly() -> None:
    from ogp_desktop.store.draft_file import VersionInfo
    from ogp_desktop.store.versions import retained

    now = dt.datetime(2026, 6, 30, 12, 0, tzinfo=dt.UTC)
    versions = []
    for n, hours in enumerate(range(24 * 120, -1, -6), start=1):  # every six hours for 120 days
        when = (now - dt.timedelta(hours=hours)).strftime("%Y-%m-%dT%H:%M:%SZ")
        versions.append(VersionInfo(n, when, "Sent" if n == 5 else None, "named" if n == 5 else "auto", "r", n))
    keep = retained(versions, now)
    ages = {v.id: now - dt.datetime.fromisoformat(v.created.replace("Z", "+00:00")) for v in versions}
    assert 5 in keep and versions[-1].id in keep
    recent = [i for i in keep if ages[i] <= dt.timedelta(days=2)]
    assert len(recent) == 9  # all of the last two days, six hours apart
    daily = [i for i in keep if dt.timedelta(days=2) < ages[i] <= dt.timedelta(days=30)]
    assert len(daily) == 28 or len(daily) == 29
    weekly = [i for i in keep if ages[i] > dt.timedelta(days=30) and i != 5]
    assert 12 <= len(weekly) <= 14
    assert len(keep) < len(versions) / 6


@pytest.mark.slow
def test_a_1_mb_draft_with_100_versions_stays_under_30_mb(tmp_path: Path) -> None:

    with Library(tmp_path / "data") as lib:
        report = varied_report(1024 * 1024)
        draft_id = lib.add(report)
        for n in range(100):
            report = lib.open(draft_id)
            report.set(f"commitments[{n % 40}].results", f"Edit {n}: " + report.get(f"commitments[{n % 40}].results"))
            lib.save(draft_id, report)
            lib.snapshot(draft_id, f"Version {n}")
        assert len(lib.versions(draft_id)) >= 100
        size = disk_usage(lib.folder)
    assert size < 30 * 1024 * 1024, size


def test_restoring_an_unchanged_state_is_still_recorded(lib: Library) -> None:
    draft_id = lib.add(sample_report())
    named = lib.snapshot(draft_id, "Sent for public comment")
    lib.restore(draft_id, named)
    assert [v.label for v in lib.versions(draft_id)] == [
        "Sent for public comment", f"Restored version {named} (Sent for public comment)"]


def test_format_1_versions_read_only_are_served_without_migrating(tmp_path: Path) -> None:
    from ogp_desktop.store.draft_file import VersionFile

    folder = tmp_path / "data"
    with Library(folder) as lib:
        draft_id = lib.add(sample_report(title="Vana"))
    legacy = folder / "reports" / f"{draft_id}.versions.json"
    old = VersionFile(legacy, draft_subject(None, "x"), False)
    old.add(kind="named", reason="Kept", name="Kept", revision=1, report=sample_report(mark=7).to_dict())
    old.close()
    with Library(folder) as writer, Library(folder) as reader:  # the second copy of the app is read-only
        assert reader.read_only and not writer.read_only
        [version] = reader.versions(draft_id)
        assert version.name == "Kept"
        assert reader.version_report(draft_id, 1).to_dict() == sample_report(mark=7).to_dict()
        assert legacy.exists() and not (folder / "reports" / f"{draft_id}.versions").exists()
