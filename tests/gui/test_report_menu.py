"""The Report menu reaches its flows from the real main window (wiring, not the dialogs' own logic)."""

from __future__ import annotations

from pathlib import Path

from ogp_desktop.gui.editor.form_page import FieldBlock
from ogp_desktop.gui.widgets import prompts
from ogp_desktop.interchange import export_contribution
from ogp_desktop.reportfile import write_report


def test_menu_state_and_a_merge_from_the_menu(start_window, tmp_path: Path, monkeypatch) -> None:
    session = start_window(demo=True)
    window = session.window
    menu = window.report_menu
    assert menu.menu.title().replace("&", "") == "Report"
    assert menu.action_versions.isEnabled() and menu.action_merge_contribution.isEnabled()
    report = window.current.report
    key = report.get("commitments[0].ogp_id") or report.get("commitments[0].number")
    contribution = export_contribution(report, [key], "Ministry of Finance")
    contribution.set("commitments[0].results", "Ministry text: 12 e-services launched, õnnestus.")
    path = tmp_path / "back.ogpreport.json"
    write_report(contribution, path)
    told: list[str] = []
    monkeypatch.setattr(prompts, "open_file", lambda *a, **k: str(path))
    monkeypatch.setattr(prompts, "info", lambda parent, title, text: told.append(text))
    versions_before = len(session.library.versions(window.current.draft_id))

    menu.action_merge_contribution.trigger()

    assert report.get("commitments[0].results") == "Ministry text: 12 e-services launched, õnnestus."
    assert len(session.library.versions(window.current.draft_id)) > versions_before
    window.action_undo.trigger()
    assert report.get("commitments[0].results") != "Ministry text: 12 e-services launched, õnnestus."
    window.close_report()
    assert not menu.action_versions.isEnabled() and not menu.action_merge_contribution.isEnabled()


def test_a_merged_value_shows_where_it_came_from_on_its_field(start_window, tmp_path: Path, monkeypatch) -> None:
    session = start_window(demo=True)
    window = session.window
    report = window.current.report
    key = report.get("commitments[1].ogp_id") or report.get("commitments[1].number")
    contribution = export_contribution(report, [key], "Ministry of Justice")
    contribution.set("commitments[0].results", "Justice: the draft act went to the Riigikogu.")
    path = tmp_path / "back.ogpreport.json"
    write_report(contribution, path)
    monkeypatch.setattr(prompts, "open_file", lambda *a, **k: str(path))
    monkeypatch.setattr(prompts, "info", lambda *a: None)
    window.report_menu.action_merge_contribution.trigger()

    editor = window.current.editor
    editor.go_to("commitments[1].results")
    marked = [b for b in editor.findChildren(FieldBlock) if b.editor.path == "commitments[1].results"]
    assert marked and marked[0].origin.isVisibleTo(marked[0])
    assert "Ministry of Justice" in marked[0].origin.text()
    others = [b for b in editor.findChildren(FieldBlock) if b.editor.path == "commitments[1].problem"]
    assert others and not others[0].origin.isVisibleTo(others[0])


def test_an_opened_contribution_says_whose_report_it_belongs_to(start_window, tmp_path: Path) -> None:
    from ogp_desktop import paths
    from ogp_desktop.reportfile import read_report

    demo = read_report(paths.resource_path("samples", "demo-ee-2016-2018.ogpreport.json"))
    contribution = export_contribution(demo, [demo.get("commitments[2].number")], "Ministry of Finance")
    path = tmp_path / "for-finance.ogpreport.json"
    write_report(contribution, path)
    window = start_window(file=str(path)).window
    assert window.current is not None
    assert len(window.current.report.get("commitments")) == 1
    assert window.ui.banner.isVisibleTo(window)
    text = window.ui.banner_label.text()
    assert "Ministry of Finance" in text and demo.title in text


def test_editing_a_merged_value_updates_its_provenance_line(start_window, tmp_path: Path, monkeypatch) -> None:
    window = start_window(demo=True).window
    report = window.current.report
    contribution = export_contribution(report, [report.get("commitments[0].number")], "Riigikantselei")
    contribution.set("commitments[0].results", "Merged text.")
    path = tmp_path / "back.ogpreport.json"
    write_report(contribution, path)
    monkeypatch.setattr(prompts, "open_file", lambda *a, **k: str(path))
    monkeypatch.setattr(prompts, "info", lambda *a: None)
    window.report_menu.action_merge_contribution.trigger()
    editor = window.current.editor
    editor.go_to("commitments[0].results")
    block = next(b for b in editor.findChildren(FieldBlock) if b.editor.path == "commitments[0].results")
    assert "edited here since" not in block.origin.text()
    report.set("commitments[0].results", "Changed by the coordinator.")
    assert block.origin.text().endswith("edited here since")
