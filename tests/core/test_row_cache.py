"""RowCache: a check that keeps each row's problems equals a whole one, and really redoes only changed rows."""

from __future__ import annotations

import copy
import json
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ogp_desktop import paths
from ogp_desktop.completeness import completeness
from ogp_desktop.document.synthetic import generate_report
from ogp_desktop.report import Report
from ogp_desktop.row_cache import RowCache, row_reads
from ogp_desktop.template import Template, load_template, load_template_data
from ogp_desktop.validation import validate

TPL = load_template()


def _writing_outside_its_row() -> Template:
    """The shipped template plus a commitment check that reports at a top-level field (a row's problem
    outside the row: such a row is found afresh by every check)."""
    data = json.loads(paths.resource_path("templates", "ogp-self-assessment.json").read_text(encoding="utf-8"))
    data["checks"].append({"check": "within", "severity": "warning", "scope": "commitments",
                           "fields": ["/period_end"], "start": "start", "end": "end"})
    return load_template_data(data, "outside-row.json")


OUTSIDE = _writing_outside_its_row()

# Values an edit puts in a cell: good ones, bad ones, keys other rows use, dates in and out of the plan.
CELL_VALUES = [None, "", "   ", "1", "2", "EE0001", "not an id", "2018-09", "2021-01", "2017-01", "13-2019",
               "completed", "not_started", "substantial", "limited", "nonsense", ["technology_innovation"],
               ["access_to_information", "technology_innovation"], 7, True, {"x": 1}, "x " * 200]
COMMITMENT_FIELDS = ["ogp_id", "number", "title", "start", "end", "completion", "results", "next_steps",
                     "evidence", "ogp_values", "opened_government", "lead_agency", "zz_unknown", "two words"]
MILESTONE_FIELDS = ["number", "activity", "start", "end", "status", "zz_unknown"]
TOP_READ = ["plan_start", "plan_end"]  # the commitments' rows read these
TOP_UNREAD = ["executive_summary", "country", "period_start", "period_end", "comment_start", "no_comments"]
REPORT_TYPES = ["mid_term", "end_of_term", "annual", "nonsense", None]



def _with_defects(report: Report) -> Report:
    """Holes and faults whose problems depend on the report type and on other rows."""
    for i, row in enumerate(report.commitments()):
        if i % 2:
            row.pop("next_steps", None)  # a warning for a mid-term report only
        row["opened_government"] = "nonsense" if i % 3 == 0 else "major"  # shown for an end-of-term one only
        if i == 2:
            row["number"] = report.commitments()[0].get("number")  # a key two rows share
    return report


def _set_cell(report: Report, i: int, j: int, value: Any) -> None:
    rows = report.commitments()
    if rows and isinstance(rows[i % len(rows)], dict):
        report.set(("commitments", i % len(rows), COMMITMENT_FIELDS[j % len(COMMITMENT_FIELDS)]), value)


def _set_milestone(report: Report, i: int, j: int, value: Any) -> None:
    rows = report.commitments()
    row = rows[i % len(rows)] if rows else None
    if isinstance(row, dict) and row.get("milestones") and isinstance(row["milestones"][j % len(row["milestones"])],
                                                                      dict):
        field = MILESTONE_FIELDS[(i + j) % len(MILESTONE_FIELDS)]
        report.set(("commitments", i % len(rows), "milestones", j % len(row["milestones"]), field), value)


def _insert(report: Report, i: int, row: Any) -> None:
    if not isinstance(report.values.get("commitments", []), list):
        report.set("commitments", None)
    report.insert("commitments", i, row)


def _copy_of_a_row(report: Report, j: int) -> Any:
    rows = report.commitments()
    return copy.deepcopy(rows[j % len(rows)]) if rows else {"number": "1"}


def _on_rows(report: Report, what: str, i: int, j: int) -> None:
    n = len(report.commitments())
    if n and what == "remove":
        report.remove("commitments", i % n)
    elif n:
        report.move("commitments", i % n, j % n)


# op -> what it does to (report, i, j, a value)
EDIT = {
    "row": _set_cell,
    "milestone": _set_milestone,
    "insert": lambda r, i, j, value: _insert(r, i, _copy_of_a_row(r, j)),
    "insert_blank": lambda r, i, j, value: _insert(r, i, {}),
    "insert_odd": lambda r, i, j, value: _insert(r, i, value),  # a row that is no row: text, a number, None...
    "remove": lambda r, i, j, value: _on_rows(r, "remove", i, j),
    "move": lambda r, i, j, value: _on_rows(r, "move", i, j),
    "top_read": lambda r, i, j, value: r.set(TOP_READ[i % len(TOP_READ)],
                                             value if j % 2 else ["2016-01", "2019-12", "2018-07"][j % 3]),
    "top_unread": lambda r, i, j, value: r.set(TOP_UNREAD[i % len(TOP_UNREAD)], value),
    "report_type": lambda r, i, j, value: r.set("report_type", REPORT_TYPES[i % len(REPORT_TYPES)]),
    "language": lambda r, i, j, value: r.set("language", ["en", "et", "de"][i % 3]),
    "meeting": lambda r, i, j, value: r.set("forum_meetings", [{"date": "2018-09-01"}, {"date": value}]
                                            if j % 2 else None),
    "replace": lambda r, i, j, value: r.replace_values(copy.deepcopy(r.values)),
    "drop_table": lambda r, i, j, value: r.set("commitments", [] if j % 2 else "not a table"),
}
EDITS = st.lists(st.tuples(st.sampled_from([*EDIT, "lang"]), st.integers(0, 50), st.integers(0, 50),
                           st.sampled_from(CELL_VALUES)), min_size=1, max_size=14)


