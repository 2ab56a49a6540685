"""A save of an autosave snapshot encodes only the rows changed since the last save, and writes the same bytes."""

from __future__ import annotations

import json
from typing import Any

import pytest
from store_helpers import sample_report

from ogp_desktop.report import Report
from ogp_desktop.store import Library

PLAIN = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"))  # what a save wrote before rows were reused


def on_disk(lib: Library, draft_id: str) -> bytes:
    return (lib.reports_dir / f"{draft_id}.json").read_bytes()


def full_encode(raw: bytes) -> bytes:
    """The file's data encoded again in one go, with nothing reused."""
    return "".join(PLAIN.iterencode(json.loads(raw))).encode("utf-8")


def saved_report(lib: Library, draft_id: str) -> dict[str, Any]:
    with Library(lib.folder) as other:  # another library (read-only): what a reopened app reads
        return other.open(draft_id).to_dict()


def opened(lib: Library, commitments: int) -> tuple[str, Report]:
    draft_id = lib.add(sample_report(commitments))
    report = lib.open(draft_id)
    lib.save(draft_id, report.snapshot(), judge=False)  # the session's first save (it also takes a version)
    return draft_id, report


def test_a_save_after_one_edit_encodes_that_row_only_and_writes_the_full_encoders_bytes(lib: Library) -> None:
    draft_id, report = opened(lib, 30)
    report.set("commitments[4].milestones[0].status", "complete")
    lib.save(draft_id, report.snapshot(), judge=False)
    assert lib.rows_encoded(draft_id) == (1, 29)
    raw = on_disk(lib, draft_id)
    assert raw == full_encode(raw)
    assert json.loads(raw)["draft"]["1"]["report"]["values"] == report.values
    assert saved_report(lib, draft_id) == report.to_dict()


def test_rows_changed_in_place_through_the_report_are_never_written_stale(lib: Library) -> None:
    draft_id, report = opened(lib, 8)
    edits = [
        lambda: report.set("commitments[2].results", "Muudetud õ"),
        lambda: report.set("commitments[2].milestones[0].activity", "Uus tegevus"),
        lambda: report.insert("commitments", 1, {"number": "new", "title": "Uus"}),
        lambda: report.set("commitments[1].title", "Uus, muudetud"),
        lambda: report.move("commitments", 0, 5),
        lambda: report.set("commitments[5].milestones[0].status", "complete"),
        lambda: report.remove("commitments", 3),
        lambda: report.set_translation("en", "commitments[2].title", {"text": "Two", "source_hash": "h"}),
        lambda: report.set_translation("en", "commitments[2].title", None),
        lambda: report.set("commitments[2].milestones", [{"number": "x"}]),
        lambda: report.set("commitments[0].title", "Pärast asendamist"),
    ]
    replace = lambda: report.replace_values(dict(report.values, country="Eesti"))  # noqa: E731 - one of the edits
    after = [lambda k=k: report.set(f"commitments[{k}].results", f"Pärast {k}") for k in (0, 3, 6)]
    for edit in [*edits, replace, *after]:
        edit()
        lib.save(draft_id, report.snapshot(), judge=False)
        # a replace copies every row again; any other edit touches one (a move or a removal marks the row
        # that takes the old place)
        expected = len(report.commitments()) if edit is replace else 1
        assert lib.rows_encoded(draft_id)[0] == expected
        stored = json.loads(on_disk(lib, draft_id))["draft"]["1"]["report"]
        assert (stored["values"], stored["translations"]) == (report.values, report.translations)
    assert saved_report(lib, draft_id) == report.to_dict()


def test_a_live_report_is_copied_so_changing_it_later_changes_no_saved_state(lib: Library) -> None:
    draft_id, report = opened(lib, 3)
    report.set("commitments[0].results", "Saved")
    lib.save(draft_id, report, judge=False)  # the live report, not a snapshot
    report.values["commitments"][0]["results"] = "changed behind the store's back"
    assert lib.open(draft_id).get("commitments[0].results") == "Saved"
    lib.save(draft_id, report, judge=False)
    assert saved_report(lib, draft_id)["values"]["commitments"][0]["results"] == "changed behind the store's back"


def test_a_snapshot_refuses_changes_and_is_kept_without_a_copy() -> None:
    report = sample_report(3)
    snapshot = report.snapshot()
    for change in (lambda: snapshot.set("country", "x"), lambda: snapshot.insert("commitments", 0, {}),
                   lambda: snapshot.remove("commitments", 0), lambda: snapshot.move("commitments", 0, 1),
                   lambda: snapshot.set_translation("en", "country", None), lambda: snapshot.set_meta("x", 1),
                   lambda: snapshot.replace_values({})):
        with pytest.raises(TypeError, match="read-only"):
            change()
    assert snapshot.to_dict() == report.to_dict(), "nothing changed"
    assert snapshot.shared_dict()["values"] is snapshot.values
    assert report.shared_dict()["values"] is not report.values
    assert report.shared_dict() == snapshot.shared_dict()
    assert not snapshot.copy().frozen


def test_a_failed_write_leaves_the_next_one_right(lib: Library, monkeypatch: pytest.MonkeyPatch) -> None:
    import errno
    import os

    from ogp_desktop.store.errors import StoreError

    draft_id, report = opened(lib, 5)
    report.set("commitments[1].results", "Not on disk")
    real_write = os.write

    def full_disk(fd: int, data: Any) -> int:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "write", full_disk)
    with pytest.raises(StoreError):
        lib.save(draft_id, report.snapshot(), judge=False)
    monkeypatch.setattr(os, "write", real_write)
    report.set("commitments[2].results", "Both on disk")
    lib.save(draft_id, report.snapshot(), judge=False)
    raw = on_disk(lib, draft_id)
    assert raw == full_encode(raw)
    assert saved_report(lib, draft_id) == report.to_dict()


def test_a_draft_written_in_many_batches_is_whole(lib: Library, monkeypatch: pytest.MonkeyPatch) -> None:
    from ogp_desktop.store import safe_storage

    monkeypatch.setattr(safe_storage, "WRITE_BATCH", 100)  # a row or a few per os.write
    draft_id, report = opened(lib, 12)
    report.set("commitments[11].results", "Viimane õ")
    lib.save(draft_id, report.snapshot(), judge=False)
    raw = on_disk(lib, draft_id)
    assert raw == full_encode(raw)
    assert saved_report(lib, draft_id) == report.to_dict()


def test_a_version_of_rows_this_library_wrote_has_the_parts_a_plain_encode_names(lib: Library) -> None:
    import gzip
    import hashlib

    from ogp_desktop.store.versions import _blob

    original = sample_report(6)
    draft_id = lib.add(original)  # written here: the first save's version reuses the bytes of its rows
    report = lib.open(draft_id)
    report.set("commitments[0].results", "Pärast")
    lib.save(draft_id, report.snapshot(), judge=False)
    [version] = lib.versions(draft_id)
    assert lib.version_report(draft_id, version.id).values == original.values
    folder = lib.reports_dir / f"{draft_id}.versions"
    for row in original.values["commitments"]:
        raw = _blob(row)
        assert gzip.decompress((folder / f"p-{hashlib.sha256(raw).hexdigest()}.gz").read_bytes()) == raw
