"""A report a government would publish (issue 13's "done when"), checked on real exports.

The shipped demo (English, mid-term) and an Estonian end-of-term report with full
English translations, each exported in both languages, read back with pdftotext,
python-docx and LibreOffice.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import docx
import pytest
from export_checks import join_hyphenated, pdf_text, squash

from ogp_desktop import paths, translations
from ogp_desktop.document.export import export_report
from ogp_desktop.reportfile import read_report
from ogp_desktop.template import Field, Template
from ogp_desktop.valuepath import format as format_path

DATA = Path(__file__).resolve().parent.parent / "data"
REPORTS = {
    "demo": paths.resource_path("samples", "demo-ee-2016-2018.ogpreport.json"),
    "eot-et": DATA / "end-of-term-et-translated.ogpreport.json",
}
CASES = [(name, lang) for name in REPORTS for lang in ("en", "et")]
WORD = re.compile(r"[^\W\d_]{4,}")


@pytest.fixture(scope="module")
def exports(tmp_path_factory, template):
    """Every report in both languages, PDF and DOCX, plus LibreOffice's PDF of each DOCX."""
    out = tmp_path_factory.mktemp("publish")
    done = {}
    for name, path in REPORTS.items():
        report = read_report(path)
        for lang in ("en", "et"):
            stem = out / f"{name}-{lang}"
            result = export_report(report, template, lang=lang, docx_path=stem.with_suffix(".docx"),
                                   pdf_path=stem.with_suffix(".pdf"))
            done[(name, lang)] = (report, stem, result)
    if shutil.which("soffice"):
        lo = out / "lo"
        profile = tmp_path_factory.mktemp("lo-profile")
        subprocess.run(["soffice", f"-env:UserInstallation=file://{profile}", "--headless", "--convert-to", "pdf",
                        "--outdir", str(lo), *[str(s.with_suffix(".docx")) for _, s, _ in done.values()]],
                       check=True, capture_output=True, timeout=600)
    return out, done


def printed_values(report, template: Template, lang: str) -> list[str]:
    """The free text an export in *lang* prints: each value's translation where there is one."""
    out: list[str] = []

    def walk(fields: tuple[Field, ...], node, prefix) -> None:
        for f in fields:
            if not isinstance(node, dict) or not f.visible_for(report.report_type) or f.id not in node:
                continue
            here = prefix + (f.id,)
            value = node[f.id]
            if f.kind in ("text", "longtext") and isinstance(value, str):
                out.append(str(translations.text_in(report, format_path(here), lang)))
            elif f.kind == "list" and isinstance(value, list):
                out.extend(str(v) for v in translations.text_in(report, format_path(here), lang))
            elif f.kind == "group" and isinstance(value, list):
                for i, row in enumerate(value):
                    walk(f.fields, row, here + (i,))

    for section in template.sections:
        if section.visible_for(report.report_type):
            walk(section.fields, report.values, ())
    return out


def pdf_words(text: str) -> set[str]:
    """Words of extracted text, hyphenated line ends joined (and, for a real hyphen, kept)."""
    return set(WORD.findall(join_hyphenated(text))) | set(WORD.findall(text))


@pytest.mark.parametrize(("name", "lang"), CASES)
def test_every_word_arrives_whole(exports, template, name, lang):
    _, done = exports
    report, stem, _ = done[(name, lang)]
    words = pdf_words(pdf_text(stem.with_suffix(".pdf")))
    wanted = {w for v in printed_values(report, template, lang) for w in WORD.findall(v)}
    assert wanted and sorted(wanted - words) == []


@pytest.mark.parametrize(("name", "lang"), CASES)
def test_no_form_residue(exports, template, name, lang):
    _, done = exports
    report, stem, _ = done[(name, lang)]
    text = pdf_text(stem.with_suffix(".pdf"))
    assert "Not provided" not in text and "Esitamata" not in text
    # yes/no questions read as the template's sentences, never the question then "Yes"
    for f in template.all_fields():
        if f.statement and f.visible_for(report.report_type):
            assert f.text(lang) not in text, f.id
            value = report.get(f.id) if f.parent is None else None
            if value not in (None, "", False):
                assert f.statement_text(value, lang) in " ".join(text.split())
    assert not re.search(r"\?\s*\n\s*(Yes|No|Jah|Ei|Partly|Osaliselt)\s*\n", text)
    assert "[missing" not in text and "[puudub" not in text  # not a draft: no markers


