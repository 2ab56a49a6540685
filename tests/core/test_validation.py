"""Validation against the shipped template: planted defects, each rule alone, messages, completeness."""

from __future__ import annotations

import copy
import json
import re
import string
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ogp_desktop import paths
from ogp_desktop.completeness import completeness, section_status
from ogp_desktop.report import Report
from ogp_desktop.reportfile import read_report, write_report
from ogp_desktop.template import PROBLEM_CODES, load_template
from ogp_desktop.text import clean_text
from ogp_desktop.validation import Problem, counts, validate
from ogp_desktop.validation_messages import MESSAGES

DATA = Path(__file__).resolve().parents[1] / "data"
TPL = load_template()

PLANTED = {
    ("required", "commitments[1].lead_agency", "error"),
    ("invalid_value", "forum_members[0].sector", "error"),
    ("invalid_value", "commitments[0].budget_eur", "warning"),
    ("invalid_format", "contact_email", "warning"),
    ("invalid_format", "approved_on", "error"),
    ("invalid_format", "commitments[1].ogp_id", "warning"),
    ("date_order", "commitments[1].milestones[0].end", "error"),
    ("outside_period", "commitments[0].end", "warning"),
    ("too_long", "commitments[1].short_description", "warning"),
    ("comment_period_short", "comment_end", "warning"),
    ("completion_inconsistent", "commitments[0].completion", "warning"),
    ("evidence_missing", "commitments[1].evidence", "warning"),
    ("too_few_meetings", "forum_meetings", "warning"),
    ("values_tech_alone", "commitments[1].ogp_values", "warning"),
    ("empty_group", "comments", "warning"),
}


def corrected() -> dict:
    """A fresh copy of the clean Estonian end-of-term report's values."""
    return copy.deepcopy(read_report(DATA / "corrected-et.ogpreport.json").values)


def triples(problems: list[Problem]) -> set[tuple[str, str, str]]:
    return {(p.code, p.path, p.severity) for p in problems}


def found(values: dict, code: str | None = None) -> set[tuple[str, str, str]]:
    got = triples(validate(Report(values), TPL))
    return {t for t in got if code is None or t[0] == code}


# -- the shipped reports ---------------------------------------------------------


def test_planted_defects_yield_exactly_the_expected_problems():
    problems = validate(read_report(DATA / "defects-et.ogpreport.json"), TPL, lang="et")
    assert triples(problems) == PLANTED
    assert len(problems) == len(PLANTED)
    assert {code for code, _, _ in PLANTED} == set(PROBLEM_CODES)
    assert counts(problems) == (4, 11)


def test_corrected_twin_and_demo_sample_are_clean():
    assert validate(read_report(DATA / "corrected-et.ogpreport.json"), TPL) == []
    demo = read_report(paths.resource_path("samples", "demo-ee-2016-2018.ogpreport.json"))
    assert demo.values["language"] == "en" and demo.report_type == "mid_term"
    assert len(demo.values["commitments"]) == 9
    assert all(c["milestones"] and c["evidence"] for c in demo.values["commitments"])
    assert validate(demo, TPL) == [] and validate(demo, TPL, lang="et") == []


def test_order_is_template_order_then_row_order():
    problems = validate(read_report(DATA / "defects-et.ogpreport.json"), TPL)
    paths_found = [p.path for p in problems]
    assert paths_found == sorted(paths_found, key=lambda p: _order_key(p))
    assert paths_found.index("contact_email") < paths_found.index("forum_members[0].sector")
    assert paths_found.index("commitments[0].end") < paths_found.index("commitments[1].lead_agency")
    assert paths_found.index("commitments[1].milestones[0].end") < paths_found.index("comment_end")
    assert validate(read_report(DATA / "defects-et.ogpreport.json"), TPL) == problems


def _order_key(path: str) -> tuple:
    order = {f.ids: i for i, f in enumerate(TPL.all_fields())}
    key, ids = [], ()
    for index, name in re.findall(r"\[(\d+)\]|([a-z_]+)", path):
        if name:
            ids += (name,)
            key.append(order.get(ids, 10**9))
        else:
            key.append(int(index))
    return tuple(key)


# -- each check alone --------------------------------------------------------------


