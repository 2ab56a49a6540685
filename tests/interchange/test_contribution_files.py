"""Contribution files end to end: export, edit elsewhere (through real files), merge back."""

from __future__ import annotations

from pathlib import Path

import pytest

from ogp_desktop.interchange.contribution import apply_merge, export_contribution, merge_contribution, resolve
from ogp_desktop.interchange.contribution_checks import ContributionError
from ogp_desktop.interchange.plan_import import read_plan
from ogp_desktop.interchange.plan_merge import report_from_plan
from ogp_desktop.report import Change, Report
from ogp_desktop.reportfile import read_report, write_report
from ogp_desktop.translations import CURRENT, STALE, state, translate

SAMPLE = Path(__file__).parent / "data" / "action-plan-ee-2016-2018.csv"  # copy of the shared sample


def coordinator_report() -> Report:
    report = report_from_plan(read_plan(SAMPLE), title="EE 2016-2018 mid-term")
    report.set("language", "en")
    report.set("country", "Estonia")
    translate(report, "commitments[1].title", "et", "Nullbürokraatia")
    translate(report, "commitments[2].title", "et", "Avatud valitsemine kohalikul tasandil")
    return report


def round_trip(report: Report, tmp_path: Path, name: str) -> Report:
    """Through a real report file, as the e-mail exchange does."""
    write_report(report, tmp_path / name)
    return read_report(tmp_path / name)


def test_export_holds_only_the_chosen_commitments_and_their_base(tmp_path: Path) -> None:
    report = coordinator_report()
    contribution = round_trip(export_contribution(report, ["EE0041", "2"], "Ministry of Justice"), tmp_path, "c.json")
    rows = contribution.values["commitments"]
    assert [c["ogp_id"] for c in rows] == ["EE0040", "EE0041"]  # report order
    assert contribution.values["country"] == "Estonia"
    info = contribution.meta["contribution"]
    assert info["for"] == "Ministry of Justice" and info["commitments"] == ["EE0040", "EE0041"]
    assert info["base"]["commitments"] == rows
    assert contribution.translations == {"et": {
        "commitments[0].title": report.translations["et"]["commitments[1].title"],
        "commitments[1].title": report.translations["et"]["commitments[2].title"],
    }}
    assert info["base"]["translations"] == contribution.translations
    assert state(contribution, "commitments[0].title", "et") == CURRENT


def test_unknown_commitment_is_named() -> None:
    with pytest.raises(ContributionError, match=r"no commitment 'EE9999' \(its commitments: EE0039, EE0040"):
        export_contribution(coordinator_report(), ["EE9999"])


def test_merge_takes_contributor_changes_keeps_ours_and_records_provenance(tmp_path: Path) -> None:
    report = coordinator_report()
    sent = export_contribution(report, ["EE0040", "EE0041"], "Ministry of Justice")
    theirs = round_trip(sent, tmp_path, "c.json")
    theirs.set("commitments[0].results", "Twelve reporting duties were abolished.")
    theirs.set("commitments[0].completion", "substantial")
    theirs.append("commitments[1].milestones", {"number": "3.2", "activity": "Share the lessons"})
    report.set("commitments[2].lead_agency", "Ministry of Finance")  # the coordinator's own edit

    result = merge_contribution(report, round_trip(theirs, tmp_path, "c2.json"))

    assert result.ok and result.source == "contribution for Ministry of Justice"
    merged = result.report.values["commitments"]
    assert merged[1]["results"] == "Twelve reporting duties were abolished."
    assert merged[2]["lead_agency"] == "Ministry of Finance"
    assert merged[2]["milestones"][1] == {"number": "3.2", "activity": "Share the lessons"}
    assert report.get("commitments[1].results") is None  # the original is untouched until applied
    prov = result.report.meta["provenance"]
    assert set(prov) == {"commitments[1].results", "commitments[1].completion",
                         "commitments[2].milestones[1].number", "commitments[2].milestones[1].activity"}
    assert prov["commitments[1].results"]["source"] == "contribution for Ministry of Justice"
    assert prov["commitments[1].results"]["at"] == theirs.meta["modified"]

    seen: list[Change] = []
    report.subscribe(seen.append)
    apply_merge(report, result)
    assert [c.kind for c in seen] == ["replace"]
    assert report.get("commitments[1].results") == "Twelve reporting duties were abolished."
    assert "commitments[1].results" in report.meta["provenance"]


def test_conflicts_resolve_and_translations_merge(tmp_path: Path) -> None:
    report = coordinator_report()
    theirs = round_trip(export_contribution(report, ["EE0040"], "MKM"), tmp_path, "c.json")
    theirs.set("commitments[0].title", "Zero bureaucracy")
    translate(theirs, "commitments[0].title", "et", "Null bürokraatiat")
    theirs.set("commitments[0].problem", "Their problem text")
    translate(theirs, "commitments[0].problem", "et", "Nende probleemi tekst")
    report.set("commitments[1].title", "Zero-bureaucracy programme")

    result = merge_contribution(report, theirs)
    assert [c.key for c in result.conflicts] == ["commitments[1].title"]
    assert result.conflicts[0].to_dict() == {"path": "commitments[1].title", "base": "Zero-bureaucracy project",
                                             "ours": "Zero-bureaucracy programme", "theirs": "Zero bureaucracy"}
    with pytest.raises(ContributionError, match="1 conflict"):
        apply_merge(report, result)
    with pytest.raises(ContributionError, match="no conflict at commitments\\[9\\].title"):
        resolve(result, {"commitments[9].title": "ours"})

    settled = resolve(result, {"commitments[1].title": "theirs"})
    assert settled.ok and settled.resolved == {"commitments[1].title": "theirs"}
    apply_merge(report, settled)
    assert report.get("commitments[1].title") == "Zero bureaucracy"
    et = report.translations["et"]
    assert et["commitments[1].title"]["text"] == "Null bürokraatiat"
    assert state(report, "commitments[1].title", "et") == CURRENT
    assert et["commitments[1].problem"]["text"] == "Nende probleemi tekst"
    assert state(report, "commitments[1].problem", "et") == CURRENT
    assert et["commitments[2].title"]["text"] == "Avatud valitsemine kohalikul tasandil"  # outside the contribution
    assert "et:commitments[1].problem" in report.meta["provenance"]


