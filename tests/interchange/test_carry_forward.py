"""Carry forward: the next report starts from the last one, minus what belonged to that report."""

from __future__ import annotations

import pytest

from ogp_desktop.interchange.carry_forward import CarryForwardError, carry_forward
from ogp_desktop.report import Report
from ogp_desktop.template import load_template


def mid_term() -> Report:
    values = {
        "country": "Estonia", "report_type": "mid_term", "language": "en",
        "period_start": "2018-07-01", "period_end": "2019-06-30", "approved_on": "2019-09-01",
        "executive_summary": "Mid-term highlights.", "forum_name": "Open government roundtable",
        "forum_members": [{"name": "Mari", "organisation": "NGO", "sector": "civil_society"}],
        "draft_link": "https://valitsus.ee/draft", "comment_channel": "osale.ee",
        "comment_start": "2019-08-01", "comment_end": "2019-08-15",
        "comments": [{"commenter": "NGO", "summary": "More data"}], "no_comments": False,
        "dev_timeline_answer": "yes",
        "commitments": [{"ogp_id": "EE0048", "number": "1", "title": "Open data", "completion": "limited",
                         "results": "Started.",
                         "milestones": [{"number": "1.1", "activity": "A", "status": "limited"}]}],
    }
    translations = {"et": {"executive_summary": {"text": "Vahearuanne.", "source_hash": "x"},
                           "comments[0].summary": {"text": "Rohkem andmeid", "source_hash": "y"},
                           "commitments[0].title": {"text": "Avaandmed", "source_hash": "z"}}}
    return Report(values, meta={"title": "EE mid-term", "modified": "2019-09-02T10:00:00Z",
                                "provenance": {"commitments[0].results": {"source": "x", "at": "y"}}},
                  translations=translations)


REPORT_SPECIFIC_FIELDS = load_template().roles.per_period


def test_the_template_names_the_report_specific_fields() -> None:
    assert set(REPORT_SPECIFIC_FIELDS) >= {"period_start", "period_end", "executive_summary", "comments"}
    assert "commitments" not in REPORT_SPECIFIC_FIELDS and "comment_channel" not in REPORT_SPECIFIC_FIELDS


def test_carry_forward_to_end_of_term() -> None:
    old = mid_term()
    old.meta["sent_contributions"] = [{"id": "x", "commitments": ["EE0048"], "base": "0" * 64}]
    new = carry_forward(old, "end_of_term")
    assert "sent_contributions" not in new.meta  # the new report sent nothing yet
    assert new.values["report_type"] == "end_of_term"
    for f in REPORT_SPECIFIC_FIELDS:
        assert f not in new.values
    assert new.values["commitments"] == old.values["commitments"]
    assert new.values["forum_members"] == old.values["forum_members"]
    assert new.values["comment_channel"] == "osale.ee" and new.values["dev_timeline_answer"] == "yes"
    assert new.translations == {"et": {"commitments[0].title": {"text": "Avaandmed", "source_hash": "z"}}}
    assert new.meta["carried_from"] == {"title": "EE mid-term", "report_type": "mid_term",
                                        "modified": "2019-09-02T10:00:00Z",
                                        # kept for the end-of-term report's "at a glance" table
                                        "levels": {"EE0048": "limited"}}
    assert "provenance" not in new.meta and new.meta["title"] == "EE mid-term"
    assert new.report_id and new.report_id != old.report_id  # a new report, so contributions do not cross
    assert old.values["executive_summary"] == "Mid-term highlights."  # the old report is untouched
    new.values["commitments"][0]["title"] = "changed"
    assert old.values["commitments"][0]["title"] == "Open data"


def test_unknown_type_refused() -> None:
    with pytest.raises(CarryForwardError, match="'final' is not a report type"):
        carry_forward(mid_term(), "final")
