"""The one composition root: the QApplication, the services, the main window, and their wiring.

``run_gui`` is what ``main.py`` calls. :func:`start` builds everything without
entering the event loop, so tests drive the same wiring the user gets.

Set ``OGP_DESKTOP_QUIT_AFTER_SHOW=1`` to quit as soon as the window is shown
and print the seconds since the process started (bench/bench_startup.py).
"""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
import threading
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtGui import QFont, QFontDatabase, QGuiApplication
from PySide6.QtWidgets import QApplication

from ogp_desktop import APP_ID, APP_NAME, __version__, atomic, datadir, paths
from ogp_desktop.clock import Clock, system_clock
from ogp_desktop.gui.shell.error_hook import ErrorHook, setup_logging
from ogp_desktop.gui.shell.main_window import EditorFactory, MainWindow
from ogp_desktop.gui.widgets import prompts
from ogp_desktop.gui.widgets.gui_collector import collect_on_gui_thread
from ogp_desktop.gui.widgets.i18n import LanguageSwitcher
from ogp_desktop.gui.widgets.icons import icon
from ogp_desktop.gui.widgets.settings import Settings
from ogp_desktop.gui.widgets.spelling_ui import spell_service
from ogp_desktop.reportfile import ReportFileError
from ogp_desktop.store.errors import StoreError
from ogp_desktop.store.library import Library

QUIT_ENV = "OGP_DESKTOP_QUIT_AFTER_SHOW"
GIL_SWITCH_SECONDS = 0.001
SAMPLE = ("samples", "demo-ee-2016-2018.ogpreport.json")


@dataclass
class Session:
    """Everything one run of the app holds; :func:`stop` releases it."""

    window: MainWindow
    library: Library
    settings: Settings
    hook: ErrorHook
    tracking: bool
    languages: LanguageSwitcher
    temp_folder: Path | None = None


def seconds_since_process_start() -> float | None:
    """From the kernel's process start time (Linux); None elsewhere."""
    try:
        stat = Path("/proc/self/stat").read_text().rsplit(")", 1)[1].split()
        uptime = float(Path("/proc/uptime").read_text().split()[0])
    except (OSError, IndexError, ValueError):
        return None
    return uptime - int(stat[19]) / os.sysconf("SC_CLK_TCK")


def make_application(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance() or QApplication(argv if argv is not None else sys.argv)
    app.setApplicationName(APP_ID)
    app.setApplicationDisplayName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setWindowIcon(icon("app"))
    # Workers (opening, checking, autosave) run Python while the user types; each time the GUI thread
    # wants the GIL back it waits up to one switch interval, many times per keystroke. 1 ms instead of
    # Python's 5 ms halved the longest stall at 2,000 commitments (bench/bench_gui_stall.py).
    sys.setswitchinterval(GIL_SWITCH_SECONDS)
    collect_on_gui_thread(app)  # never on a worker: a collection there frees the GUI's Qt objects there
    if QGuiApplication.platformName() in ("offscreen", "minimal"):
        # Headless runs (tests, screenshots) have no system fonts configured: use the shipped one.
        font_id = QFontDatabase.addApplicationFont(str(paths.resource_path("fonts", "DejaVuSans.ttf")))
        families = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
        if families:
            app.setFont(QFont(families[0], 10))
    return app


def _demo_library(clock: Clock) -> tuple[Library, Path, str | None]:
    folder = Path(tempfile.mkdtemp(prefix="ogp-demo-"))
    library = Library(folder, clock=clock)
    sample = paths.resource_path(*SAMPLE)
    try:
        return library, folder, library.import_file(sample)
    except (ReportFileError, StoreError, OSError) as exc:
        prompts.error(None, APP_NAME, QCoreApplication.translate(
            "MainWindow", "The sample report could not be opened: {reason}").format(reason=prompts.message(exc)))
        return library, folder, None


def _sweep_in_background(folder: str) -> threading.Thread:
    """Remove what an export killed last time left in the export folder, off the GUI thread:
    the folder may be a slow network share."""
    sweeper = threading.Thread(target=atomic.sweep_stale_temps, args=(folder,), name="sweep-export-folder",
                               daemon=True)
    sweeper.start()
    return sweeper


def start(file: str | None = None, demo: bool = False, *, data_dir: str | Path | None = None,
          settings: Settings | None = None, editor_factory: EditorFactory | None = None,
          clock: Clock = system_clock) -> Session:
    """Build and show the window (the QApplication must exist).

    *data_dir* (or the demo's temporary folder) holds the library, and when chosen also the
    settings and logs: a demo or a second library never touches the user's own. *clock* is
    the app's one "now" (``clock.py``), passed down to whatever dates or stamps something.
    """
    temp_folder = None
    demo_draft = None
    own_folder = datadir.data_dir(data_dir)  # where a demo offers to keep the drafts made in it
    if demo:
        library, temp_folder, demo_draft = _demo_library(clock)
        data_dir = temp_folder
    else:
        library = Library(datadir.data_dir(data_dir), clock=clock)
    log_folder = datadir.log_dir(data_dir)
    hook = ErrorHook(setup_logging(log_folder))
    hook.install()
    settings = settings or Settings(datadir.settings_file(data_dir))
    _sweep_in_background(settings.export_folder)
    languages = LanguageSwitcher()
    languages.set_language(settings.language)  # the system's language until Preferences says otherwise
    spell_service().configure(own_folder / "words.txt")  # "Add to dictionary": the user's own folder, demo or not
    tracking = not demo and not library.read_only  # a second instance must not touch the first's flags
    window = MainWindow(library, settings, editor_factory=editor_factory, track_session=tracking,
                        languages=languages, clock=clock, log_folder=log_folder,
                        keep_into=own_folder if demo else None)
    left_open = settings.begin_session() if tracking else None
    window.show()
    if demo_draft:
        window.open_draft(demo_draft)
    elif file:
        window.open_path(file)
    elif left_open and Path(left_open[0]) == library.folder:
        window.recover(left_open[1])
    return Session(window, library, settings, hook, tracking, languages, temp_folder)


def stop(session: Session) -> None:
    """Close what :func:`start` opened; marks a clean exit."""
    window = session.window
    if window.current is not None:
        window.close_report()
    session.library.close()
    if session.tracking:
        session.settings.end_session()
    session.hook.uninstall()
    session.languages.uninstall()
    if session.temp_folder is not None:
        shutil.rmtree(session.temp_folder, ignore_errors=True)


def run_gui(file: str | None = None, demo: bool = False, data_dir: str | Path | None = None) -> int:
    app = make_application()
    session = start(file, demo, data_dir=data_dir)
    if os.environ.get(QUIT_ENV):
        QTimer.singleShot(0, _report_startup_and_quit)
    code = app.exec()
    stop(session)
    return code


def _report_startup_and_quit() -> None:
    elapsed = seconds_since_process_start()
    print(f"startup_seconds={elapsed:.3f}" if elapsed is not None else "startup_seconds=unknown", flush=True)
    QApplication.instance().quit()
