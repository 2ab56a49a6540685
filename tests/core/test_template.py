"""The shipped template files: invariants, the spec's field contract, and loader errors."""

from __future__ import annotations

import copy
import json
import re

import pytest

from ogp_desktop.template import (
    CHECKS,
    KINDS,
    LANGUAGES,
    Field,
    Template,
    TemplateError,
    load_template,
    load_template_file,
    shipped_template_files,
)

ESTONIAN_LETTERS = re.compile("[õäöüšžÕÄÖÜŠŽ]")

# The spec's contract (spec/progress-report-template.md): section -> (field id, kind) in order.
SPEC_SECTIONS = {
    "cover": [("country", "text"), ("action_plan_title", "text"), ("plan_start", "month"), ("plan_end", "month"),
              ("report_type", "enum"), ("period_start", "date"), ("period_end", "date"), ("language", "enum"),
              ("lead_agency", "text"), ("contact_name", "text"), ("contact_email", "email"),
              ("approved_on", "date"), ("submitted_on", "date")],
    "summary": [("executive_summary", "longtext")],
    "introduction": [("national_context", "longtext"), ("priorities", "list")],
    "plan_development": [x for d in ("timeline", "channels", "breadth", "summary", "awareness", "forum")
                         for x in ((f"dev_{d}_answer", "enum"), (f"dev_{d}_explanation", "longtext"))]
                        + [("consultation_events", "group"), ("proposals", "group")],
    "forum": [("forum_name", "text"), ("forum_mandate", "longtext"), ("forum_members", "group"),
              ("forum_meetings", "group"), ("other_engagement", "longtext")],
    "irm": [("irm_recommendations", "group")],
    "commitments": [("commitments", "group")],
    "peer_learning": [("peer_learning", "longtext")],
    "report_consultation": [("draft_link", "url"), ("comment_channel", "text"), ("comment_start", "date"),
                            ("comment_end", "date"), ("comments", "group"), ("no_comments", "bool")],
    "conclusion": [("lessons_learned", "longtext"), ("other_initiatives", "longtext"), ("next_steps_plan", "longtext")],
    "annexes": [("repository_url", "url"), ("annex_links", "group")],
}
SPEC_COLUMNS = {
    "consultation_events": [("date", "date"), ("format", "enum"), ("title", "text"), ("organiser", "text"),
                            ("participants", "int"), ("link", "url")],
    "proposals": [("proposal", "longtext"), ("proposer", "text"), ("decision", "enum"), ("reason", "longtext")],
    "forum_members": [("name", "text"), ("organisation", "text"), ("sector", "enum")],
    "forum_meetings": [("date", "date"), ("agenda", "longtext"), ("minutes", "url")],
    "irm_recommendations": [("recommendation", "longtext"), ("response", "longtext"), ("status", "enum")],
    "commitments": [("ogp_id", "text"), ("number", "text"), ("title", "text"), ("short_description", "text"),
                    ("start", "month"), ("end", "month"), ("lead_agency", "text"), ("other_state_actors", "list"),
                    ("other_actors", "list"), ("problem", "longtext"), ("description", "longtext"),
                    ("contribution", "longtext"), ("ogp_values", "multienum"), ("values_relevance", "longtext"),
                    ("additional_info", "longtext"), ("milestones", "group"), ("completion", "enum"),
                    ("on_time", "enum"), ("results", "longtext"), ("next_steps", "longtext"),
                    ("changes_from_plan", "longtext"), ("opened_government", "enum"), ("evidence", "group")],
    "commitments.milestones": [("number", "text"), ("activity", "longtext"), ("start", "month"), ("end", "month"),
                               ("status", "enum")],
    "commitments.evidence": [("title", "text"), ("url", "url"), ("accessed", "date")],
    "comments": [("commenter", "text"), ("summary", "longtext"), ("response", "longtext"), ("changed", "bool")],
    "annex_links": [("title", "text"), ("url", "url")],
}
SPEC_VALUES = {
    "report_type": ["mid_term", "end_of_term", "annual"],
    "language": ["en", "et"],
    "dev_timeline_answer": ["yes", "partly", "no"],
    "consultation_events.format": ["meeting", "workshop", "online", "roundtable", "other"],
    "proposals.decision": ["included", "partly_included", "not_included"],
    "forum_members.sector": ["government", "civil_society", "private_sector", "academia", "parliament",
                             "local_government"],
    "irm_recommendations.status": ["addressed", "partly_addressed", "not_addressed"],
    "commitments.ogp_values": ["access_to_information", "civic_participation", "public_accountability",
                               "technology_innovation"],
    "commitments.completion": ["not_started", "limited", "substantial", "completed"],
    "commitments.milestones.status": ["not_started", "limited", "substantial", "completed"],
    "commitments.on_time": ["yes", "no"],
    "commitments.opened_government": ["worsened", "did_not_change", "marginal", "major", "outstanding"],
}
# Plain (unconditional) severities; conditional ones are checked through validation tests.
SPEC_REQUIRED = {
    "country": "error", "action_plan_title": "error", "plan_start": "error", "report_type": "error",
    "period_end": "error", "language": "error", "lead_agency": "error", "contact_name": "warning",
    "contact_email": "warning", "approved_on": "no", "executive_summary": "warning", "national_context": "error",
    "priorities": "warning", "dev_forum_answer": "error", "consultation_events": "warning", "forum_name": "error",
    "forum_mandate": "warning", "forum_members": "warning", "other_engagement": "no",
    "irm_recommendations.response": "error", "commitments.ogp_id": "no", "commitments.number": "error",
    "commitments.title": "error", "commitments.short_description": "no", "commitments.start": "error",
    "commitments.problem": "error", "commitments.ogp_values": "error", "commitments.milestones": "warning",
    "commitments.milestones.activity": "error", "commitments.completion": "error", "commitments.on_time": "no",
    "peer_learning": "no", "draft_link": "error", "comment_channel": "warning", "comment_end": "error",
    "no_comments": "no", "next_steps_plan": "warning", "repository_url": "error",
}


