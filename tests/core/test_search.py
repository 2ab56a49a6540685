"""Find and replace over a report: labels and values in both languages, in page order."""

from __future__ import annotations

from ogp_desktop import search
from ogp_desktop.paths import resource_path
from ogp_desktop.reportfile import read_report
from ogp_desktop.template import load_template

SAMPLE = resource_path("samples", "demo-ee-2016-2018.ogpreport.json")


def test_finds_values_in_page_order_case_insensitively() -> None:
    report, template = read_report(SAMPLE), load_template()
    report.set("commitments[1].results", "The Riigikogu adopted the act.")
    hits = search.find(report, template, "riigikogu")
    paths = [h.path for h in hits if h.where == search.VALUE]
    assert "commitments[1].results" in paths
    assert paths.index("commitments[1].results") > paths.index("commitments[0].title") if (
        "commitments[0].title" in paths) else True
    assert all("riigikogu" in h.text.lower() for h in hits)


def test_finds_field_labels_in_both_languages() -> None:
    report, template = read_report(SAMPLE), load_template()
    country = template.field("country")
    assert country is not None
    en = search.find(report, template, country.text("en"))
    et = search.find(report, template, country.text("et"))
    assert any(h.path == "country" and h.where == search.LABEL and h.lang == "en" for h in en)
    assert any(h.path == "country" and h.where == search.LABEL and h.lang == "et" for h in et)


def test_finds_choices_by_their_label_in_either_language_and_translations() -> None:
    report, template = read_report(SAMPLE), load_template()
    status = template.field("commitments.milestones.status")
    assert status is not None
    value = report.get("commitments[0].milestones[0].status")
    assert value
    et_label = status.value_text(value, "et")
    assert any(h.path == "commitments[0].milestones[0].status" and h.where == search.VALUE
               for h in search.find(report, template, et_label))
    other = "et" if report.language == "en" else "en"
    report.set_translation(other, "commitments[0].title", {"text": "Üks ainulaadne tõlge", "source_hash": "x"})
    hits = search.find(report, template, "ainulaadne")
    assert [(h.path, h.where, h.lang) for h in hits] == [("commitments[0].title", search.TRANSLATION, other)]


def test_replacing_touches_only_what_the_user_wrote() -> None:
    report, template = read_report(SAMPLE), load_template()
    report.set("commitments[0].results", "Open data, OPEN data and open DATA.")
    new = search.replaced(report, template, "open data", "avaandmed")
    assert new["commitments[0].results"] == "avaandmed, avaandmed and avaandmed."
    assert all("open data" in str(report.get(p)).lower() for p in new)
    only = search.replaced(report, template, "open data", "x", paths={"commitments[0].results"})
    assert set(only) == {"commitments[0].results"}
    assert search.find(report, template, "  ") == [] and search.replaced(report, template, "", "x") == {}
