"""Checking a big report on a worker thread, so typing never waits for validation.

At 2,000 commitments ``validate`` takes a third of a second; on the GUI thread
that froze the window 250 ms after every pause in typing. The editor hands in
a snapshot (``Report.snapshot``: milliseconds, it shares unchanged rows and is
only read), the worker validates it and works out what the editor shows from
the problems, and the result comes back through a queued signal. The worker
keeps each row's problems (``row_cache.RowCache``) and redoes only the rows an
edit changed: its Python work holds the GIL, which the GUI thread waits for on
each call into Python. Latest wins:
a request made while a check runs waits and runs next (only the newest one),
and a result older than the newest request is dropped, so an edit made during
a check is always checked later.
"""

from __future__ import annotations

import logging
import threading
from collections import defaultdict
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QObject, Qt, Signal

from ogp_desktop import valuepath
from ogp_desktop.completeness import Completeness, completeness, severities, statuses
from ogp_desktop.report import Report
from ogp_desktop.row_cache import Found, RowCache
from ogp_desktop.template import Template
from ogp_desktop.validation import validate

log = logging.getLogger(__name__)

# Up to this many rows, values and characters a check takes a few milliseconds: done at once, the window never
# shows stale problems. Beyond any of them it goes to the worker: a report of few commitments can still be big
# (a million unknown keys took 23 s to check, a million-character value 60 ms after each pause in typing).
AT_ONCE_ROWS = 50
AT_ONCE_VALUES = 5_000  # keys and list items, anywhere in the values and translations
AT_ONCE_CHARS = 100_000  # characters in all strings together


@dataclass(frozen=True)
class Checked:
    """What the editor shows of a check: the problems, each section's status, the problems by parsed path,
    and how much of what is required is filled (the overview's bar: as slow as validation at 2,000 rows)."""

    problems: list[Any]
    statuses: dict[str, str]
    parsed: list[tuple[valuepath.Path, Any]]
    filled: Completeness
    # The parsed problems by the first one and the first two parts of their path: a page takes its own
    # share (a commitment page scanned all of them, some 10,000 at 2,000 commitments, on every visit).
    by_page: dict[valuepath.Path, list[tuple[valuepath.Path, Any]]]

    def under(self, prefix: valuepath.Path) -> list[tuple[valuepath.Path, Any]]:
        """The parsed problems at or under *prefix*, and perhaps some others beside it (a page filters)."""
        return self.by_page.get(prefix[:2], []) if prefix else self.parsed

    def for_page(self, prefix: valuepath.Path, ids: list[str]) -> list[tuple[valuepath.Path, Any]]:
        """What a page of the fields *ids* under *prefix* shows, and perhaps some others beside it: a top-level
        page takes its own fields' share, not every problem (8,000 scanned per page at 2,000 commitments)."""
        if prefix:
            return self.under(prefix)
        return [item for name in ids for item in self.by_page.get((name,), [])]


Parsed = list[tuple[valuepath.Path, Any]]


@dataclass(frozen=True)
class FirstCheck:
    """A report's check made before its editor exists (on the opening worker), in *lang*, and the rows it kept:
    the editor's worker goes on from them, instead of checking every row again after the first edit."""

    checked: Checked
    rows: RowCache
    lang: str


def first_check(snapshot: Report, template: Template, lang: str) -> FirstCheck:
    rows = RowCache()
    return FirstCheck(check(snapshot, template, lang, rows), rows, lang)


def check(report: Report, template: Template, lang: str, rows: RowCache | None = None) -> Checked:
    """What the editor shows of *report*; with *rows*, the rows it kept from the previous check are reused."""
    found = rows.validate(report, template, lang) if rows is not None else Found.whole(validate(report, template, lang))
    parsed: Parsed = []
    by_page: defaultdict[valuepath.Path, Parsed] = defaultdict(list)
    by_top: defaultdict[str, set[str]] = defaultdict(set)
    by_row: defaultdict[str, set[str]] = defaultdict(set)
    for piece in found.pieces:  # what a kept row's piece gives was worked out by an earlier check
        piece_parsed, pages, tops, heads = piece.derived(_read)
        parsed += piece_parsed
        for key, items in pages:
            by_page[key] += items
        for name, seen in tops:
            by_top[name] |= seen
        for name, seen in heads:
            by_row[name] |= seen
    if rows is None:
        return Checked(found.problems, statuses(report, template, (by_top, by_row)), parsed,
                       completeness(report, template), dict(by_page))
    return Checked(found.problems, statuses(report, template, (by_top, by_row), rows.has_values), parsed,
                   rows.completeness(report, template), dict(by_page))