def _texts(tpl: Template):
    """Every bilingual text in the template with where it sits."""
    yield "name", tpl.name
    for s in tpl.sections:
        yield f"{s.id}.label", s.label
        yield f"{s.id}.guidance", s.guidance
    for f in tpl.all_fields():
        where = ".".join(f.ids)
        yield f"{where}.label", f.label
        yield f"{where}.guidance", f.guidance
        if f.item_label:
            yield f"{where}.item_label", f.item_label
        if f.pattern:
            yield f"{where}.pattern.hint", f.pattern["hint"]
        for v in f.values:
            yield f"{where}.values.{v.id}", v.label


def _resolve(tpl: Template, scope: tuple[str, ...], ref: str) -> Field | None:
    if ref.startswith("/"):
        return tpl.field((ref[1:],))
    while ref.startswith("../"):
        scope, ref = scope[:-1], ref[3:]
    return tpl.field(scope + (ref,))


@pytest.mark.parametrize("path", shipped_template_files(), ids=lambda p: p.name)
def test_shipped_template_invariants(path):
    tpl = load_template_file(path)
    assert tpl.id == path.stem
    assert len({s.id for s in tpl.sections}) == len(tpl.sections)
    for f in tpl.all_fields():
        assert f.kind in KINDS
        siblings = f.parent.fields if f.parent else tpl.section_of(f).fields
        assert [s.id for s in siblings].count(f.id) == 1, f.ids
        assert (f.kind in ("enum", "multienum")) == bool(f.values), f.ids
        assert len({v.id for v in f.values}) == len(f.values)
        if f.is_group:
            assert f.fields and f.item_label, f.ids
        for req in f.requirements:
            for cond in req.when:
                if cond.field is not None:
                    assert _resolve(tpl, f.ids[:-1], cond.field) is not None, (f.ids, cond.field)
    # Top-level ids are unique across sections: values are one flat dict.
    top = [f.id for f in tpl.fields()]
    assert len(top) == len(set(top))
    for where, text in _texts(tpl):
        assert set(text) == set(LANGUAGES), where
        if not where.endswith(".guidance"):
            assert all(text[lang].strip() for lang in LANGUAGES), where
    for check in tpl.checks:
        assert check["check"] in CHECKS
        scope = tuple(check["scope"].split(".")) if check.get("scope") else ()
        for key in CHECKS[check["check"]]:
            refs = check[key] if isinstance(check[key], list) else [check[key]]
            base = scope + (check["items"],) if key == "item_field" else scope
            if check["check"] == "meeting_frequency" and key == "date":
                base = scope + (check["group"],)
            for ref in refs:
                assert _resolve(tpl, base, ref) is not None, (check, ref)


def test_spec_sections_and_field_ids_exactly():
    tpl = load_template()
    assert [s.id for s in tpl.sections] == list(SPEC_SECTIONS)
    for section in tpl.sections:
        assert [(f.id, f.kind) for f in section.fields] == SPEC_SECTIONS[section.id], section.id
    for group, columns in SPEC_COLUMNS.items():
        assert [(f.id, f.kind) for f in tpl.field(group).fields] == columns, group
    for field_id, values in SPEC_VALUES.items():
        assert [v.id for v in tpl.field(field_id).values] == values, field_id
    for field_id, severity in SPEC_REQUIRED.items():
        f = tpl.field(field_id)
        plain = [r for r in f.requirements if not r.when]
        assert (plain[0].severity if plain else "no") == severity, field_id


