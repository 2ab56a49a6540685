"""Caps for action-plan files, which arrive by e-mail and are untrusted.

A real plan has 5-15 commitments and a few dozen milestones, so every limit
here is generous by two orders of magnitude and still refuses a hostile file
before it can exhaust memory.
"""

from __future__ import annotations

from pathlib import Path

from ogp_desktop import limits

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


class PlanImportError(ValueError):
    """The whole plan file cannot be used; ``str()`` is one sentence naming the file."""


def read_plan_file(path: str | Path) -> bytes:
    """A plan file's bytes through :func:`ogp_desktop.limits.read_capped`; PlanImportError naming the file."""
    p = Path(path)
    try:
        return limits.read_capped(p, MAX_BYTES, what="file")
    except limits.InputRefused as exc:
        why = str(exc)
        if "larger than" in why:
            why = f"the file is larger than {MAX_BYTES // (1024 * 1024)} MB; an action plan is far smaller"
        raise PlanImportError(f"{p.name}: {why}.") from None
    except FileNotFoundError:
        raise PlanImportError(f"{p.name}: no such file.") from None
    except PermissionError:
        raise PlanImportError(f"{p.name}: permission denied when reading the file.") from None
    except OSError as exc:
        raise PlanImportError(f"{p.name}: the file cannot be read ({exc.strerror or exc}).") from None


def keep_row(name: str, number: int, cells: list[str], rows: list[tuple[int, list[str]]]) -> None:
    """Append a non-blank row to *rows*, refusing a cell past :data:`MAX_CELL_CHARS` (CSV and xlsx alike)."""
    for col, cell in enumerate(cells, start=1):
        if len(cell) > MAX_CELL_CHARS:
            raise PlanImportError(f"{name}: row {number}, column {col}: the cell holds more than "
                                  f"{MAX_CELL_CHARS:,} characters.")
    if any(c.strip() for c in cells):
        rows.append((number, cells))