def _set(values: dict, path: str, value) -> dict:
    report = Report(values)
    report.set(path, value)
    if report.get(path) != value or type(report.get(path)) is not type(value):
        # Report.set treats 0 == False as "no change"; put odd values in directly.
        parent, _, last = path.rpartition(".")
        (report.get(parent) if parent else report.values)[last] = value
    return report.values


@pytest.mark.parametrize("path, value, expected", [
    ("plan_end", "2016-06", ("date_order", "plan_end", "error")),
    ("period_end", "2016-06-30", ("date_order", "period_end", "error")),
    ("commitments[0].end", "2016-06", ("date_order", "commitments[0].end", "error")),
    ("commitments[0].milestones[1].end", "2016-12", ("date_order", "commitments[0].milestones[1].end", "error")),
    ("comment_end", "2018-08-26", ("date_order", "comment_end", "error")),
])
def test_date_order(path, value, expected):
    values = _set(corrected(), path, value)
    assert found(values, "date_order") == {expected}


def test_months_compare_as_whole_months():
    values = _set(corrected(), "commitments[0].end", "2016-07")  # same month as the start: fine
    assert found(values, "date_order") == set()
    values = _set(corrected(), "period_end", "2018-06-30")  # the last day of the plan's last month
    assert found(values, "outside_period") == set()


@pytest.mark.parametrize("path, value, expected", [
    ("period_start", "2016-06-30", "period_start"),
    ("period_end", "2018-07-01", "period_end"),
    ("commitments[1].start", "2016-05", "commitments[1].start"),
    ("commitments[0].milestones[0].start", "2016-06", "commitments[0].milestones[0].start"),
])
def test_outside_period(path, value, expected):
    values = _set(corrected(), path, value)
    assert found(values, "outside_period") == {("outside_period", expected, "warning")}


def test_milestone_is_checked_against_its_own_commitment():
    values = corrected()
    values["commitments"][1]["start"] = "2017-01"
    values["commitments"][1]["milestones"][0]["start"] = "2016-09"  # inside the plan, before its commitment
    assert found(values, "outside_period") == {("outside_period", "commitments[1].milestones[0].start", "warning")}


@pytest.mark.parametrize("end, short", [("2018-09-05", True), ("2018-09-09", True), ("2018-09-10", False)])
def test_comment_period_of_fourteen_days(end, short):
    values = _set(corrected(), "comment_end", end)  # starts 2018-08-27
    expected = {("comment_period_short", "comment_end", "warning")} if short else set()
    assert found(values, "comment_period_short") == expected


def test_comment_period_message_states_days_and_how_to_fix():
    values = _set(corrected(), "comment_end", "2018-09-05")
    (problem,) = [p for p in validate(Report(values), TPL) if p.code == "comment_period_short"]
    assert problem.message.startswith(
        "The public comment period lasted 9 days; OGP expects at least 2 weeks (14 days).")
    assert "End of the comment period" in problem.message


@pytest.mark.parametrize("report_type, period_end, meetings, short", [
    ("mid_term", "2017-06-30", 1, True),
    ("mid_term", "2017-06-30", 2, False),
    ("end_of_term", "2018-06-30", 3, True),
    ("end_of_term", "2018-06-30", 4, False),
])
def test_forum_meetings_per_twelve_months(report_type, period_end, meetings, short):
    values = corrected()
    values.update(report_type=report_type, period_end=period_end)
    values["forum_meetings"] = [{"date": f"2016-{m:02d}-01"} for m in range(8, 8 + meetings)]
    values["forum_meetings"].append({"date": "2019-01-10"})  # outside the period: does not count
    expected = {("too_few_meetings", "forum_meetings", "warning")} if short else set()
    assert found(values, "too_few_meetings") == expected


def test_technology_alone():
    values = _set(corrected(), "commitments[0].ogp_values", ["technology_innovation"])
    assert found(values, "values_tech_alone") == {("values_tech_alone", "commitments[0].ogp_values", "warning")}
    values = _set(values, "commitments[0].ogp_values", ["technology_innovation", "public_accountability"])
    assert found(values, "values_tech_alone") == set()


