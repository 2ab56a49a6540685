"""Test-wide set-up: no display, and every user folder inside tmp_path."""

from __future__ import annotations

import os
import runpy
import shutil
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

# Before any QApplication exists: without it a headless run aborts.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_LOGGING_RULES", "qt.qpa.*=false")

import pytest  # noqa: E402

# A run a year ahead under Debian's libfaketime (README, "For developers") breaks time.sleep;
# faketime_site/sitecustomize.py mends it here and, through PYTHONPATH, in every Python the tests
# start. Elsewhere nothing changes.
try:
    time.sleep(0)
except OSError:
    _SITE = Path(__file__).with_name("faketime_site")
    os.environ["PYTHONPATH"] = os.pathsep.join(filter(None, (str(_SITE), os.environ.get("PYTHONPATH"))))
    runpy.run_path(str(_SITE / "sitecustomize.py"))

# Tests that take seconds (hypothesis searches, real subprocesses, big exports, wheels). They are
# marked slow here, in one list, so `python3 -m pytest -m "not slow"` is a quick loop for a
# developer; CI runs everything. A module path marks the whole module.
SLOW = (
    "tests/gui/test_export_leftovers.py::test_an_export_killed_mid_way_is_swept_when_the_app_starts",
    "tests/core/test_validation.py::test_any_json_values_give_problems_never_an_exception",
    "tests/core/test_packaging.py",
    "tests/core/test_typing.py",
    "tests/core/test_any_date.py",
    "tests/core/test_template_versions.py::test_a_newer_version_than_installed_is_refused_in_one_sentence",
    "tests/core/test_validate_cli.py",
    "tests/core/test_cli_language.py::test_every_command_prints_in_the_lang_asked_for",
    "tests/core/test_closed_pipe.py",
    "tests/core/test_no_tracebacks.py",
    "tests/core/test_report_snapshot.py::test_a_snapshot_always_equals_a_full_copy_and_old_ones_never_change",
    "tests/core/test_limits.py::test_merge_and_import_plan_refuse_special_files",
    "tests/core/test_boundaries.py::test_core_imports_without_qt_on_the_path",
    "tests/gui/test_room.py::test_every_page_fits_a_small_laptop_screen",
    "tests/store/test_data_folder.py",
    "tests/store/test_read_errors.py::test_a_mode_000_draft_is_unreadable_not_damaged",
    "tests/store/test_read_errors.py::test_a_mode_000_backup_behind_a_damaged_file_stops_the_rollback",
    "tests/gui/test_human_words.py::test_no_page_of_the_demo_shows_a_value_path",
    "tests/document/test_robustness.py",
    "tests/document/test_export_command.py",
    "tests/document/test_libreoffice.py",
    "tests/document/test_embedded_report.py",
    "tests/document/test_pdf_tagged.py",
    "tests/document/test_pdf_tagged_libreoffice.py",
    "tests/document/test_export_output.py",
    "tests/document/test_estonian_dates.py::test_the_estonian_sample_prints_its_dates_in_the_nominative",
    "tests/document/test_hyphenation_language.py::test_a_value_in_the_other_language_is_split_by_its_own_rules",
    "tests/document/test_publication.py",  # exports every sample twice and converts them with LibreOffice
    "tests/document/test_export_memory.py",
    "tests/document/test_pdf_fonts.py::test_split_string_matches_reportlab",
    "tests/document/test_pdf_paragraphs.py::test_plain_fragments_equal_the_parsers",
    "tests/document/test_big_paragraphs.py::test_grouped_lines_are_the_lines_of_the_whole",
    "tests/document/test_big_paragraphs.py::test_the_line_breaker_is_never_handed_more_than_a_group_of_words",
    "tests/gui/test_i18n_catalogue.py",
    "tests/gui/test_app_entry.py::test_main_py_starts_and_quits_when_asked",
    "tests/gui/test_forms_fresh.py",
    "tests/gui/test_translation_mode_export.py",
    "tests/gui/test_app_export.py",
    "tests/gui/test_app_open_exported.py",
    "tests/gui/test_app_opening.py::test_a_big_open_shows_progress_and_cancel_leaves_the_window_as_it_was",
    "tests/gui/test_long_text_typing.py",  # loads the English dictionary (seconds)
    "tests/interchange/test_merge_properties.py",
    "tests/interchange/test_interchange_commands.py",
    "tests/interchange/test_contribution_guards.py::test_cli_refuses_with_one_sentence_and_exit_2",
    "tests/interchange/test_plan_xlsx.py::test_too_many_rows_refused",
    "tests/interchange/test_plan_xlsx.py::test_many_small_parts_adding_up_refused",
    "tests/interchange/test_xlsx_parts.py::test_a_styles_part_of_a_million_formats_is_refused_small",
    "tests/interchange/test_xlsx_parts.py::test_shared_strings_past_the_text_limit_are_refused",
    "tests/interchange/test_word_forms_libreoffice.py",
    "tests/interchange/test_word_forms_hostile.py::test_a_50_mb_paste_in_one_field",
    "tests/store/test_kill.py",
    "tests/store/test_drafts_command.py::test_two_command_line_writers_at_once_both_land",
    "tests/store/test_library.py::test_lock_of_a_killed_app_is_cleared",
    "tests/store/test_library.py::test_second_app_instance_in_another_process_is_read_only",
)


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    slow_modules = set()
    for item in items:
        node = item.nodeid.split("[")[0]
        if any(node == slow or node.startswith(slow + "::") for slow in SLOW):
            item.add_marker(pytest.mark.slow)
        if item.get_closest_marker("slow"):
            slow_modules.add(item.nodeid.split("::")[0])
    # Modules with slow tests run first (each module stays in one piece, so its module-scoped
    # fixtures are made once): with xdist the last minutes are then quick tests spread over every
    # worker, not one long module that started last.
    items.sort(key=lambda item: item.nodeid.split("::")[0] not in slow_modules)


