"""The GUI thread's longest stall with a 2,000-commitment report, in the real main window (offscreen).

A 1 ms heartbeat timer on the GUI thread records the largest gap between its
ticks; a watchdog thread samples the GUI thread's Python stack while a gap is
open, so each figure names the call that held the thread. Phases: opening from
the library, the first spell-check (a dictionary loads on its thread), typing
200 keys in a commitment's text field and in a milestone cell (with pauses, so
validation and autosave run in between), letting autosave finish, switching
pages, closing, opening a report file. Target: every phase < 100 ms.

A stall with no "held by" had no Python frame of ours on the GUI thread: Qt's
own work, or the GUI thread waiting for the GIL that another thread's C call
(json.loads of a whole draft, for one) keeps. Beside each stall stand the GUI
thread's own CPU time in it (``cpu``) and, on Linux, the time it was ready to
run but waited for a core (``queued``, the machine's load); the rest of the
stall it was blocked: waiting for the GIL, or for the disk. Each phase prints
its three longest stalls, its longest stall less the wait for a core (what
the machine's load added; the figure a quiet machine would come near), and the
CPU time the editor's check worker ran in it (its Python holds the GIL).

``--huge`` measures instead a report of few commitments with one huge value: a
1,000,000-character paragraph and an 8,000-line text, each opened, its field
shown (the first spell-check of the text) and typed in. Their typing figures
include Qt's own layout of the edited paragraph (no frame of ours): a million
characters in one paragraph cost it 0.3-0.8 s a keystroke, whatever the app does.

Usage: ``python3 bench/bench_gui_stall.py [--quick] [--commitments N] [--huge]``.
"""

from __future__ import annotations

import collections
import os
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_LOGGING_RULES", "qt.qpa.*=false")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

STALL_SAMPLE_S = 0.03  # the watchdog looks this often; a gap longer than this is sampled
TOP = 3  # stalls shown per phase


def _thread_clocks() -> Callable[[], tuple[float, float]]:
    """(CPU time, time spent ready to run but waiting for a core) of the calling thread, in seconds.

    Linux keeps both per thread in /proc (schedstat); elsewhere the wait is unknown and counted as 0."""
    try:
        fd = os.open(f"/proc/self/task/{threading.get_native_id()}/schedstat", os.O_RDONLY)
    except OSError:
        return lambda: (time.thread_time(), 0.0)

    def read() -> tuple[float, float]:
        run, wait = os.pread(fd, 100, 0).split()[:2]
        return int(run) / 1e9, int(wait) / 1e9

    return read


def _workers_cpu(prefix: str = "validate") -> dict[int, float]:
    """CPU seconds that each live thread named *prefix*... (the editor's check worker) has run, by its id (Linux)."""
    found = {}
    for thread in threading.enumerate():
        if thread.name.startswith(prefix) and thread.native_id is not None:
            try:
                with open(f"/proc/self/task/{thread.native_id}/schedstat", "rb") as stat:
                    found[thread.native_id] = int(stat.read().split()[0]) / 1e9
            except OSError:
                pass
    return found


def _ran_since(before: dict[int, float]) -> float:
    """CPU seconds those threads ran since *before* (one that ended since is not counted: /proc forgets it)."""
    return sum(cpu - before.get(tid, 0.0) for tid, cpu in _workers_cpu().items())


