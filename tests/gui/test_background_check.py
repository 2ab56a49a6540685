"""What a check hands the editor: each page's share of the problems is the share a scan would find."""

from __future__ import annotations

from ogp_desktop.document.synthetic import generate_report
from ogp_desktop.gui.editor.background_check import check
from ogp_desktop.report import Report
from ogp_desktop.template import load_template


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