def test_translation_conflict_has_its_own_key() -> None:
    report = coordinator_report()
    theirs = export_contribution(report, ["EE0040"])
    translate(theirs, "commitments[0].title", "et", "Nende tõlge")
    translate(report, "commitments[1].title", "et", "Meie tõlge")
    result = merge_contribution(report, theirs)
    assert [(c.key, c.lang, c.ours["text"], c.theirs["text"]) for c in result.conflicts] == [
        ("et:commitments[1].title", "et", "Meie tõlge", "Nende tõlge")]
    kept = resolve(result, {"et:commitments[1].title": "ours"})
    assert kept.ok and kept.report.translations["et"]["commitments[1].title"]["text"] == "Meie tõlge"


def test_stale_translation_stays_stale_after_merge() -> None:
    report = coordinator_report()
    theirs = export_contribution(report, ["EE0040"])
    theirs.set("commitments[0].title", "Zero bureaucracy")  # translation not updated by the contributor
    result = merge_contribution(report, theirs)
    assert state(result.report, "commitments[1].title", "et") == STALE


def test_removed_milestone_and_earlier_provenance_follow_rows() -> None:
    report = coordinator_report()
    report.meta["provenance"] = {"commitments[0].milestones[1].activity": {"source": "earlier", "at": "x"},
                                 "commitments[0].milestones[0].activity": {"source": "earlier", "at": "x"},
                                 "country": {"source": "earlier", "at": "x"}}
    theirs = export_contribution(report, ["EE0039"])
    theirs.remove("commitments[0].milestones", 0)
    result = merge_contribution(report, theirs)
    assert result.removed == ["commitments[0].milestones[0]"]
    assert [m["number"] for m in result.report.values["commitments"][0]["milestones"]] == ["1.2"]
    prov = result.report.meta["provenance"]
    assert set(prov) == {"commitments[0].milestones[0].activity", "country"}


def test_merging_a_plain_report_is_refused(tmp_path: Path) -> None:
    with pytest.raises(ContributionError, match="not a contribution file"):
        merge_contribution(coordinator_report(), coordinator_report())


def test_commitment_removed_by_coordinator_and_edited_by_contributor() -> None:
    report = coordinator_report()
    theirs = export_contribution(report, ["EE0039", "EE0040"])
    theirs.set("commitments[0].results", "Done")
    report.remove("commitments", 0)
    result = merge_contribution(report, theirs)
    assert [(c.path, c.ours) for c in result.conflicts] == [("commitments[8]", None)]
    back = resolve(result, {"commitments[8]": "theirs"})
    assert back.report.values["commitments"][8]["ogp_id"] == "EE0039"
    assert back.report.values["commitments"][8]["results"] == "Done"


def test_orphan_translations_of_ours_are_kept() -> None:
    report = coordinator_report()
    report.translations["et"]["commitments[42].title"] = {"text": "Orb", "source_hash": "x"}
    theirs = export_contribution(report, ["EE0040"])
    theirs.set("commitments[0].results", "Done")
    result = merge_contribution(report, theirs)
    assert result.report.translations["et"]["commitments[42].title"]["text"] == "Orb"
    assert result.report.meta["modified"] >= report.meta["modified"]


def test_hostile_contribution_shapes_do_not_crash() -> None:
    report = coordinator_report()
    theirs = export_contribution(report, ["EE0040"])
    theirs.translations = {"et": ["nonsense"], "en": {"not a path!": {"text": "x"}, "commitments[0]": 5}}
    theirs.meta["contribution"]["base"]["translations"] = {"et": {"commitments[0]": 5, "x[": {}}}
    theirs.set("commitments[0].results", "Done")
    result = merge_contribution(report, theirs)
    assert result.ok and result.report.get("commitments[1].results") == "Done"
    theirs.values["commitments"] = ["not a row", 7]
    with pytest.raises(ContributionError, match="the contribution is damaged: commitment 1 is not a commitment"):
        merge_contribution(report, theirs)
    theirs.values["commitments"] = "text"
    with pytest.raises(ContributionError, match="the contribution is damaged"):
        merge_contribution(report, theirs)


def test_contributor_dropping_a_whole_commitment_needs_a_choice() -> None:
    report = coordinator_report()
    theirs = export_contribution(report, ["EE0040", "EE0041"])
    theirs.remove("commitments", 0)
    result = merge_contribution(report, theirs)
    assert [(c.path, c.theirs) for c in result.conflicts] == [("commitments[1]", None)]
    assert len(result.report.values["commitments"]) == 9
    dropped = resolve(result, {"commitments[1]": "theirs"})
    assert [c["ogp_id"] for c in dropped.report.values["commitments"]][:3] == ["EE0039", "EE0041", "EE0042"]
    assert dropped.removed == ["commitments[1]"]