@pytest.mark.parametrize("completion, statuses, inconsistent", [
    ("completed", ["completed", "substantial"], True),
    ("completed", ["completed", None], True),
    ("completed", ["completed", "completed"], False),
    ("not_started", ["not_started", "limited"], True),
    ("not_started", ["not_started", None], False),
    ("substantial", ["completed", "not_started"], False),
])
def test_completion_against_milestones(completion, statuses, inconsistent):
    values = corrected()
    row = values["commitments"][0]
    row["completion"] = completion
    for milestone, status in zip(row["milestones"], statuses, strict=False):
        milestone["status"] = status
    expected = {("completion_inconsistent", "commitments[0].completion", "warning")} if inconsistent else set()
    assert found(values, "completion_inconsistent") == expected


# -- conditional requirements ---------------------------------------------------------


def _mid_term() -> dict:
    values = corrected()
    values.update(report_type="mid_term", period_end="2017-06-30")
    for dev in ("timeline", "channels", "breadth", "summary", "awareness", "forum"):
        values[f"dev_{dev}_answer"] = "yes"
    values["consultation_events"] = [{"title": "Avalik arutelu", "format": "meeting"}]
    for row in values["commitments"]:
        row["next_steps"] = "Jätkame."
    return values


def test_mid_term_twin_is_clean():
    values = _mid_term()
    values["forum_meetings"] = values["forum_meetings"][:2]
    assert found(values) == set()


@pytest.mark.parametrize("answer, required", [("yes", False), ("partly", True), ("no", True)])
def test_plan_development_explanation(answer, required):
    values = _mid_term()
    values["dev_breadth_answer"] = answer
    expected = {("required", "dev_breadth_explanation", "error")} if required else set()
    assert found(values, "required") == expected


@pytest.mark.parametrize("decision, required", [("included", False), ("partly_included", True), ("not_included", True)])
def test_proposal_reason(decision, required):
    values = _mid_term()
    values["proposals"] = [{"proposal": "Avaldada lobikohtumised.", "decision": decision}]
    expected = {("required", "proposals[0].reason", "error")} if required else set()
    assert found(values, "required") == expected


def test_irm_response_is_required():
    values = _set(corrected(), "irm_recommendations[0].response", "")
    assert found(values) == {("required", "irm_recommendations[0].response", "error")}


@pytest.mark.parametrize("completion, required", [("not_started", False), ("limited", True)])
def test_results_unless_not_started(completion, required):
    values = corrected()
    row = values["commitments"][1]
    row.update(completion=completion, results="")
    for m in row["milestones"]:
        m["status"] = completion
    expected = {("required", "commitments[1].results", "error")} if required else set()
    assert found(values, "required") == expected


@pytest.mark.parametrize("report_type, severity", [("mid_term", "warning"), ("end_of_term", None), ("annual", None)])
def test_next_steps_warns_for_mid_term_only(report_type, severity):
    values = _mid_term()
    values["report_type"] = report_type
    values["commitments"][0].pop("next_steps")
    expected = {("required", "commitments[0].next_steps", severity)} if severity else set()
    assert found(values, "required") == expected


@pytest.mark.parametrize("report_type, severity",
                         [("end_of_term", "error"), ("mid_term", "warning"), ("annual", "warning")])
def test_lessons_learned(report_type, severity):
    values = _mid_term()
    values.update(report_type=report_type, lessons_learned="  ")
    assert found(values, "required") == {("required", "lessons_learned", severity)}


@pytest.mark.parametrize("completion, missing", [("limited", False), ("substantial", True), ("completed", True)])
def test_evidence_missing(completion, missing):
    values = corrected()
    row = values["commitments"][0]
    row.update(completion=completion, evidence=[])
    for m in row["milestones"]:
        m["status"] = completion
    expected = {("evidence_missing", "commitments[0].evidence", "warning")} if missing else set()
    assert found(values, "evidence_missing") == expected


@pytest.mark.parametrize("no_comments, warned", [(False, True), (None, True), (True, False)])
def test_comments_empty_unless_none_received(no_comments, warned):
    values = corrected()
    values["comments"] = []
    values["no_comments"] = no_comments
    expected = {("empty_group", "comments", "warning")} if warned else set()
    assert found(values, "empty_group") == expected


