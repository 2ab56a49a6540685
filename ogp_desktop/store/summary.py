"""The list columns of one draft, computed when it is saved and cached in the index.

Listing a library of a hundred drafts must not validate a hundred reports, so
the share of required fields filled and the error count are worked out when a
draft is saved (on the autosave thread) and stored beside the report. Autosaves
while the user types keep the last figures instead (``judge=False``): validating
2,000 commitments on a worker after every pause held the GIL from the GUI thread;
Ctrl+S and closing the draft judge it again.
"""

from __future__ import annotations

import logging
from typing import Any

from ogp_desktop.report import Report

log = logging.getLogger(__name__)


def quality(report: Report) -> tuple[float | None, int | None]:
    """(share of required fields filled, number of errors); (None, None) when it cannot be judged."""
    from ogp_desktop.template import TemplateError, load_template

    try:
        from ogp_desktop.completeness import completeness
        from ogp_desktop.validation import validate
    except ImportError:  # a broken install must still save drafts
        log.exception("validation is unavailable; list columns left empty")
        return None, None
    try:
        template = load_template(report.template_id)
    except TemplateError:
        return None, None  # a report for a template this version does not ship
    try:
        problems = validate(report, template)
        share = float(completeness(report, template).share)
    except Exception:  # noqa: BLE001 - a validation bug must never stop a save
        log.exception("could not judge draft %r for the library list", report.title)
        return None, None
    return share, sum(1 for p in problems if p.severity == "error")


def summarize(report: Report, judge: bool = True) -> dict[str, Any]:
    """The library's columns for *report* (column names are the index's, the values come through roles);
    without *judge*, share and errors are None (the caller keeps the last ones)."""
    share, errors = quality(report) if judge else (None, None)
    start, end = (report.values.get(report.roles.period_start), report.values.get(report.roles.period_end))
    return {
        "title": report.title,
        "report_type": report.report_type,
        "period_start": start if isinstance(start, str) else None,
        "period_end": end if isinstance(end, str) else None,
        "language": report.language,
        "share": share,
        "errors": errors,
    }