@pytest.mark.parametrize(("name", "lang"), CASES)
def test_every_commitment_at_a_glance_with_its_level(exports, template, name, lang):
    _, done = exports
    report, stem, _ = done[(name, lang)]
    roles = template.roles
    completion = template.field((roles.commitments, roles.completion))
    document = docx.Document(str(stem.with_suffix(".docx")))
    glance = next(t for t in document.tables if t.rows[0].cells[-2].text == completion.text(lang)
                  or "Täitmine" in t.rows[0].cells[-2].text or "Completion" in t.rows[0].cells[-2].text)
    rows = {r.cells[0].text: [c.text for c in r.cells] for r in glance.rows[1:]}
    commitments = report.get(roles.commitments)
    assert len(rows) == len(commitments)
    for i, c in enumerate(commitments):
        row = rows[c[roles.commitment_number]]
        assert row[1] == translations.text_in(report, f"{roles.commitments}[{i}].{roles.commitment_title}", lang)
        assert completion.value_text(c[roles.completion], lang) in row
    # the PDF's table says the same
    flat = squash(join_hyphenated(pdf_text(stem.with_suffix(".pdf"))))
    for row in rows.values():
        assert squash("".join(row)) in flat or all(squash(cell) in flat for cell in row)


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice is not installed")
@pytest.mark.parametrize(("name", "lang"), CASES)
def test_word_and_pdf_are_one_document(exports, name, lang):
    """Sections numbered alike in both files, and LibreOffice's pages within 10 % of ours."""
    out, done = exports
    _, stem, result = done[(name, lang)]
    ours = pdf_text(stem.with_suffix(".pdf"), furniture=True)
    theirs_pdf = out / "lo" / f"{stem.name}.pdf"
    theirs = pdf_text(theirs_pdf, furniture=True)
    contents = ours.split("\f")[1]
    numbered = re.findall(r"^(\d+(?:\.\d+)? \S.*?)\s+\d+$", contents, re.MULTILINE)
    assert len(numbered) > 10
    flat = " ".join(theirs.split())
    for heading in numbered:
        assert heading in flat, heading
    pages = theirs.count("\f")
    assert abs(pages - result.pdf_pages) <= 0.1 * result.pdf_pages, (pages, result.pdf_pages)


def test_exports_are_byte_identical_today_and_next_year(tmp_path, template):
    report = read_report(REPORTS["eot-et"])
    first, second = tmp_path / "a", tmp_path / "b"
    for folder in (first, second):
        folder.mkdir()
        export_report(report, template, lang="en", docx_path=folder / "r.docx", pdf_path=folder / "r.pdf")
    for name in ("r.docx", "r.pdf"):
        assert (first / name).read_bytes() == (second / name).read_bytes(), name
    if shutil.which("faketime"):  # years later, through the command line
        later = tmp_path / "later"
        later.mkdir()
        root = Path(__file__).resolve().parents[2]
        subprocess.run(["faketime", "2031-06-15 12:00:00", sys.executable, str(root / "main.py"),
                        "export", str(REPORTS["eot-et"]), "--lang", "en", "--docx", str(later / "r.docx"),
                        "--pdf", str(later / "r.pdf")], check=True, capture_output=True, timeout=300, cwd=root)
        for name in ("r.docx", "r.pdf"):
            assert (later / name).read_bytes() == (first / name).read_bytes(), name


def test_exported_files_follow_the_umask(tmp_path, template):
    import os

    report = read_report(REPORTS["demo"])
    old = os.umask(0o022)
    try:
        export_report(report, template, lang="en", docx_path=tmp_path / "r.docx", pdf_path=tmp_path / "r.pdf")
    finally:
        os.umask(old)
    for name in ("r.docx", "r.pdf"):
        assert (tmp_path / name).stat().st_mode & 0o777 == 0o644


def test_link_uris_are_seven_bit(exports):
    _, done = exports
    for _report, stem, _ in done.values():
        raw = stem.with_suffix(".pdf").read_bytes()
        uris = re.findall(rb"/URI \((.*?)\)", raw)
        assert uris and all(u.isascii() and not re.search(rb"[\x00-\x20\x7f]", u) for u in uris)
        document = docx.Document(str(stem.with_suffix(".docx")))
        targets = [r.target_ref for r in document.part.rels.values() if r.is_external]
        assert targets and all(t.isascii() for t in targets)


