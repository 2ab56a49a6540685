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
import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

from ogp_desktop import atomic, embedded, limits, valuepath
from ogp_desktop.errors import ReportFileError as ReportFileError  # re-exported: callers import it here
from ogp_desktop.report import FORMAT, FORMAT_VERSION, Report
from ogp_desktop.template import load_template
from ogp_desktop.template_versions import upgrade
from ogp_desktop.text import clean_value

SUFFIX = ".ogpreport.json"
MAX_BYTES = limits.REPORT_FILE_BYTES
MAX_DEPTH = limits.NESTING
MAX_INT_DIGITS = limits.INT_DIGITS


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


def _unique_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    """``object_pairs_hook``: a key given twice is refused (which one counts would be a guess)."""
    out = dict(pairs)
    if len(out) != len(pairs):
        seen: set[str] = set()
        for key, _ in pairs:
            if key in seen:
                raise ValueError(f"the key {_short(key)!r} appears twice in one object")
            seen.add(key)
    return out


def _short(text: str, n: int = 60) -> str:
    return text if len(text) <= n else text[: n - 1] + "…"


def _where(path: tuple[str | int, ...]) -> str:
    parts = [p if isinstance(p, int) or valuepath.is_name(p) else _short(p, 30) for p in path]
    return valuepath.format(tuple(parts)) if parts else "the top level"


def _limit_problem(data: Any) -> str | None:
    """Why *data* exceeds a limit of :mod:`ogp_desktop.limits` (nesting, text, rows), or None.

    One pass, iterative (no recursion for a deep file), before anything else looks at the values.
    """
    stack: list[tuple[Any, tuple[str | int, ...]]] = [(data, ())]
    while stack:
        item, path = stack.pop()
        if len(path) >= MAX_DEPTH:
            return "the file is nested too deeply to be a report."
        if isinstance(item, str):
            if len(item) > limits.VALUE_CHARS:
                return (f"the text at {_where(path)} has {len(item):,} characters, more than the "
                        f"{limits.VALUE_CHARS:,} one value may hold.")
        elif isinstance(item, dict):
            for key, value in item.items():
                if len(key) > limits.VALUE_CHARS:
                    return f"a name at {_where(path)} is longer than {limits.VALUE_CHARS:,} characters."
                stack.append((value, path + (key,)))
        elif isinstance(item, list):
            commitments = path == ("values", load_template().roles.commitments)
            cap = limits.COMMITMENTS if commitments else limits.TABLE_ROWS
            if len(item) > cap:
                where = _where(path[1:] if path[:1] == ("values",) else path)
                if commitments:
                    return f"{where} has {len(item):,} commitments, more than the {cap:,} a report may hold."
                return f"{where} has {len(item):,} rows, more than the {cap:,} a report may hold."
            stack.extend((value, path + (i,)) for i, value in enumerate(item))
    return None


def _too_big(size: int) -> str:
    return f"the file is larger than the {limits.size_text(MAX_BYTES)} a report file may be."


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
        data = json.loads(text, parse_constant=_reject_constant, parse_int=_parse_int, parse_float=_parse_float,
                          object_pairs_hook=_unique_keys)
    except RecursionError:
        raise fail("the file is nested too deeply to be a report.") from None
    except json.JSONDecodeError as exc:
        raise fail(f"the file is not valid JSON (line {exc.lineno}, column {exc.colno}: {exc.msg}).") from None
    except ValueError as exc:
        raise fail(f"the file is not a valid report: {exc}.") from None
    why = _limit_problem(data)
    if why:
        raise fail(why)
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
    _check_translations(data.get("translations", {}), fail)
    tpl = data.get("template", {})
    if tpl and (not isinstance(tpl.get("id", ""), str) or not isinstance(tpl.get("version", 1), int)):
        raise fail("'template' must name an id (text) and a version (number).")


def _check_translations(translations: dict[str, Any], fail: Callable[[str], ReportFileError]) -> None:
    """``{lang: {path: {"text": str, "source_hash": str}}}``: anything else would be a guess to read."""
    for lang, entries in translations.items():
        if not isinstance(entries, dict):
            raise fail(f"the translations into {_short(lang, 20)!r} must be a JSON object (path -> translation), "
                       f"not {type(entries).__name__}.")
        for key, entry in entries.items():
            if not isinstance(entry, dict) or not all(
                    isinstance(entry.get(k, ""), str) for k in ("text", "source_hash")):
                raise fail(f"the {_short(lang, 20)!r} translation of {_short(key)!r} must be an object with a "
                           "'text' and a 'source_hash' (both text).")


def parse_report_bytes(raw: bytes, name: str) -> dict[str, Any]:
    """Decode and check a report file's bytes; return the cleaned dict."""
    def fail(why: str) -> ReportFileError:
        return ReportFileError(f"{name}: {why}")

    data = _decode(raw, fail)
    _check_shape(data, fail)
    cleaned: dict[str, Any] = clean_value(data)
    return cleaned


def _container_kind(p: Path) -> str | None:
    """``"pdf"``/``"docx"`` from the first bytes of a regular file (opened non-blocking: a pipe
    swapped in after the check cannot hang the reader), else None."""
    limits.check_regular(p)
    fd = os.open(p, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
    try:
        return embedded.container_kind(os.read(fd, 8))
    finally:
        os.close(fd)


def read_report(path: str | Path) -> Report:
    """A report file, or the report inside a PDF or DOCX this app exported."""
    p = Path(path)
    try:
        kind = _container_kind(p)
        if kind is None:
            raw = limits.read_capped(p, MAX_BYTES, what="report file")
        else:
            raw = limits.read_capped(p, embedded.MAX_CONTAINER_BYTES, what="exported document")
    except limits.InputRefused as exc:
        raise ReportFileError(f"{p.name}: {exc}.") from None
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
    return upgrade(Report.from_dict(parse_report_bytes(raw, p.name)))


def report_bytes(report: Report) -> bytes:
    return json.dumps(report.to_dict(), ensure_ascii=False, indent=2).encode("utf-8") + b"\n"


def write_report(report: Report, path: str | Path) -> None:
    """Write atomically; raises OSError (with the reason) when the disk refuses."""
    atomic.write_bytes(path, report_bytes(report))
