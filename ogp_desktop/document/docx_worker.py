"""The Word file made in a second process while this one lays out the PDF.

Asked for both files, an export took the sum of the two; on two cores it takes about
the PDF's time. The worker is a fresh interpreter (``spawn``: forking the GUI's threads
is unsafe), given the built document and the report's bytes through a pipe, and it hands
back the finished ``.docx`` bytes. Anything going wrong with it (it cannot start, dies,
or its renderer raises) returns None: the caller then makes the file itself, so the
user sees the same file, or the same error, as without it.
"""

from __future__ import annotations

import logging
import multiprocessing
import pickle
import threading
from multiprocessing.connection import Connection, wait
from typing import Any

from ogp_desktop.document.model import Document

log = logging.getLogger(__name__)

# Report file sizes (bytes) worth a second process: below, starting it (an interpreter,
# python-docx and reportlab's metrics imported: about a quarter of a second of CPU) costs
# more than the Word file takes here; above, two copies of the document would push a huge
# export's peak memory (the PDF lets its blocks go as it lays them out) past its bound.
MIN_REPORT = 150_000
MAX_REPORT = 8_000_000


def worth_it(report_size: int) -> bool:
    return MIN_REPORT <= report_size <= MAX_REPORT and multiprocessing.cpu_count() > 1


class DocxWorker:
    """One Word file in a child process: start it, do other work, then :meth:`result`; use as
    a context manager so the child never outlives the export (Cancel, a failed PDF)."""

    def __init__(self, doc: Document, attachment: bytes | None) -> None:
        self._proc: Any = None
        self._conn: Connection | None = None
        self._sender: threading.Thread | None = None
        try:
            payload = pickle.dumps((doc, attachment), protocol=pickle.HIGHEST_PROTOCOL)
            context = multiprocessing.get_context("spawn")
            ours, theirs = context.Pipe()
            self._proc = context.Process(target=_serve, args=(theirs,), name="ogp-docx", daemon=True)
            self._proc.start()
            theirs.close()
            self._conn = ours
        except Exception:  # noqa: BLE001 - no worker: the caller writes the file itself
            log.warning("the Word file is made in this process: no worker", exc_info=True)
            self.close()
            return
        # a pipe holds 64 kB: the document goes from a thread, so the PDF starts at once
        self._sender = threading.Thread(target=_send, args=(ours, payload), name="ogp-docx-send", daemon=True)
        self._sender.start()

    def __enter__(self) -> DocxWorker:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def result(self) -> bytes | None:
        """The ``.docx`` bytes, once the child is done; None if it failed (logged)."""
        conn, proc = self._conn, self._proc
        if conn is None or proc is None:
            return None
        try:
            wait([conn, proc.sentinel])  # an answer, or the child's end
            status, body = pickle.loads(conn.recv_bytes()) if conn.poll() else ("died", proc.exitcode)
        except (EOFError, OSError, pickle.UnpicklingError) as exc:
            status, body = "died", repr(exc)
        if status == "ok" and isinstance(body, bytes):
            return body
        log.warning("the Word file's worker failed (%s: %s); making it in this process", status, body)
        return None

    def close(self) -> None:
        proc, self._proc = self._proc, None
        if proc is not None:
            if proc.is_alive():
                proc.kill()
            proc.join()
            proc.close()
        if self._sender is not None:
            self._sender.join()  # the child's end is gone, so a send still going has failed
            self._sender = None
        if self._conn is not None:
            self._conn.close()
            self._conn = None


def _send(conn: Connection, payload: bytes) -> None:
    try:
        conn.send_bytes(payload)
    except (OSError, ValueError):  # the child died, or was stopped; result() says so
        pass


def _serve(conn: Connection) -> None:  # the child process
    import io
    import signal

    # Ctrl+C reaches the whole process group: the parent stops this child itself, quietly
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    try:
        doc, attachment = pickle.loads(conn.recv_bytes())
        from ogp_desktop.document.docx_renderer import render_docx

        out = io.BytesIO()
        render_docx(doc, out, attachment)
        answer: tuple[str, object] = ("ok", out.getvalue())
    except Exception as exc:  # noqa: BLE001 - told to the parent, which makes the file itself
        answer = ("error", f"{type(exc).__name__}: {exc}")
    try:
        conn.send_bytes(pickle.dumps(answer, protocol=pickle.HIGHEST_PROTOCOL))
    except OSError:  # the parent is gone (its export was cancelled or failed)
        pass