class Heartbeat:
    """Largest gap between 1 ms ticks on the GUI thread, and where the GUI thread was during it."""

    def __init__(self) -> None:
        from PySide6.QtCore import QTimer

        self.gui_thread = threading.get_ident()
        self.clocks = _thread_clocks()
        self.last = time.perf_counter()
        self.last_clocks = self.clocks()
        # (wall s, GUI thread CPU s, waiting for a core s, held by), longest first
        self.stalls: list[tuple[float, float, float, str]] = []
        self.worst_unqueued = 0.0  # the longest stall less the GUI thread's wait for a core in it
        self._samples: collections.Counter[str] = collections.Counter()
        self._lock = threading.Lock()
        self._stop = threading.Event()
        self.timer = QTimer()
        self.timer.setInterval(1)
        self.timer.timeout.connect(self._tick)
        self.timer.start()
        self._watchdog = threading.Thread(target=self._watch, daemon=True)
        self._watchdog.start()

    def reset(self) -> None:
        with self._lock:
            self.last = time.perf_counter()
            self.last_clocks = self.clocks()
            self.stalls = []
            self.worst_unqueued = 0.0
            self._samples.clear()

    @property
    def worst(self) -> float:
        return self.stalls[0][0] if self.stalls else 0.0

    def _tick(self) -> None:
        now, clocks = time.perf_counter(), self.clocks()
        with self._lock:
            gap = now - self.last
            self.worst_unqueued = max(self.worst_unqueued, gap - (clocks[1] - self.last_clocks[1]))
            if len(self.stalls) < TOP or gap > self.stalls[-1][0]:
                where = self._samples.most_common(1)[0][0] if self._samples else ""
                cpu, queued = (clocks[0] - self.last_clocks[0]), (clocks[1] - self.last_clocks[1])
                self.stalls = sorted([*self.stalls, (gap, cpu, queued, where)], reverse=True)[:TOP]
            self._samples.clear()
            self.last, self.last_clocks = now, clocks

    def _watch(self) -> None:
        while not self._stop.wait(STALL_SAMPLE_S / 3):
            if time.perf_counter() - self.last < STALL_SAMPLE_S:
                continue
            frame = sys._current_frames().get(self.gui_thread)
            ours: list[str] = []
            while frame is not None:
                name = frame.f_code.co_filename
                if "ogp_desktop" in name:
                    ours.append(f"{Path(name).stem}.{frame.f_code.co_name}:{frame.f_lineno}")
                frame = frame.f_back
            if ours:
                with self._lock:
                    self._samples[" < ".join(ours[:3])] += 1

    def stop(self) -> None:
        self._stop.set()
        self.timer.stop()


def spin(seconds: float, until: Callable[[], bool] | None = None, timeout: float = 120.0) -> None:
    """Run the event loop for *seconds*, or until *until()* holds (then *seconds* more to settle)."""
    from PySide6.QtCore import QEventLoop, QTimer

    loop = QEventLoop()
    started = time.perf_counter()
    done_at: list[float] = []

    def check() -> None:
        now = time.perf_counter()
        if until is not None and not done_at and (until() or now - started > timeout):
            done_at.append(now)
        if (until is None or done_at) and now - (done_at[0] if done_at else started) >= seconds:
            loop.quit()

    poll = QTimer()
    poll.setInterval(5)
    poll.timeout.connect(check)
    poll.start()
    loop.exec()
    poll.stop()


def post_keys(count: int, *, pause_every: int = 25, gap: float = 0.02, pause: float = 0.5) -> None:
    """Type *count* letters into whatever has focus, as a keyboard would: posted, with pauses between words."""
    from PySide6.QtCore import QEvent, Qt
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtWidgets import QApplication

    for i in range(count):
        target = QApplication.focusWidget()
        if target is not None:
            ch = "abcdefghij"[i % 10]
            for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                QApplication.postEvent(target, QKeyEvent(kind, Qt.Key.Key_A + i % 10,
                                                         Qt.KeyboardModifier.NoModifier, ch))
        spin(pause if (i + 1) % pause_every == 0 else gap)


def _focus_path(window: Any, path: str, timeout: float = 30.0) -> None:
    """Show the field of *path* and give it the keyboard; under load a page builds its fields in later turns, so
    wait for it (the figures of a phase whose keys reached no field would measure nothing)."""
    from PySide6.QtWidgets import QApplication, QWidget

    from ogp_desktop.gui.editor.editors.base import PATH_PROPERTY

    editor = window.current.editor
    editor.go_to(path)
    deadline = time.perf_counter() + timeout
    while time.perf_counter() < deadline:
        spin(0.1)
        widget = next((w for w in editor.findChildren(QWidget) if w.property(PATH_PROPERTY) == path
                       and w.isVisibleTo(editor)), None)
        if widget is None:
            continue
        widget.setFocus()
        spin(0.1)
        focus = QApplication.focusWidget()
        if focus is not None and (focus is widget or widget.isAncestorOf(focus)):
            return
    raise RuntimeError(f"the field {path} never took the keyboard (focus: {QApplication.focusWidget()!r}, "
                       f"active: {QApplication.activeWindow()!r}, modal: {QApplication.activeModalWidget()!r}, "
                       f"popup: {QApplication.activePopupWidget()!r})")


