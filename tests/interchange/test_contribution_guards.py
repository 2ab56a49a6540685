"""A contribution never lands in the wrong commitment, outside its scope, from another report or as the wrong kind.

Each test is one class of hostile or unlucky file from issue 11 (items 1-2): the merge
refuses with one sentence naming the row, or reports what it did not take.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from ogp_desktop.interchange.contribution import export_contribution, merge_contribution
from ogp_desktop.interchange.contribution_checks import ContributionError
from ogp_desktop.interchange.plan_import import read_plan
from ogp_desktop.interchange.plan_merge import report_from_plan
from ogp_desktop.report import Report
from ogp_desktop.reportfile import read_report, write_report
from tests.interchange.test_interchange_commands import cli

SAMPLE = Path(__file__).parent / "data" / "action-plan-ee-2016-2018.csv"


def coordinator_report() -> Report:
    report = report_from_plan(read_plan(SAMPLE), title="EE 2016-2018 mid-term")
    report.set("language", "en")
    return report


def contribution_for(report: Report, *ids: str) -> Report:
    return export_contribution(report, list(ids), "Ministry of Justice")


def test_a_new_unnumbered_commitment_in_the_report_refuses_instead_of_matching_by_position() -> None:
    report = coordinator_report()
    theirs = contribution_for(report, "EE0039")
    theirs.set("commitments[0].end", "2018-12")
    report.insert("commitments", 0, {"title": "A new idea"})  # no ogp_id, no number yet
    with pytest.raises(ContributionError, match=r"commitment 1 \('A new idea'\) of the report has neither "
                                                r"ogp_id nor number.*Nothing was merged") as caught:
        merge_contribution(report, theirs)
    assert caught.value.code == "contribution.keys_missing"
    assert caught.value.text("et").startswith("aruande kohustusel 1 ('A new idea') pole ühtegi neist: ogp_id, number")


@pytest.mark.parametrize("where", ["contribution", "base"])
def test_duplicate_or_missing_keys_in_the_contribution_or_its_record_are_refused(where: str) -> None:
    report = coordinator_report()
    theirs = contribution_for(report, "EE0039", "EE0040")
    rows = theirs.values["commitments"] if where == "contribution" else \
        theirs.meta["contribution"]["base"]["commitments"]
    rows[1]["ogp_id"] = "EE0039"
    label = "the contribution" if where == "contribution" else "the contribution's record of what was sent"
    with pytest.raises(ContributionError, match=f"commitments 1 and 2 of {label} share the key 'EE0039'"):
        merge_contribution(report, theirs)
    del rows[1]["ogp_id"], rows[1]["number"]
    with pytest.raises(ContributionError, match="commitment 2 .* has neither ogp_id nor number"):
        merge_contribution(report, theirs)


def test_rows_outside_the_scope_are_reported_and_not_taken_even_preferring_theirs() -> None:
    report = coordinator_report()
    theirs = contribution_for(report, "EE0040")
    theirs.set("commitments[0].results", "Done")
    other = dict(report.values["commitments"][2], title="Overwritten by a ministry that was not asked")
    theirs.append("commitments", other)  # EE0041: never sent to them
    theirs.append("commitments", {"ogp_id": "EE0999", "number": "99", "title": "Smuggled in"})
    result = merge_contribution(report, theirs, prefer="theirs")
    assert result.refused == ["EE0041", "EE0999"]
    assert result.refused_sentences()[0] == \
        "commitment EE0041 is not one this contribution was sent for; it was not taken."
    assert result.refused_sentences("et")[1] == \
        "kohustus EE0999 pole nende seas, mille jaoks see panus saadeti; seda ei võetud üle."
    merged = result.report.values["commitments"]
    assert merged[2]["title"] == report.values["commitments"][2]["title"]
    assert len(merged) == len(report.values["commitments"])
    assert merged[1]["ogp_id"] == "EE0040" and merged[1]["results"] == "Done"
    assert result.taken == ["commitments[1].results"]


def test_the_recorded_scope_wins_over_a_base_widened_by_hand() -> None:
    report = coordinator_report()
    theirs = contribution_for(report, "EE0040")
    widened = dict(report.values["commitments"][2])
    theirs.meta["contribution"]["base"]["commitments"].append(widened)  # base now claims EE0041 was sent
    theirs.append("commitments", dict(widened, title="Changed"))
    result = merge_contribution(report, theirs)
    assert result.refused == ["EE0041"]
    assert result.report.values["commitments"][2]["title"] == report.values["commitments"][2]["title"]


def test_a_contribution_from_another_report_is_refused_unless_the_user_says_so() -> None:
    report = coordinator_report()
    elsewhere = coordinator_report()  # same plan, a different report (its own id)
    theirs = contribution_for(elsewhere, "EE0040")
    theirs.set("commitments[0].results", "Done")
    with pytest.raises(ContributionError, match="made from another report, not from .*nothing was merged") as caught:
        merge_contribution(report, theirs)
    assert caught.value.code == "contribution.other_report"
    result = merge_contribution(report, theirs, allow_other_report=True)
    assert result.ok and result.report.get("commitments[1].results") == "Done"


def test_the_report_id_survives_saving_and_copying(tmp_path: Path) -> None:
    report = coordinator_report()
    write_report(report, tmp_path / "r.ogpreport.json")
    again = read_report(tmp_path / "r.ogpreport.json")
    assert again.report_id == report.report_id == report.copy().report_id and report.report_id


@pytest.mark.parametrize("path, value, expected", [
    ("commitments[0].milestones", "every milestone is done", r"commitments\[0\].milestones holds text where "
                                                             "a table belongs"),
    ("commitments[0].title", {"en": "x"}, r"commitments\[0\].title holds a set of fields where text belongs"),
    ("commitments[0].ogp_values", "transparency", r"commitments\[0\].ogp_values holds text where a list of"),
    ("commitments[0].milestones", ["1.1"], r"commitments\[0\].milestones\[0\] holds text where a table row"),
])
def test_a_value_of_the_wrong_kind_is_refused_before_merging(path: str, value: object, expected: str) -> None:
    report = coordinator_report()
    theirs = contribution_for(report, "EE0040")
    theirs.set(path, value)
    with pytest.raises(ContributionError, match=expected):
        merge_contribution(report, theirs, prefer="theirs")


def test_a_field_the_template_does_not_know_is_refused() -> None:
    report = coordinator_report()
    theirs = contribution_for(report, "EE0040")
    theirs.values["commitments"][0]["note from ministry"] = "hello"
    with pytest.raises(ContributionError, match=r"commitments\[0\].note from ministry is not a field"):
        merge_contribution(report, theirs)


def test_cli_refuses_with_one_sentence_and_exit_2(tmp_path: Path) -> None:
    report_path, contrib, out = tmp_path / "r.ogpreport.json", tmp_path / "c.ogpreport.json", tmp_path / "m.json"
    assert cli("import-plan", SAMPLE, "-o", report_path, cwd=tmp_path).returncode == 0
    assert cli("contribution", "export", report_path, "--commitments", "EE0040", "-o", contrib,
               cwd=tmp_path).returncode == 0
    theirs = read_report(contrib)
    theirs.append("commitments", {"ogp_id": "EE0999", "number": "99", "title": "Smuggled in"})
    theirs.set("commitments[0].results", "Done")
    write_report(theirs, contrib)
    done = cli("contribution", "merge", report_path, contrib, "-o", out, "--prefer", "theirs", "--json",
               cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["refused"] == [
        "commitment EE0999 is not one this contribution was sent for; it was not taken."]
    assert "not taken: commitment EE0999" in done.stderr

    ours = read_report(report_path)
    ours.insert("commitments", 0, {"title": "A new idea"})
    write_report(ours, report_path)
    done = cli("contribution", "merge", report_path, contrib, "-o", out, cwd=tmp_path)
    assert done.returncode == 2 and done.stderr.count("\n") == 1
    assert "commitment 1 ('A new idea') of the report has neither ogp_id nor number" in done.stderr

    other = tmp_path / "other.ogpreport.json"
    assert cli("import-plan", SAMPLE, "-o", other, cwd=tmp_path).returncode == 0
    done = cli("contribution", "merge", other, contrib, "-o", out, cwd=tmp_path)
    assert done.returncode == 2 and "made from another report" in done.stderr and "--from-other-report" in done.stderr
    done = cli("contribution", "merge", other, contrib, "-o", out, "--lang", "et", cwd=tmp_path)
    assert done.returncode == 2 and "see panus tehti teisest aruandest" in done.stderr
    done = cli("contribution", "merge", other, contrib, "-o", out, "--from-other-report", cwd=tmp_path)
    assert done.returncode == 0, done.stderr


def test_an_unnumbered_milestone_is_refused_naming_it_instead_of_matched_by_position() -> None:
    """Milestones pair by number only: without one, an edit could land on another milestone."""
    report = coordinator_report()
    for m in report.values["commitments"][1]["milestones"]:
        m.pop("number", None)
    theirs = contribution_for(report, "EE0040")
    first = theirs.values["commitments"][0]["milestones"][0]["activity"]
    theirs.set("commitments[0].milestones[0].activity", first + " (revised)")
    with pytest.raises(ContributionError, match=r"^Milestones row 1 of commitment EE0040 in the report has no "
                                                r"Number.*Nothing was merged") as caught:
        merge_contribution(report, theirs)
    assert caught.value.code == "contribution.row_key_missing"
    assert "kohustuse EE0040" in caught.value.text("et")
