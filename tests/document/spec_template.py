"""A template that follows the spec's field ids, for tests that must not
depend on the shipped template's wording (and ran before it existed)."""

from __future__ import annotations

from ogp_desktop.template import Template, load_template_data


def _t(en: str, et: str | None = None) -> dict:
    return {"en": en, "et": et or f"{en} (et)"}


def _f(fid: str, kind: str, req: str = "no", **extra) -> dict:
    node = {"id": fid, "kind": kind, "label": _t(fid.replace("_", " ").capitalize()),
            "guidance": _t("", ""), "required": req}
    if "values" in extra:
        extra["values"] = [{"id": v, "label": _t(v.replace("_", " ").capitalize())} for v in extra["values"]]
    node.update(extra)
    return node


COMPLETION = ["not_started", "limited", "substantial", "completed"]


def template_data() -> dict:
    commitment = [
        _f("ogp_id", "text"), _f("number", "text", "error"), _f("title", "text", "error"),
        _f("short_description", "text"), _f("start", "month", "error"), _f("end", "month", "error"),
        _f("lead_agency", "text", "error"), _f("other_state_actors", "list"), _f("other_actors", "list"),
        _f("problem", "longtext", "error"), _f("description", "longtext", "error"),
        _f("contribution", "longtext", "error"),
        _f("ogp_values", "multienum", "error", values=["access_to_information", "civic_participation",
                                                       "public_accountability", "technology_innovation"]),
        _f("values_relevance", "longtext", "error"), _f("additional_info", "longtext"),
        _f("milestones", "group", "warning", fields=[
            _f("number", "text"), _f("activity", "longtext", "error"), _f("start", "month"),
            _f("end", "month"), _f("status", "enum", values=COMPLETION)]),
        _f("completion", "enum", "error", values=COMPLETION),
        _f("on_time", "enum", values=["yes", "no"]),
        _f("results", "longtext", "error"), _f("next_steps", "longtext", "warning"),
        _f("changes_from_plan", "longtext"),
        _f("opened_government", "enum", values=["worsened", "did_not_change", "marginal", "major",
                                                "outstanding"], show_for=["end_of_term"]),
        _f("evidence", "group", fields=[_f("title", "text"), _f("url", "url"), _f("accessed", "date")]),
    ]
    sections = [
        ("cover", [_f("country", "text", "error"), _f("action_plan_title", "text", "error"),
                   _f("plan_start", "month", "error"), _f("plan_end", "month", "error"),
                   _f("report_type", "enum", "error", values=["mid_term", "end_of_term", "annual"]),
                   _f("period_start", "date", "error"), _f("period_end", "date", "error"),
                   _f("language", "enum", "error", values=["en", "et"]),
                   _f("lead_agency", "text", "error"), _f("contact_name", "text", "warning"),
                   _f("contact_email", "email", "warning"), _f("approved_on", "date"),
                   _f("submitted_on", "date")], None),
        ("summary", [_f("executive_summary", "longtext", "warning", max_words=1000)], None),
        ("introduction", [_f("national_context", "longtext", "error"), _f("priorities", "list", "warning")], None),
        ("plan_development", [_f("dev_timeline_answer", "enum", "error", values=["yes", "partly", "no"]),
                              _f("dev_timeline_explanation", "longtext"),
                              _f("consultation_events", "group", "warning", fields=[
                                  _f("date", "date"), _f("format", "enum", values=["meeting", "online"]),
                                  _f("title", "text"), _f("organiser", "text"), _f("participants", "int"),
                                  _f("link", "url")])], ["mid_term", "annual"]),
        ("forum", [_f("forum_name", "text", "error"), _f("forum_members", "group", "warning", fields=[
            _f("name", "text"), _f("organisation", "text"),
            _f("sector", "enum", values=["government", "civil_society"])])], None),
        ("commitments", [_f("commitments", "group", "error", fields=commitment,
                            item_label=_t("Commitment", "Kohustus"))], None),
        ("report_consultation", [_f("draft_link", "url", "error"), _f("comment_channel", "text"),
                                 _f("comments", "group", fields=[
                                     _f("commenter", "text"), _f("summary", "longtext"),
                                     _f("response", "longtext"), _f("changed", "bool")]),
                                 _f("no_comments", "bool")], None),
        ("annexes", [_f("repository_url", "url", "error"),
                     _f("annex_links", "group", fields=[_f("title", "text"), _f("url", "url")])], None),
    ]
    return {
        "id": "ogp-self-assessment", "version": 1, "name": _t("OGP progress report", "OGP vahearuanne"),
        "report_types": ["mid_term", "end_of_term", "annual"],
        "sections": [{"id": sid, "label": _t(sid.replace("_", " ").capitalize()), "guidance": _t("", ""),
                      "fields": fields, **({"show_for": sf} if sf else {})} for sid, fields, sf in sections],
    }


def spec_template() -> Template:
    return load_template_data(template_data(), "spec_template")
