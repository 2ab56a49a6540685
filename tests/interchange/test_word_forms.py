"""Word forms: exported with content controls, filled as Word stores it, merged back field by field."""

from __future__ import annotations

import json
import zipfile
from datetime import datetime, timezone
from pathlib import Path

import pytest
from lxml import etree

from ogp_desktop.clock import fixed_clock
from ogp_desktop.interchange.contribution import merge_contribution
from ogp_desktop.interchange.wordform_parts import PROP_CHUNK, FormError
from ogp_desktop.interchange.wordform_read import read_contribution_form, read_form
from ogp_desktop.interchange.wordform_write import write_form
from ogp_desktop.paths import resource
from ogp_desktop.report import Report
from ogp_desktop.reportfile import read_report
from ogp_desktop.template import Template, load_template
from tests.wordform_fill import WordForm, w

SAMPLE = resource("samples", "demo-ee-2016-2018.ogpreport.json")
W14 = "http://schemas.microsoft.com/office/word/2010/wordml"
CLOCK = fixed_clock(datetime(2026, 2, 1, 12, 0, tzinfo=timezone.utc))


@pytest.fixture(scope="module")
def template() -> Template:
    return load_template()


@pytest.fixture
def report() -> Report:
    return read_report(SAMPLE)


def export(report: Report, template: Template, tmp_path: Path, lang: str = "en",
           ids: tuple[str, ...] = ("EE0039", "EE0041")) -> Path:
    path = tmp_path / f"form-{lang}.docx"
    write_form(report, template, list(ids), path, lang, "Ministry of Finance")
    return path


def test_every_editable_field_is_a_tagged_titled_control(report: Report, template: Template, tmp_path: Path) -> None:
    form = WordForm(export(report, template, tmp_path, "et"))
    tags = {s.find(f"{w('sdtPr')}/{w('tag')}").get(w("val")): s for s in form.doc.iter(w("sdt"))
            if s.find(f"{w('sdtPr')}/{w('tag')}") is not None}
    results = tags["commitments[0].results"].find(w("sdtPr"))
    assert results.find(w("alias")).get(w("val")) == "Tulemused"
    assert results.find(w("lock")).get(w("val")) == "sdtLocked"
    completion = tags["commitments[0].completion"].find(w("sdtPr"))
    items = [(i.get(w("displayText")), i.get(w("value"))) for i in completion.iter(w("listItem"))]
    assert ("Märkimisväärne", "substantial") in items and ("Alustamata", "not_started") in items
    assert "".join(tags["commitments[0].completion"].find(w("sdtContent")).itertext()) == "Märkimisväärne"
    date = tags["commitments[0].evidence[0].accessed"].find(f"{w('sdtPr')}/{w('date')}")
    assert date.get(w("fullDate")) == "2017-09-01T00:00:00Z"
    assert date.find(w("dateFormat")).get(w("val")) == "dd.MM.yyyy"
    assert "".join(tags["commitments[0].evidence[0].accessed"].itertext()) == "01.09.2017"
    assert "commitments[1].milestones[0].activity" in tags and "commitments[1].milestones[0].status" in tags
    assert {f"{{{W14}}}checkbox" == c.tag for c in tags["commitments[0].ogp_values"].find(w("sdtPr"))} >= {True}
    # context is read-only text, not a control: the key, title and lead agency
    assert "commitments[0].title" not in tags and "commitments[0].lead_agency" not in tags
    locked = [s for s in form.doc.iter(w("sdt"))
              if s.find(f"{w('sdtPr')}/{w('lock')}").get(w("val")) == "contentLocked"]
    assert any("Tax and Customs Board" in "".join(s.itertext()) for s in locked)
    assert "Palun täitke ainult varjutatud väljad" in "".join(form.doc.itertext())
    assert "Please fill in the shaded fields only" in "".join(form.doc.itertext())  # bilingual instruction


