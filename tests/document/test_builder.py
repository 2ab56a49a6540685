"""The document model built from the real template: order, visibility, labels, the
computed completion table and the translation lookup."""

from __future__ import annotations

from ogp_desktop.document.builder import build_document
from ogp_desktop.document.model import (
    BulletList,
    DataTable,
    Heading,
    KeyValueTable,
    PageBreak,
    Paragraph,
    TableOfContents,
    TitlePage,
)
from ogp_desktop.document.synthetic import generate_report
from ogp_desktop.document.uri import to_uri


def _h1(doc) -> list[str]:
    return [b.text for b in doc.blocks if isinstance(b, Heading) and b.level == 1]


def test_sections_in_template_order_and_show_for(template):
    mid = build_document(generate_report(template, commitments=1, report_type="mid_term"), template, "en")
    end = build_document(generate_report(template, commitments=1, report_type="end_of_term"), template, "en")
    dev = template.section("plan_development")
    assert _h1(mid) == [s.text("en") for s in template.sections]
    assert _h1(end) == [s.text("en") for s in template.sections if s is not dev]
    opened = template.field("commitments.opened_government").text("en")

    def labels(doc) -> list[str]:
        return [r[0] for b in doc.blocks if isinstance(b, KeyValueTable) for r in b.rows]

    assert opened in labels(end) and opened not in labels(mid)


def test_front_matter_and_draft_marking(template):
    report = generate_report(template, commitments=1)
    doc = build_document(report, template, "et", draft=True)
    title, brk, toc, brk2 = doc.blocks[:4]
    assert isinstance(title, TitlePage) and isinstance(toc, TableOfContents)
    assert isinstance(brk, PageBreak) and isinstance(brk2, PageBreak)
    # the report's own title (country, report type, the plan's years); the plan is the subtitle
    assert title.title == "Estonia: Vahearuanne, tegevuskava 2018–2020" and title.draft_note.startswith("Mustand")
    assert title.subtitle == report.get("action_plan_title")
    details = {label: " ".join(p.text for p in value) for label, value in title.details}
    assert details[template.field("lead_agency").text("et")] == report.get("lead_agency")
    # no break inside a date, nor before the dash
    assert details["Aruandlusperiood"] == "1.\u00a0juuli\u00a02018\u00a0– 30.\u00a0juuni\u00a02019"
    # what the cover says is not repeated in the body
    body_labels = [r[0] for b in doc.blocks if isinstance(b, KeyValueTable) for r in b.rows]
    for fid in ("country", "action_plan_title", "report_type", "period_start", "lead_agency"):
        assert template.field(fid).text("et") not in body_labels
    assert doc.locale == "et-EE" and doc.texts["draft"] == "MUSTAND"
    assert build_document(report, template, "en").blocks[0].draft_note == ""


def test_commitment_chapter_layout(template):
    report = generate_report(template, commitments=2, milestones=3)
    report.set("commitments[1].title", "Open data portal")
    report.set("commitments[1].number", "2.1")
    blocks = build_document(report, template, "en").blocks
    start = next(i for i, b in enumerate(blocks)
                 if isinstance(b, Heading) and b.text == "Commitment 2.1: Open data portal")
    assert blocks[start].level == 2 and blocks[start].number == ""  # its own number, not the section's
    facts = blocks[start + 1]
    assert isinstance(facts, KeyValueTable)  # the fact table comes before the texts
    labels = [r[0] for r in facts.rows]
    for fid in ("lead_agency", "ogp_values", "completion"):
        assert template.field(f"commitments.{fid}").text("en") in labels
    milestones = template.field("commitments.milestones").text("en")
    at = next(i for i in range(start, len(blocks)) if isinstance(blocks[i], Heading) and blocks[i].text == milestones)
    table = blocks[at + 1]
    assert isinstance(table, DataTable) and len(table.rows) == 3
    assert table.header == tuple(f.text("en") for f in template.field("commitments.milestones").fields)


