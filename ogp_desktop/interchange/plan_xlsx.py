"""Reading an action plan saved as .xlsx, without trusting it.

The zip container is inspected before openpyxl sees it (a zip bomb is refused
from its directory alone), the workbook opens in read-only mode (rows stream,
memory stays flat) with ``data_only=False`` so a formula comes back as its
text (``=HYPERLINK(...)``) and is never evaluated.

openpyxl builds a whole row before it yields it, so one row of millions of
tiny cells (a few MB zipped, inside every size and ratio cap) would exhaust
memory. Before openpyxl runs, :func:`count_cells` streams every XML part and
counts cell elements, stopping at :data:`~ogp_desktop.limits.SHEET_CELLS`:
the refusal costs a few megabytes of decompression, never the whole sheet.
Then :func:`~ogp_desktop.interchange.xlsx_parts.check_parts` bounds every
other part openpyxl reads in full (styles, shared strings, defined names).
"""

from __future__ import annotations

import datetime as _dt
import io
import re
import zipfile
import zlib
from pathlib import Path
from typing import Any

from ogp_desktop.interchange.plan_limits import (
    MAX_COLUMNS,
    MAX_RATIO,
    MAX_ROWS,
    MAX_SHEET_CELLS,
    MAX_SHEET_ROW,
    MAX_UNPACKED_BYTES,
    MAX_ZIP_ENTRIES,
    PlanImportError,
    keep_row,
    read_plan_file,
)
from ogp_desktop.interchange.xlsx_parts import check_parts

# A cell (<c ...>, <c/>, <x:c ...>) or a shared string (<si>). Each match holds one "<", so a
# chunk's matches never overlap and counts over chunk boundaries can be corrected exactly.
_CELL = re.compile(rb"<(?:[A-Za-z_][\w.-]{0,31}:)?(?:c|si)[\s/>]")
_OVERLAP = 40  # longer than any match
_CHUNK = 1024 * 1024


def _open_zip(source: Path | io.BytesIO, name: str) -> zipfile.ZipFile:
    try:
        return zipfile.ZipFile(source)
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, ValueError):
        raise PlanImportError("plan.not_xlsx", name=name) from None


def count_cells(zf: zipfile.ZipFile, cap: int = MAX_SHEET_CELLS) -> int:
    """Cells and shared strings in the workbook's XML parts, counted while streaming; stops past *cap*.

    Returns the count (at most ``cap + 1``). Every part is counted, not only the
    first worksheet, so a workbook cannot hide a sheet behind odd relationships.
    """
    count = 0
    for info in zf.infolist():
        if not info.filename.lower().endswith(".xml"):
            continue
        with zf.open(info) as fh:
            tail = b""
            while count <= cap:
                chunk = fh.read(_CHUNK)
                if not chunk:
                    break
                buf = tail + chunk
                # subn counts without making an object per match (findall would make millions)
                count += _CELL.subn(b"", buf)[1] - _CELL.subn(b"", tail)[1]
                tail = buf[-_OVERLAP:]
        if count > cap:
            break
    return count


def check_zip(path: Path | io.BytesIO, name: str | None = None) -> None:
    """Refuse a file whose unpacked size, entry count, compression ratio or cell count is absurd."""
    name = name or str(getattr(path, "name", None) or "")
    with _open_zip(path, name) as zf:
        _check_parts(zf.infolist(), name)
        try:
            cells = count_cells(zf)
        except (zipfile.BadZipFile, zlib.error, OSError, ValueError, EOFError, NotImplementedError):
            raise PlanImportError("plan.xlsx_damaged", name=name) from None
        if cells > MAX_SHEET_CELLS:
            raise PlanImportError("plan.too_many_cells", name=name, limit=MAX_SHEET_CELLS)
        check_parts(zf, name)  # styles, shared strings, names, sheets: what openpyxl reads in full


def _check_parts(infos: list[zipfile.ZipInfo], name: str) -> None:
    if len(infos) > MAX_ZIP_ENTRIES:
        raise PlanImportError("plan.too_many_parts", name=name, count=len(infos))
    total = sum(i.file_size for i in infos)
    if total > MAX_UNPACKED_BYTES:
        raise PlanImportError("plan.unpacks_too_large", name=name, size=total // (1024 * 1024))
    for info in infos:
        if info.file_size > 1024 * 1024 and info.file_size > MAX_RATIO * max(info.compress_size, 1):
            raise PlanImportError("plan.zip_bomb", name=name, part=info.filename,
                                  ratio=info.file_size // max(info.compress_size, 1))


def cell_text(value: Any) -> str:
    """A cell as text; dates become ISO strings so month parsing sees one form."""
    if value is None:
        return ""
    if isinstance(value, _dt.datetime):
        return value.date().isoformat()
    if isinstance(value, _dt.date):
        return value.isoformat()
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def read_xlsx(path: str | Path) -> list[tuple[int, list[str]]]:
    """(sheet row number, cell texts) for every non-blank row of the first worksheet, header first."""
    p = Path(path)
    name = p.name
    raw = read_plan_file(p)  # a regular file, at most MAX_BYTES: read once, then only from memory
    check_zip(io.BytesIO(raw), name)
    from openpyxl import load_workbook  # only when needed: CSV users never pay for it

    try:
        wb = load_workbook(io.BytesIO(raw), read_only=True, data_only=False)
    except Exception as exc:  # noqa: BLE001 - openpyxl raises many kinds for a broken workbook
        raise PlanImportError("plan.xlsx_unopenable", name=name, reason=type(exc).__name__) from None
    rows: list[tuple[int, list[str]]] = []
    number = 0
    try:
        ws = wb.worksheets[0] if wb.worksheets else None
        if ws is None:
            raise PlanImportError("plan.no_sheet", name=name)
        for number, values in enumerate(ws.iter_rows(values_only=True, max_col=MAX_COLUMNS), start=1):
            if len(rows) > MAX_ROWS:
                raise PlanImportError("plan.too_many_rows", name=name, limit=MAX_ROWS)
            if number > MAX_SHEET_ROW:
                raise PlanImportError("plan.sheet_too_long", name=name, limit=MAX_SHEET_ROW)
            if all(v is None for v in values):  # the common blank row, cheaply
                continue
            cells = [cell_text(v) for v in values]
            keep_row(name, number, cells, rows)
    except PlanImportError:
        raise
    except Exception as exc:  # noqa: BLE001 - a malformed sheet part: one sentence, not a traceback
        raise PlanImportError("plan.sheet_unreadable", name=name, row=number + 1,
                              reason=type(exc).__name__) from None
    finally:
        wb.close()
    return rows
