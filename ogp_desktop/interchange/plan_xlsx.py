"""Reading an action plan saved as .xlsx, without trusting it.

The zip container is inspected before openpyxl sees it (a zip bomb is refused
from its directory alone), the workbook opens in read-only mode (rows stream,
memory stays flat) with ``data_only=False`` so a formula comes back as its
text (``=HYPERLINK(...)``) and is never evaluated.
"""

from __future__ import annotations

import datetime as _dt
import zipfile
from pathlib import Path
from typing import Any

from ogp_desktop.interchange.plan_limits import (
    MAX_BYTES,
    MAX_COLUMNS,
    MAX_RATIO,
    MAX_ROWS,
    MAX_SHEET_ROW,
    MAX_UNPACKED_BYTES,
    MAX_ZIP_ENTRIES,
    PlanImportError,
    keep_row,
)


def check_zip(path: Path) -> None:
    """Refuse a file whose unpacked size, entry count or compression ratio is absurd."""
    name = path.name
    try:
        with zipfile.ZipFile(path) as zf:
            infos = zf.infolist()
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, ValueError):
        raise PlanImportError(
            f"{name}: this is not an Excel .xlsx workbook (the file is damaged or of another type).") from None
    if len(infos) > MAX_ZIP_ENTRIES:
        raise PlanImportError(f"{name}: the workbook has {len(infos):,} parts; this is not an action plan.")
    total = sum(i.file_size for i in infos)
    if total > MAX_UNPACKED_BYTES:
        raise PlanImportError(f"{name}: the workbook would unpack to {total // (1024 * 1024):,} MB; "
                              "it was refused before opening.")
    for info in infos:
        if info.file_size > 1024 * 1024 and info.file_size > MAX_RATIO * max(info.compress_size, 1):
            raise PlanImportError(f"{name}: part {info.filename} is compressed "
                                  f"{info.file_size // max(info.compress_size, 1):,} "
                                  "times over, which only a zip bomb does; it was refused before opening.")


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
    try:
        size = p.stat().st_size
    except OSError as exc:
        raise PlanImportError(f"{name}: the file cannot be read ({exc.strerror or exc}).") from None
    if size > MAX_BYTES:
        raise PlanImportError(
            f"{name}: the file is larger than {MAX_BYTES // (1024 * 1024)} MB; an action plan is far smaller.")
    check_zip(p)
    from openpyxl import load_workbook  # only when needed: CSV users never pay for it

    try:
        wb = load_workbook(p, read_only=True, data_only=False)
    except Exception as exc:  # noqa: BLE001 - openpyxl raises many kinds for a broken workbook
        raise PlanImportError(f"{name}: the workbook cannot be opened ({type(exc).__name__}).") from None
    rows: list[tuple[int, list[str]]] = []
    number = 0
    try:
        ws = wb.worksheets[0] if wb.worksheets else None
        if ws is None:
            raise PlanImportError(f"{name}: the workbook has no worksheet.")
        for number, values in enumerate(ws.iter_rows(values_only=True, max_col=MAX_COLUMNS), start=1):
            if len(rows) > MAX_ROWS:
                raise PlanImportError(
                    f"{name}: the sheet has more than {MAX_ROWS:,} rows; an action plan has far fewer.")
            if number > MAX_SHEET_ROW:
                raise PlanImportError(f"{name}: the sheet runs past row {MAX_SHEET_ROW:,}; "
                                      "an action plan is far shorter "
                                      "(delete the rows below the plan and save again).")
            if all(v is None for v in values):  # the common blank row, cheaply
                continue
            cells = [cell_text(v) for v in values]
            keep_row(name, number, cells, rows)
    except PlanImportError:
        raise
    except Exception as exc:  # noqa: BLE001 - a malformed sheet part: one sentence, not a traceback
        raise PlanImportError(f"{name}: row {number + 1}: the sheet cannot be read ({type(exc).__name__}).") from None
    finally:
        wb.close()
    return rows
