"""How far a report has come: the share of required fields filled, and a status per section.

Qt-free helpers for the library list, the navigator badges and the summary
page. Generic over the template: "required" means a requirement (error or
warning) that applies to the report as it stands, conditions included.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from ogp_desktop.emptiness import is_empty
from ogp_desktop.template import Field, Template
from ogp_desktop.validation import Problem, report_type_of, requirement_for

EMPTY, COMPLETE, WARNINGS, ERRORS = "empty", "complete", "warnings", "errors"


@dataclass(frozen=True)
class Completeness:
    filled: int
    required: int
    share: float  # 0.0-1.0; 1.0 when nothing is required


def _values(report: Any) -> Mapping[str, Any]:
    values = report if isinstance(report, Mapping) else getattr(report, "values", None)
    return values if isinstance(values, Mapping) else {}


def completeness(report: Any, template: Template) -> Completeness:
    """Required fields (at every depth, rows included) that are filled, out of those that apply."""
    values = _values(report)
    report_type = report_type_of(values, template)
    filled = required = 0

    def walk(fields: Iterable[Field], row: Mapping[str, Any], ctx: tuple[Mapping[str, Any], ...]) -> None:
        nonlocal filled, required
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
                        walk(f.fields, item, ctx + (item,))

    for section in template.sections:
        if section.visible_for(report_type):
            walk(section.fields, values, (values,))
    return Completeness(filled, required, filled / required if required else 1.0)


def _status(has_values: bool, severities: set[str]) -> str:
    if not has_values:
        return EMPTY
    if "error" in severities:
        return ERRORS
    return WARNINGS if "warning" in severities else COMPLETE


def section_status(report: Any, template: Template, problems: Iterable[Problem]) -> dict[str, str]:
    """``{section id: status}`` for the sections shown, plus ``{"commitments[3]": status}`` for each row
    of a section that is one group (the commitments). Status: empty, complete, warnings or errors."""
    values = _values(report)
    report_type = report_type_of(values, template)
    by_top: dict[str, set[str]] = {}
    by_row: dict[str, set[str]] = {}
    for p in problems:
        head = p.path.split(".", 1)[0]
        top = head.split("[", 1)[0]
        by_top.setdefault(top, set()).add(p.severity)
        if "[" in head:
            by_row.setdefault(head, set()).add(p.severity)
    out: dict[str, str] = {}
    for section in template.sections:
        if not section.visible_for(report_type):
            continue
        shown = [f for f in section.fields if f.visible_for(report_type)]
        severities = set().union(*(by_top.get(f.id, set()) for f in shown))
        out[section.id] = _status(any(not is_empty(values.get(f.id)) for f in shown), severities)
        if len(section.fields) == 1 and section.fields[0].is_group:
            group = section.fields[0]
            rows = values.get(group.id)
            for i, row in enumerate(rows if isinstance(rows, list) else ()):
                key = f"{group.id}[{i}]"
                out[key] = _status(not is_empty(row), by_row.get(key, set()))
    return out