def test_word_package_is_ours_with_fonts_embedded(exports):
    from fontTools.ttLib import TTFont

    from ogp_desktop.document.docx_package import obfuscate

    _, done = exports
    _, stem, _ = done[("demo", "en")]
    with zipfile.ZipFile(stem.with_suffix(".docx")) as z:
        names = z.namelist()
        app = z.read("docProps/app.xml").decode()
        fonts = z.read("word/fontTable.xml").decode()
        settings = z.read("word/settings.xml").decode()
        body = z.read("word/document.xml").decode()
        styles = z.read("word/styles.xml").decode()
        embedded = {n: z.read(n) for n in names if n.endswith(".odttf")}
    assert "stylesWithEffects" not in " ".join(names) and "Macintosh" not in app and "Normal.dotm" not in app
    assert "<Application>OGP Report Studio</Application>" in app
    assert "<w:autoHyphenation/>" in settings and "<w:embedTrueTypeFonts/>" in settings
    assert 'w:ascii="DejaVu Sans"' in styles and "theme" not in styles.lower()
    assert len(embedded) == 4 and "w:embedRegular" in fonts and "w:embedBold" in fonts
    key = re.search(r'w:embedRegular r:id="rIdFont1" w:fontKey="\{([0-9A-F-]+)\}"', fonts).group(1)
    import io
    import uuid

    regular = TTFont(io.BytesIO(obfuscate(embedded["word/fonts/font1.odttf"], uuid.UUID(key))))
    assert regular["name"].getDebugName(1) == "DejaVu Sans"  # de-obfuscates to the real font
    # every table row is kept whole; headings are numbered by Word's list bound to their styles
    assert body.count("<w:tr>") == body.count("<w:cantSplit/>")
    assert re.search(r'w:styleId="Heading1".*?<w:numId w:val="1"/>', styles)
    assert "<wp:docPr" in body and 'descr="Bar chart of the 9 commitments' in body  # the chart's alt text


def test_draft_marked_alike_and_watermark_is_not_text(tmp_path, template):
    report = read_report(REPORTS["demo"])
    report.set(template.roles.country, "")  # one error: a draft
    result = export_report(report, template, lang="en", docx_path=tmp_path / "d.docx", pdf_path=tmp_path / "d.pdf")
    assert result.draft
    text = pdf_text(tmp_path / "d.pdf", furniture=True)
    assert "D\nR\nA\nF\nT" not in text and "[missing: Country]" in text  # a visible marker, in a draft only
    grey = _grey_share(tmp_path / "d.pdf", 1)
    assert grey > 0.02  # the watermark is drawn on the page (the cover is nearly empty otherwise)
    with zipfile.ZipFile(tmp_path / "d.docx") as z:
        headers = "".join(z.read(n).decode() for n in z.namelist() if n.startswith("word/header"))
    assert headers.count('string="DRAFT"') == 2 and "v:textpath" in headers  # every page, the cover too
    final = export_report(read_report(REPORTS["demo"]), template, lang="en", pdf_path=tmp_path / "f.pdf",
                          docx_path=tmp_path / "f.docx")
    assert not final.draft and _grey_share(tmp_path / "f.pdf", 1) < grey / 5
    with zipfile.ZipFile(tmp_path / "f.docx") as z:
        assert "textpath" not in "".join(z.read(n).decode() for n in z.namelist() if n.startswith("word/header"))


def _grey_share(pdf: Path, page: int) -> float:
    """Share of the page's pixels in the watermark's light grey."""
    data = subprocess.run(["pdftoppm", "-gray", "-r", "20", "-f", str(page), "-l", str(page), str(pdf)],
                          check=True, capture_output=True).stdout
    header_end = data.index(b"255\n") + 4
    pixels = data[header_end:]
    return sum(1 for p in pixels if 212 <= p <= 221) / len(pixels)


def test_carried_forward_report_shows_both_levels(template, tmp_path):
    from ogp_desktop.document.builder import build_document
    from ogp_desktop.document.model import DataTable
    from ogp_desktop.interchange.carry_forward import carry_forward

    mid = read_report(REPORTS["demo"])
    end = carry_forward(mid, "end_of_term", template=template)
    roles = template.roles
    end.set(f"{roles.commitments}[0].{roles.completion}", "completed")
    doc = build_document(end, template, "en")
    table = next(b for b in doc.blocks if isinstance(b, DataTable) and "Completion, previous report" in b.header)
    first = [c[0].text if c else "" for c in table.rows[0]]
    before = mid.get(f"{roles.commitments}[0].{roles.completion}")
    level = template.field((roles.commitments, roles.completion))
    assert first[3:5] == [level.value_text(before, "en"), level.value_text("completed", "en")]


