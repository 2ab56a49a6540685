"""The Word file made in a second process while this one lays out the PDF.

Asked for both files, an export took the sum of the two; on two cores it takes about
the PDF's time. The worker is a fresh interpreter (a plain child process: forking the
GUI's threads is unsafe, and multiprocessing's spawn would re-run the caller's main
script and start a resource tracker too), given the built document and the report's
bytes on its stdin; it answers the finished ``.docx`` on its stdout. Anything going
wrong with it (it cannot start, dies, or its renderer raises) returns None: the caller
then makes the file itself, so the user sees the same file, or the same error, as without it.
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
import pickle
import subprocess
import sys
import tempfile
import threading
from collections.abc import Callable
from typing import IO

from ogp_desktop.document.model import Document

log = logging.getLogger(__name__)

# Report file sizes (bytes) worth a second process: below, starting it (an interpreter,
# python-docx and reportlab's metrics imported: about a third of a second of CPU) gains
# little or nothing over making the Word file here (break-even near 150 kB, about five
# commitments); above, two copies of the document would push a huge export's peak memory
# (the PDF lets its blocks go as it lays them out) past its bound.
MIN_REPORT = 250_000
MAX_REPORT = 8_000_000

_OK = b"+"  # first byte of the answer: the .docx follows; anything else is the reason it failed
# The child's first lines: nothing from the folder it happens to start in (``-c`` puts it first on the
# path), then the parent's module path, so it runs the very ogp_desktop and python-docx this process does.
_BOOT = ("import sys; sys.path[:] = [p for p in sys.path if p not in ('', '.')]; import json; "
         "sys.path[:] = json.loads(sys.stdin.buffer.readline()); "
         "from ogp_desktop.document.docx_worker import serve; serve()")


WAIT_STEP = 0.1  # seconds between the waiting caller's turns (its Cancel) while the worker finishes


def usable_cpus() -> int:
    """The CPUs this process may run on (an affinity mask or a container's cpuset), not all the machine's."""
    if hasattr(os, "sched_getaffinity"):
        return len(os.sched_getaffinity(0))
    return os.cpu_count() or 1


def worth_it(report_size: int) -> bool:
    return MIN_REPORT <= report_size <= MAX_REPORT and usable_cpus() > 1


class DocxWorker:
    """One Word file in a child process: start it, do other work, then :meth:`result`; use as
    a context manager so the child never outlives the export (Cancel, a failed PDF)."""

    def __init__(self, doc: Document, attachment: bytes | None) -> None:
        self._proc: subprocess.Popen[bytes] | None = None
        self._sender: threading.Thread | None = None
        self._reader: threading.Thread | None = None
        self._answer: list[bytes] = []  # what the child wrote, once it closed its stdout
        self._errors: IO[bytes] | None = None
        try:
            payload = pickle.dumps((doc, attachment), protocol=pickle.HIGHEST_PROTOCOL)
            # the child imports what this process imports: its module path first, on a line of its own
            payload = json.dumps([str(p) for p in sys.path]).encode() + b"\n" + payload
            self._errors = tempfile.TemporaryFile(prefix="ogp-docx-worker-")  # read only if it fails
            self._proc = subprocess.Popen(
                [sys.executable, "-c", _BOOT], stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=self._errors,
                creationflags=getattr(subprocess, "CREATE_NO_WINDOW", 0))  # Windows: no console flashing up
            # a pipe holds 64 kB: the document goes from a thread, so the PDF starts at once
            sender = threading.Thread(target=_send, args=(self._proc.stdin, payload), name="ogp-docx-send",
                                      daemon=True)
            sender.start()
            self._sender = sender
            # read from a thread too, so that the caller can wait in steps and take its turns (Cancel)
            reader = threading.Thread(target=_receive, args=(self._proc.stdout, self._answer), name="ogp-docx-read",
                                      daemon=True)
            reader.start()
            self._reader = reader
        except Exception:  # noqa: BLE001 - no worker (no interpreter, no temp file, a model it cannot take): made here
            # info, not a warning: the user gets the same file, and a command line prints warnings
            log.info("the Word file is made in this process: no worker", exc_info=True)
            self.close()

    def __enter__(self) -> DocxWorker:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def result(self, waiting: Callable[[], None] | None = None) -> bytes | None:
        """The ``.docx`` bytes, once the child is done; None if it failed (logged). *waiting* is called every
        WAIT_STEP seconds meanwhile: what it raises (the export's Cancel) ends the wait, and leaving the
        ``with`` block then stops the child."""
        proc, reader = self._proc, self._reader
        if proc is None or reader is None:
            return None
        while reader.is_alive():
            reader.join(WAIT_STEP)
            if waiting is not None and reader.is_alive():
                waiting()
        answer = self._answer[0] if self._answer else b""
        try:
            code = proc.wait()
        except OSError as exc:
            answer, code = repr(exc).encode(), -1
        if code == 0 and answer.startswith(_OK):
            return answer[len(_OK):]
        reason = answer.decode("utf-8", "replace") or f"exit code {code}: {self._stderr()}"
        log.info("the Word file's worker failed (%s); making it in this process", reason)
        return None

    def _stderr(self) -> str:
        if self._errors is None:
            return ""
        self._errors.seek(0)
        return self._errors.read(2000).decode("utf-8", "replace").strip()

    def close(self) -> None:
        proc, self._proc = self._proc, None
        if proc is not None:
            if proc.poll() is None:
                proc.kill()
            proc.wait()
        for thread in (self._sender, self._reader):  # the child is gone: a send or a read still going has ended
            if thread is not None:
                thread.join()
        self._sender = self._reader = None
        if proc is not None:
            for pipe in (proc.stdin, proc.stdout):
                if pipe is not None:
                    with contextlib.suppress(OSError):  # stdin: the sender's data may be unflushed, the child gone
                        pipe.close()
        if self._errors is not None:
            self._errors.close()
            self._errors = None


def _send(pipe: IO[bytes] | None, payload: bytes) -> None:
    if pipe is None:
        return
    try:
        pipe.write(payload)
    except (OSError, ValueError):  # the child died, or was stopped; result() says so
        pass
    finally:
        with contextlib.suppress(OSError):  # closing flushes: the same broken pipe again
            pipe.close()


def _receive(pipe: IO[bytes] | None, into: list[bytes]) -> None:
    if pipe is None:
        return
    try:
        into.append(pipe.read())
    except (OSError, ValueError):  # the pipe was closed under the read (the export was cancelled)
        pass


def serve() -> None:  # the child process
    import io
    import signal

    # Ctrl+C reaches the whole process group: the parent stops this child itself, quietly
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    try:
        doc, attachment = pickle.loads(sys.stdin.buffer.read())
        from ogp_desktop.document.docx_renderer import render_docx

        out = io.BytesIO()
        render_docx(doc, out, attachment)
        answer = _OK + out.getvalue()
    except Exception as exc:  # noqa: BLE001 - told to the parent, which makes the file itself
        answer = f"{type(exc).__name__}: {exc}".encode("utf-8", "replace")
    try:
        sys.stdout.buffer.write(answer)
        sys.stdout.buffer.flush()
    except OSError:  # the parent is gone (its export was cancelled or failed)
        pass
