"""Opening a report under the installed version of its template.

A report records the template id and version it was written for. When the
installed template is newer, the template's declared migrations bring the
report up to it (:mod:`ogp_desktop.migrations`); when the report is newer than
anything installed, it is refused with one sentence, because saving it again
would drop what this version of the app does not know.
"""

from __future__ import annotations

from ogp_desktop.errors import ReportFileError
from ogp_desktop.migrations import apply_steps
from ogp_desktop.report import Report
from ogp_desktop.template import latest_version, load_template


class TemplateVersionError(ReportFileError):
    """The report's template version cannot be read by this app (codes ``template.*``).

    A ReportFileError too, so everyone who opens report files already says it.
    """


def upgrade(report: Report, folder: str | None = None) -> Report:
    """*report* brought to the newest installed version of its template (changed in place and returned).

    A report for a template that is not installed at all is left as it is (validation says so).
    """
    latest = latest_version(report.template_id, folder)
    if not latest or report.template_version == latest:
        return report
    if report.template_version > latest:
        raise TemplateVersionError("template.too_new", template=report.template_id,
                                   version=report.template_version, latest=latest)
    template = load_template(report.template_id, latest, folder)
    for version in range(max(report.template_version, 1), latest):
        steps = template.migrations.get(version)
        if steps is None:
            raise TemplateVersionError("template.no_migration", template=report.template_id, version=version,
                                       latest=latest)
        apply_steps(report.values, report.translations, steps)
    report.meta.setdefault("migrated_from", report.template_version)
    report.template_version = latest
    return report
