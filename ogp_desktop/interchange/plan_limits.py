"""Caps for action-plan files, which arrive by e-mail and are untrusted.

A real plan has 5-15 commitments and a few dozen milestones, so every limit
here is generous by two orders of magnitude and still refuses a hostile file
before it can exhaust memory.
"""

from __future__ import annotations

MAX_BYTES = 20 * 1024 * 1024
MAX_ROWS = 5000
MAX_CELL_CHARS = 100_000
MAX_SHEET_ROW = 100_000  # blank rows cost time too: a sheet running further is refused
MAX_COLUMNS = 100  # a plan has eleven; only the first hundred columns of any row are read
# .xlsx is a zip: refuse before parsing when unpacking would be absurd.
MAX_UNPACKED_BYTES = 200 * 1024 * 1024
MAX_RATIO = 200  # worksheet XML compresses ~10-30x; zip bombs reach 1000x
MAX_ZIP_ENTRIES = 2000


class PlanImportError(ValueError):
    """The whole plan file cannot be used; ``str()`` is one sentence naming the file."""


def keep_row(name: str, number: int, cells: list[str], rows: list[tuple[int, list[str]]]) -> None:
    """Append a non-blank row to *rows*, refusing a cell past :data:`MAX_CELL_CHARS` (CSV and xlsx alike)."""
    for col, cell in enumerate(cells, start=1):
        if len(cell) > MAX_CELL_CHARS:
            raise PlanImportError(f"{name}: row {number}, column {col}: the cell holds more than "
                                  f"{MAX_CELL_CHARS:,} characters.")
    if any(c.strip() for c in cells):
        rows.append((number, cells))
