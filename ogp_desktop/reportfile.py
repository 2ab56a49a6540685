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
from ogp_desktop.errors import Term
from ogp_desktop.report import FORMAT, FORMAT_VERSION, Report
from ogp_desktop.template import load_template
from ogp_desktop.template_versions import upgrade
from ogp_desktop.text import clean_value

SUFFIX = ".ogpreport.json"
MAX_BYTES = limits.REPORT_FILE_BYTES
MAX_DEPTH = limits.NESTING
MAX_INT_DIGITS = limits.INT_DIGITS


class _Refused(Exception):  # noqa: N818 - raised by a json hook; _decode names the file
    """A value no report holds, found while parsing: the ``report_file.*`` code and its params."""

    def __init__(self, code: str, **params: Any) -> None:
        super().__init__(code)
        self.code = code
        self.params = params


def _reject_constant(name: str) -> Any:
    raise _Refused("report_file.number_constant", number=name)


def _parse_int(text: str) -> int:
    if len(text.lstrip("-")) > MAX_INT_DIGITS:
        raise _Refused("report_file.number_too_large")
    return int(text)


def _parse_float(text: str) -> float:
    value = float(text)
    if not math.isfinite(value):
        raise _Refused("report_file.number_too_large")
    return value


def _unique_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    """``object_pairs_hook``: a key given twice is refused (which one counts would be a guess), and
    so is an object wider than :data:`~ogp_desktop.limits.OBJECT_KEYS` before a dict is made of it."""
    if len(pairs) > limits.OBJECT_KEYS:
        raise _Refused("report_file.too_many_keys", count=len(pairs), limit=limits.OBJECT_KEYS)
    out = dict(pairs)
    if len(out) != len(pairs):
        seen: set[str] = set()
        for key, _ in pairs:
            if key in seen:
                raise _Refused("report_file.key_twice", key=_short(key))
            seen.add(key)
    return out


def _short(text: str, n: int = 60) -> str:
    return text if len(text) <= n else text[: n - 1] + "…"


def _where(path: tuple[str | int, ...]) -> str | Term:
    parts = [p if isinstance(p, int) or valuepath.is_name(p) else _short(p, 30) for p in path]
    return valuepath.format(tuple(parts)) if parts else Term("the top level", "ülatase")


def _limit_problem(data: Any) -> tuple[str, dict[str, Any]] | None:
    """Why *data* exceeds a limit of :mod:`ogp_desktop.limits` (a code and its params), or None.

    One pass, iterative (no recursion for a deep file), before anything else looks at the values.
    """
    stack: list[tuple[Any, tuple[str | int, ...]]] = [(data, ())]
    known = {f.id for f in load_template().all_fields()}
    unknown = 0  # keys of the values and their rows that no field of the template has
    while stack:
        item, path = stack.pop()
        if len(path) >= MAX_DEPTH:
            return "report_file.nested", {}
        if isinstance(item, str):
            if len(item) > limits.VALUE_CHARS:
                return "report_file.text_too_long", {"where": _where(path), "count": len(item),
                                                     "limit": limits.VALUE_CHARS}
        elif isinstance(item, dict):
            if path[:1] == ("values",):
                unknown += sum(1 for key in item if key not in known)
                if unknown > limits.UNKNOWN_KEYS:
                    return "report_file.too_many_unknown", {"limit": limits.UNKNOWN_KEYS}
            for key, value in item.items():
                if len(key) > limits.VALUE_CHARS:
                    return "report_file.name_too_long", {"where": _where(path), "limit": limits.VALUE_CHARS}
                stack.append((value, path + (key,)))
        elif isinstance(item, list):
            commitments = path == ("values", load_template().roles.commitments)
            cap = limits.COMMITMENTS if commitments else limits.TABLE_ROWS
            if len(item) > cap:
                where = _where(path[1:] if path[:1] == ("values",) else path)
                code = "report_file.too_many_commitments" if commitments else "report_file.too_many_rows"
                return code, {"where": where, "count": len(item), "limit": cap}
            stack.extend((value, path + (i,)) for i, value in enumerate(item))
    return None


Fail = Callable[..., ReportFileError]  # fail(code, **params): the error naming the file


def _decode(raw: bytes, fail: Fail) -> Any:
    """Bytes -> JSON value, refusing what no report can be (size, encoding, nesting, NaN, huge numbers)."""
    if len(raw) > MAX_BYTES:
        raise fail("report_file.too_large", size=limits.size_text(MAX_BYTES))
    if not raw.strip():
        raise fail("report_file.empty")
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise fail("report_file.not_utf8", position=exc.start) from None
    try:
        data = json.loads(text, parse_constant=_reject_constant, parse_int=_parse_int, parse_float=_parse_float,
                          object_pairs_hook=_unique_keys)
    except RecursionError:
        raise fail("report_file.nested") from None
    except _Refused as exc:
        raise fail(exc.code, **exc.params) from None
    except json.JSONDecodeError as exc:
        raise fail("report_file.bad_json", line=exc.lineno, column=exc.colno, reason=exc.msg) from None
    except ValueError as exc:  # int() of a huge literal and the like
        raise fail("report_file.bad_value", reason=str(exc)) from None
    why = _limit_problem(data)
    if why:
        raise fail(why[0], **why[1])
    return data