def test_final_export_refuses_untranslated_values(tmp_path):
    root = Path(__file__).resolve().parents[2]

    def export(src: Path, *extra: str) -> subprocess.CompletedProcess:
        return subprocess.run([sys.executable, str(root / "main.py"), "export", str(src),
                               "--lang", "en", "--pdf", str(tmp_path / "x.pdf"), *extra],
                              capture_output=True, text=True, timeout=300, cwd=root, check=False)

    mixed = read_report(REPORTS["eot-et"])
    del mixed.translations["en"]["commitments[1].results"]
    from ogp_desktop.reportfile import write_report

    write_report(mixed, tmp_path / "mixed.ogpreport.json")
    refused = export(tmp_path / "mixed.ogpreport.json", "--final")
    assert refused.returncode == 1 and "1 value(s) have no English translation" in refused.stderr
    assert "commitments[1].results (Commitment 2 › Results)" in refused.stderr
    assert not (tmp_path / "x.pdf").exists()
    allowed = export(tmp_path / "mixed.ogpreport.json", "--final", "--allow-untranslated")
    assert allowed.returncode == 0 and "untranslated: commitments[1].results" in allowed.stderr
    assert export(REPORTS["eot-et"], "--final").returncode == 0  # translations complete


def test_untranslated_runs_carry_their_language(tmp_path, template):
    report = read_report(REPORTS["eot-et"])
    del report.translations["en"]["commitments[1].results"]
    export_report(report, template, lang="en", docx_path=tmp_path / "r.docx")
    with zipfile.ZipFile(tmp_path / "r.docx") as z:
        body = z.read("word/document.xml").decode()
    source = report.get("commitments[1].results")
    run = re.search(r"<w:r><w:rPr>(.*?)</w:rPr><w:t[^>]*>" + re.escape(source[:30]), body)
    assert run and '<w:lang w:val="et-EE"/>' in run.group(1)
    # only that value, and the names and numbers kept as the report wrote them; the rest is English
    estonian = re.findall(r'<w:lang w:val="et-EE"/></w:rPr><w:t[^>]*>([^<]*)<', body)
    kept = {str(v) for v in _untranslatable_values(template, report.values)}
    assert [t for t in estonian if t not in source and t not in kept] == []


def _untranslatable_values(template: Template, values: dict) -> list[object]:
    """The words no translation replaces (names, numbers), which stay in the report's language."""
    out: list[object] = []

    def walk(fields: tuple[Field, ...], node: dict) -> None:
        for f in fields:
            value = node.get(f.id)
            if f.kind == "group" and isinstance(value, list):
                for row in value:
                    if isinstance(row, dict):
                        walk(f.fields, row)
            elif f.kind in translations.TRANSLATABLE_KINDS and not f.translatable and value:
                out.extend(value if isinstance(value, list) else [value])

    for section in template.sections:
        walk(section.fields, values)
    return out


def test_columns_never_cut_a_word(template):
    from ogp_desktop.document.columns import CELL_SIZE, PADDING, content_widths
    from ogp_desktop.document.fonts import REGULAR
    from ogp_desktop.document.model import DataTable, Paragraph, Span

    word = "Märkimisväärne"
    cell = (Paragraph((Span(word),), "cell"),)
    table = DataTable(("No", "Title", "Level"), ((cell, (Paragraph((Span("long text " * 30),), "cell"),), cell),),
                      (0.2, 3.0, 0.2))
    widths = content_widths(table, 480)
    from reportlab.pdfbase.pdfmetrics import stringWidth

    assert abs(sum(widths) - 480) < 0.01
    assert widths[0] >= stringWidth(word, REGULAR, CELL_SIZE) + PADDING
    assert widths[2] >= stringWidth(word, REGULAR, CELL_SIZE) + PADDING


def test_a_pdf_is_the_same_bytes_whatever_this_process_exported_before(tmp_path):
    """The fonts are the process's: a control character covered by an earlier export (DEL sits at code 127 of
    every first subset) gave the next PDF another glyph than a fresh process made."""
    root = Path(__file__).resolve().parents[2]
    code = """
import sys
sys.path.insert(0, {root!r})
from pathlib import Path
from ogp_desktop.document.export import export_report
from ogp_desktop.reportfile import read_report
from ogp_desktop.template import load_template
template = load_template()
report = read_report({source!r})
if sys.argv[1] == "after":  # the fonts measured a control character beside a letter DejaVu has (as a test does)
    from reportlab.pdfbase import pdfmetrics
    from ogp_desktop.document.fonts import REGULAR, register_fonts
    register_fonts()
    pdfmetrics.getFont(REGULAR).stringWidth("\\x7f and \\x07 beside õ", 10)
export_report(report, template, lang="en", pdf_path=Path(sys.argv[2]))
""".format(root=str(root), source=str(REPORTS["eot-et"]))
    made = {}
    for how in ("fresh", "after"):
        out = tmp_path / f"{how}.pdf"
        subprocess.run([sys.executable, "-c", code, how, str(out)], check=True, capture_output=True, timeout=300)
        made[how] = out.read_bytes()
    assert made["fresh"] == made["after"]