def test_spec_limits_patterns_and_show_for():
    tpl = load_template()
    assert tpl.field("executive_summary").max_words == 1000
    assert tpl.field("commitments.short_description").max_chars == 140
    pattern = tpl.field("commitments.ogp_id").pattern
    assert pattern["severity"] == "warning"
    assert re.search(pattern["regex"], "EE0048") and not re.search(pattern["regex"], "EE48")
    assert tpl.section("plan_development").show_for == ("mid_term", "annual")
    assert tpl.field("commitments.opened_government").show_for == ("end_of_term",)
    assert tpl.field("commitments").item_label == {"en": "Commitment", "et": "Kohustus"}
    for dev in ("timeline", "channels", "breadth", "summary", "awareness", "forum"):
        (req,) = tpl.field(f"dev_{dev}_explanation").requirements
        assert req.severity == "error" and req.when[0].field == f"dev_{dev}_answer"
        assert set(req.when[0].values) == {"partly", "no"} and not req.when[0].negate
    assert {c["check"] for c in tpl.checks} == set(CHECKS)


def test_estonian_texts_are_real_estonian():
    tpl = load_template()
    texts = list(_texts(tpl))
    labels = [t for w, t in texts if w.endswith(".label")]
    different = sum(t["en"] != t["et"] for t in labels)
    assert different >= 0.9 * len(labels)
    assert sum(bool(ESTONIAN_LETTERS.search(t["et"])) for _, t in texts) > 60
    joined = " ".join(t["et"] for _, t in texts)
    for term in ("Avatud valitsemise partnerlus", "tegevuskava", "Vahearuanne", "Lõpparuanne", "Aastaaruanne",
                 "Riigikantselei", "Kohustus", "Vahe-eesmärk", "kaasa"):
        assert term in joined, term
    # Guidance is written for every field in both languages.
    assert all(f.guidance["en"] and f.guidance["et"] for f in tpl.fields())


def _broken(tmp_path, mutate) -> str:
    data = json.loads(shipped_template_files()[0].read_text(encoding="utf-8"))
    data = copy.deepcopy(data)
    mutate(data)
    path = tmp_path / "broken.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(TemplateError) as info:
        load_template_file(path)
    return str(info.value)


def _set_kind(d):
    d["sections"][0]["fields"][1]["kind"] = "textarea"


def _drop_et(d):
    del d["sections"][2]["fields"][0]["label"]["et"]


def _bad_check(d):
    d["checks"][0]["end"] = "plan_finish"


def _bad_condition(d):
    d["sections"][6]["fields"][0]["fields"][18]["required"][0]["when"][0]["field"] = "completeness"


def _duplicate(d):
    d["sections"][1]["fields"].append(copy.deepcopy(d["sections"][0]["fields"][0]))


def _no_values(d):
    del d["sections"][0]["fields"][4]["values"]


@pytest.mark.parametrize("mutate, where, why", [
    (_set_kind, "$.sections[0].fields[1].kind", "unknown kind 'textarea'"),
    (_drop_et, "$.sections[2].fields[0].label", "exactly the languages"),
    (_bad_check, "$.checks[0].end", "unknown field 'plan_finish'"),
    (_bad_condition, "field commitments.results", "unknown field 'completeness'"),
    (_duplicate, "$.sections[1]", "duplicate field id 'country'"),
    (_no_values, "$.sections[0].fields[4].values", "needs a non-empty list of values"),
])
def test_broken_copy_names_file_and_json_path(tmp_path, mutate, where, why):
    message = _broken(tmp_path, mutate)
    assert message.startswith("broken.json: ")
    assert where in message and why in message


def test_invalid_json_names_line_and_column(tmp_path):
    path = tmp_path / "bad.json"
    path.write_text('{"id": "x",\n  "version": }', encoding="utf-8")
    with pytest.raises(TemplateError, match=r"bad\.json: \$: invalid JSON at line 2 column"):
        load_template_file(path)


def test_meeting_frequency_date_is_a_column_of_its_group(tmp_path):
    # Regression: the loader resolved "date" at the top level and rejected the shipped check.
    check = next(c for c in load_template().checks if c["check"] == "meeting_frequency")
    assert check["date"] == "date" and load_template().field(("forum_meetings", "date")) is not None
    message = _broken(tmp_path, lambda d: next(c for c in d["checks"] if c["check"] == "meeting_frequency")
                      .update(date="when"))
    assert "unknown field 'when'" in message
