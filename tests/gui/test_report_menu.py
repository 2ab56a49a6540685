"""The Report menu reaches its flows from the real main window (wiring, not the dialogs' own logic)."""

from __future__ import annotations

from pathlib import Path

from ogp_desktop.app import start, stop
from ogp_desktop.gui import prompts
from ogp_desktop.interchange import export_contribution
from ogp_desktop.reportfile import write_report


def test_menu_state_and_a_merge_from_the_menu(qtbot, tmp_path: Path, monkeypatch) -> None:
    session = start(demo=True)
    try:
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
    finally:
        stop(session)
