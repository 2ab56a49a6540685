"""Switching the interface language while the app runs, and translation mode in the real window."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtGui import QKeySequence

from ogp_desktop import paths, translations
from ogp_desktop.gui.editor.navigator_model import SUMMARY_KEY
from ogp_desktop.gui.shell.preferences_dialog import PreferencesDialog
from ogp_desktop.gui.translation.translation_widget import TranslationWidget
from ogp_desktop.gui.widgets.settings import Settings
from tests.gui.conftest import stop_session, type_text

SAMPLE = paths.resource_path("samples", "demo-ee-2016-2018.ogpreport.json")


def choose_language(prompts_recorder: Any, window: Any, lang: str) -> None:
    """Preferences > Interface language, as the user does it."""

    def choose(dialog: Any) -> bool:
        assert isinstance(dialog, PreferencesDialog)
        dialog.ui.language_combo.setCurrentIndex(dialog.ui.language_combo.findData(lang))
        dialog.accept()
        return True

    prompts_recorder.dialog_handler = choose
    window.ui.action_preferences.trigger()
    QCoreApplication.processEvents()


def open_sample(window: Any, prompts_recorder: Any) -> Any:
    prompts_recorder.answer("open_file", str(SAMPLE))
    assert window.open_file()
    return window.current.editor


def test_switching_the_language_retranslates_the_open_window(main_window, prompts_recorder, qtbot) -> None:
    editor = open_sample(main_window, prompts_recorder)
    template = main_window.current.template
    cover = template.sections[0]
    assert main_window.ui.menu_file.title() == "&File"
    assert main_window.action_undo.text() == "&Undo"

    choose_language(prompts_recorder, main_window, "et")
    ui = main_window.ui
    assert (ui.menu_file.title(), ui.menu_edit.title(), ui.menu_view.title()) == ("&Fail", "&Redigeeri", "&Vaade")
    assert ui.action_save.text() == "&Salvesta"
    assert ui.action_translation_mode.text() == "&Tõlkerežiim (eesti keel)"
    assert main_window.action_undo.text() == "&Võta tagasi"
    assert main_window.problems_label.text().startswith("vigu ") or main_window.problems_label.text() == \
        "Probleeme pole"
    assert main_window.library_widget.import_action.text() == "&Impordi…"
    assert main_window.library_widget.model.headerData(0, Qt.Orientation.Horizontal) == "Pealkiri"
    # The editor: its own words from the catalogue, labels and guidance from the template's Estonian.
    assert editor.buttons["add"].text() == "Lisa"
    assert editor.navigator_model.index_of(cover.id).data() == cover.text("et")
    assert editor.navigator_model.index_of(SUMMARY_KEY).data() == "Ülevaade"
    assert editor.problems_widget.title.text().startswith("Probleemid: ")
    assert QLocale().language() == QLocale.Language.Estonian  # dates and numbers follow

    choose_language(prompts_recorder, main_window, "en")
    assert ui.menu_file.title() == "&File"
    assert editor.buttons["add"].text() == "Add"
    assert editor.navigator_model.index_of(cover.id).data() == cover.text("en")
    assert main_window.action_undo.text() == "&Undo"


def test_the_chosen_language_is_there_at_the_next_start(start_window, settings_file: Path) -> None:
    settings = Settings(settings_file)
    settings.language = "et"
    settings.sync()
    session = start_window()
    assert session.window.ui.menu_file.title() == "&Fail"
    assert session.window.library_widget.heading.text() == "<h2>Teie aruanded</h2>"
    stop_session(session)
    # Stopping takes the translator out again: nothing Estonian leaks into what runs next.
    assert QCoreApplication.translate("MainWindow", "&File") == "&File"


def test_the_banner_follows_a_language_switch(start_window, prompts_recorder) -> None:
    """The demonstration's notice, and the window's own, are written again in the new language."""
    window = start_window(demo=True).window
    label = window.ui.banner_label
    assert label.text().startswith("This is a demonstration in a temporary library")
    choose_language(prompts_recorder, window, "et")
    assert label.text().startswith("See on tutvustus ajutises kogus") and window.ui.banner.isVisibleTo(window)
    assert "demonstration" not in label.text()
    choose_language(prompts_recorder, window, "en")
    assert label.text().startswith("This is a demonstration in a temporary library")
    window.ui.banner_close.click()  # dismissed stays dismissed: a switch brings nothing back
    choose_language(prompts_recorder, window, "et")
    assert not window.ui.banner.isVisibleTo(window)


def test_an_unset_language_follows_the_system(settings_file: Path) -> None:
    from ogp_desktop.gui.widgets.i18n import system_language

    assert Settings(settings_file).language == system_language()


def test_translation_mode_action_and_a_typed_translation_survives_autosave_and_reopen(
        start_window, prompts_recorder, qtbot) -> None:
    session = start_window()
    window = session.window
    editor = open_sample(window, prompts_recorder)
    report = window.current.report
    action = window.ui.action_translation_mode
    assert action.isEnabled() and action.shortcut() == QKeySequence("Ctrl+T")
    target = translations.other_language(report)
    path = next(p for p in translations.translatable_paths(report, window.current.template)
                if translations.state(report, p, target) == translations.MISSING)

    action.trigger()
    widget = editor.translating
    assert isinstance(widget, TranslationWidget) and widget.isVisible()
    editor.go_to(path)
    assert widget.path == path
    widget.translation.setFocus()
    type_text(qtbot, widget.translation, "Tõlge õige")
    editor.flush_typing()
    assert report.translations[target][path]["text"] == "Tõlge õige"
    assert window.current.stack.canUndo()

    window.ui.action_close_report.trigger()  # flushes the autosave
    assert window.current is None and not action.isChecked()
    stop_session(session)

    again = start_window().window
    again.library_widget.table.selectRow(0)
    again.library_widget.open_action.trigger()
    reopened = again.current.report
    assert reopened.translations[target][path]["text"] == "Tõlge õige"
    assert translations.state(reopened, path, target) == translations.CURRENT


def _accelerators(texts: list[str]) -> list[str]:
    keys = []
    for text in texts:
        i = text.replace("&&", "").find("&")
        if i >= 0:
            keys.append(text.replace("&&", "")[i + 1].lower())
    return keys


def test_no_two_entries_of_a_menu_share_an_access_key(main_window, prompts_recorder) -> None:
    """Estonian words bring their own letters: Alt+letter must still reach one entry per menu."""
    open_sample(main_window, prompts_recorder)
    for lang in ("en", "et"):
        choose_language(prompts_recorder, main_window, lang)
        bar = main_window.menuBar()
        menus = [a.menu() for a in bar.actions() if a.menu() is not None]
        main_window.ui.menu_recent.aboutToShow.emit()
        for texts, where in [([a.text() for a in bar.actions()], "menu bar")] + [
                ([a.text() for a in m.actions() if not a.isSeparator()], m.title()) for m in menus]:
            keys = _accelerators(texts)
            assert len(keys) == len(set(keys)), (lang, where, texts)


def test_edit_undo_names_the_field_in_the_interface_language(main_window, prompts_recorder, qtbot) -> None:
    editor = open_sample(main_window, prompts_recorder)
    editor.editing.set_value("country", "Eesti")
    assert main_window.action_undo.text() == "&Undo typing in “Country”"
    choose_language(prompts_recorder, main_window, "et")
    editor.editing.set_value("country", "Estonia")
    assert main_window.action_undo.text() == "&Võta tagasi muudatus väljal „Riik“"
    editor.set_translation_mode(True)
    editor.editing.set_translation("et", "country", "Eesti")
    assert main_window.action_undo.text() == "&Võta tagasi tõlge väljal „Riik“"


def test_estonian_labels_and_buttons_are_not_clipped(main_window, prompts_recorder, qtbot) -> None:
    """Estonian runs longer than English: at a laptop size nothing is cut off or pushed sideways."""
    from PySide6.QtWidgets import QAbstractButton, QLabel

    main_window.resize(1200, 760)
    main_window.show()
    editor = open_sample(main_window, prompts_recorder)
    for lang in ("en", "et"):
        choose_language(prompts_recorder, main_window, lang)
        for where in ("commitments[1].title", "forum", SUMMARY_KEY):
            editor.go_to(where)
            QCoreApplication.processEvents()
            page = editor.stack.currentWidget()
            if hasattr(page, "horizontalScrollBar"):
                assert not page.horizontalScrollBar().isVisible(), (lang, where)
            visible = [w for w in main_window.findChildren(QAbstractButton) + main_window.findChildren(QLabel)
                       if w.isVisible() and w.text() and not (isinstance(w, QLabel) and w.wordWrap())]
            clipped = [w.text() for w in visible if w.width() < w.minimumSizeHint().width()]
            assert clipped == [], (lang, where, clipped)
        main_window.ui.action_translation_mode.trigger()
        editor.go_to("commitments[1].title")
        QCoreApplication.processEvents()
        visible = [w for w in editor.translating.findChildren(QAbstractButton) + editor.translating.findChildren(QLabel)
                   if w.isVisible() and w.text()]
        assert [w.text() for w in visible if w.width() < w.minimumSizeHint().width()] == [], lang
        main_window.ui.action_translation_mode.trigger()
