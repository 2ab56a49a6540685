"""Arbitrary text in every field kind, and very large reports, never break either export."""

from __future__ import annotations

import io

import docx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ogp_desktop.document.builder import build_document
from ogp_desktop.document.docx_renderer import render_docx
from ogp_desktop.document.export import export_report
from ogp_desktop.document.pdf_renderer import render_pdf
from ogp_desktop.document.synthetic import generate_report
from ogp_desktop.report import Report
from ogp_desktop.template import Template

_TEXT = st.text(st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=300)
_ANY = st.one_of(_TEXT, st.integers(-10**12, 10**12), st.booleans(), st.none(), st.lists(_TEXT, max_size=3))


def _slots(template: Template) -> tuple[int, int]:
    """How many free-text and how many other leaf values a one-commitment report holds."""
    report = generate_report(template, commitments=1, milestones=1, paragraphs=1)
    kinds: list[str] = []
    _walk(template, report.values, lambda f, node: kinds.append(f.kind))
    free = sum(kind in _FREE for kind in kinds)
    return free, len(kinds) - free


_FREE = ("text", "longtext", "url", "email", "list")


def _walk(template: Template, values: dict, visit) -> None:
    def walk(fields, node) -> None:
        for f in fields:
            if f.is_group:
                for row in node.get(f.id) or []:
                    walk(f.fields, row)
            else:
                visit(f, node)

    for section in template.sections:
        walk(section.fields, values)


def _fill(template: Template, texts: list, others: list) -> Report:
    """A one-commitment report whose every leaf value is drawn: free text in text fields,
    anything at all (wrong types too) elsewhere."""
    report = generate_report(template, commitments=1, milestones=1, paragraphs=1)
    free, other = iter(texts), iter(others)

    def visit(f, node) -> None:
        value = next(free) if f.kind in _FREE else next(other)
        node[f.id] = value if f.kind != "list" or isinstance(value, list) else [value]

    _walk(template, report.values, visit)
    report.values["report_type"] = "mid_term"
    return report


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.too_slow,
                                                                 HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_any_text_in_any_field_exports(template, data):
    n_free, n_other = _slots(template)
    report = _fill(template, data.draw(st.lists(_TEXT, min_size=n_free, max_size=n_free)),
                   data.draw(st.lists(_ANY, min_size=n_other, max_size=n_other)))
    for lang in ("en", "et"):
        doc = build_document(report, template, lang, draft=True)
        buf = io.BytesIO()
        render_docx(doc, buf)
        buf.seek(0)
        docx.Document(buf)  # Word's XML is well formed and readable
        pdf = io.BytesIO()
        assert render_pdf(doc, pdf) >= 3
        assert pdf.getvalue().startswith(b"%PDF")


def test_200_commitments_export_without_layout_error(template, tmp_path):
    report = generate_report(template, commitments=200, milestones=6, paragraphs=2)
    result = export_report(report, template, lang="et", docx_path=tmp_path / "big.docx",
                           pdf_path=tmp_path / "big.pdf")
    assert result.pdf_pages > 400
    assert len(docx.Document(str(tmp_path / "big.docx")).tables) > 600


@pytest.mark.parametrize("paragraphs", [1, 25])
def test_a_cell_taller_than_a_page_splits(template, tmp_path, paragraphs):
    """A milestone activity longer than a page, as one paragraph or many: splitInRow carries it over."""
    report = generate_report(template, commitments=1, milestones=2, paragraphs=1)
    text = "\n\n".join(["Lõik " + "sõna " * (3000 // paragraphs)] * paragraphs)
    report.set("commitments[0].milestones[0].activity", text)
    result = export_report(report, template, lang="en", pdf_path=tmp_path / "tall.pdf")
    assert result.pdf_pages > 4