@pytest.mark.parametrize("path", ["consultation_events", "forum_members", "commitments[0].milestones"])
def test_empty_groups_warn(path):
    values = _mid_term()
    values["forum_meetings"] = values["forum_meetings"][:2]
    values = _set(values, path, [])
    if path.endswith("milestones"):
        values["commitments"][0]["completion"] = "limited"
    assert found(values) == {("empty_group", path, "warning")}


def test_a_group_of_blank_rows_counts_as_empty():
    values = _set(corrected(), "forum_members", [{"name": " ", "organisation": ""}])
    assert found(values, "empty_group") == {("empty_group", "forum_members", "warning")}


# -- kinds, formats, show_for, unknown ids -------------------------------------------------


@pytest.mark.parametrize("path, value, code, severity", [
    ("country", ["Eesti"], "invalid_value", "error"),
    ("language", "fi", "invalid_value", "error"),
    ("approved_on", "27.09.2018", "invalid_format", "error"),
    ("approved_on", 20180927, "invalid_value", "error"),
    ("plan_start", "2016-13", "invalid_format", "error"),
    ("plan_start", "２０１６-07", "invalid_format", "error"),
    ("no_comments", "false", "invalid_value", "error"),
    ("no_comments", 0, "invalid_value", "error"),
    ("priorities", "Kaasamine", "invalid_value", "error"),
    ("priorities", ["Kaasamine", 3], "invalid_value", "error"),
    ("forum_members", {"name": "Liia Hänni"}, "invalid_value", "error"),
    ("forum_members[0]", "Liia Hänni", "invalid_value", "error"),
    ("commitments[0].ogp_values", ["civic_participation", "openness"], "invalid_value", "error"),
    ("commitments[0].ogp_values", "civic_participation", "invalid_value", "error"),
    ("commitments[0].ogp_values", ["civic_participation", ["public_accountability"]], "invalid_value", "error"),
    ("commitments[0].ogp_values", ["openness", "closedness"], "invalid_value", "error"),
    ("draft_link", "www.osale.ee/konsultatsioonid", "invalid_format", "warning"),
    ("draft_link", "ftp://osale.ee/x", "invalid_format", "warning"),
    ("contact_email", "ogp@riigikantselei", "invalid_format", "warning"),
    ("commitments[0].ogp_id", "ee0042", "invalid_format", "warning"),
])
def test_kind_checks(path, value, code, severity):
    values = _set(corrected(), path, value)
    assert found(values) == {(code, path, severity)}


def test_int_must_not_be_bool_or_text():
    values = _mid_term()
    values["forum_meetings"] = values["forum_meetings"][:2]
    for bad in (True, "12", 12.5):
        values["consultation_events"][0]["participants"] = bad
        assert found(values) == {("invalid_value", "consultation_events[0].participants", "error")}, bad
    values["consultation_events"][0]["participants"] = 12
    assert found(values) == set()


def test_too_long_words_and_characters():
    values = _set(corrected(), "executive_summary", "sõna " * 1001)
    assert found(values) == {("too_long", "executive_summary", "warning")}
    values = _set(corrected(), "executive_summary", "sõna " * 1000)
    assert found(values) == set()
    values = _set(corrected(), "commitments[0].short_description", "x" * 141)
    assert found(values) == {("too_long", "commitments[0].short_description", "warning")}


def test_show_for_hides_plan_development_for_end_of_term():
    values = corrected()
    values["dev_timeline_answer"] = "maybe"  # invalid, but the section is not part of an end-of-term report
    assert values["report_type"] == "end_of_term" and found(values) == set()
    values = _set(_mid_term(), "dev_timeline_answer", "maybe")
    values["forum_meetings"] = values["forum_meetings"][:2]
    assert found(values) == {("invalid_value", "dev_timeline_answer", "error")}


def test_show_for_hides_opened_government_outside_end_of_term():
    values = _set(corrected(), "commitments[0].opened_government", "hugely")
    assert found(values) == {("invalid_value", "commitments[0].opened_government", "error")}
    mid = _mid_term()
    mid["forum_meetings"] = mid["forum_meetings"][:2]
    mid["commitments"][0]["opened_government"] = "hugely"
    assert found(mid) == set()


def test_unknown_report_type_shows_everything():
    values = _set(corrected(), "report_type", "weekly")
    got = found(values)
    assert ("invalid_value", "report_type", "error") in got
    assert ("required", "dev_timeline_answer", "error") in got  # plan_development is checked too


