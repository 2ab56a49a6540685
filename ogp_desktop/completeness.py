"""How far a report has come: the share of required fields filled, and a status per section.

Qt-free helpers for the library list, the navigator badges and the summary
page. Generic over the template: "required" means a requirement (error or
warning) that applies to the report as it stands, conditions included.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from ogp_desktop.emptiness import is_empty
from ogp_desktop.template import Field, Template
from ogp_desktop.validation import Ctx, Problem, report_type_of, requirement_for

EMPTY, COMPLETE, WARNINGS, ERRORS = "empty", "complete", "warnings", "errors"


@dataclass(frozen=True)
class Completeness:
    filled: int
    required: int
    share: float  # 0.0-1.0; 1.0 when nothing is required


def _values(report: Any) -> Mapping[str, Any]:
    values = report if isinstance(report, Mapping) else getattr(report, "values", None)
    return values if isinstance(values, Mapping) else {}


# For a row of a group: its (filled, required), or None to count it here. The editor's row cache
# answers for the rows it kept (:mod:`ogp_desktop.row_cache`).
RowCounter = Callable[[Field, dict[str, Any], Ctx], "tuple[int, int] | None"]


def completeness(report: Any, template: Template, count_row: RowCounter | None = None) -> Completeness:
    """Required fields (at every depth, rows included) that are filled, out of those that apply."""
    values = _values(report)
    report_type = report_type_of(values, template)
    filled = required = 0
    for section in template.sections:
        if section.visible_for(report_type):
            f, r = count_fields(section.fields, values, (values,), report_type, count_row)
            filled, required = filled + f, required + r
    return Completeness(filled, required, filled / required if required else 1.0)


def count_fields(fields: Iterable[Field], row: Mapping[str, Any], ctx: Ctx, report_type: str | None,
                 count_row: RowCounter | None = None) -> tuple[int, int]:
    """(filled, required) among *fields* of *row* (*ctx*: the dicts from the top down to it), rows included."""
    filled = required = 0
    for f in fields:
        if not f.visible_for(report_type):
            continue
        value = row.get(f.id)
        if requirement_for(f, ctx, report_type) is not None:
            required += 1
            filled += not is_empty(value)
        if f.is_group and isinstance(value, list):
            for item in value:
                if isinstance(item, dict):
                    counted = count_row(f, item, ctx) if count_row is not None else None
                    if counted is None:
                        counted = count_fields(f.fields, item, ctx + (item,), report_type, count_row)
                    filled, required = filled + counted[0], required + counted[1]
    return filled, required


def _status(has_values: bool, severities: set[str]) -> str:
    if not has_values:
        return EMPTY
    if "error" in severities:
        return ERRORS
    return WARNINGS if "warning" in severities else COMPLETE


Severities = tuple[dict[str, set[str]], dict[str, set[str]]]  # by top-level field id, by row ("commitments[3]")


def section_status(report: Any, template: Template, problems: Iterable[Problem]) -> dict[str, str]:
    """``{section id: status}`` for the sections shown, plus ``{"commitments[3]": status}`` for each row
    of a section that is one group (the commitments). Status: empty, complete, warnings or errors."""
    return statuses(report, template, severities(problems))


def severities(problems: Iterable[Problem]) -> Severities:
    """The severities of *problems* by the top-level field and by the top-level row they are under."""
    by_top: dict[str, set[str]] = {}
    by_row: dict[str, set[str]] = {}
    for p in problems:
        head = p.path.split(".", 1)[0]
        top = head.split("[", 1)[0]
        by_top.setdefault(top, set()).add(p.severity)
        if "[" in head:
            by_row.setdefault(head, set()).add(p.severity)
    return by_top, by_row


def statuses(report: Any, template: Template, found: Severities,
             has_values: Callable[[Any], bool] = lambda row: not is_empty(row)) -> dict[str, str]:
    """:func:`section_status` from the :func:`severities` of the problems (the editor merges those of pieces);
    *has_values* tells a row with values from an empty one (the editor's row cache remembers)."""
    values = _values(report)
    report_type = report_type_of(values, template)
    by_top, by_row = found
    out: dict[str, str] = {}
    for section in template.sections:
        if not section.visible_for(report_type):
            continue
        shown = [f for f in section.fields if f.visible_for(report_type)]
        seen = set().union(*(by_top.get(f.id, set()) for f in shown))
        out[section.id] = _status(any(not is_empty(values.get(f.id)) for f in shown), seen)
        if len(section.fields) == 1 and section.fields[0].is_group:
            group = section.fields[0]
            rows = values.get(group.id)
            for i, row in enumerate(rows if isinstance(rows, list) else ()):
                key = f"{group.id}[{i}]"
                out[key] = _status(has_values(row), by_row.get(key, set()))
    return out
