"""Carry forward: start the next report (mid-term -> end-of-term) from the last one.

Most of a progress report describes the action plan and its implementation,
which continue: commitments, milestones and their progress, the forum, IRM
responses, the plan's development. A few fields describe one report only and
start empty: the template lists them in its ``per_period`` role (this
report's dates, its executive summary, its own public consultation).
"""

from __future__ import annotations

import copy
from typing import Any

from ogp_desktop.errors import UserError
from ogp_desktop.interchange.contribution_sent import SENT
from ogp_desktop.report import REPORT_ID, Report, now_iso
from ogp_desktop.template import Template, TemplateError, load_template

# meta entries that describe the old file, not the new report (the new one gets its own id)
_OLD_META = ("created", "modified", "provenance", "contribution", "carried_from", "title", REPORT_ID, SENT)


class CarryForwardError(UserError):
    """The new report cannot be made: a code (``carry_forward.*``) and parameters; ``str()`` in English."""


def report_specific_fields(template: Template) -> tuple[str, ...]:
    """The fields a carried-forward report starts without (the template's ``per_period`` role)."""
    return template.roles.per_period


def _report_types(template: Template) -> list[str]:
    f = template.field((template.roles.report_type,))
    return [str(v.id) for v in f.values] if f else []


def carry_forward(previous: Report, report_type: str, title: str | None = None,
                  template: Template | None = None) -> Report:
    """A new report of *report_type* from *previous* (which is not changed)."""
    if template is None:
        try:
            template = load_template(previous.template_id)
        except TemplateError as exc:
            raise CarryForwardError("carry_forward.no_template", error=str(exc)) from None
    types = _report_types(template)
    if report_type not in types:
        raise CarryForwardError("carry_forward.unknown_type", report_type=report_type, types=", ".join(types))
    per_period = report_specific_fields(template)
    values: dict[str, Any] = {k: copy.deepcopy(v) for k, v in previous.values.items() if k not in per_period}
    values[template.roles.report_type] = report_type
    translations: dict[str, Any] = {}
    for lang, entries in previous.translations.items():
        if isinstance(entries, dict):
            translations[lang] = {k: copy.deepcopy(v) for k, v in entries.items()
                                  if not any(k == f or k.startswith((f + "[", f + "."))
                                             for f in per_period)}
    now = now_iso()
    meta = {k: copy.deepcopy(v) for k, v in previous.meta.items() if k not in _OLD_META}
    meta.update({
        "title": title if title is not None else previous.title,
        "created": now, "modified": now,
        "carried_from": {"title": previous.title, "report_type": previous.report_type,
                         "modified": previous.meta.get("modified"),
                         # the previous report's completion levels, for the end-of-term report's
                         # "at a glance" table (mid-term beside end-of-term, as the IRM shows them)
                         "levels": _completion_levels(previous, template)},
    })
    new = Report(values, meta=meta, translations=translations,
                 template_id=previous.template_id, template_version=previous.template_version)
    new.ensure_report_id()
    return new


def _completion_levels(report: Report, template: Template) -> dict[str, str]:
    """{commitment key: completion level} of *report*'s commitments that have both."""
    roles = template.roles
    rows = report.values.get(roles.commitments) if roles.commitments and roles.completion else None
    levels: dict[str, str] = {}
    for row in rows if isinstance(rows, list) else []:
        key = roles.commitment_key_of(row)
        level = row.get(roles.completion) if isinstance(row, dict) else None
        if key and isinstance(level, str) and level:
            levels[key] = level
    return levels
