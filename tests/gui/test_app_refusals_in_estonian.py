"""With the interface in Estonian, a refusal from the core is shown in Estonian, not as ``str(exc)``."""

from __future__ import annotations

from pathlib import Path

from ogp_desktop.gui.collab.plan_import_dialog import PlanImportDialog
from ogp_desktop.store import Library

REPORT = Path(__file__).resolve().parents[1] / "data" / "corrected-et.ogpreport.json"


def test_opening_a_malformed_report_file_says_why_in_estonian(main_window, prompts_recorder, switch_language,
                                                                tmp_path):
    switch_language("et")
    bad = tmp_path / "katki.ogpreport.json"
    bad.write_text('{"format": "ogp-progress-report", "values": {', encoding="utf-8")
    prompts_recorder.answer("open_file", str(bad))
    main_window.ui.action_open.trigger()
    ((_, _title, text),) = prompts_recorder.named("error")
    assert text.startswith("katki.ogpreport.json: fail pole korrektne JSON (rida 1, veerg "), text


def test_a_bad_plan_is_refused_in_estonian(qtbot, switch_language, tmp_path):
    switch_language("et")
    dialog = PlanImportDialog()
    qtbot.addWidget(dialog)
    bad = tmp_path / "kava.csv"
    bad.write_text("nimi;märkus\nAnna;tere\n", encoding="utf-8")
    dialog.load(str(bad))
    assert dialog.plan is None and not dialog.import_button.isEnabled()
    assert dialog.status_label.text() == ("kava.csv: esimene rida pole tegevuskava päis: vaja on veergu 'title' ja "
                                          "veergu 'ogp_id' või 'number' (leitud: nimi, märkus).")
    dialog.load(str(tmp_path / "puudub.csv"))
    assert dialog.status_label.text() == "puudub.csv: sellist faili pole."


def test_a_draft_restored_from_its_backup_is_announced_in_estonian(start_window, switch_language, data_dir):
    with Library(data_dir) as lib:
        draft_id = lib.import_file(REPORT)
        lib.save(draft_id, lib.open(draft_id))  # the first file becomes backup generation .1
        lib.list()  # the list learns the title the notice names the draft by
    window = start_window().window
    switch_language("et")  # after start-up, which applies the (English) settings
    (data_dir / "reports" / f"{draft_id}.json").write_bytes(b"")  # damaged while the app runs
    assert window.open_draft(draft_id)
    banner = window.ui.banner_label.text()
    assert banner.startswith("Vigaseks osutus mustandi „Lõpparuanne 2016–2018 (parandatud)“ fail (see on tühi "
                             f"(0 baiti)); see taastati automaatsest varukoopiast {draft_id}.json.1, nii et viimaste "
                             "sekundite muudatused võivad puududa. Vigane fail jäeti alles nimega "
                             f"{draft_id}.json.corrupt-"), banner


def test_a_plans_row_problems_are_listed_in_estonian(qtbot, switch_language, tmp_path):
    switch_language("et")
    dialog = PlanImportDialog()
    qtbot.addWidget(dialog)
    plan = tmp_path / "kava.csv"
    plan.write_text("ogp_id,number,title,start\nEE0001,1,Avatud andmed,millalgi\n", encoding="utf-8")
    dialog.load(str(plan))
    qtbot.waitUntil(lambda: dialog.plan is not None and dialog.problems.topLevelItemCount() == 1)
    item = dialog.problems.topLevelItem(0)
    assert (item.text(0), item.text(1)) == ("2", "start")
    assert item.text(2) == ("'millalgi' pole kuu (kirjuta 2018-07, 07.2018 või 01.07.2018); see jäeti nii, "
                            "nagu oli kirjutatud, palun paranda.")
