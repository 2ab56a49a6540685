"""Reading an action plan saved as CSV: whatever Excel or a script wrote.

Real files differ in separator (comma, semicolon from an Estonian Excel, tab),
in encoding (UTF-8 with or without BOM, cp1257 Baltic or cp1252 Western from
older Excel) and may quote cells holding line breaks. This module turns the
bytes into rows of strings and nothing more; the meaning of the columns is
:mod:`ogp_desktop.interchange.plan_import`'s business.
"""

from __future__ import annotations

import csv
import io

from ogp_desktop.interchange.plan_limits import (
    MAX_BYTES,
    MAX_COLUMNS,
    MAX_ROWS,
    MAX_SHEET_ROW,
    PlanImportError,
    keep_row,
)

DELIMITERS = ",;\t"
# Bytes 0xF0/0xFE/0xD0/0xDE are š ž Š Ž in cp1257 but ð þ Ð Þ in cp1252: letters
# no Estonian or English plan contains, so their presence decides for cp1257.
_BALTIC_ONLY = frozenset("šžŠŽ")


def decode(raw: bytes, name: str) -> tuple[str, str]:
    """Return (text, encoding): UTF-8 (BOM or not) strictly, then cp1257 or cp1252."""
    if b"\x00" in raw[:65536]:
        raise PlanImportError("plan.binary", name=name)
    try:
        return raw.decode("utf-8-sig"), "utf-8"
    except UnicodeDecodeError:
        pass
    try:
        baltic = raw.decode("cp1257")
    except UnicodeDecodeError:
        baltic = None
    if baltic is not None and any(ch in _BALTIC_ONLY for ch in baltic):
        return baltic, "cp1257"
    try:
        return raw.decode("cp1252"), "cp1252"
    except UnicodeDecodeError:
        pass
    if baltic is not None:
        return baltic, "cp1257"
    raise PlanImportError("plan.encoding", name=name)


def _first_line(text: str) -> str:
    return text.split("\n", 1)[0]


def sniff_delimiter(text: str) -> str:
    """The separator: csv.Sniffer when it agrees with the header line, else the header's most frequent one."""
    header = _first_line(text)
    counts = {d: header.count(d) for d in DELIMITERS}
    try:
        sniffed = csv.Sniffer().sniff(text[:32768], delimiters=DELIMITERS).delimiter
    except csv.Error:
        sniffed = ""
    # The header has no quoted line breaks, so it is the honest witness when the sniffer guesses oddly.
    if sniffed and counts.get(sniffed, 0) > 0:
        return sniffed
    best = max(DELIMITERS, key=lambda d: counts[d])
    return best if counts[best] else ","


def read_csv_bytes(raw: bytes, name: str) -> list[tuple[int, list[str]]]:
    """(record number, cells) for every non-blank record, header first; PlanImportError when unusable."""
    if len(raw) > MAX_BYTES:
        raise PlanImportError("plan.too_large", name=name, size=MAX_BYTES // (1024 * 1024))
    text, _encoding = decode(raw, name)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if not text.strip():
        raise PlanImportError("plan.empty", name=name)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=sniff_delimiter(text), strict=False)
    rows: list[tuple[int, list[str]]] = []
    number = 0
    try:
        for number, record in enumerate(reader, start=1):
            cells = record[:MAX_COLUMNS]
            if number > MAX_SHEET_ROW:  # blank lines are not counted as rows but still cost time
                raise PlanImportError("plan.csv_too_long", name=name, limit=MAX_SHEET_ROW)
            if len(rows) > MAX_ROWS:
                raise PlanImportError("plan.csv_too_many_rows", name=name, limit=MAX_ROWS)
            keep_row(name, number, cells, rows)
    except csv.Error as exc:
        raise PlanImportError("plan.csv_unreadable", name=name, row=number + 1, reason=str(exc)) from None
    return rows
