"""The report remembers what it sent: a contribution is held to the recorded scope and base (review 3, F4).

The file alone used to decide its scope and base, so a file listing every commitment and
carrying a copy of the report as its base could overwrite any commitment.
"""

from __future__ import annotations

import copy
import json
from pathlib import Path

import pytest

from ogp_desktop.interchange.contribution import contribution_info, merge_contribution, note_sent
from ogp_desktop.interchange.contribution_checks import ContributionError
from ogp_desktop.reportfile import read_report, write_report
from tests.interchange.test_contribution_guards import SAMPLE, contribution_for, coordinator_report
from tests.interchange.test_interchange_commands import cli


def _sent(report, *ids):  # noqa: ANN001, ANN202 - a contribution the report noted as sent
    contribution = contribution_for(report, *ids)
    note_sent(report, contribution)
    return contribution


def _widen(report, theirs) -> None:  # noqa: ANN001 - the forger lists every commitment, with the report as base
    record = theirs.meta["contribution"]
    record["commitments"] = [r["ogp_id"] for r in report.values["commitments"]]
    record["base"]["commitments"] = copy.deepcopy(report.values["commitments"])
    theirs.values["commitments"] = copy.deepcopy(report.values["commitments"])


def test_the_note_holds_id_scope_and_a_digest_of_the_base() -> None:
    report = coordinator_report()
    theirs = _sent(report, "EE0040", "EE0041")
    [entry] = report.meta["sent_contributions"]
    assert entry["id"] == contribution_info(theirs).contribution_id != ""
    assert entry["commitments"] == ["EE0040", "EE0041"] and len(entry["base"]) == 64
    theirs.set("commitments[0].results", "Done")
    result = merge_contribution(report, theirs)
    assert result.ok and not result.unrecorded and result.warnings() == []
    assert result.taken == ["commitments[1].results"]


def test_a_forged_wider_scope_is_reported_and_not_taken() -> None:
    report = coordinator_report()
    theirs = _sent(report, "EE0040")
    _widen(report, theirs)
    theirs.values["commitments"][3]["results"] = "Overwritten by a file that was never sent for it"
    theirs.values["commitments"][1]["results"] = "Done"
    result = merge_contribution(report, theirs, prefer="theirs")
    assert result.taken == ["commitments[1].results"]
    assert "EE0042" in result.refused and "EE0040" not in result.refused
    assert result.report.values["commitments"][3] == report.values["commitments"][3]
    assert not result.unrecorded and result.scope == ("EE0040",)


def test_a_changed_base_of_a_recorded_contribution_is_refused() -> None:
    report = coordinator_report()
    theirs = _sent(report, "EE0040")
    theirs.meta["contribution"]["base"]["commitments"][0]["title"] = "A title the report never had"
    with pytest.raises(ContributionError) as caught:
        merge_contribution(report, theirs)
    assert caught.value.code == "contribution.base_changed"
    assert "no longer matches what this report noted when sending it" in str(caught.value)


def test_an_unrecorded_contribution_merges_for_its_own_scope_with_a_warning() -> None:
    report = coordinator_report()
    theirs = contribution_for(report, "EE0040")  # never noted: made elsewhere, or before notes
    theirs.set("commitments[0].results", "Done")
    result = merge_contribution(report, theirs)
    assert result.ok and result.unrecorded and result.taken == ["commitments[1].results"]
    assert result.warnings() == [
        "this report has no record of sending this contribution; it was merged only for the commitments the file "
        "itself lists (EE0040). Check that it is one you expected."]
    assert result.warnings("et")[0].startswith("selles aruandes pole märget selle panuse saatmise kohta")


def test_cli_export_notes_it_in_the_report_file_and_merge_holds_to_it(tmp_path: Path) -> None:
    report_path, contrib, form, out = (tmp_path / n for n in ("r.json", "c.ogpreport.json", "f.docx", "o.json"))
    assert cli("import-plan", SAMPLE, "-o", report_path, cwd=tmp_path).returncode == 0
    done = cli("contribution", "export", report_path, "--commitments", "EE0040", "-o", contrib, cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    cid = contribution_info(read_report(contrib)).contribution_id
    assert f"noted in {report_path} what was sent (contribution {cid})" in done.stdout
    done = cli("contribution", "export", report_path, "--commitments", "EE0041", "-o", form, cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    notes = read_report(report_path).meta["sent_contributions"]
    assert [n["commitments"] for n in notes] == [["EE0040"], ["EE0041"]]

    done = cli("contribution", "merge", report_path, form, "-o", out, cwd=tmp_path)  # the form, untouched
    assert done.returncode == 0 and "no record" not in done.stderr, done.stderr
    report, theirs = read_report(report_path), read_report(contrib)
    _widen(report, theirs)
    theirs.values["commitments"][3]["results"] = "Forged"
    write_report(theirs, contrib)
    done = cli("contribution", "merge", report_path, contrib, "-o", out, "--prefer", "theirs", cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert "not taken: commitment EE0042 is not one this contribution was sent for" in done.stderr
    assert "no record" not in done.stderr
    assert read_report(out).get("commitments[3].results") == report.get("commitments[3].results")

    record = json.loads(contrib.read_text(encoding="utf-8"))
    record["meta"]["contribution"]["id"] = "made-up"
    contrib.write_text(json.dumps(record), encoding="utf-8")
    done = cli("contribution", "merge", report_path, contrib, "-o", out, cwd=tmp_path)
    assert done.returncode == 0
    assert done.stderr.startswith("warning: this report has no record of sending this contribution; it was merged "
                                  "only for the commitments the file itself lists (EE0039, EE0040, EE0041, ")
