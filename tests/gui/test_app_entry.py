"""Entry points and desktop conventions: --demo, FILE, recent files, save a copy, preferences, geometry."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from PySide6.QtGui import QKeySequence

from ogp_desktop.gui.shell.about_dialog import AboutDialog
from ogp_desktop.gui.shell.preferences_dialog import PreferencesDialog
from ogp_desktop.gui.widgets.settings import Settings
from ogp_desktop.paths import resource_path
from ogp_desktop.reportfile import read_report
from tests.gui.conftest import stop_session

SAMPLE = resource_path("samples", "demo-ee-2016-2018.ogpreport.json")
ROOT = Path(__file__).resolve().parents[2]


def test_demo_opens_the_sample_in_a_temporary_library(start_window, data_dir):
    session = start_window(demo=True)
    window = session.window
    assert window.current is not None
    assert window.current.report.get("country") == read_report(SAMPLE).get("country")
    temp = session.temp_folder
    assert temp is not None and window.library.folder == temp and temp.exists()
    assert not (data_dir / "reports").exists()  # the user's own library is untouched
    stop_session(session)
    assert not temp.exists()


def test_a_file_on_the_command_line_opens_as_a_new_draft(start_window, data_dir, settings_file):
    window = start_window(file=str(SAMPLE)).window
    assert window.current is not None
    assert window.current.report.values == read_report(SAMPLE).values
    assert "as a new draft" in window.ui.statusbar.currentMessage()
    assert [d.id for d in window.library.list()] == [window.current.draft_id]
    assert Settings(settings_file).recent_files == [str(SAMPLE.resolve())]


def test_a_bad_file_gives_one_message_and_the_library(start_window, prompts_recorder, tmp_path):
    bad = tmp_path / "broken.ogpreport.json"
    bad.write_text("{not json", encoding="utf-8")
    window = start_window(file=str(bad)).window
    assert window.current is None
    ((_, title, text),) = prompts_recorder.named("error")
    assert title == "Open report file" and "broken.ogpreport.json" in text


def test_save_a_copy_and_open_it_from_recent_files(main_window, prompts_recorder, tmp_path):
    prompts_recorder.answer("open_file", str(SAMPLE))
    main_window.ui.action_open.trigger()
    copy = tmp_path / "copy.ogpreport.json"
    prompts_recorder.answer("save_file", str(copy))
    main_window.ui.action_save_copy.trigger()
    assert read_report(copy).values == main_window.current.report.values
    main_window.ui.menu_recent.aboutToShow.emit()
    recent = main_window.ui.menu_recent.actions()
    assert [a.data() for a in recent] == [str(copy.resolve()), str(SAMPLE.resolve())]
    recent[0].trigger()
    assert main_window.current.report.values == read_report(copy).values
    assert len(main_window.library.list()) == 2
    copy.unlink()
    recent[0].trigger()
    assert "no longer there" in prompts_recorder.named("error")[0][2]
    assert main_window.settings.recent_files == [str(SAMPLE.resolve())]


def test_standard_shortcuts(main_window):
    ui = main_window.ui
    assert ui.action_new.shortcut() == QKeySequence(QKeySequence.StandardKey.New)
    assert ui.action_open.shortcut() == QKeySequence(QKeySequence.StandardKey.Open)
    assert ui.action_save.shortcut() == QKeySequence(QKeySequence.StandardKey.Save)
    assert main_window.action_undo.shortcut() == QKeySequence(QKeySequence.StandardKey.Undo)
    assert main_window.action_redo.shortcut() == QKeySequence(QKeySequence.StandardKey.Redo)
    for action, key in ((ui.action_save_copy, "Ctrl+Shift+S"), (ui.action_export, "Ctrl+E"),
                        (ui.action_close_report, "Ctrl+W"), (ui.action_quit, "Ctrl+Q")):
        assert action.shortcut() == QKeySequence(key)


def test_geometry_is_remembered(start_window):
    session = start_window()
    session.window.resize(720, 520)
    session.window.close()
    stop_session(session)
    assert start_window().window.size().width() == 720


def test_preferences_are_stored_and_relabel_the_editor(main_window, prompts_recorder, qtbot, tmp_path):
    prompts_recorder.answer("open_file", str(SAMPLE))
    main_window.open_file()

    def choose(dialog):
        assert isinstance(dialog, PreferencesDialog)
        assert all(w.accessibleName() for w in (dialog.ui.language_combo, dialog.ui.folder_edit,
                                                dialog.ui.export_language_combo))
        dialog.ui.language_combo.setCurrentIndex(dialog.ui.language_combo.findData("et"))
        dialog.ui.export_language_combo.setCurrentIndex(dialog.ui.export_language_combo.findData("et"))
        dialog.ui.folder_edit.setText(str(tmp_path))
        dialog.accept()
        return True

    prompts_recorder.dialog_handler = choose
    main_window.ui.action_preferences.trigger()
    settings = Settings(main_window.settings.path)
    assert (settings.language, settings.export_language, settings.export_folder) == ("et", "et", str(tmp_path))
    assert main_window.lang == "et"
    # The editor follows the LanguageChange event Qt posts to every window.
    qtbot.waitUntil(lambda: main_window.current.editor.lang == "et")


def test_about_names_version_and_folders(main_window, qtbot):
    from ogp_desktop import __version__, datadir

    dialog = AboutDialog(main_window.library.folder, datadir.log_dir())
    qtbot.addWidget(dialog)
    assert __version__ in dialog.ui.name_label.text()
    assert "MIT" in dialog.ui.licence_label.text()
    assert str(main_window.library.folder) in dialog.ui.folders_label.text()


def test_main_py_starts_and_quits_when_asked(tmp_path):
    env = dict(os.environ, OGP_DESKTOP_QUIT_AFTER_SHOW="1", QT_QPA_PLATFORM="offscreen",
               OGP_DESKTOP_DATA=str(tmp_path / "data"))
    done = subprocess.run([sys.executable, str(ROOT / "main.py"), "--demo"], env=env, capture_output=True,
                          text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    assert "startup_seconds=" in done.stdout


def test_a_chosen_data_folder_holds_library_settings_and_logs(qtbot, tmp_path, monkeypatch, prompts_recorder):
    from ogp_desktop import app as app_module

    monkeypatch.delenv("OGP_DESKTOP_DATA")  # only the parameter says where
    folder = tmp_path / "second"
    session = app_module.start(data_dir=folder)
    try:
        session.hook.uninstall()
        qtbot.addWidget(session.window)
        assert session.library.folder == folder
        assert session.settings.path == folder / "settings.ini"
        assert session.window.log_folder == folder / "logs" and (folder / "logs" / "ogp-desktop.log").exists()
        assert "OGP_DESKTOP_DATA" not in os.environ
    finally:
        stop_session(session)


def test_cli_passes_the_data_folder_down_without_the_environment(tmp_path, monkeypatch, capsys):
    from ogp_desktop.cli import main

    monkeypatch.delenv("OGP_DESKTOP_DATA")
    folder = tmp_path / "lib"
    demo = resource_path("samples", "demo-ee-2016-2018.ogpreport.json")
    assert main(["--data-dir", str(folder), "drafts", "import", str(demo)]) == 0
    assert "OGP_DESKTOP_DATA" not in os.environ
    assert main(["--data-dir", str(folder), "drafts", "list", "--json"]) == 0
    assert "Estonia 2016-2018" in capsys.readouterr().out