def _paths(template: Any, row: int) -> tuple[str, str]:
    """A long text field of commitment *row*, and a milestone cell of it (by the template's roles)."""
    roles = template.roles
    commitments = template.field((roles.commitments,))
    longtext = next(f.id for f in commitments.fields if f.kind == "longtext")
    activity = roles.ids("milestone_activity")[-1]
    return (f"{roles.commitments}[{row}].{longtext}",
            f"{roles.commitments}[{row}].{roles.milestones}[1].{activity}")


class Session:
    """The real main window on a fresh library, a heartbeat on its thread, and the figures of each phase."""

    def __init__(self, prefix: str) -> None:
        from ogp_desktop.app import make_application
        from ogp_desktop.gui.shell.main_window import MainWindow
        from ogp_desktop.gui.widgets.settings import Settings
        from ogp_desktop.store.library import Library

        self.app = make_application([])  # as the app sets itself up (fonts, the GIL's switch interval)
        self.folder = Path(tempfile.mkdtemp(prefix=prefix))
        self.library = Library(self.folder / "library")
        self.window = MainWindow(self.library, Settings(self.folder / "settings.ini"), track_session=False)
        self.window.resize(1300, 850)
        self.window.show()
        spin(0.5)
        self.beat = Heartbeat()
        self.rows: list[tuple[str, str]] = []
        self.worst: list[tuple[float, str]] = []
        self.unqueued: list[tuple[float, str]] = []

    def phase(self, name: str, action: Callable[[], Any], settle: float = 1.0,
              until: Callable[[], bool] | None = None) -> None:
        """Run *action* from the event loop, let things settle, and note the longest stalls meanwhile."""
        from PySide6.QtCore import QTimer

        beat = self.beat
        spin(0.2)
        beat.reset()
        checking = _workers_cpu()
        QTimer.singleShot(0, action)
        spin(settle, until)
        checking = _ran_since(checking)
        self.worst.append((beat.worst, name))
        self.unqueued.append((beat.worst_unqueued, name))
        self.rows.append((f"{name}: longest stall (target < 100 ms)", f"{beat.worst * 1000:.0f} ms"))
        self.rows.append((f"{name}: longest less its wait for a core", f"{beat.worst_unqueued * 1000:.0f} ms"))
        # the check worker's Python holds the GIL that the GUI thread waits for at each call into Python
        self.rows.append((f"{name}: CPU of the check worker", f"{checking * 1000:.0f} ms"))
        for wall, cpu, queued, where in beat.stalls:
            self.rows.append((f"{name}: a stall", f"{wall * 1000:.0f} ms (cpu {cpu * 1000:.0f}, "
                                                  f"queued {queued * 1000:.0f}) {where}"))

    def opened(self) -> bool:
        opening = getattr(self.window, "opening", None)
        return self.window.current is not None and not (opening is not None and opening.busy)

    def finish(self) -> list[tuple[str, str]]:
        self.beat.stop()
        if self.window.current is not None:
            self.window.close_report()
        self.window.close()
        self.library.close()
        self.app.processEvents()
        top, least = max(self.worst), max(self.unqueued)
        self.rows.append(("all phases: longest stall (target < 100 ms)", f"{top[0] * 1000:.0f} ms in {top[1]}"))
        self.rows.append(("all phases: longest less its wait for a core", f"{least[0] * 1000:.0f} ms in {least[1]}"))
        return self.rows