def _read(problems: list[Any]) -> tuple[Parsed, list[tuple[valuepath.Path, Parsed]], list[tuple[str, set[str]]],
                                        list[tuple[str, set[str]]]]:
    """What the editor reads from *problems*: them by parsed path (a problem at no path is left out), by the
    first one and two parts of it, and their severities by top-level field and by top-level row."""
    parsed = []
    by_page: dict[valuepath.Path, Parsed] = {}
    for p in problems:
        try:
            path = valuepath.parse(p.path)
        except valuepath.PathError:
            continue
        parsed.append((path, p))
        for key in {path[:1], path[:2]}:
            by_page.setdefault(key, []).append((path, p))
    by_top, by_row = severities(problems)
    return parsed, list(by_page.items()), list(by_top.items()), list(by_row.items())


def is_big(report: Report) -> bool:
    rows = report.values.get(report.roles.commitments)
    if isinstance(rows, list) and len(rows) > AT_ONCE_ROWS:
        return True
    return _over(report.values, report.translations)


def _over(*roots: Any) -> bool:
    """Whether *roots* hold more than AT_ONCE_VALUES values (keys and items) or AT_ONCE_CHARS characters; the
    walk stops as soon as they do, so it costs at most AT_ONCE_VALUES steps however big the report is."""
    stack = list(roots)
    values = chars = 0
    while stack:
        node = stack.pop()
        if isinstance(node, str):
            chars += len(node)
        elif isinstance(node, (dict, list)):
            values += len(node)  # counted before they are walked: a dict of a million keys stops here
            if values > AT_ONCE_VALUES:
                return True
            stack.extend(node.values() if isinstance(node, dict) else node)
        if chars > AT_ONCE_CHARS:
            return True
    return False


class BackgroundCheck(QObject):
    """Signals: done(Checked): the check of the newest request, on the GUI thread."""

    done = Signal(object)
    _arrived = Signal(object, object)  # (request number, Future), from the worker thread

    def __init__(self, template: Template, parent: QObject | None = None, rows: RowCache | None = None) -> None:
        super().__init__(parent)
        self.template = template
        self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="validate")
        self._requested = 0  # number of the newest request
        self._running = False
        self._waiting: tuple[int, Report, str] | None = None
        self.threads: set[str] = set()  # names of the threads that ran checks (tests ask)
        # each row's problems from the previous check (or the first check's): only the worker uses it
        self.rows = rows if rows is not None else RowCache()
        self._threads_lock = threading.Lock()
        self._arrived.connect(self._on_arrived, Qt.ConnectionType.QueuedConnection)

    @property
    def busy(self) -> bool:
        return self._running or self._waiting is not None

    def request(self, snapshot: Report, lang: str) -> None:
        """Check *snapshot* (never changed afterwards) soon; an older request still waiting is dropped."""
        self._requested += 1
        self._waiting = (self._requested, snapshot, lang)
        if not self._running:
            self._start_waiting()

    def drop(self) -> None:
        """Forget what was asked: a result still running is not delivered (a check was done at once instead)."""
        self._requested += 1
        self._waiting = None

    def close(self) -> None:
        self.drop()
        self._pool.shutdown(wait=False, cancel_futures=True)
        self.rows = RowCache()  # let the closed report's rows go (a check still running keeps its own)

    def _start_waiting(self) -> None:
        if self._waiting is None:
            return
        number, snapshot, lang = self._waiting
        self._waiting = None
        self._running = True
        future = self._pool.submit(self._run, snapshot, lang)
        future.add_done_callback(lambda f: self._deliver(number, f))

    def _deliver(self, number: int, future: Future[Checked]) -> None:
        try:
            self._arrived.emit(number, future)
        except RuntimeError:  # the editor closed while the check ran: nobody to tell
            pass

    def _run(self, snapshot: Report, lang: str) -> Checked:
        with self._threads_lock:
            self.threads.add(threading.current_thread().name)
        return check(snapshot, self.template, lang, self.rows)

    def _on_arrived(self, number: int, future: Future[Checked]) -> None:
        self._running = False
        if number == self._requested and not future.cancelled():
            try:
                self.done.emit(future.result())
            except Exception:  # noqa: BLE001 - a failed check must not stop the next one; it is logged
                log.exception("background validation failed")
        self._start_waiting()
