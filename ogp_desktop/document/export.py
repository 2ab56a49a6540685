"""Export a report to Word and/or PDF: validation gate, document model, atomic files.

The one entry point the GUI (from a worker thread) and the command line use.
Each file is written through :mod:`ogp_desktop.atomic`, so an interrupted
export never leaves half a file under the final name.
"""

from __future__ import annotations

import errno
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path
from typing import IO, BinaryIO

from ogp_desktop import atomic, collector
from ogp_desktop.document import docx_worker
from ogp_desktop.document.builder import build_document
from ogp_desktop.document.model import Document
from ogp_desktop.errors import Term, UserError
from ogp_desktop.report import Report
from ogp_desktop.reportfile import report_bytes
from ogp_desktop.template import Template

Progress = Callable[[int, int, str], None]


class ExportError(UserError):
    """An export could not be made (codes ``export.*``)."""


class ReportHasErrors(ExportError):  # noqa: N818 - reads as the reason in `except ReportHasErrors`
    """A final export was refused; ``problems`` lists the errors that block it."""

    def __init__(self, problems: list) -> None:
        self.problems = problems
        super().__init__("export.has_errors", count=len(problems))


class UntranslatedValues(ExportError):  # noqa: N818 - reads as the reason in `except UntranslatedValues`
    """A final export was refused: values would stay in the other language.

    ``values`` lists ``(path, where)`` of each one ("commitments[2].results",
    "Commitments 3 › Results").
    """

    def __init__(self, values: list[tuple[str, str]], lang: str) -> None:
        self.values = values
        self.lang = lang
        self.language = LANGUAGE_NAMES.get(lang, Term(lang, lang))  # the adjective: "no English translation"
        super().__init__("export.untranslated", count=len(values), language=self.language)


# "no English translation" / "puudub ingliskeelne tõlge"
LANGUAGE_NAMES = {"en": Term("English", "ingliskeelne"), "et": Term("Estonian", "eestikeelne")}


@dataclass
class ExportResult:
    files: list[Path] = field(default_factory=list)
    draft: bool = False
    pdf_pages: int = 0
    errors: list = field(default_factory=list)  # the validation errors that made it a draft
    # values printed in the report's language for want of a translation: (path, where)
    untranslated: list[tuple[str, str]] = field(default_factory=list)


def untranslated_values(report: Report, template: Template, lang: str) -> list[tuple[str, str]]:
    """What an export in *lang* would print untranslated: ``(path, where)`` in document order.

    Exactly what the document holds (built here), so the count the dialog and the
    command line give is the count of the file; untranslatable fields never appear.
    """
    if lang == report.language:
        return []
    return list(build_document(report, template, lang).untranslated)


def _errors(report: Report, template: Template, lang: str) -> list:
    from ogp_desktop.validation import validate

    return [p for p in validate(report, template, lang) if p.severity == "error"]


def _write(path: Path, produce: Callable[[BinaryIO], object]) -> None:
    """Write atomically (the target was checked by :func:`_check`); every way the disk can refuse becomes
    one ExportError naming the file."""
    with _refusals(path):
        atomic.write_with(path, produce)


def _check(path: Path) -> None:
    """Refuse a target that is a folder, or whose folder is missing, before anything is written."""
    if path.is_dir():
        raise ExportError("export.folder", path=str(path))
    if not path.parent.is_dir():
        raise ExportError("export.no_folder", path=str(path), folder=str(path.parent))


@contextmanager
def _refusals(path: Path) -> Iterator[None]:
    """The disk's refusals while *path* is made, as one ExportError naming it."""
    try:
        yield
    except PermissionError:
        raise ExportError("export.permission", path=str(path)) from None
    except OSError as exc:
        if exc.errno == errno.ENOSPC:
            raise ExportError("export.disk_full", path=str(path)) from None
        reason = exc.reason if isinstance(exc, atomic.NotRegularFileError) else exc.strerror or str(exc)
        raise ExportError("export.os", path=str(path), reason=reason) from None


def _spilled(data: bytes, path: Path) -> IO[bytes]:
    """A scratch file beside *path* (the export's file) holding *data*; the disk's refusals name *path*.

    Beside the output, not in the system's temp folder: a full /tmp must not fail an export whose disk has room.
    """
    with _refusals(path):
        fh = atomic.scratch_file(path)
        try:
            fh.write(data)
        except BaseException:
            fh.close()
            raise
        return fh


def _render_docx(doc: Document, attachment: IO[bytes], fh: BinaryIO) -> None:
    # Each renderer is imported when first needed: python-docx and reportlab each cost
    # about a tenth of a second to import, and most exports want only one of them.
    from ogp_desktop.document.docx_renderer import render_docx

    attachment.seek(0)
    render_docx(doc, fh, attachment.read())


