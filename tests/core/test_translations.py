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


def test_validate_with_the_other_language_warns_missing_and_stale(tmp_path: Path) -> None:
    import json
    import subprocess
    import sys

    from ogp_desktop import paths

    root = Path(__file__).resolve().parents[2]
    r = read_report(paths.resource_path("samples", "demo-ee-2016-2018.ogpreport.json"))
    assert r.language == "en"
    tr.translate(r, "country", "et", "Eesti")
    tr.translate(r, "lead_agency", "et", "Riigikantselei")
    r.set("lead_agency", "Government Office of Estonia")  # changed after translation
    write_report(r, tmp_path / "r.ogpreport.json")

    def run(*extra: str) -> list[dict]:
        out = subprocess.run([sys.executable, str(root / "main.py"), "validate", str(tmp_path / "r.ogpreport.json"),
                              "--json", *extra], capture_output=True, text=True, encoding="utf-8")
        assert out.returncode == 0, out.stderr
        return json.loads(out.stdout)

    et = {(p["code"], p["path"]) for p in run("--lang", "et")}
    assert ("translation_stale", "lead_agency") in et
    assert ("translation_missing", "action_plan_title") in et
    assert not any(path == "country" for _, path in et)
    assert not any(code.startswith("translation_") for code, _ in {(p["code"], p["path"]) for p in run("--lang", "en")})
    assert not any(p["code"].startswith("translation_") for p in run())
