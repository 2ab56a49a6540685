"""Caps for action-plan files, which arrive by e-mail and are untrusted.

A real plan has 5-15 commitments and a few dozen milestones, so every limit
here is generous by two orders of magnitude and still refuses a hostile file
before it can exhaust memory.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from ogp_desktop import limits
from ogp_desktop.errors import UserError

# The figures live in ogp_desktop.limits; these names are what the plan readers use.
MAX_BYTES = limits.PLAN_FILE_BYTES
MAX_ROWS = limits.PLAN_ROWS
MAX_CELL_CHARS = limits.PLAN_CELL_CHARS
MAX_SHEET_ROW = limits.SHEET_ROW
MAX_COLUMNS = limits.PLAN_COLUMNS
MAX_SHEET_CELLS = limits.SHEET_CELLS
# .xlsx is a zip: refuse before parsing when unpacking would be absurd.
MAX_UNPACKED_BYTES = 200 * 1024 * 1024
MAX_RATIO = 200  # worksheet XML compresses ~10-30x; zip bombs reach 1000x
MAX_ZIP_ENTRIES = 2000


class PlanImportError(UserError):
    """The whole plan file cannot be used (codes ``plan.*``); every sentence names the file (``name``)."""

    def __init__(self, code: str, **params: Any) -> None:
        params.setdefault("name", "")  # parse_rows does not know it: read_plan names the file (named())
        super().__init__(code, **params)

    def named(self, name: str) -> PlanImportError:
        """This error naming the file *name*, unless it already names one."""
        return self if self.params["name"] else PlanImportError(self.code, **{**self.params, "name": name})


def read_plan_file(path: str | Path) -> bytes:
    """A plan file's bytes through :func:`ogp_desktop.limits.read_capped`; PlanImportError naming the file."""
    p = Path(path)
    try:
        return limits.read_capped(p, MAX_BYTES, what=limits.FILE)
    except limits.InputRefused as exc:
        if exc.code == "input.too_large":
            raise PlanImportError("plan.too_large", name=p.name, size=MAX_BYTES // (1024 * 1024)) from None
        raise PlanImportError("plan.refused", name=p.name, reason=exc) from None
    except FileNotFoundError:
        raise PlanImportError("plan.no_file", name=p.name) from None
    except PermissionError:
        raise PlanImportError("plan.permission", name=p.name) from None
    except OSError as exc:
        raise PlanImportError("plan.unreadable", name=p.name, reason=exc.strerror or str(exc)) from None


def keep_row(name: str, number: int, cells: list[str], rows: list[tuple[int, list[str]]]) -> None:
    """Append a non-blank row to *rows*, refusing a cell past :data:`MAX_CELL_CHARS` (CSV and xlsx alike)."""
    for col, cell in enumerate(cells, start=1):
        if len(cell) > MAX_CELL_CHARS:
            raise PlanImportError("plan.cell_too_long", name=name, row=number, column=col, limit=MAX_CELL_CHARS)
    if any(c.strip() for c in cells):
        rows.append((number, cells))
