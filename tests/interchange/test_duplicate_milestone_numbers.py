"""A milestone number used twice is refused on merge and flagged by validation (review 3, F2).

A filled Word form added a second milestone "1.1": it was taken with exit 0, and from
then on every merge of that commitment had no key to match its milestones by.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from ogp_desktop.cli import main
from ogp_desktop.interchange.wordform_write import write_form
from ogp_desktop.paths import resource
from ogp_desktop.reportfile import read_report, write_report
from ogp_desktop.template import load_template
from ogp_desktop.validation import validate
from tests.wordform_fill import WordForm

SAMPLE = resource("samples", "demo-ee-2016-2018.ogpreport.json")


def test_a_form_adding_a_milestone_with_a_number_already_used_is_refused(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    report_path = tmp_path / "report.ogpreport.json"
    shutil.copyfile(SAMPLE, report_path)
    form = tmp_path / "form.docx"
    write_form(read_report(report_path), load_template(), ["EE0039"], form, "en")
    filled = WordForm(form)
    filled.fill("commitments[0].milestones[2].number", "<w:r><w:t>1.1</w:t></w:r>")  # a new row's number
    filled.fill("commitments[0].milestones[2].activity", "<w:r><w:t>A second 1.1</w:t></w:r>")
    out = tmp_path / "merged.ogpreport.json"
    code = main(["contribution", "merge", str(report_path), str(filled.save(tmp_path / "dup.docx")), "-o", str(out)])
    err = capsys.readouterr().err
    assert code == 2 and not out.exists()
    assert err == ("error: Milestones rows 1 and 3 of commitment EE0039 in the contribution share the Number '1.1'; "
                   "give each its own and merge again. Nothing was merged.\n")
    filled.fill("commitments[0].milestones[2].number", "<w:r><w:t>1.3</w:t></w:r>")  # its own number: taken
    code = main(["contribution", "merge", str(report_path), str(filled.save(tmp_path / "ok.docx")), "-o", str(out)])
    assert code == 0, capsys.readouterr().err
    assert [m["number"] for m in read_report(out).values["commitments"][0]["milestones"]] == ["1.1", "1.2", "1.3"]


def test_validation_reports_a_milestone_number_used_twice_in_one_commitment(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    report = read_report(SAMPLE)
    report.append("commitments[0].milestones", {"number": " 1.2", "activity": "Again", "start": "2017-01",
                                                "end": "2017-06", "status": "completed"})
    report.append("commitments[1].milestones", {"number": "1.1", "activity": "Another commitment: fine",
                                                "start": "2017-01", "end": "2017-06", "status": "completed"})
    path = tmp_path / "dup.ogpreport.json"
    write_report(report, path)
    assert main(["validate", str(path), "--json"]) == 1
    shared = [p for p in json.loads(capsys.readouterr().out) if "already used" in p["message"]]
    assert shared == [{
        "path": "commitments[0].milestones[2].number", "severity": "error", "code": "invalid_value",
        "message": "Commitment 1 › Milestone 3: “Number” “1.2” is already used by row 2 of this table; give each "
                   "row its own, or a contribution cannot be matched to the right row."}]
    et = [p for p in validate(report, load_template(), "et") if p.path.endswith("[2].number")]
    assert [p.code for p in et] == ["invalid_value"] and "on juba kasutusel selle tabeli real 2" in et[0].message
    assert not [p for p in validate(read_report(SAMPLE), load_template()) if "already used" in p.message]