def test_other_language_uses_translations_falling_back_to_source(template):
    report = generate_report(template, commitments=2)
    report.translations["et"] = {
        "commitments[0].title": {"text": "Avaandmete portaal", "source_hash": "x"},
        "priorities[1]": {"text": "Kaasamine", "source_hash": "x"},
        "national_context": {"text": "Esimene lõik.\n\nTeine lõik.", "source_hash": "x"},
    }
    source_title = report.get("commitments[1].title")
    et = build_document(report, template, "et")
    heads = [b.text for b in et.blocks if isinstance(b, Heading)]
    assert "Kohustus 1: Avaandmete portaal" in heads and f"Kohustus 2: {source_title}" in heads
    # what stayed in English is counted, located, and carries its own language
    paths = [p for p, _where in et.untranslated]
    assert "commitments[1].title" in paths and "commitments[0].title" not in paths
    assert "national_context" not in paths and "priorities[0]" in paths and "priorities[1]" not in paths
    bullets = next(b for b in et.blocks if isinstance(b, BulletList))
    assert bullets.items[0].spans[0].lang == "en" and bullets.items[1].spans[0].lang is None
    bullets = next(b for b in et.blocks if isinstance(b, BulletList))
    assert bullets.items[1].text == "Kaasamine" and bullets.items[0].text == report.get("priorities[0]")
    texts = [b.text for b in et.blocks if isinstance(b, Paragraph)]
    assert "Esimene lõik." in texts and "Teine lõik." in texts
    # The report's own language never reads translations.
    en = build_document(report, template, "en")
    assert "Commitment 1: Avaandmete portaal" not in [b.text for b in en.blocks if isinstance(b, Heading)]
    assert en.untranslated == ()


def test_links_and_labels_in_the_export_language(template):
    report = generate_report(template, commitments=1)
    report.set("commitments[0].ogp_values", ["access_to_information", "civic_participation"])
    report.set("repository_url", "not a web address")
    doc = build_document(report, template, "et")
    spans = [s for b in doc.blocks if isinstance(b, KeyValueTable) for _, cell in b.rows for p in cell for s in p.spans]
    values = template.field("commitments.ogp_values")
    assert any(s.text == ", ".join(values.value_text(v, "et") for v in ("access_to_information", "civic_participation"))
               for s in spans)
    evidence = [s for b in doc.blocks if isinstance(b, DataTable) for row in b.rows for c in row for p in c
                for s in p.spans if s.url]
    # the printed text stays readable; the target is a 7-bit URI
    assert evidence and all(s.url == to_uri(s.text) and s.url.isascii() for s in evidence)
    assert any("ü" in s.text and "%C3%BC" in s.url for s in evidence)
    repo = next(s for s in spans if s.text == "not a web address")
    assert repo.url is None  # only real web addresses become links


def test_shipped_sample_exports_clean_in_both_languages(template, tmp_path):
    """The sample report validates, so its exports carry no DRAFT mark; English is spell-checked
    as en-GB, Estonian as et-EE."""
    import zipfile

    from ogp_desktop import paths
    from ogp_desktop.document.export import export_report
    from ogp_desktop.reportfile import read_report

    report = read_report(paths.resource_path("samples", "demo-ee-2016-2018.ogpreport.json"))
    for lang, locale in (("en", "en-GB"), ("et", "et-EE")):
        result = export_report(report, template, lang=lang, docx_path=tmp_path / f"{lang}.docx",
                               pdf_path=tmp_path / f"{lang}.pdf", final=True)
        assert not result.draft and result.pdf_pages > 5
        with zipfile.ZipFile(tmp_path / f"{lang}.docx") as z:
            assert f'w:lang w:val="{locale}"' in z.read("word/styles.xml").decode()
            assert "DRAFT" not in z.read("word/header1.xml").decode()