def run(quick: bool = False, commitments: int = 2000) -> list[tuple[str, str]]:
    from ogp_desktop.document.synthetic import generate_report
    from ogp_desktop.gui.editor.navigator_model import KEY_ROLE
    from ogp_desktop.gui.widgets.spelling_ui import spell_service
    from ogp_desktop.reportfile import write_report
    from ogp_desktop.template import load_template

    bench = Session("bench-stall-")
    window, phase = bench.window, bench.phase
    count = 300 if quick else commitments
    keys = 40 if quick else 200
    template = load_template()
    report = generate_report(template, commitments=count, milestones=6, paragraphs=1)
    draft_id = bench.library.add(report)
    file = bench.folder / "big.ogpreport.json"
    write_report(report, file)

    text_path, cell_path = _paths(template, count // 2)
    phase(f"open from the library ({count} commitments)", lambda: window.open_draft(draft_id), 2.0, bench.opened)
    # Once a session the first text box loads a dictionary on a worker thread: its own figure, so that
    # the typing figures are typing.
    spelling = spell_service()
    phase("first spell-check: the dictionary loads", lambda: spelling.request(report.language), 0.5,
          lambda: spelling.checker.loaded(report.language))
    for name, path in (("type in a text field", text_path), ("type in a milestone cell", cell_path)):
        before = window.current.report.get(path)
        phase(name, lambda p=path: (_focus_path(window, p), post_keys(keys)), 0.5)
        typed = len(str(window.current.report.get(path) or "")) - len(str(before or ""))
        bench.rows.append((f"{name}: letters that reached the report", f"{typed} of {keys}"))
    phase("autosave", lambda: None, 3.0)
    navigator = window.current.editor.navigator

    def switch_pages() -> None:
        model = navigator.model()
        keys_ = [model.index(r, 0) for r in range(model.rowCount())]
        keys_ = [i for i in keys_ if i.data(KEY_ROLE)]
        for index in keys_[:12]:
            navigator.setCurrentIndex(index)
            spin(0.3)
        for row in (0, count // 4, count // 2, count - 1):
            window.current.editor.go_to(f"{template.roles.commitments}[{row}]")
            spin(0.3)

    phase("switch pages", switch_pages, 0.5)
    phase("close the report", window.close_report, 1.0)
    phase("open a report file", lambda: window.open_path(str(file)), 2.0, bench.opened)
    return bench.finish()


def huge_values() -> dict[str, str]:
    """The two huge texts, by what the figures call them."""
    sentence = "The roundtable met with the ministries and agreed on the next steps of the plan. "
    return {"a 1,000,000-character paragraph": (sentence * (1_000_000 // len(sentence) + 1))[:1_000_000],
            "an 8,000-line value": "\n".join(f"Line {i} of a long summary with some words." for i in range(8000))}


def run_huge(quick: bool = False) -> list[tuple[str, str]]:
    """Open, show and type in a top-level long text holding each of :func:`huge_values`."""
    from ogp_desktop.document.synthetic import generate_report
    from ogp_desktop.gui.widgets.spelling_ui import spell_service
    from ogp_desktop.template import load_template

    bench = Session("bench-stall-huge-")
    window, phase = bench.window, bench.phase
    keys = 20 if quick else 60
    template = load_template()
    field = next(f.id for s in template.sections for f in s.fields if f.kind == "longtext")
    spelling = spell_service()
    for what, text in huge_values().items():
        report = generate_report(template, commitments=5, milestones=2, paragraphs=1)
        report.set(field, text)
        report.set(template.roles.plan_title, what)
        draft_id = bench.library.add(report)
        phase(f"open {what}", lambda d=draft_id: window.open_draft(d), 2.0, bench.opened)
        if not spelling.checker.loaded(report.language):
            phase("first spell-check: the dictionary loads", lambda r=report: spelling.request(r.language), 0.5,
                  lambda r=report: spelling.checker.loaded(r.language))
        phase(f"show the field of {what}", lambda: _focus_path(window, field), 1.0)
        phase(f"type in {what}", lambda: post_keys(keys), 1.0)
        phase(f"close {what}", window.close_report, 1.0)
    return bench.finish()


if __name__ == "__main__":
    size = int(sys.argv[sys.argv.index("--commitments") + 1]) if "--commitments" in sys.argv else 2000
    figures = (run_huge(quick="--quick" in sys.argv) if "--huge" in sys.argv
               else run(quick="--quick" in sys.argv, commitments=size))
    for name, value in figures:
        print(f"{name:58} {value}")
