"""What a check hands the editor: each page's share of the problems is the share a scan would find; the worker's
check keeps unchanged rows' problems and hands over the same as a whole one."""

from __future__ import annotations

from collections.abc import Iterator

from ogp_desktop.document.synthetic import generate_report
from ogp_desktop.gui.editor.background_check import BackgroundCheck, check
from ogp_desktop.report import Report
from ogp_desktop.row_cache import RowCache
from ogp_desktop.template import Template, load_template


def test_a_page_gets_the_problems_at_or_under_it_by_lookup() -> None:
    template = load_template()
    report = generate_report(template, commitments=3, milestones=2, paragraphs=1)
    commitments = template.roles.commitments
    report.set(f"{commitments}[1].{template.roles.milestones}", [])  # problems two levels under a row
    for source in (report, Report({"language": "en"})):
        checked = check(source, template, "en")
        assert checked.parsed
        prefixes = {path[:n] for path, _ in checked.parsed for n in (1, 2, 3)} | {(commitments, 7)}
        for prefix in prefixes:
            scanned = [(p, x) for p, x in checked.parsed if p[:len(prefix)] == prefix]
            looked_up = [(p, x) for p, x in checked.under(prefix) if p[:len(prefix)] == prefix]
            assert looked_up == scanned, prefix
        assert checked.under(()) == checked.parsed


def test_a_top_level_page_gets_its_own_fields_share_not_every_problem() -> None:
    template = load_template()
    report = generate_report(template, commitments=3, milestones=2, paragraphs=1)
    report.set(template.roles.plan_title, "")
    checked = check(report, template, "en")
    for section in template.sections:
        ids = [f.id for f in section.fields]
        scanned = [(p, x) for p, x in checked.parsed if p[0] in ids]
        assert checked.for_page((), ids) == scanned, section.id
    everything_under_rows = [item for item in checked.parsed if item[0][0] == template.roles.commitments]
    first_section = [f.id for f in template.sections[0].fields]
    assert template.roles.commitments not in first_section
    assert not set(map(id, checked.for_page((), first_section))) & set(map(id, everything_under_rows))
    assert checked.for_page((template.roles.commitments, 1), []) == checked.under((template.roles.commitments, 1))


def _steps(report: Report, template: Template) -> Iterator[str]:
    """Edits after each of which the editor checks again, and the language of that check."""
    roles = template.roles
    rows = f"{roles.commitments}"
    yield "en"
    report.set(f"{rows}[1].{roles.milestones}[0].{roles.ids('milestone_activity')[-1]}", "Typed")
    yield "en"
    report.set(f"{rows}[2].{roles.commitment_number}", report.get(f"{rows}[0].{roles.commitment_number}"))
    yield "en"  # a key two rows share: its problem spans rows
    report.move(rows, 0, 3)
    yield "en"
    report.set(roles.plan_start, "2019-06")
    yield "en"
    yield "et"
    report.remove(rows, 1)
    yield "et"


def test_a_check_that_keeps_rows_hands_the_editor_the_same_as_a_whole_one() -> None:
    template = load_template()
    report = generate_report(template, commitments=5, milestones=2, paragraphs=1)
    rows = RowCache()
    for lang in _steps(report, template):
        snapshot = report.snapshot()
        assert check(snapshot, template, lang, rows) == check(snapshot, template, lang)


def test_the_editors_worker_checks_again_only_the_row_an_edit_changed(qtbot) -> None:
    template = load_template()
    report = generate_report(template, commitments=60, milestones=2, paragraphs=1)
    worker = BackgroundCheck(template)
    try:
        with qtbot.waitSignal(worker.done, timeout=30_000):
            worker.request(report.snapshot(), "en")
        assert worker.rows.rows_checked > 60  # every row of every table
        report.set(f"{template.roles.commitments}[7].{template.roles.commitment_title}", "Typed")
        snapshot = report.snapshot()
        with qtbot.waitSignal(worker.done, timeout=30_000) as arrived:
            worker.request(snapshot, "en")
        assert (worker.rows.rows_checked, worker.rows.rows_counted) == (1, 1)
        assert arrived.args[0] == check(snapshot, template, "en")
    finally:
        worker.close()
