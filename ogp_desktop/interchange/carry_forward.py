"""Carry forward: start the next report (mid-term -> end-of-term) from the last one.

Most of a progress report describes the action plan and its implementation,
which continue: commitments, milestones and their progress, the forum, IRM
responses, the plan's development. A few fields describe one report only and
start empty. The template has no property for that distinction (``show_for``
says where a field *appears*, not whose it is), so the list is kept here,
small and explicit, and a test checks every id still exists in the template:

* this report's dates: ``period_start``, ``period_end``, ``approved_on``,
  ``submitted_on``;
* ``executive_summary``: it summarises this report's findings;
* this report's own public consultation: ``draft_link``, ``comment_start``,
  ``comment_end``, ``comments``, ``no_comments`` (the ``comment_channel`` is
  usually the same portal again, so it comes along).
"""

from __future__ import annotations

import copy
from typing import Any

from ogp_desktop.report import Report, now_iso
from ogp_desktop.template import Template, TemplateError, load_template

REPORT_SPECIFIC_FIELDS = (
    "period_start", "period_end", "approved_on", "submitted_on",
    "executive_summary",
    "draft_link", "comment_start", "comment_end", "comments", "no_comments",
)
# meta entries that describe the old file, not the new report
_OLD_META = ("created", "modified", "provenance", "contribution", "carried_from", "title")


class CarryForwardError(ValueError):
    """The new report cannot be made; ``str()`` is a sentence for the user."""


def _report_types(template: Template) -> list[str]:
    f = template.field("report_type")
    return [str(v.id) for v in f.values] if f else []


def carry_forward(previous: Report, report_type: str, title: str | None = None,
                  template: Template | None = None) -> Report:
    """A new report of *report_type* from *previous* (which is not changed)."""
    if template is None:
        try:
            template = load_template(previous.template_id)
        except TemplateError as exc:
            raise CarryForwardError(f"the previous report's template cannot be loaded: {exc}") from None
    types = _report_types(template)
    if report_type not in types:
        raise CarryForwardError(f"{report_type!r} is not a report type (choose one of: {', '.join(types)}).")
    values: dict[str, Any] = {k: copy.deepcopy(v) for k, v in previous.values.items()
                              if k not in REPORT_SPECIFIC_FIELDS}
    values["report_type"] = report_type
    translations: dict[str, Any] = {}
    for lang, entries in previous.translations.items():
        if isinstance(entries, dict):
            translations[lang] = {k: copy.deepcopy(v) for k, v in entries.items()
                                  if not any(k == f or k.startswith((f + "[", f + "."))
                                             for f in REPORT_SPECIFIC_FIELDS)}
    now = now_iso()
    meta = {k: copy.deepcopy(v) for k, v in previous.meta.items() if k not in _OLD_META}
    meta.update({
        "title": title if title is not None else previous.title,
        "created": now, "modified": now,
        "carried_from": {"title": previous.title, "report_type": previous.report_type,
                         "modified": previous.meta.get("modified"),
                         # the previous report's completion levels, for the end-of-term report's
                         # "at a glance" table (mid-term beside end-of-term, as the IRM shows them)
                         "completion": _completion_levels(previous, template)},
    })
    return Report(values, meta=meta, translations=translations,
                  template_id=previous.template_id, template_version=previous.template_version)


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