@pytest.mark.parametrize("name", ["shipped", "check-outside-its-row"])
@settings(max_examples=60, deadline=None)
@given(st.integers(0, 5), st.integers(0, 3), st.sampled_from(["mid_term", "end_of_term"]), EDITS)
def test_a_check_keeping_rows_always_equals_a_whole_one(name: str, commitments: int, milestones: int,
                                                        report_type: str, edits: list[Any]) -> None:
    template = TPL if name == "shipped" else OUTSIDE
    report = _with_defects(generate_report(template, commitments=commitments, milestones=milestones, paragraphs=1,
                                           report_type=report_type))
    cache = RowCache()
    lang = "et"
    for step, (op, i, j, value) in enumerate([("lang", 0, 0, None), *edits]):
        if op == "lang":
            lang = "et" if lang == "en" else "en"
        else:
            EDIT[op](report, i, j, copy.deepcopy(value))
        snapshot = report.snapshot()
        found = cache.validate(snapshot, template, lang)
        assert found.problems == validate(snapshot, template, lang), (step, op)
        assert [p for piece in found.pieces for p in piece.problems] == found.problems
        assert cache.completeness(snapshot, template) == completeness(snapshot, template), (step, op)


def _report(commitments: int = 6) -> Report:
    return generate_report(TPL, commitments=commitments, milestones=3, paragraphs=1)


def test_the_template_says_which_top_level_fields_rows_read() -> None:
    reads = row_reads(TPL)
    assert reads[TPL.roles.commitments] == {TPL.roles.plan_start, TPL.roles.plan_end}
    assert reads["forum_meetings"] == frozenset()


def test_after_one_edit_only_that_row_is_checked_and_counted_again() -> None:
    report, cache = _report(), RowCache()
    first = cache.validate(report.snapshot(), TPL, "en")
    cache.completeness(report.snapshot(), TPL)
    assert cache.rows_checked >= 6
    report.set("commitments[2].milestones[1].activity", "Typed")
    snapshot = report.snapshot()
    found = cache.validate(snapshot, TPL, "en")
    cache.completeness(snapshot, TPL)
    assert (cache.rows_checked, cache.rows_counted) == (1, 1)
    assert found.problems == validate(snapshot, TPL, "en")
    kept = {id(piece) for piece in first.pieces}
    assert sum(id(piece) in kept for piece in found.pieces) >= 5, "the other rows' pieces are the same objects"


def test_typing_in_a_top_level_text_no_row_reads_keeps_every_row() -> None:
    report, cache = _report(), RowCache()
    cache.validate(report.snapshot(), TPL, "en")
    cache.completeness(report.snapshot(), TPL)
    report.set(TPL.roles.plan_title, "A new title")
    report.set("executive_summary", "Typed in the summary")
    cache.validate(report.snapshot(), TPL, "en")
    cache.completeness(report.snapshot(), TPL)
    assert (cache.rows_checked, cache.rows_counted) == (0, 0)


def test_what_rows_read_outside_themselves_checks_them_again() -> None:
    report, cache = _report(), RowCache()
    meetings = len(report.values.get("forum_meetings", []))
    cache.validate(report.snapshot(), TPL, "en")
    report.set(TPL.roles.plan_start, "2019-01")  # the commitments read it, the forum's meetings do not
    found = cache.validate(report.snapshot(), TPL, "en")
    assert cache.rows_checked == 6
    assert found.problems == validate(report.snapshot(), TPL, "en")
    cache.validate(report.snapshot(), TPL, "et")  # a language: every row's messages
    assert cache.rows_checked > 6 + meetings - 1
    report.set(TPL.roles.report_type, "end_of_term")
    cache.validate(report.snapshot(), TPL, "et")
    assert cache.rows_checked > 6


def test_a_moved_row_is_checked_again_at_its_new_index() -> None:
    report, cache = _report(), RowCache()
    cache.validate(report.snapshot(), TPL, "en")
    report.move("commitments", 1, 3)  # rows 1, 2, 3 change places; 0, 4 and 5 stay
    found = cache.validate(report.snapshot(), TPL, "en")
    assert cache.rows_checked == 3
    assert found.problems == validate(report.snapshot(), TPL, "en")


def test_a_key_two_rows_share_is_found_every_time_in_the_whole_pass_order() -> None:
    """The shared key is a problem across rows, found afresh; at its path it follows the field's own."""
    report, cache = _report(), RowCache()
    report.set("commitments[1].ogp_id", "not an id")
    report.set("commitments[4].ogp_id", "not an id")
    cache.validate(report.snapshot(), TPL, "en")
    report.set("commitments[0].title", "Typed")
    snapshot = report.snapshot()
    found = cache.validate(snapshot, TPL, "en")
    assert cache.rows_checked == 1
    at_id = [p.code for p in found.problems if p.path == "commitments[4].ogp_id"]
    assert at_id == ["invalid_format", "invalid_value"]
    assert found.problems == validate(snapshot, TPL, "en")
