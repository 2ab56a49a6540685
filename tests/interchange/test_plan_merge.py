"""Importing a plan into an existing report: fill and update what the plan owns, keep what people wrote."""

from __future__ import annotations

import copy
from pathlib import Path

from ogp_desktop.interchange.plan_import import PlanImport, read_plan
from ogp_desktop.interchange.plan_merge import merge_plan, report_from_plan
from ogp_desktop.report import Change
from ogp_desktop.reportfile import read_report, write_report

SAMPLE = Path(__file__).parent / "data" / "action-plan-ee-2016-2018.csv"  # copy of the shared sample


def sample() -> PlanImport:
    return read_plan(SAMPLE)


def test_new_report_from_the_sample_plan(tmp_path: Path) -> None:
    report = report_from_plan(sample(), title="EE 2016-2018")
    rows = report.values["commitments"]
    assert len(rows) == 9 and sum(len(c["milestones"]) for c in rows) == 10
    assert (report.values["plan_start"], report.values["plan_end"]) == ("2016-07", "2018-06")
    write_report(report, tmp_path / "r.ogpreport.json")
    back = read_report(tmp_path / "r.ogpreport.json")
    assert back.values == report.values and back.meta["plan_import"]["values"]["EE0039/title"]


def test_reimport_of_the_same_plan_changes_nothing() -> None:
    report = report_from_plan(sample())
    before = copy.deepcopy(report.values)
    summary = merge_plan(report, sample())
    assert summary.is_empty and summary.kept == []
    assert report.values == before


def test_revised_plan_updates_plan_owned_values_and_keeps_user_text() -> None:
    report = report_from_plan(sample())
    report.set("commitments[0].problem", "Our own baseline, written by the ministry.")
    report.set("commitments[0].results", "Half the services are live.")
    report.set("commitments[0].milestones[0].status", "completed")
    revised = sample()
    revised.commitments[0]["problem"] = "Revised plan text."
    revised.commitments[0]["title"] = "e-Tax Board 2020"
    revised.commitments[0]["milestones"][0]["end"] = "2017-09"
    revised.commitments[0]["milestones"].append({"number": "1.3", "activity": "Retire the old system"})
    revised.commitments.append({"ogp_id": "EE0099", "number": "10", "title": "New", "milestones": []})

    summary = merge_plan(report, revised)

    c = report.values["commitments"][0]
    assert c["problem"] == "Our own baseline, written by the ministry."  # never clobbered
    assert c["results"] == "Half the services are live."
    assert c["title"] == "e-Tax Board 2020"  # still the plan's own value: updated
    assert c["milestones"][0] == {"number": "1.1", "activity": "Design of the new self-service environment",
                                  "start": "2016-07", "end": "2017-09", "status": "completed"}
    assert c["milestones"][2] == {"number": "1.3", "activity": "Retire the old system"}
    assert report.values["commitments"][9]["ogp_id"] == "EE0099"
    assert summary.added_commitments == ["EE0099 New"]
    assert summary.added_milestones == ["1.3 of commitment EE0039"]
    assert {c.path for c in summary.changed} == {"commitments[0].title", "commitments[0].milestones[0].end"}
    assert [(k.path, k.new) for k in summary.kept] == [("commitments[0].problem", "Revised plan text.")]
    assert any("kept commitments[0].problem" in line for line in summary.lines())


def test_report_written_by_hand_only_gets_empty_fields_filled() -> None:
    report = report_from_plan(PlanImport())
    report.values["commitments"] = [{"number": "2", "title": "Our wording", "milestones": [
        {"number": "2.1", "activity": "Our activity"}]}]
    summary = merge_plan(report, sample())
    c = report.values["commitments"][0]  # matched by number: the plan's EE0040 is commitment 2
    assert c["title"] == "Our wording" and c["ogp_id"] == "EE0040"
    assert c["lead_agency"] == "Ministry of Economic Affairs and Communications"
    assert c["milestones"][0]["activity"] == "Our activity" and c["milestones"][0]["start"] == "2016-07"
    assert ("commitments[0].title", "Zero-bureaucracy project") in [(k.path, k.new) for k in summary.kept]
    assert len(report.values["commitments"]) == 9  # the other eight added, nothing removed


def test_merge_goes_through_the_report_so_listeners_hear_it() -> None:
    report = report_from_plan(PlanImport())
    seen: list[Change] = []
    report.subscribe(seen.append)
    merge_plan(report, sample())
    assert [c.kind for c in seen].count("insert") == 9