def test_the_form_carries_its_record_twice(report: Report, template: Template, tmp_path: Path) -> None:
    """In a custom XML part and in custom properties of at most 255 characters each."""
    path = export(report, template, tmp_path)
    with zipfile.ZipFile(path) as z:
        item = etree.fromstring(z.read("customXml/item1.xml"))
        props = etree.fromstring(z.read("docProps/custom.xml"))
    payload = json.loads(item.text)
    chunks = [p for p in props if p.get("name").startswith("ogp-form-")]
    assert all(len("".join(p.itertext())) <= PROP_CHUNK for p in chunks)
    assert json.loads("".join("".join(p.itertext()) for p in chunks)) == payload
    assert payload["contribution"]["meta"]["contribution"]["commitments"] == ["EE0039", "EE0041"]
    assert sorted(payload["fields"].values())[0].startswith("commitments[0]")

    # a program that keeps only the properties: the form is still read
    stripped = tmp_path / "no-custom-xml.docx"
    with zipfile.ZipFile(path) as src, zipfile.ZipFile(stripped, "w") as dst:
        for name in src.namelist():
            if not name.startswith("customXml/"):
                dst.writestr(name, src.read(name))
    assert read_form(stripped, template).contribution.meta["contribution"]["commitments"] == ["EE0039", "EE0041"]


def test_an_untouched_form_merges_to_nothing(report: Report, template: Template, tmp_path: Path) -> None:
    for lang in ("en", "et"):
        reading = read_contribution_form(export(report, template, tmp_path, lang), report, template)
        assert reading.note_texts() == [] and reading.comments == [] and reading.fields == 78
        result = merge_contribution(report, reading.contribution, clock=CLOCK)
        assert result.ok and result.taken == []


def test_what_word_stores_is_read_and_merged(report: Report, template: Template, tmp_path: Path) -> None:
    form = WordForm(export(report, template, tmp_path))
    # split runs, a line break and two paragraphs
    form.fill_paragraphs("commitments[0].results",
                         '<w:p><w:r><w:t xml:space="preserve">Twelve work</w:t></w:r><w:r><w:rPr><w:b/></w:rPr>'
                         '<w:t>shops</w:t></w:r><w:r><w:t xml:space="preserve"> were held.</w:t></w:r>'
                         '<w:r><w:br/><w:t>140 people took part.</w:t></w:r></w:p>'
                         '<w:p><w:r><w:t>The design was published.</w:t></w:r></w:p>')
    # tracked changes: a deletion and an insertion, read as if accepted
    form.fill("commitments[0].next_steps",
              '<w:r><w:t xml:space="preserve">The first services </w:t></w:r>'
              '<w:del w:id="91" w:author="Mari"><w:r><w:delText>will be</w:delText></w:r></w:del>'
              '<w:ins w:id="92" w:author="Mari"><w:r><w:t>were</w:t></w:r></w:ins>'
              '<w:r><w:t xml:space="preserve"> launched in June 2018.</w:t></w:r>')
    form.comment("commitments[0].next_steps", "Mari Maasikas", "Please check the date with RIA.")
    form.choose("commitments[0].completion", "Täidetud")  # the Estonian label in an English form
    form.choose("commitments[1].milestones[0].status", "Completed")
    form.choose("commitments[0].evidence[0].accessed", "2018-01-15")
    form.fill("commitments[0].other_actors",
              "<w:r><w:t>Estonian Chamber of Commerce and Industry</w:t><w:br/><w:t>Praxis</w:t></w:r>")
    path = form.save(tmp_path / "filled.docx")

    reading = read_contribution_form(path, report, template)
    c = reading.contribution.values["commitments"]
    assert c[0]["results"] == ("Twelve workshops were held.\n140 people took part.\n\n"
                               "The design was published.")
    assert c[0]["next_steps"] == "The first services were launched in June 2018."
    assert c[0]["completion"] == "completed" and c[1]["milestones"][0]["status"] == "completed"
    assert c[0]["evidence"][0]["accessed"] == "2018-01-15"
    assert c[0]["other_actors"] == ["Estonian Chamber of Commerce and Industry", "Praxis"]
    assert reading.note_texts() == ["tracked changes in 1 field(s) were read as if all were accepted."]
    assert [(x.path, x.label, x.author, x.text) for x in reading.comments] == [
        ("commitments[0].next_steps", "Next steps", "Mari Maasikas", "Please check the date with RIA.")]

    result = merge_contribution(report, reading.contribution, clock=CLOCK)
    assert result.ok
    assert set(result.taken) == {"commitments[0].results", "commitments[0].next_steps", "commitments[0].completion",
                                 "commitments[2].milestones[0].status", "commitments[0].evidence[0].accessed",
                                 "commitments[0].other_actors"}
    merged = result.report
    assert merged.get("commitments[2].milestones[0].status") == "completed"  # EE0041 is the report's third
    assert merged.get("commitments[1].results") == report.get("commitments[1].results")  # not sent: untouched
    stamp = merged.meta["provenance"]["commitments[0].results"]
    assert stamp["source"] == "contribution for Ministry of Finance" and stamp["merged"] == "2026-02-01T12:00:00Z"