# What the suite must never change: the shipped resources and the tests' own inputs. A command
# that writes into its input (sending a contribution notes it in the report) is run on a copy.
_GUARDED = [Path(__file__).resolve().parents[1] / "resources", Path(__file__).resolve().parent / "data"]


def _fingerprint() -> dict[str, tuple[int, int]]:
    return {str(p): (p.stat().st_size, p.stat().st_mtime_ns)
            for folder in _GUARDED for p in sorted(folder.rglob("*")) if p.is_file()}


def pytest_sessionstart(session: pytest.Session) -> None:
    if not hasattr(session.config, "workerinput"):  # the controller, once, not each xdist worker
        session.config.stash[_BEFORE] = _fingerprint()


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    before = session.config.stash.get(_BEFORE, None)
    if before is None:
        return
    after = _fingerprint()
    changed = sorted(p for p in before.keys() | after.keys() if before.get(p) != after.get(p))
    if changed:
        print(f"\nthe tests changed files they must only read: {', '.join(changed)}")
        session.exitstatus = pytest.ExitCode.TESTS_FAILED


_BEFORE = pytest.StashKey[dict[str, tuple[int, int]]]()


@pytest.fixture(autouse=True)
def _user_dirs(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    """Point data, config, cache and log folders at a fresh temp folder for every test."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("OGP_DESKTOP_DATA", str(home / "data"))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / "xdg-data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / "xdg-config"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(home / "xdg-cache"))
    monkeypatch.setenv("XDG_STATE_HOME", str(home / "xdg-state"))
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(home / "runtime"))
    (home / "runtime").mkdir(mode=0o700)


def _mount_tmpfs(where: Path) -> bool:
    if os.name != "posix" or os.geteuid() != 0 or not shutil.which("mount"):
        return False
    return subprocess.run(["mount", "-t", "tmpfs", "-o", "size=256k", "tmpfs", str(where)],
                          capture_output=True).returncode == 0


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[tuple[Path, bool]]:
    """(folder, whether it is a real 256 KB tmpfs): as root a disk that really fills up.

    Without root the tests that use it inject ENOSPC instead.
    """
    where = tmp_path / "small"
    where.mkdir()
    mounted = _mount_tmpfs(where)
    try:
        yield where, mounted
    finally:
        if mounted:
            subprocess.run(["umount", "-l", str(where)], check=True)


@pytest.fixture
def lib(tmp_path: Path) -> Iterator[Any]:
    """A draft library in a fresh folder, closed after the test (the store's tests share it)."""
    from ogp_desktop.store import Library

    library = Library(tmp_path / "data")
    yield library
    library.close()


@pytest.fixture
def automatic_gc() -> Iterator[None]:
    """Python's automatic garbage collection on for the test, as outside the GUI, whatever a GUI test of this
    worker turned off (the app collects on its GUI thread only); put back as it was afterwards."""
    import gc

    was = gc.isenabled()
    gc.enable()
    try:
        yield
    finally:
        if not was:
            gc.disable()
