"""Parallel translations: states, fallbacks, and keys that follow their rows."""

from __future__ import annotations

from pathlib import Path

from ogp_desktop import translations as tr
from ogp_desktop.report import Report
from ogp_desktop.reportfile import read_report, write_report


def _report() -> Report:
    return Report({
        "language": "et", "country": "Eesti", "priorities": ["Avatus", "Kaasamine"],
        "commitments": [{"number": str(i), "title": f"Kohustus {i}"} for i in range(1, 4)],
    })


def test_missing_current_stale() -> None:
    r = _report()
    assert tr.state(r, "country", "en") == tr.MISSING
    tr.translate(r, "country", "en", "Estonia")
    assert tr.state(r, "country", "en") == tr.CURRENT
    r.set("country", "Eesti Vabariik")
    assert tr.state(r, "country", "en") == tr.STALE
    assert tr.text_in(r, "country", "en") == "Estonia"  # stale is still used
    tr.translate(r, "country", "en", "Republic of Estonia")
    assert tr.state(r, "country", "en") == tr.CURRENT
    assert r.translations["en"]["country"]["source_hash"] == tr.source_hash("Eesti Vabariik")


def test_export_falls_back_to_source_and_translates_list_items() -> None:
    r = _report()
    tr.translate(r, "priorities[1]", "en", "Participation")
    assert tr.text_in(r, "priorities", "en") == ["Avatus", "Participation"]
    assert tr.text_in(r, "commitments[0].title", "en") == "Kohustus 1"
    assert tr.text_in(r, "country", "et") == "Eesti"


def test_translations_follow_rows_on_move_remove_insert() -> None:
    r = _report()
    for i in range(3):
        tr.translate(r, f"commitments[{i}].title", "en", f"Commitment {i + 1}")
    r.move("commitments", 0, 2)
    assert tr.text_in(r, "commitments[2].title", "en") == "Commitment 1"
    assert tr.text_in(r, "commitments[0].title", "en") == "Commitment 2"
    taken = r.row_translations("commitments", 0)
    item = r.remove("commitments", 0)
    assert tr.text_in(r, "commitments[0].title", "en") == "Commitment 3"
    r.insert("commitments", 0, item, translations=taken)
    assert [tr.text_in(r, f"commitments[{i}].title", "en") for i in range(3)] == [
        "Commitment 2", "Commitment 3", "Commitment 1"]
    assert all(tr.state(r, f"commitments[{i}].title", "en") == tr.CURRENT for i in range(3))


def test_translations_survive_report_files(tmp_path: Path) -> None:
    r = _report()
    tr.translate(r, "country", "en", "Estonia")
    write_report(r, tmp_path / "r.ogpreport.json")
    back = read_report(tmp_path / "r.ogpreport.json")
    assert tr.state(back, "country", "en") == tr.CURRENT