def _check_shape(data: Any, fail: Fail) -> None:
    """The envelope of the spec's report file: format, version and the types of the top-level keys."""
    if not isinstance(data, dict):
        raise fail("report_file.not_an_object")
    if data.get("format") != FORMAT:
        raise fail("report_file.not_a_report", format=repr(data.get("format")), expected=repr(FORMAT))
    version = data.get("format_version")
    if not isinstance(version, int) or isinstance(version, bool):
        raise fail("report_file.no_format_version")
    if version > FORMAT_VERSION:
        raise fail("report_file.newer_format", version=version, latest=FORMAT_VERSION)
    if version < 1:
        raise fail("report_file.bad_format_version", version=version)
    for key in ("values", "meta", "translations", "template"):
        if key in data and not isinstance(data[key], dict):
            raise fail("report_file.key_not_object", key=key, kind=type(data[key]).__name__)
    if "values" not in data:
        raise fail("report_file.no_values")
    _check_translations(data.get("translations", {}), fail)
    tpl = data.get("template", {})
    if tpl and (not isinstance(tpl.get("id", ""), str) or not isinstance(tpl.get("version", 1), int)):
        raise fail("report_file.bad_template")
    tpl_version = tpl.get("version", 1) if tpl else 1
    if isinstance(tpl_version, bool) or tpl_version < 1:  # true is an int to Python, not a version
        raise fail("report_file.bad_template_version", version=json.dumps(tpl_version))


def _check_translations(translations: dict[str, Any], fail: Fail) -> None:
    """``{lang: {path: {"text": str, "source_hash": str}}}``: anything else would be a guess to read."""
    for lang, entries in translations.items():
        if not isinstance(entries, dict):
            raise fail("report_file.translations_not_object", lang=repr(_short(lang, 20)),
                       kind=type(entries).__name__)
        for key, entry in entries.items():
            if not isinstance(entry, dict) or not all(
                    isinstance(entry.get(k, ""), str) for k in ("text", "source_hash")):
                raise fail("report_file.bad_translation", lang=repr(_short(lang, 20)), key=repr(_short(key)))


def parse_report_bytes(raw: bytes, name: str) -> dict[str, Any]:
    """Decode and check a report file's bytes; return the cleaned dict."""
    def fail(code: str, **params: Any) -> ReportFileError:
        return ReportFileError(code, name=name, **params)

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


def is_exported_document(path: str | Path) -> bool:
    """Whether *path* is a PDF or DOCX export (its report can be read, not written back); False if unreadable."""
    try:
        return _container_kind(Path(path)) is not None
    except (OSError, limits.InputRefused):
        return False


def read_report(path: str | Path) -> Report:
    """A report file, or the report inside a PDF or DOCX this app exported."""
    p = Path(path)
    try:
        kind = _container_kind(p)
        if kind is None:
            raw = limits.read_capped(p, MAX_BYTES, what=Term("report file", "aruandefail"))
        else:
            raw = limits.read_capped(p, embedded.MAX_CONTAINER_BYTES,
                                     what=Term("exported document", "eksporditud dokument"))
    except limits.InputRefused as exc:
        raise ReportFileError("report_file.refused", name=p.name, reason=exc) from None
    except FileNotFoundError:
        raise ReportFileError("report_file.no_file", name=p.name) from None
    except IsADirectoryError:
        raise ReportFileError("report_file.folder", name=p.name) from None
    except PermissionError:
        raise ReportFileError("report_file.permission", name=p.name) from None
    except OSError as exc:
        raise ReportFileError("report_file.unreadable", name=p.name, reason=exc.strerror or str(exc)) from None
    if kind is not None:
        try:
            raw = embedded.report_json(raw, kind, MAX_BYTES)
        except embedded.NoEmbeddedReport as exc:
            raise ReportFileError("report_file.embedded", name=p.name, reason=exc) from None
    return upgrade(Report.from_dict(parse_report_bytes(raw, p.name)))


def report_bytes(report: Report) -> bytes:
    return json.dumps(report.to_dict(), ensure_ascii=False, indent=2).encode("utf-8") + b"\n"


def write_report(report: Report, path: str | Path) -> None:
    """Write atomically; raises OSError (with the reason) when the disk refuses."""
    atomic.write_bytes(path, report_bytes(report))
