"""The shell around the editor: read-only second instance, crash recovery, error hook, library model."""

from __future__ import annotations

import logging
import sys
import threading

from ogp_desktop.gui.library.library_model import LibraryModel
from ogp_desktop.gui.shell.error_hook import LOG_NAME, ErrorHook, setup_logging
from ogp_desktop.gui.widgets.settings import Settings
from ogp_desktop.report import Report
from ogp_desktop.store.library import Library


def add_draft(folder, title="Mid-term report 2019", **values) -> str:
    with Library(folder) as library:
        return library.add(Report({"country": "Estonia", "report_type": "mid_term", **values},
                                  meta={"title": title}))


def test_second_instance_is_read_only_and_says_why(start_window, data_dir):
    draft_id = add_draft(data_dir)
    first = start_window().window
    second = start_window().window
    assert not first.library.read_only
    assert second.library.read_only
    assert second.ui.banner.isVisibleTo(second)
    assert second.ui.banner_label.text().startswith("Read-only: ")
    assert second.ui.banner_label.text() == f"Read-only: {second.library.read_only_reason}"
    assert not second.ui.action_new.isEnabled()
    assert not second.library_widget.delete_action.isEnabled()
    assert second.open_draft(draft_id)
    assert second.current.autosave is None
    assert second.save_label.text() == "Read-only"
    assert getattr(second.current.editor, "read_only", None) is True
    assert not first.ui.banner.isVisibleTo(first)


def test_second_instance_shows_a_report_file_read_only(start_window, prompts_recorder):
    from ogp_desktop.paths import resource_path

    start_window()
    sample = resource_path("samples", "demo-ee-2016-2018.ogpreport.json")
    second = start_window(file=str(sample)).window
    assert prompts_recorder.named("error") == []
    assert second.current is not None and second.current.draft_id is None
    assert second.current.autosave is None and second.current.editor.read_only
    assert second.current.report.get("country") == "Estonia"
    assert "is shown read-only" in second.ui.banner_label.text()
    assert second.library.list() == []  # nothing was imported into the held library
    assert second.close_report() and second.current is None


def test_crash_leaves_the_report_reopened_with_a_notice(start_window, data_dir, settings_file):
    draft_id = add_draft(data_dir, lead_agency="Riigikantselei")
    settings = Settings(settings_file)
    settings.begin_session()  # a run that started ...
    settings.set_open_draft(str(data_dir), draft_id)  # ... had this draft open and never ended cleanly
    settings.sync()
    window = start_window().window
    assert window.current is not None and window.current.draft_id == draft_id
    assert window.current.report.get("lead_agency") == "Riigikantselei"
    text = window.ui.banner_label.text()
    assert "did not close normally last time" in text and "Mid-term report 2019" in text
    assert window.ui.banner.isVisibleTo(window)


def test_clean_exit_reopens_nothing(start_window, data_dir):
    from tests.gui.conftest import stop_session

    draft_id = add_draft(data_dir)
    session = start_window()
    session.window.open_draft(draft_id)
    stop_session(session)
    window = start_window().window
    assert window.current is None
    assert not window.ui.banner.isVisibleTo(window)


def test_exception_hook_logs_and_shows_details(qtbot, prompts_recorder, tmp_path):
    log_path = setup_logging(tmp_path / "logs")
    hook = ErrorHook(log_path)
    hook.install()
    try:
        try:
            raise RuntimeError("boom in a slot")
        except RuntimeError:
            sys.excepthook(*sys.exc_info())
        worker = threading.Thread(target=_raise_in_thread)
        worker.start()
        worker.join()
        qtbot.waitUntil(lambda: len(prompts_recorder.named("error")) == 2)
    finally:
        hook.uninstall()
        _close_handlers()
    assert sys.excepthook is not hook.handle
    logged = log_path.read_text(encoding="utf-8")
    assert "RuntimeError: boom in a slot" in logged and "ValueError: boom in a thread" in logged
    (_, title, text, details), second = prompts_recorder.named("error")
    assert "RuntimeError: boom in a slot" in text and str(log_path) in text
    assert "Traceback" in details and "boom in a slot" in details
    assert "ValueError: boom in a thread" in second[2]


def _raise_in_thread() -> None:
    raise ValueError("boom in a thread")