def test_unknown_ids_are_reported_and_kept(tmp_path):
    values = corrected()
    values["old_field"] = "vana väärtus"
    values["commitments"][0]["budget"] = 12000
    values["commitments"][0]["milestones"][0]["owner"] = "Riigikantselei"
    expected = {("invalid_value", "old_field", "warning"), ("invalid_value", "commitments[0].budget", "warning"),
                ("invalid_value", "commitments[0].milestones[0].owner", "warning")}
    report = Report(values)
    problems = validate(report, TPL)
    assert triples(problems) == expected
    assert all("is not part of the template; it is kept" in p.message for p in problems)
    path = tmp_path / "kept.ogpreport.json"
    write_report(report, path)
    again = read_report(path)
    assert again.values["old_field"] == "vana väärtus"
    assert again.values["commitments"][0]["budget"] == 12000
    assert again.values["commitments"][0]["milestones"][0]["owner"] == "Riigikantselei"
    assert triples(validate(again, TPL)) == expected


def test_validate_accepts_values_and_never_fails_on_odd_shapes():
    assert validate({}, TPL) == validate(Report({}), TPL)
    odd = {"commitments": [None, 3, {"milestones": [[], {"start": 5}]}], "forum_meetings": "often",
           "comment_start": {"d": 1}, "report_type": ["mid_term"], 7: "seven"}
    problems = validate(odd, TPL)
    assert {"commitments[0]", "commitments[1]", "forum_meetings", "comment_start", "report_type", "7",
            "commitments[2].milestones[0]", "commitments[2].milestones[1].start"} <= {p.path for p in problems}


# -- messages ------------------------------------------------------------------------------


def test_messages_in_both_languages_with_the_same_placeholders():
    for key, texts in MESSAGES.items():
        assert set(texts) == {"en", "et"}, key
        names = [{n for _, n, _, _ in string.Formatter().parse(texts[lang]) if n} for lang in ("en", "et")]
        assert names[0] == names[1], key
        assert key.split(".")[0] in PROBLEM_CODES, key


def test_estonian_messages_differ_and_name_the_field():
    report = read_report(DATA / "defects-et.ogpreport.json")
    english, estonian = validate(report, TPL, "en"), validate(report, TPL, "et")
    assert [p.path for p in english] == [p.path for p in estonian]
    for en, et in zip(english, estonian, strict=False):
        assert en.message != et.message
        assert "{" not in en.message and "{" not in et.message
    by_path = {p.path: p.message for p in estonian}
    assert by_path["commitments[1].lead_agency"] == "Kohustus 2: Täitke väli „Vastutav asutus“."
    assert "Kohustus 2 › Vahe-eesmärk 1:" in by_path["commitments[1].milestones[0].end"]
    assert "„Kontaktisiku e-post“" in by_path["contact_email"]
    english_by_path = {p.path: p.message for p in english}
    assert english_by_path["commitments[1].lead_agency"] == "Commitment 2: Fill in “Lead agency”."


def test_required_message_says_why_when_conditional():
    values = _mid_term()
    values["dev_channels_answer"] = "partly"
    (problem,) = [p for p in validate(Report(values), TPL) if p.path == "dev_channels_explanation"]
    assert problem.message == ("Fill in “Explanation (consultation channels)”: it is required when “Was the public "
                               "consulted through several channels, online and in person?” is “Partly”.")


def test_problem_to_dict_and_counts():
    p = Problem("comments", "warning", "empty_group", "…")
    assert p.to_dict() == {"path": "comments", "severity": "warning", "code": "empty_group", "message": "…"}
    assert json.loads(json.dumps(p.to_dict())) == p.to_dict()
    assert counts([p, Problem("x", "error", "required", "…"), p]) == (1, 2)
    assert counts([]) == (0, 0)


# -- completeness and section status ---------------------------------------------------------