def _render_pdf_into(doc: Document, attachment: IO[bytes], tagged: bool, pages: list[int],
                     on_page: Callable[[float], None] | None, path: Path, fh: BinaryIO, *,
                     consume: bool = True) -> None:
    from ogp_desktop.document.pdf_renderer import render_pdf

    # the PDF is the last use of the model (after the DOCX): its blocks go as they are laid out
    pages.append(render_pdf(doc, fh, on_page, attachment=attachment, tagged=tagged, spill_beside=path,
                            consume=consume))


def _pdf_progress(progress: Progress | None, before: int, total: int) -> Callable[[float], None] | None:
    """Page-by-page progress inside the PDF step, as a fractional *done*."""
    if progress is None:
        return None

    def on_page(fraction: float) -> None:
        progress(before + fraction, total, "pdf")

    return on_page


def export_report(report: Report, template: Template, *, lang: str, docx_path: str | Path | None = None,
                  pdf_path: str | Path | None = None, final: bool = False,
                  allow_untranslated: bool = True, progress: Progress | None = None,
                  tagged: bool = True) -> ExportResult:
    """Write the requested files in *lang*; a report with errors is marked DRAFT.

    ``final=True`` refuses (:class:`ReportHasErrors`) when validation finds errors, and
    with ``allow_untranslated=False`` (:class:`UntranslatedValues`) when values have no
    translation into *lang*: an export is in one language.
    ``progress(done, total, what)`` is called after each step, and during the
    PDF once a page with a fractional *done* (so a big PDF shows progress and
    can be cancelled by raising from the callback). ``tagged=False`` writes a plain
    PDF instead of a tagged PDF/UA-1, PDF/A-3a one.
    """
    if lang not in ("en", "et"):
        raise ExportError("export.language", lang=lang)
    targets = [(Path(p), kind) for p, kind in ((docx_path, "docx"), (pdf_path, "pdf")) if p is not None]
    total = 2 + len(targets)
    step = 0

    def tick(what: str) -> None:
        nonlocal step
        step += 1
        if progress is not None:
            progress(step, total, what)

    snapshot = report.copy()  # the GUI may keep editing while a worker exports
    errors = _errors(snapshot, template, lang)
    tick("validate")
    if final and errors:
        raise ReportHasErrors(errors)
    doc: Document = build_document(snapshot, template, lang, draft=bool(errors))
    if final and doc.untranslated and not allow_untranslated:
        raise UntranslatedValues(list(doc.untranslated), lang)
    tick("build")
    result = ExportResult(draft=bool(errors), errors=errors, untranslated=list(doc.untranslated))
    # Both files carry the report, to be opened again as one. It waits in a temporary file, not in
    # memory beside the PDF's layout: tens of megabytes at 10,000 commitments.
    if not targets:
        return result
    for path, _kind in targets:
        with _refusals(path):
            _check(path)  # every target before any is written; the report's scratch file goes beside the first
    carried = report_bytes(snapshot)
    at_once = len(targets) == 2 and docx_worker.worth_it(len(carried))
    with _spilled(carried, targets[0][0]) as attachment:
        del carried  # on disk now
        if at_once:
            _both_at_once(doc, attachment, targets, tagged, result, tick, _pdf_progress(progress, step, total),
                          None if progress is None else lambda: progress(float(step), total, "docx"))
            return result
        for path, kind in targets:
            if kind == "docx":
                _write(path, partial(_render_docx, doc, attachment))
            else:
                pages: list[int] = []
                on_page = _pdf_progress(progress, step, total)
                _write(path, partial(_render_pdf_into, doc, attachment, tagged, pages, on_page, path))
                result.pdf_pages = pages[0] if pages else 0
            result.files.append(path)
            tick(kind)
    return result


def _both_at_once(doc: Document, attachment: IO[bytes], targets: list[tuple[Path, str]], tagged: bool,
                  result: ExportResult, tick: Callable[[str], None],
                  on_page: Callable[[float], None] | None, waiting: Callable[[], None] | None) -> None:
    """Word in a worker process while the PDF is laid out here (:mod:`docx_worker`); the PDF
    (with its page progress) is finished first, then the Word file, *waiting* called while the
    worker finishes it (Cancel is raised from there). A failed worker costs time, not the file:
    it is then made here."""
    (docx_path, _), (pdf_path, _) = targets
    attachment.seek(0)
    # batched collections: only here, where the report's size is bounded (docx_worker.MAX_REPORT)
    with collector.batched(), docx_worker.DocxWorker(doc, attachment.read()) as worker, _refusals(docx_path), \
            atomic.atomic_writer(docx_path) as docx_file:
        pages: list[int] = []
        # not consume: the document stays whole in case the Word file has to be made here after all
        _write(pdf_path, partial(_render_pdf_into, doc, attachment, tagged, pages, on_page, pdf_path,
                                 consume=False))
        result.pdf_pages = pages[0] if pages else 0
        tick("pdf")
        made = worker.result(waiting)
        if made is None:
            _render_docx(doc, attachment, docx_file)
        else:
            docx_file.write(made)
    result.files[:] = [docx_path, pdf_path]
    tick("docx")