def _close_handlers() -> None:
    log = logging.getLogger("ogp_desktop")
    for handler in list(log.handlers):
        log.removeHandler(handler)
        handler.close()


def test_app_logs_into_the_data_folder_it_was_given(main_window):
    assert main_window.log_folder == main_window.library.folder / "logs"
    assert (main_window.log_folder / LOG_NAME).exists()


def test_library_model_passes_qtmodeltester(qtmodeltester, data_dir):
    add_draft(data_dir, "First")
    add_draft(data_dir, "Second", period_start="2018-09-01", period_end="2019-08-31")
    with Library(data_dir) as library:
        drafts = library.list()
    model = LibraryModel({"mid_term": "Mid-term"})
    model.set_drafts(drafts)
    qtmodeltester.check(model, force_py=True)
    assert model.rowCount() == 2
    assert {model.index(r, 0).data() for r in range(2)} == {"First", "Second"}
    period = [model.index(r, 2).data() for r in range(2) if model.index(r, 0).data() == "Second"][0]
    assert period == "01/09/2018 – 31/08/2019"  # the interface language's dates (British English here)
    from PySide6.QtCore import QLocale

    previous = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.Estonian, QLocale.Country.Estonia))
    try:
        assert model.index(1 if model.index(1, 0).data() == "Second" else 0, 2).data() == "01.09.2018 – 31.08.2019"
    finally:
        QLocale.setDefault(previous)
    model.set_drafts([])
    qtmodeltester.check(model, force_py=True)


def test_delete_then_undo_delete_from_the_status_bar(main_window, data_dir):
    library = main_window.library
    draft_id = library.add(Report({"country": "Estonia"}, meta={"title": "To be deleted"}))
    widget = main_window.library_widget
    widget.refresh()
    widget.select(draft_id)
    widget.delete_action.trigger()
    assert not (data_dir / "reports" / f"{draft_id}.json").exists()
    assert widget.model.rowCount() == 0
    assert main_window.undo_delete_button.isVisibleTo(main_window)
    assert "Deleted \"To be deleted\"" in main_window.ui.statusbar.currentMessage()
    main_window.undo_delete_button.click()
    assert (data_dir / "reports" / f"{draft_id}.json").exists()
    assert widget.model.rowCount() == 1 and widget.selected_id() == draft_id
    assert not main_window.undo_delete_button.isVisibleTo(main_window)
    assert library.open(draft_id).title == "To be deleted"


def test_rename_and_duplicate(main_window, prompts_recorder):
    library = main_window.library
    draft_id = library.add(Report({"country": "Estonia"}, meta={"title": "Old name"}))
    widget = main_window.library_widget
    widget.refresh()
    widget.select(draft_id)
    prompts_recorder.answer("ask_text", "New name")
    widget.rename_action.trigger()
    assert library.open(draft_id).title == "New name"
    assert widget.model.index(widget.model.row_of(draft_id), 0).data() == "New name"
    widget.duplicate_action.trigger()
    assert sorted(d.title for d in library.list()) == ["New name", "New name (copy)"]



def test_recovery_of_a_draft_deleted_since_is_quiet(start_window, data_dir, settings_file, prompts_recorder):
    settings = Settings(settings_file)
    settings.begin_session()
    settings.set_open_draft(str(data_dir), "deadbeef")
    window = start_window().window
    assert window.current is None
    assert prompts_recorder.calls == []
    assert not window.ui.banner.isVisibleTo(window)


def test_import_adds_a_draft_and_a_bad_file_gives_one_message(main_window, prompts_recorder, tmp_path):
    from ogp_desktop.paths import resource_path

    prompts_recorder.answer("open_file", str(resource_path("samples", "demo-ee-2016-2018.ogpreport.json")))
    main_window.ui.action_import.trigger()
    assert main_window.current is None  # imported, not opened
    assert main_window.library_widget.model.rowCount() == 1
    assert main_window.ui.statusbar.currentMessage().startswith("Imported ")
    bad = tmp_path / "bad.ogpreport.json"
    bad.write_text('{"format": "something else"}', encoding="utf-8")
    prompts_recorder.answer("open_file", str(bad))
    main_window.ui.action_import.trigger()
    ((_, title, text),) = prompts_recorder.named("error")
    assert title == "Import report file" and "bad.ogpreport.json" in text
    assert main_window.library_widget.model.rowCount() == 1