def test_the_coordinators_own_edit_makes_a_conflict(report: Report, template: Template, tmp_path: Path) -> None:
    form = WordForm(export(report, template, tmp_path))
    form.fill("commitments[0].results", "<w:r><w:t>The ministry's account.</w:t></w:r>")
    path = form.save(tmp_path / "filled.docx")
    report.set("commitments[0].results", "The coordinator's account.")
    reading = read_contribution_form(path, report, template)
    result = merge_contribution(report, reading.contribution, clock=CLOCK)
    assert [(c.path, c.ours, c.theirs) for c in result.conflicts] == [
        ("commitments[0].results", "The coordinator's account.", "The ministry's account.")]


def test_text_outside_the_fields_is_reported_by_page(report: Report, template: Template, tmp_path: Path) -> None:
    form = WordForm(export(report, template, tmp_path))
    form.paragraph_after_page_break(1, "Our minister will call you about this.")
    form.fill("commitments[0].problem", "<w:r><w:t>Stated anew.</w:t></w:r>")
    reading = read_form(form.save(tmp_path / "filled.docx"), template)
    assert reading.note_texts() == ["text outside the fields on page 2 was not read."]
    assert reading.contribution.get("commitments[0].problem") == "Stated anew."


def test_values_not_understood_are_not_taken(report: Report, template: Template, tmp_path: Path) -> None:
    form = WordForm(export(report, template, tmp_path, "et"))
    form.choose("commitments[0].completion", "Peaaegu")
    form.choose("commitments[0].evidence[0].accessed", "eelmisel nädalal")
    form.choose("commitments[1].milestones[0].end", "03.2018")
    reading = read_form(form.save(tmp_path / "filled.docx"), template)
    assert reading.contribution.get("commitments[0].completion") == report.get("commitments[0].completion")
    assert reading.contribution.get("commitments[1].milestones[0].end") == "2018-03"
    assert reading.note_texts() == [
        "'Peaaegu' is not one of the choices for Commitment 1 › Level of completion; it was not taken.",
        "'eelmisel nädalal' is not a date for Commitment 1 › Source 1 › Accessed on; it was not taken."]
    assert reading.note_texts("et") == [
        "'Peaaegu' pole välja Kohustus 1 › Täitmise tase valikute seas; seda ei võetud üle.",
        "'eelmisel nädalal' pole välja Kohustus 1 › Allikas 1 › Vaadatud kuupäev; seda ei võetud üle."]


