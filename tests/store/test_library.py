"""Library operations on real TinyDB files in tmp_path."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from store_helpers import sample_report

from ogp_desktop.reportfile import ReportFileError, read_report
from ogp_desktop.store import ConflictError, DraftNotFoundError, Library, ReadOnlyError
from ogp_desktop.store.errors import draft_subject
from ogp_desktop.store.schema import SCHEMA_VERSION

ROOT = Path(__file__).resolve().parents[2]


def test_add_open_save_roundtrip(lib: Library) -> None:
    draft_id = lib.add(sample_report())
    report = lib.open(draft_id)
    assert report.get("commitments[1].title") == "Kohustus 2 õ"
    report.set("commitments[0].results", "Valmis")
    assert lib.save(draft_id, report) == 2
    with Library(lib.folder) as other:  # read-only, but reading works
        assert other.open(draft_id).get("commitments[0].results") == "Valmis"
    assert json.loads((lib.reports_dir / f"{draft_id}.json").read_text(encoding="utf-8"))["meta"]["1"][
        "schema_version"] == SCHEMA_VERSION


def test_list_columns_and_rename_duplicate(lib: Library) -> None:
    first = lib.add(sample_report(title="Vahearuanne"))
    lib.rename(first, "Vahearuanne 2019")
    copy_id = lib.duplicate(first)
    rows = {d.id: d for d in lib.list()}
    assert rows[first].title == "Vahearuanne 2019" and rows[copy_id].title == "Vahearuanne 2019 (copy)"
    assert rows[first].report_type == "mid_term"
    assert (rows[first].period_start, rows[first].period_end) == ("2018-07-01", "2019-06-30")
    assert rows[first].revision == 2 and rows[copy_id].revision == 1
    assert lib.open(copy_id).values == lib.open(first).values


def test_list_reads_only_changed_drafts(lib: Library, monkeypatch: pytest.MonkeyPatch) -> None:
    ids = [lib.add(sample_report(title=f"R{i}")) for i in range(3)]
    lib.list()
    reads: list[str] = []
    original = Library._row
    monkeypatch.setattr(Library, "_row", lambda self, i: reads.append(i) or original(self, i))
    with Library(lib.folder) as other:
        assert len(other.list()) == 3 and reads == []  # all from library.json
    report = lib.open(ids[1])
    report.meta["title"] = "Changed"
    lib.save(ids[1], report)
    # Its own save it knows: the row comes from what it wrote, not from parsing the draft back.
    listed = {d.id: d for d in lib.list()}[ids[1]]
    assert (listed.title, listed.revision) == ("Changed", 2) and reads == []
    # A file changed since by someone else (here: only its time) is read again.
    draft = lib.reports_dir / f"{ids[1]}.json"
    os.utime(draft, ns=(draft.stat().st_atime_ns, draft.stat().st_mtime_ns + 1_000_000))
    assert {d.id: d.title for d in lib.list()}[ids[1]] == "Changed" and reads == [ids[1]]


def test_damaged_index_is_rebuilt(lib: Library) -> None:
    draft_id = lib.add(sample_report(title="Kept"))
    lib.list()
    for p in lib.folder.glob("library.json*"):
        p.write_bytes(b"\x00garbage")
    assert [d.title for d in lib.list()] == ["Kept"]
    notices = lib.take_notices()
    assert notices and "the library list (a cache that is rebuilt from the drafts)" in notices[0].message
    assert json.loads((lib.folder / "library.json").read_text(encoding="utf-8"))["drafts"]["1"]["rows"][draft_id]


def test_damaged_draft_recovers_and_unrecoverable_one_is_listed_as_damaged(lib: Library) -> None:
    good = lib.add(sample_report(title="Good"))
    report = lib.open(good)
    report.set("country", "Eesti")
    lib.save(good, report)
    lone = lib.add(sample_report(title="Lone"))
    (lib.reports_dir / f"{good}.json").write_bytes(b'{"meta": {"1": {"schema_version": 1}}, "draft": {"1": {"rev')
    (lib.reports_dir / f"{lone}.json").write_bytes(b"")
    rows = {d.id: d for d in lib.list()}
    assert rows[good].damaged is None and rows[good].title == "Good"
    assert "no usable automatic backup" in rows[lone].damaged
    assert lib.open(good).get("country") == "Estonia"  # generation .1: the state before the last save
    messages = [n.message for n in lib.take_notices()]
    assert any("restored from the automatic backup" in m for m in messages)
    assert len(list(lib.reports_dir.glob("*.corrupt-*"))) == 2


def test_compare_and_swap_refuses_a_stale_write(lib: Library) -> None:
    draft_id = lib.add(sample_report())
    mine = lib.open(draft_id)
    theirs = lib.open(draft_id)
    rev = lib.revision(draft_id)
    theirs.set("country", "Latvia")
    lib.save(draft_id, theirs, expected_revision=rev)
    mine.set("country", "Finland")
    with pytest.raises(ConflictError, match="changed elsewhere"):
        lib.save(draft_id, mine, expected_revision=rev)
    assert lib.open(draft_id).get("country") == "Latvia"


def test_delete_goes_to_trash_and_comes_back(lib: Library) -> None:
    draft_id = lib.add(sample_report(title="Trashed"))
    lib.snapshot(draft_id, "named")
    lib.delete(draft_id)
    assert lib.list() == [] and [d[:2] for d in lib.deleted()] == [(draft_id, "Trashed")]
    with pytest.raises(DraftNotFoundError):
        lib.open(draft_id)
    lib.restore_deleted(draft_id)
    assert [d.title for d in lib.list()] == ["Trashed"] and lib.deleted() == []
    assert [v.name for v in lib.versions(draft_id)] == ["named"]


def test_export_and_import(lib: Library, tmp_path: Path) -> None:
    draft_id = lib.add(sample_report())
    out = tmp_path / "out.ogpreport.json"
    lib.export(draft_id, out)
    assert read_report(out).values == lib.open(draft_id).values
    new_id = lib.import_file(out)
    assert new_id != draft_id and lib.open(new_id).translations == lib.open(draft_id).translations
    (tmp_path / "bad.ogpreport.json").write_text("{", encoding="utf-8")
    with pytest.raises(ReportFileError, match="not valid JSON"):
        lib.import_file(tmp_path / "bad.ogpreport.json")
    assert len(lib.list()) == 2


def test_unknown_and_malicious_ids(lib: Library) -> None:
    for bad in ("nope", "../../etc/passwd", ""):
        with pytest.raises(DraftNotFoundError):
            lib.open(bad)


def test_v0_file_is_migrated(lib: Library) -> None:
    report = sample_report(title="Prototype").to_dict()
    report["meta"]["created"] = "2019-01-02T03:04:05Z"
    (lib.reports_dir / "0ld0ld00.json").write_text(json.dumps({"_default": {"1": report}}), encoding="utf-8")
    [row] = lib.list()
    assert (row.id, row.title, row.revision) == ("0ld0ld00", "Prototype", 1)
    assert lib.open("0ld0ld00").values == report["values"]
    data = json.loads((lib.reports_dir / "0ld0ld00.json").read_text(encoding="utf-8"))
    assert data["meta"]["1"] == {"schema_version": 1, "draft_id": "0ld0ld00", "created": "2019-01-02T03:04:05Z"}
    assert "_default" in json.loads((lib.reports_dir / "0ld0ld00.json.1").read_text(encoding="utf-8"))


def test_newer_schema_is_refused_not_treated_as_damage(lib: Library) -> None:
    draft_id = lib.add(sample_report())
    path = lib.reports_dir / f"{draft_id}.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    data["meta"]["1"]["schema_version"] = SCHEMA_VERSION + 1
    path.write_text(json.dumps(data), encoding="utf-8")
    with Library(lib.folder) as other:
        with pytest.raises(Exception, match="newer version of the app"):
            other.open(draft_id)
    assert not list(lib.reports_dir.glob("*.corrupt-*"))


HOLDER = textwrap.dedent("""
    import sys, time
    sys.path.insert(0, {root!r})
    from ogp_desktop.store import Library
    lib = Library(sys.argv[1])
    print("read_only" if lib.read_only else "holding", lib.read_only_reason, flush=True)
    sys.stdin.readline()
    lib.close()
