"""Report files (``*.ogpreport.json``): the portable form of one report.

Reading treats the file as untrusted input from e-mail: every way it can be
wrong ends in one :class:`ReportFileError` whose message is a single sentence
naming the file and the problem, never a traceback. An exported PDF or DOCX is
read too: its embedded report file is taken out (:mod:`ogp_desktop.embedded`)
and then checked like any other.
"""

from __future__ import annotations

import json
import math
from collections.abc import Callable
from pathlib import Path
from typing import Any

from ogp_desktop import atomic, embedded
from ogp_desktop.report import FORMAT, FORMAT_VERSION, Report
from ogp_desktop.text import clean_value

SUFFIX = ".ogpreport.json"
MAX_BYTES = 50 * 1024 * 1024  # a 200-commitment report is ~2 MB; leave room for pasted annexes
MAX_DEPTH = 64
MAX_INT_DIGITS = 18  # beyond int64 nothing in a report is meaningful


class ReportFileError(ValueError):
    """A report file cannot be used; ``str()`` is a sentence for the user."""


def _reject_constant(name: str) -> Any:
    raise ValueError(f"the number {name} is not allowed")


def _parse_int(text: str) -> int:
    if len(text.lstrip("-")) > MAX_INT_DIGITS:
        raise ValueError("a number is too large")
    return int(text)


def _parse_float(text: str) -> float:
    value = float(text)
    if not math.isfinite(value):
        raise ValueError("a number is too large")
    return value


def _depth_ok(node: Any, limit: int = MAX_DEPTH) -> bool:
    stack = [(node, 1)]
    while stack:
        item, depth = stack.pop()
        if depth > limit:
            return False
        if isinstance(item, dict):
            stack.extend((v, depth + 1) for v in item.values())
        elif isinstance(item, list):
            stack.extend((v, depth + 1) for v in item)
    return True


def _too_big(size: int, limit: int = MAX_BYTES) -> str:
    mb = 1024 * 1024
    return f"the file is {size // mb} MB, larger than the {limit // mb} MB a report file may be."


def _decode(raw: bytes, fail: Callable[[str], ReportFileError]) -> Any:
    """Bytes -> JSON value, refusing what no report can be (size, encoding, nesting, NaN, huge numbers)."""
    if len(raw) > MAX_BYTES:
        raise fail(_too_big(len(raw)))
    if not raw.strip():
        raise fail("the file is empty.")
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise fail(f"the file is not UTF-8 text (invalid byte at position {exc.start}).") from None
    try:
        data = json.loads(text, parse_constant=_reject_constant, parse_int=_parse_int, parse_float=_parse_float)
    except RecursionError:
        raise fail("the file is nested too deeply to be a report.") from None
    except json.JSONDecodeError as exc:
        raise fail(f"the file is not valid JSON (line {exc.lineno}, column {exc.colno}: {exc.msg}).") from None
    except ValueError as exc:
        raise fail(f"the file is not a valid report: {exc}.") from None
    if not _depth_ok(data):
        raise fail("the file is nested too deeply to be a report.")
    return data


def _check_shape(data: Any, fail: Callable[[str], ReportFileError]) -> None:
    """The envelope of the spec's report file: format, version and the types of the top-level keys."""
    if not isinstance(data, dict):
        raise fail("the file does not hold a report (expected a JSON object).")
    if data.get("format") != FORMAT:
        raise fail(f"this is not an OGP progress report file (format is {data.get('format')!r}, expected {FORMAT!r}).")
    version = data.get("format_version")
    if not isinstance(version, int) or isinstance(version, bool):
        raise fail("the file has no valid format_version.")
    if version > FORMAT_VERSION:
        raise fail(f"the file was written by a newer version of the app (format {version}; this version reads "
                   f"up to {FORMAT_VERSION}). Please update the app.")
    if version < 1:
        raise fail(f"format_version {version} is not valid.")
    for key in ("values", "meta", "translations", "template"):
        if key in data and not isinstance(data[key], dict):
            raise fail(f"'{key}' must be a JSON object, not {type(data[key]).__name__}.")
    if "values" not in data:
        raise fail("the file has no 'values'.")
    tpl = data.get("template", {})
    if tpl and (not isinstance(tpl.get("id", ""), str) or not isinstance(tpl.get("version", 1), int)):
        raise fail("'template' must name an id (text) and a version (number).")


def parse_report_bytes(raw: bytes, name: str) -> dict[str, Any]:
    """Decode and check a report file's bytes; return the cleaned dict."""
    def fail(why: str) -> ReportFileError:
        return ReportFileError(f"{name}: {why}")

    data = _decode(raw, fail)
    _check_shape(data, fail)
    return clean_value(data)


def read_report(path: str | Path) -> Report:
    """A report file, or the report inside a PDF or DOCX this app exported."""
    p = Path(path)
    try:
        size = p.stat().st_size
        with p.open("rb") as fh:
            kind = embedded.container_kind(fh.read(8))
        limit = embedded.MAX_CONTAINER_BYTES if kind else MAX_BYTES
        if size > limit:
            raise ReportFileError(f"{p.name}: {_too_big(size, limit)}")
        raw = p.read_bytes()
    except FileNotFoundError:
        raise ReportFileError(f"{p.name}: no such file.") from None
    except IsADirectoryError:
        raise ReportFileError(f"{p.name}: this is a folder, not a report file.") from None
    except PermissionError:
        raise ReportFileError(f"{p.name}: permission denied when reading the file.") from None
    except OSError as exc:
        raise ReportFileError(f"{p.name}: the file cannot be read ({exc.strerror or exc}).") from None
    if kind is not None:
        try:
            raw = embedded.report_json(raw, kind, MAX_BYTES)
        except embedded.NoEmbeddedReport as exc:
            raise ReportFileError(f"{p.name}: {exc}") from None
    return Report.from_dict(parse_report_bytes(raw, p.name))


def report_bytes(report: Report) -> bytes:
    return json.dumps(report.to_dict(), ensure_ascii=False, indent=2).encode("utf-8") + b"\n"


def write_report(report: Report, path: str | Path) -> None:
    """Write atomically; raises OSError (with the reason) when the disk refuses."""
    atomic.write_bytes(path, report_bytes(report))
