"""What the commands share: reading a report with its template, writing one, and the error line.

Every failure a user can cause ends as one ``error: ...`` line on stderr and
exit code 2, never a traceback.
"""

from __future__ import annotations

import sys

from ogp_desktop.report import Report
from ogp_desktop.reportfile import read_report, write_report
from ogp_desktop.template import Template, load_template


def fail(message: object) -> int:
    print(f"error: {message}", file=sys.stderr)
    return 2


def read_with_template(path: str) -> tuple[Report, Template]:
    """Raises ReportFileError or TemplateError with a sentence for the user."""
    report = read_report(path)
    return report, load_template(report.template_id)


def write_or_fail(report: Report, path: str) -> int:
    """Write *report* atomically; 0, or 2 after saying why the disk refused."""
    try:
        write_report(report, path)
    except OSError as exc:
        return fail(f"{path}: cannot write the file ({exc.strerror or exc}).")
    return 0