def test_completeness_counts_required_fields_that_apply():
    empty = completeness(Report({}), TPL)
    assert empty.filled == 0 and empty.required > 20 and empty.share == 0.0
    full = completeness(read_report(DATA / "corrected-et.ogpreport.json"), TPL)
    assert full.filled == full.required and full.share == 1.0
    values = corrected()
    values["country"] = ""
    partial = completeness(Report(values), TPL)
    assert (partial.filled, partial.required) == (full.filled - 1, full.required)
    values["commitments"][1].update(completion="not_started", results="")  # results and evidence no longer required
    assert completeness(Report(values), TPL).required == full.required - 2  # and evidence


def test_section_status():
    assert set(section_status(Report({}), TPL, validate(Report({}), TPL)).values()) == {"empty"}
    report = read_report(DATA / "defects-et.ogpreport.json")
    status = section_status(report, TPL, validate(report, TPL))
    assert "plan_development" not in status  # hidden in an end-of-term report
    assert status["cover"] == "errors" and status["summary"] == "complete"
    assert status["commitments"] == "errors"
    assert status["commitments[0]"] == "warnings" and status["commitments[1]"] == "errors"
    assert status["report_consultation"] == "warnings" and status["peer_learning"] == "complete"
    clean = read_report(DATA / "corrected-et.ogpreport.json")
    assert set(section_status(clean, TPL, []).values()) == {"complete"}


# -- text hygiene (clean_text is where every incoming text passes) ------------------------------


@pytest.mark.parametrize("raw, clean", [
    ("rida\u000bteine", "rida\nteine"),
    ("lk 1\u000clk 2", "lk 1\n\nlk 2"),
    ("a\u0000b\u0001c\u0008d\u001fe\u007f", "abcde\u007f"),
    ("tab\tja\nreavahetus", "tab\tja\nreavahetus"),
    ("windows\r\nmac\rend", "windows\nmac\nend"),
    ("x\ufffey\uffffz", "xyz"),
    ("lone \ud800 and \udfff", "lone \ufffd and \ufffd"),
])
def test_clean_text_translates_or_drops_what_documents_cannot_carry(raw, clean):
    assert clean_text(raw) == clean


def test_clean_text_keeps_every_printable_character():
    kept = "õäöüšž ÕÄÖÜŠŽ āēīūņļķģč ąęėįųū <b> & \"q\" 'a' — “x” „y“ 😀 👩‍💻 \u00a0 €"
    assert clean_text(kept) == kept


# -- robustness: any JSON a report file can hold ---------------------------------------------

# texts without braces: a value is quoted in its message ("'{' is not a month"), and the check
# below looks for unfilled {placeholders}
_scalars = st.one_of(st.none(), st.booleans(), st.integers(-10**18, 10**18),
                     st.floats(allow_nan=False, allow_infinity=False),
                     st.text(st.characters(blacklist_characters="{}"), max_size=12),
                     st.sampled_from(["2017-06-30", "2017-06", "completed", "technology_innovation",
                                      "mid_term", "end_of_term", "partly", "https://osale.ee"]))
_json = st.recursive(_scalars, lambda inner: st.lists(inner, max_size=4)
                     # keys without braces: an unknown key is quoted in its message, and the
                     # check below looks for unfilled {placeholders}
                     | st.dictionaries(st.text(st.characters(blacklist_characters="{}"), max_size=8), inner,
                                       max_size=4), max_leaves=20)
_ids = st.sampled_from([f.id for f in TPL.all_fields()] + ["report_type", "unknown"])
_values = st.dictionaries(_ids, st.one_of(_json, st.lists(st.dictionaries(_ids, _json, max_size=6), max_size=3)),
                          max_size=12)


@settings(max_examples=150, deadline=None)
@given(_values)
def test_any_json_values_give_problems_never_an_exception(values):
    for lang in ("en", "et"):
        problems = validate(values, TPL, lang)
        assert all(p.code in PROBLEM_CODES and p.severity in ("error", "warning") for p in problems)
        assert all(p.message and "{" not in p.message for p in problems)
    status = section_status(values, TPL, problems)
    assert set(status.values()) <= {"empty", "complete", "warnings", "errors"}
    assert 0.0 <= completeness(values, TPL).share <= 1.0


def test_a_report_without_commitments_is_an_error():
    """A progress report on no commitment reports nothing: validation says so in both languages."""
    values = corrected()
    values[TPL.roles.commitments] = []
    assert found(values, "empty_group") == {("empty_group", TPL.roles.commitments, "error")}
