"""Nested rows (milestones) match by their key only, and a preference never removes or adds a row.

Review 3, F1, F2 and F3: a milestone change landed on another milestone when a number was
missing or repeated, and ``--prefer theirs`` deleted the commitment whose key the contributor renamed.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from ogp_desktop.interchange.contribution import merge_contribution
from ogp_desktop.interchange.contribution_checks import ContributionError
from ogp_desktop.reportfile import read_report, write_report
from tests.interchange.test_contribution_guards import SAMPLE, contribution_for, coordinator_report
from tests.interchange.test_interchange_commands import cli


def _files(tmp_path: Path) -> tuple[Path, Path, Path]:
    """A report and a contribution for EE0039, both on disk, and the output path."""
    report_path, contrib, out = tmp_path / "r.json", tmp_path / "c.ogpreport.json", tmp_path / "out.json"
    assert cli("import-plan", SAMPLE, "-o", report_path, cwd=tmp_path).returncode == 0
    done = cli("contribution", "export", report_path, "--commitments", "EE0039", "-o", contrib, cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    return report_path, contrib, out


def test_cli_refuses_a_milestone_change_when_the_report_has_an_unnumbered_milestone(tmp_path: Path) -> None:
    report_path, contrib, out = _files(tmp_path)
    report = read_report(report_path)
    report.insert("commitments[0].milestones", 0, {"activity": "Coordinator: user research", "end": "2017-06"})
    write_report(report, report_path)
    theirs = read_report(contrib)
    theirs.set("commitments[0].milestones[0].end", "2017-12")
    write_report(theirs, contrib)
    done = cli("contribution", "merge", report_path, contrib, "-o", out, cwd=tmp_path)
    assert done.returncode == 2 and not out.exists()
    assert done.stderr.strip() == (
        "error: Milestones row 1 of commitment EE0039 in the report has no Number, so the contribution cannot be "
        "matched to it safely; give it one and merge again. Nothing was merged.")
    report.set("commitments[0].milestones[0].number", "1.0")  # numbered, it merges onto the right row
    write_report(report, report_path)
    done = cli("contribution", "merge", report_path, contrib, "-o", out, cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    merged = read_report(out).values["commitments"][0]["milestones"]
    assert merged[0]["end"] == "2017-06" and merged[1]["end"] == "2017-12"
    assert "took commitments[0].milestones[1].end" in done.stdout


@pytest.mark.parametrize("where", ["contribution", "record"])
def test_a_repeated_milestone_number_in_the_contribution_or_its_record_is_refused(where: str) -> None:
    report = coordinator_report()
    theirs = contribution_for(report, "EE0040")
    rows = theirs.values["commitments"][0]["milestones"] if where == "contribution" else \
        theirs.meta["contribution"]["base"]["commitments"][0]["milestones"]
    number = rows[0]["number"]
    rows.append({"number": number, "activity": "A second milestone with the same number"})
    theirs.set("commitments[0].results", "Done")
    with pytest.raises(ContributionError) as caught:
        merge_contribution(report, theirs)
    assert caught.value.code == "contribution.row_key_shared"
    label = "the contribution" if where == "contribution" else "the contribution's record of what was sent"
    assert str(caught.value) == (f"Milestones rows 1 and {len(rows)} of commitment EE0040 in {label} share the "
                                 f"Number {number!r}; give each its own and merge again. Nothing was merged.")


def test_prefer_theirs_never_removes_the_commitment_whose_key_the_contributor_renamed(tmp_path: Path) -> None:
    report_path, contrib, out = _files(tmp_path)
    theirs = read_report(contrib)
    theirs.set("commitments[0].ogp_id", "EE0039X")
    write_report(theirs, contrib)
    done = cli("contribution", "merge", report_path, contrib, "-o", out, "--prefer", "theirs", cwd=tmp_path)
    assert done.returncode == 3 and not out.exists()
    assert "conflict: commitments[0] (the contribution removed this row): choose for this row in the app" \
        in done.stdout
    assert "not taken: commitment EE0039X is not one this contribution was sent for" in done.stderr
    assert "--prefer never does that" in done.stderr
    # in the core: the preference leaves the row conflict open; a choice for that row settles it
    report, theirs = read_report(report_path), read_report(contrib)
    result = merge_contribution(report, theirs, prefer="theirs")
    assert [c.path for c in result.conflicts] == ["commitments[0]"] and not result.removed
    kept = merge_contribution(report, theirs, {"commitments[0]": "ours"}, prefer="theirs")
    assert kept.ok and len(kept.report.values["commitments"]) == 9
    gone = merge_contribution(report, theirs, {"commitments[0]": "theirs"})
    assert gone.ok and gone.removed == ["commitments[0]"] and len(gone.report.values["commitments"]) == 8