def test_checkboxes_and_an_emptied_choice(report: Report, template: Template, tmp_path: Path) -> None:
    form = WordForm(export(report, template, tmp_path))
    boxes = form.sdts("commitments[0].ogp_values")
    for box, on in zip(boxes, (False, True, False, True), strict=True):
        box.find(f"{w('sdtPr')}/{{{W14}}}checkbox/{{{W14}}}checked").set(f"{{{W14}}}val", "1" if on else "0")
    form.choose("commitments[0].on_time", "Choose")
    reading = read_form(form.save(tmp_path / "filled.docx"), template)
    assert reading.contribution.get("commitments[0].ogp_values") == ["civic_participation", "technology_innovation"]
    assert reading.contribution.get("commitments[0].on_time") is None


def test_values_the_template_does_not_know_survive_an_untouched_form(report: Report, template: Template,
                                                                     tmp_path: Path) -> None:
    """A legacy choice, a date that is not a date, an unknown OGP value: shown as stored, and kept."""
    report.set("commitments[0].completion", "almost_there")
    report.set("commitments[0].evidence[0].accessed", "autumn 2017")
    report.set("commitments[0].ogp_values", ["access_to_information", "open_data"])
    form = WordForm(export(report, template, tmp_path))
    assert "".join(form.content("commitments[0].completion").itertext()) == "almost_there"
    assert "".join(form.content("commitments[0].evidence[0].accessed").itertext()) == "autumn 2017"
    reading = read_contribution_form(form.save(tmp_path / "same.docx"), report, template)
    assert reading.note_texts() == []
    assert merge_contribution(report, reading.contribution, clock=CLOCK).taken == []


def test_a_deleted_paragraph_mark_joins_and_word_placeholders_are_empty(report: Report, template: Template,
                                                                       tmp_path: Path) -> None:
    form = WordForm(export(report, template, tmp_path))
    form.fill_paragraphs("commitments[0].results",
                         '<w:p><w:pPr><w:rPr><w:del w:id="5" w:author="Mari"/></w:rPr></w:pPr>'
                         '<w:r><w:t xml:space="preserve">One sentence </w:t></w:r></w:p>'
                         '<w:p><w:r><w:t>that Mari joined.</w:t></w:r></w:p>')
    form.fill("commitments[0].additional_info", "<w:r><w:t>Click or tap here to enter text.</w:t></w:r>")
    reading = read_form(form.save(tmp_path / "filled.docx"), template)
    assert reading.contribution.get("commitments[0].results") == "One sentence that Mari joined."
    assert reading.contribution.get("commitments[0].additional_info") == ""


def test_an_old_doc_or_a_password_is_named(report: Report, template: Template, tmp_path: Path) -> None:
    old = tmp_path / "form.docx"
    old.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(4096))
    with pytest.raises(FormError, match=r"form.docx: the document is password-protected or in the old Word "
                                        r"97-2003 format"):
        read_form(old, template)


def test_rows_added_in_the_spare_lines_become_new_rows(report: Report, template: Template, tmp_path: Path) -> None:
    form = WordForm(export(report, template, tmp_path))
    form.fill("commitments[0].milestones[2].number", "<w:r><w:t>1.3</w:t></w:r>")
    form.fill("commitments[0].milestones[2].activity", "<w:r><w:t>User testing of the tax return</w:t></w:r>")
    form.choose("commitments[0].milestones[2].end", "2018-05")
    form.choose("commitments[0].milestones[2].status", "Completed")
    form.fill("commitments[1].evidence[1].title", "<w:r><w:t>Guidance for municipalities</w:t></w:r>")
    form.fill("commitments[1].evidence[1].url", "<w:r><w:t>https://www.ega.ee/guidance</w:t></w:r>")
    reading = read_contribution_form(form.save(tmp_path / "filled.docx"), report, template)
    result = merge_contribution(report, reading.contribution, clock=CLOCK)
    assert result.ok
    assert result.report.get("commitments[0].milestones[2]") == {
        "number": "1.3", "activity": "User testing of the tax return", "end": "2018-05", "status": "completed"}
    assert result.report.get("commitments[2].evidence")[-1] == {
        "title": "Guidance for municipalities", "url": "https://www.ega.ee/guidance"}
    assert len(result.report.get("commitments[0].milestones")) == 3  # the second spare row stayed empty
