"""The one place that says how big an input may be, and the one way files from outside are read.

Report files, contribution files and action plans arrive by e-mail from other
organisations. Every limit below is generous by one or two orders of
magnitude for a real report (5-40 commitments, a few pages of text per
field) and still refuses a hostile file before a parse, a layout or the
editor could grow without bound. Each limit is checked while reading, before
anything expensive happens.

:func:`read_capped` is the only way these files are read: it refuses
anything that is not a regular file (a folder, a named pipe that would block
forever, a device such as ``/dev/zero`` that never ends), following symbolic
links but judging their target, and reads at most the cap plus one byte:
the size the file system reports (``st_size``) is never trusted.

Qt-free and free of other dependencies than :mod:`ogp_desktop.errors`, so every layer may import it.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

from ogp_desktop.errors import Term, UserError

MB = 1024 * 1024

# -- bytes per file ------------------------------------------------------------
REPORT_FILE_BYTES = 50 * MB  # a 200-commitment report is ~2 MB; room for pasted annexes
PLAN_FILE_BYTES = 20 * MB  # a plan is 5-15 commitments with a few dozen milestones
STORE_FILE_BYTES = 1024 * MB  # the app's own draft files: a refusal here is damage, so be generous

# -- the shape of a report ------------------------------------------------------
VALUE_CHARS = 1_000_000  # characters in one text value (about 300 pages)
TABLE_ROWS = 10_000  # rows in one table or items in one list (milestones, priorities, ...)
COMMITMENTS = 10_000  # commitments in one report (real plans have 5-40)
NESTING = 64  # JSON nesting depth
# Keys in one JSON object. The widest honest object is one language's translations (a value path per
# translated text: 10,000 commitments x 13 texts); every other object has at most 49 keys.
OBJECT_KEYS = 200_000
# Names the template does not know among a report's values (a newer template's fields, a typo): each
# is a warning, and a few hundred are honest; a million would be a million warnings to build and show.
UNKNOWN_KEYS = 1_000
INT_DIGITS = 18  # beyond int64 nothing in a report is meaningful

# -- spreadsheets -----------------------------------------------------------------
PLAN_ROWS = 5000  # non-blank rows of an action plan
PLAN_COLUMNS = 100  # a plan has eleven; only the first hundred columns of any row are read
SHEET_ROW = 100_000  # blank rows cost time too: a sheet running further is refused
SHEET_CELLS = PLAN_ROWS * PLAN_COLUMNS  # cells (empty or not) in the worksheet, counted while streaming
PLAN_CELL_CHARS = 100_000  # characters in one spreadsheet cell
# openpyxl reads the whole of a workbook's other parts into objects before the first cell (2,000,000
# cell formats in styles.xml took 3.6 GB): every XML part is counted while streaming, before it does.
SHEET_ELEMENTS = 4 * SHEET_CELLS  # elements of the worksheets and shared strings (<c><is><t>, <si><r><t>)
SHARED_TEXT_CHARS = 20_000_000  # characters of all shared strings together (a plan's text is a few MB)
WORKBOOK_ELEMENTS = 300_000  # elements of every other part together (styles, workbook, drawings, comments,
#                              relationships); Excel itself stops at 64,000 cell formats
WORKBOOK_SHEETS = 1_000  # sheets a workbook declares
DEFINED_NAMES = 10_000  # defined names (named ranges) a workbook declares


# -- Word forms (a .docx from outside, read part by part) ------------------------------
FORM_FILE_BYTES = 40 * MB  # a form for 50 commitments is under 1 MB
FORM_PARTS = 2000  # parts in the package (a form has about twelve)
FORM_PART_BYTES = 120 * MB  # one part unpacked: room for a 50 MB paste to be named as such
FORM_UNPACKED_BYTES = 200 * MB  # all parts unpacked together
FORM_RATIO = 200  # unpacked/packed bytes of a part over 1 MB; document XML is 5-20, repeated text ~1000


class InputRefused(UserError):  # noqa: N818 - a verdict, like BadFile
    """An input from outside is refused (codes ``input.*``); ``str()`` is a phrase such as
    "this is a folder, not a file".

    Callers put the file name in front and turn it into their own error type.
    """


FILE = Term("file", "fail")  # what read_capped names in "the file is larger than the 50 MB it may be"


def size_text(n: int) -> str:
    """``52428800`` -> ``"50 MB"``; small sizes in KB."""
    if n >= MB:
        return f"{n // MB:,} MB"
    return f"{max(1, n // 1024):,} KB"


def _kind(mode: int) -> str | None:
    """The ``input.*`` code saying why a file of this mode cannot be read as a document, or None for a regular file."""
    if stat.S_ISREG(mode):
        return None
    if stat.S_ISDIR(mode):
        return "input.folder"
    if stat.S_ISFIFO(mode):
        return "input.pipe"
    if stat.S_ISSOCK(mode):
        return "input.socket"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "input.device"
    return "input.not_regular"


def check_regular(path: str | Path) -> os.stat_result:
    """The target's stat (symbolic links followed); InputRefused unless it is a regular file.

    OSError (missing, permission denied) propagates for the caller to word.
    """
    st = os.stat(path)
    why = _kind(st.st_mode)
    if why:
        raise InputRefused(why)
    return st


_CHUNK = 1024 * 1024


def read_capped(path: str | Path, cap: int, *, what: Term = FILE) -> bytes:
    """All of *path*'s bytes, or :class:`InputRefused` when it is not a regular file or holds more than *cap*.

    Opens with ``O_NONBLOCK`` so a named pipe swapped in after the check cannot
    hang the reader, checks the opened file again with ``fstat``, and stops
    reading at ``cap + 1`` bytes whatever the file system claims the size is.
    OSError (missing, permission denied, I/O error) propagates.
    """
    if check_regular(path).st_size > cap:  # trusted only to refuse early, never to stop reading
        raise InputRefused("input.too_large", what=what, size=size_text(cap))
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0) | getattr(os, "O_CLOEXEC", 0)
    fd = os.open(path, flags)
    try:
        why = _kind(os.fstat(fd).st_mode)  # replaced between the stat and the open
        if why:
            raise InputRefused(why)
        if getattr(os, "O_NONBLOCK", 0):
            os.set_blocking(fd, True)  # a regular file: plain reads from here on
        parts: list[bytes] = []
        total = 0
        while total <= cap:
            chunk = os.read(fd, min(_CHUNK, cap + 1 - total))
            if not chunk:
                break
            parts.append(chunk)
            total += len(chunk)
    finally:
        os.close(fd)
    if total > cap:
        raise InputRefused("input.too_large", what=what, size=size_text(cap))
    return b"".join(parts)
