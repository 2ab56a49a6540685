"""Autosave: write a draft about a second after typing stops, on a worker thread.

Qt-free on purpose: the GUI wraps it, marshalling :meth:`Autosaver.on_state`
callbacks (which arrive on the worker thread) to the UI thread. The saver only
ever writes snapshots taken by ``snapshot_fn``, so a failed write loses
nothing: the edits stay in the open report and the write is retried with
back-off, or at once on :meth:`flush`.

Threading contract: ``snapshot_fn`` runs on the worker thread while
:attr:`Autosaver.edit_lock` is held. Code that edits the report from another
thread holds the same lock around each edit, so a snapshot never sees half an
edit. Never call :meth:`flush` while holding ``edit_lock``.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime

from ogp_desktop.errors import Term
from ogp_desktop.report import Report
from ogp_desktop.store.errors import ConflictError, ReadOnlyError, StoreError
from ogp_desktop.store.library import Library

log = logging.getLogger(__name__)

SAVED, SAVING, FAILED, DIRTY = "saved", "saving", "failed", "dirty"
RETRY_DELAYS = (2.0, 5.0, 15.0, 30.0, 60.0)


@dataclass(frozen=True)
class SaveState:
    kind: str  # SAVED, SAVING, FAILED or DIRTY
    time: datetime | None = None  # when the last successful save happened
    reason: str | None = None  # for FAILED: the English sentence (logs); ``error`` words it in any language
    retry_in: float | None = None  # for FAILED: seconds until the next automatic try, None: no automatic retry
    error: StoreError | None = None  # for FAILED: why, for errors.user_message


class Autosaver:
    """Debounced background saving of one open draft."""

    def __init__(self, library: Library, draft_id: str, snapshot_fn: Callable[[], Report], *,
                 delay: float = 1.0, retry_delays: tuple[float, ...] = RETRY_DELAYS) -> None:
        self.library = library
        self.draft_id = draft_id
        self.snapshot_fn = snapshot_fn
        self.delay = delay
        self.retry_delays = retry_delays
        self.edit_lock = threading.RLock()
        self._cond = threading.Condition()
        self._edits = 0  # touch() calls so far
        self._saved_edits = 0  # edits covered by the last successful save
        self._failed_writes = 0  # failed writes so far: a flush waits for success or a new failure
        self._deadline = 0.0
        self._retry_at: float | None = None
        self._failures = 0
        self._flush = False
        self._judge = False  # whether the save being made also judges the draft (summary.py)
        self._closing = False
        self._state = SaveState(SAVED)
        self._callbacks: list[Callable[[SaveState], None]] = []
        self._thread = threading.Thread(target=self._run, name=f"autosave-{draft_id}", daemon=True)
        self._thread.start()

    # -- the caller's side ---------------------------------------------------
    @property
    def state(self) -> SaveState:
        return self._state

    def on_state(self, callback: Callable[[SaveState], None]) -> None:
        """Call *callback(state)* on every change of state (from the worker thread)."""
        self._callbacks.append(callback)

    def touch(self) -> None:
        """Record an edit: the draft is written after *delay* seconds without another touch."""
        with self._cond:
            self._edits += 1
            self._deadline = time.monotonic() + self.delay
            self._cond.notify_all()

    def flush(self, timeout: float | None = None) -> bool:
        """Write now and wait; True when every edit so far is on disk."""
        with self._cond:
            target, failed = self._edits, self._failed_writes
            if self._saved_edits >= target:
                return True
            self._flush = True
            self._cond.notify_all()
            self._cond.wait_for(lambda: self._saved_edits >= target or self._failed_writes > failed
                                or not self._thread.is_alive(), timeout)
            return self._saved_edits >= target

    def close(self, timeout: float | None = 10.0) -> bool:
        """Flush, then stop the worker; returns whether everything was saved."""
        saved = self.flush(timeout) if self._thread.is_alive() else self._saved_edits >= self._edits
        with self._cond:
            self._closing = True
            self._cond.notify_all()
        self._thread.join(timeout)
        return saved

    # -- the worker ------------------------------------------------------------
    def _set_state(self, state: SaveState) -> None:
        self._state = state
        for callback in list(self._callbacks):
            try:
                callback(state)
            except Exception:  # noqa: BLE001 - a broken listener must not stop saving
                log.exception("autosave state listener failed")

    def _wait_for_work(self) -> int | None:
        """Block until something is due: None to stop, -1 to announce DIRTY, else the edit count to save."""
        with self._cond:
            while True:
                if self._closing:
                    return None
                dirty = self._edits > self._saved_edits
                if not dirty:
                    self._flush = False
                    self._cond.wait()
                    continue
                if self._state.kind == SAVED:
                    return -1
                if self._flush:
                    self._flush = False
                    self._judge = True  # Ctrl+S or closing: the library's columns are worked out again
                    return self._edits
                if self._retry_at == float("inf"):
                    self._cond.wait()  # only flush() retries a conflict or read-only failure
                    continue
                due_at = max(self._deadline, self._retry_at or 0.0)
                now = time.monotonic()
                if due_at <= now:
                    return self._edits
                self._cond.wait(due_at - now)

    def _run(self) -> None:
        while True:
            target = self._wait_for_work()
            if target is None:
                return
            if target < 0:
                self._set_state(SaveState(DIRTY, self._state.time))
                continue
            self._set_state(SaveState(SAVING, self._state.time))
            try:
                with self.edit_lock:
                    snapshot = self.snapshot_fn()
                judge, self._judge = self._judge, False
                self.library.save(self.draft_id, snapshot, judge=judge)
            except Exception as exc:  # noqa: BLE001 - every failure becomes a state the user sees
                self._failed(exc)
            else:
                with self._cond:
                    self._failures, self._retry_at = 0, None
                    self._saved_edits = max(self._saved_edits, target)
                    kind = SAVED if self._saved_edits >= self._edits else DIRTY
                    # the state changes with the counts: a flush() that returns sees it at once
                    self._state = state = SaveState(kind, datetime.now(UTC))
                    self._cond.notify_all()
                self._set_state(state)

    def _failed(self, exc: Exception) -> None:
        if isinstance(exc, StoreError):
            error = exc
        else:
            log.exception("autosave of draft %s failed", self.draft_id)
            error = StoreError("store.not_saved", what=Term("The draft", "mustandi"),
                               reason=str(exc) or type(exc).__name__)
        with self._cond:
            self._failures += 1
            if isinstance(exc, (ConflictError, ReadOnlyError)):
                retry_in = None  # retrying cannot help; the user decides (flush tries again)
                self._retry_at = float("inf")
            else:
                retry_in = self.retry_delays[min(self._failures, len(self.retry_delays)) - 1]
                self._retry_at = time.monotonic() + retry_in
            self._failed_writes += 1
            self._state = state = SaveState(FAILED, self._state.time, str(error), retry_in, error)
            self._cond.notify_all()
        self._set_state(state)