""")


def test_second_app_instance_in_another_process_is_read_only(tmp_path: Path) -> None:
    folder = tmp_path / "data"
    with Library(folder) as first:
        draft_id = first.add(sample_report())
        proc = subprocess.run([sys.executable, "-c", HOLDER.format(root=str(ROOT)),
                               str(folder)], input="\n", capture_output=True, text=True, timeout=60)
        assert proc.stdout.split()[0] == "read_only"
        assert "is using this library, so drafts open read-only" in proc.stdout
        assert "process" in proc.stdout
    # and the other way round: while another process holds it, this one is read-only
    holder = subprocess.Popen([sys.executable, "-c", HOLDER.format(root=str(ROOT)), str(folder)],
                              stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().split()[0] == "holding"
        with Library(folder) as second:
            assert second.read_only and str(holder.pid) in str(second.read_only_reason)
            assert second.open(draft_id).get("country") == "Estonia"
            with pytest.raises(ReadOnlyError, match="read-only"):
                second.save(draft_id, sample_report())
    finally:
        holder.communicate("\n", timeout=30)
    with Library(folder) as third:
        assert not third.read_only


def test_create_from_the_shipped_template(lib: Library) -> None:
    from ogp_desktop.template import load_template

    template = load_template()
    draft_id = lib.create({"country": "Estonia", "report_type": "end_of_term"}, title="Lõpparuanne")
    report = lib.open(draft_id)
    assert (report.template_id, report.template_version) == (template.id, template.version)
    assert report.values == {"country": "Estonia", "report_type": "end_of_term"} and report.title == "Lõpparuanne"
    assert report.meta["created"] and report.meta["modified"]
    [row] = lib.list()
    assert row.title == "Lõpparuanne" and row.report_type == "end_of_term"


def test_lock_of_a_killed_app_is_cleared(tmp_path: Path) -> None:
    folder = tmp_path / "data"
    holder = subprocess.Popen([sys.executable, "-c", HOLDER.format(root=str(ROOT)), str(folder)],
                              stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().split()[0] == "holding"
        blocked = Library(folder)
        assert blocked.read_only and not blocked.try_writable()
        holder.kill()  # SIGKILL: no clean-up code runs in the holder
        holder.wait(timeout=30)
        assert f'"pid": {holder.pid}' in (folder / "library.lock.json").read_text(encoding="utf-8")  # left behind
        assert blocked.try_writable() and not blocked.read_only  # ... but the kernel released the lock itself
        assert f'"pid": {os.getpid()}' in (folder / "library.lock.json").read_text(encoding="utf-8")
        blocked.add(sample_report())
        blocked.close()
        with Library(folder) as lib:
            assert not lib.read_only and len(lib.list()) == 1
    finally:
        holder.stdin.close()
        holder.stdout.close()


def test_list_shows_share_filled_and_error_count_from_validation(lib: Library) -> None:
    from ogp_desktop.completeness import completeness
    from ogp_desktop.template import load_template
    from ogp_desktop.validation import validate

    draft_id = lib.create({"country": "Estonia"}, title="Sparse")
    report = lib.open(draft_id)
    template = load_template(report.template_id)
    [row] = lib.list()
    errors = sum(p.severity == "error" for p in validate(report, template))
    assert row.errors == errors > 0
    assert row.share == pytest.approx(completeness(report, template).share) and 0 < row.share < 1
    report.set("action_plan_title", "Estonia's Fourth Action Plan 2018-2020")
    lib.save(draft_id, report)
    [after] = lib.list()
    assert after.errors == errors - 1 and after.share > row.share


def test_export_and_duplicate_do_not_hide_a_conflict(lib: Library, tmp_path: Path) -> None:
    from ogp_desktop.store.draft_file import DraftFile

    draft_id = lib.add(sample_report())
    mine = lib.open(draft_id)
    outside = DraftFile(lib.reports_dir / f"{draft_id}.json", draft_id, draft_subject(None, draft_id), read_only=False)
    outside.write({"revision": 7, "saved": "2026-01-01T00:00:00Z", "summary": {}, "report": mine.to_dict()})
    outside.close()
    lib.export(draft_id, tmp_path / "copy.ogpreport.json")
    lib.duplicate(draft_id)
    mine.set("country", "Mine")
    with pytest.raises(ConflictError):
        lib.save(draft_id, mine)
