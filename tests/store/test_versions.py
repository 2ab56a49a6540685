"""Versions: automatic and named snapshots, diffs by value path, restore that loses nothing."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from store_helpers import sample_report

from ogp_desktop.store import Library, StoreError
from ogp_desktop.store import library as library_module
from ogp_desktop.store.diff import DiffEntry, diff_reports


@pytest.fixture
def lib(tmp_path: Path):
    library = Library(tmp_path / "data")
    yield library
    library.close()


def edit(lib: Library, draft_id: str, path: str, value: object) -> None:
    report = lib.open(draft_id)
    report.set(path, value)
    lib.save(draft_id, report)


def test_first_save_of_a_session_and_of_a_day_snapshot_the_previous_state(
        lib: Library, monkeypatch: pytest.MonkeyPatch) -> None:
    draft_id = lib.add(sample_report())
    edit(lib, draft_id, "country", "Eesti")
    edit(lib, draft_id, "country", "Eesti 2")
    [first] = lib.versions(draft_id)
    assert (first.kind, first.revision) == ("auto", 1) and "session" in first.reason
    assert lib.version_report(draft_id, first.id).get("country") == "Estonia"

    class Tomorrow(dt.date):
        @classmethod
        def today(cls) -> Tomorrow:
            return cls.fromordinal(dt.date.today().toordinal() + 1)

    monkeypatch.setattr(library_module, "date", Tomorrow)
    edit(lib, draft_id, "country", "Eesti 3")
    edit(lib, draft_id, "country", "Eesti 4")
    versions = lib.versions(draft_id)
    assert [v.reason for v in versions][1] == "Before the first save of the day" and len(versions) == 2
    assert lib.version_report(draft_id, versions[1].id).get("country") == "Eesti 2"


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


def test_damaged_versions_file_recovers_from_its_backup(lib: Library) -> None:
    draft_id = lib.add(sample_report(title="Aruanne"))
    lib.snapshot(draft_id, "first")
    lib.snapshot(draft_id, "second")
    lib.list()  # the index now knows the title the notice uses
    path = lib.reports_dir / f"{draft_id}.versions.json"
    path.write_bytes(path.read_bytes()[:-7])  # truncated
    assert [v.name for v in lib.versions(draft_id)] == ["first"]
    [notice] = lib.take_notices()
    assert notice.message.startswith('The file of the versions of the draft "Aruanne" was damaged')
    assert (lib.reports_dir / notice.kept_as).exists()


def test_restoring_an_unchanged_state_is_still_recorded(lib: Library) -> None:
    draft_id = lib.add(sample_report())
    named = lib.snapshot(draft_id, "Sent for public comment")
    lib.restore(draft_id, named)
    assert [v.label for v in lib.versions(draft_id)] == [
        "Sent for public comment", f"Restored version {named} (Sent for public comment)"]
