"""Shared pieces for the editor tests: a small template with every field kind, and real reports.

Imported explicitly (``from tests.gui.helpers_editor import ...``); the shell
engineer owns tests/gui/conftest.py.
"""

from __future__ import annotations

from typing import Any

from ogp_desktop import reportfile
from ogp_desktop.paths import resource_path
from ogp_desktop.report import Report
from ogp_desktop.template import Template, load_template, load_template_data


def _t(en: str, et: str | None = None) -> dict[str, str]:
    return {"en": en, "et": et or f"{en} (et)"}


def _f(fid: str, kind: str, required: Any = "no", **extra: Any) -> dict[str, Any]:
    return {"id": fid, "kind": kind, "label": _t(fid.replace("_", " ").capitalize()),
            "guidance": _t(f"Guidance for {fid}.", f"Juhis väljale {fid}."), "required": required, **extra}


def _values(*ids: str) -> list[dict[str, Any]]:
    return [{"id": v, "label": _t(v.replace("_", " "), f"{v} et")} for v in ids]


KINDS_TEMPLATE: dict[str, Any] = {
    "id": "kinds-test", "version": 1, "name": _t("Kinds"),
    "report_types": ["mid_term", "end_of_term"],
    "roles": {"commitments": "things", "commitment_key": ["things.number"], "commitment_number": "things.number",
              "commitment_title": "things.name", "report_type": "report_type", "language": "language",
              "milestones": "things.steps", "milestone_activity": "things.steps.what",
              "milestone_status": "things.steps.status"},
    "sections": [
        {"id": "basics", "label": _t("Basics", "Põhiandmed"), "guidance": _t("", ""), "fields": [
            _f("title", "text", "error"),
            _f("body", "longtext", "warning", max_words=5),
            _f("when", "date"),
            _f("month", "month"),
            _f("report_type", "enum", "error", values=_values("mid_term", "end_of_term")),
            _f("colour", "enum", values=_values("red", "green", "blue", "black", "white")),
            _f("tags", "multienum", values=_values("a", "b", "c")),
            _f("flag", "bool"),
            _f("count", "int"),
            _f("link", "url"),
            _f("mail", "email"),
            _f("items", "list"),
            _f("language", "enum", values=_values("en", "et")),
        ]},
        {"id": "tables", "label": _t("Tables"), "guidance": _t("", ""), "fields": [
            _f("events", "group", "warning", item_label=_t("Event", "Sündmus"), fields=[
                _f("date", "date"), _f("kind", "enum", values=_values("meeting", "workshop", "online", "other")),
                _f("title", "text"), _f("people", "int"), _f("notes", "longtext"), _f("public", "bool"),
            ]),
        ]},
        {"id": "planning", "label": _t("Planning"), "guidance": _t("", ""), "show_for": ["mid_term"],
         "fields": [_f("plan_notes", "longtext")]},
        {"id": "rows", "label": _t("Rows"), "guidance": _t("", ""), "fields": [
            _f("things", "group", item_label=_t("Thing", "Asi"), fields=[
                _f("number", "text", "error"), _f("name", "text", "error"),
                _f("level", "enum", values=_values("none", "some", "all", "more")),
                _f("steps", "group", fields=[_f("what", "text"), _f("status", "enum", values=_values("x", "y"))]),
                _f("impact", "enum", show_for=["end_of_term"], values=_values("low", "high")),
            ]),
        ]},
    ],
}


def kinds_template() -> Template:
    return load_template_data(KINDS_TEMPLATE, "kinds-test.json")


def real_template() -> Template:
    return load_template()


def sample_report() -> Report:
    """The shipped, filled demo report (a fresh object each time)."""
    return reportfile.read_report(resource_path("samples", "demo-ee-2016-2018.ogpreport.json"))


def big_report(commitments: int = 50) -> Report:
    """The sample with its commitments repeated up to *commitments* rows."""
    report = sample_report()
    rows = report.values.get("commitments") or [{}]
    report.values["commitments"] = [dict(rows[i % len(rows)], number=str(i + 1)) for i in range(commitments)]
    return report
