"""Characters outside the BMP, and ones the font lacks, read back from the PDF as themselves (issue 11).

reportlab wrote 😀 into the ToUnicode CMap as <1F600>, which readers took for U+1F60 "ὠ";
characters DejaVu has no glyph for were drawn as .notdef and read back as nothing.
"""

from __future__ import annotations

import io
import json
import re
import subprocess
import sys
import unicodedata

import docx
import pikepdf

from ogp_desktop.document.builder import build_document
from ogp_desktop.document.docx_renderer import render_docx
from ogp_desktop.document.pdf_renderer import render_pdf
from ogp_desktop.document.synthetic import generate_report

# DejaVu has 😀, 𝔸, 𐌰 and U+200D; it lacks ✅, the flag letters, 𠜎, 👩, 💻, U+2066/U+2069, U+FE0F and U+0091
VALUE = ("Emoji 😀 done ✅ flag 🇪🇪 math 𝔸 gothic 𐌰 cjk 𠜎 zwj 👩\u200d💻 heart ❤\ufe0f "
         "isolate \u2066x\u2069 control \x91 õäöüšž ÕÄÖÜŠŽ combining e\u0301 a\u0308 end.")


def _export(template, tmp_path):
    report = generate_report(template, commitments=1, milestones=1, paragraphs=1)
    summary = next(f for s in template.sections for f in s.fields if f.kind == "longtext")
    report.set(summary.id, VALUE)
    doc = build_document(report, template, "en")
    pdf, word = tmp_path / "r.pdf", io.BytesIO()
    with pdf.open("wb") as fh:
        render_pdf(doc, fh)
    render_docx(doc, word)
    return pdf, word


def test_astral_and_missing_characters_extract_as_themselves(template, tmp_path) -> None:
    pdf, word = _export(template, tmp_path)
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    start = text.index("Emoji")
    shown = text[start:text.index("end.", start) + 4].replace("\n", " ")  # the value wraps onto two lines
    assert unicodedata.normalize("NFC", shown) == unicodedata.normalize("NFC", VALUE)
    assert VALUE in "\n".join(p.text for p in docx.Document(word).paragraphs)


def test_no_text_is_drawn_with_the_notdef_glyph(template, tmp_path) -> None:
    """PDF/UA-1 7.21.8: every code drawn maps to a character, so none is glyph 0 (which maps to U+0000);
    and a character past U+FFFF is written as a UTF-16 surrogate pair."""
    pdf, _ = _export(template, tmp_path)
    drawn, mapped = set(), {}
    with pikepdf.open(pdf) as doc:
        for page in doc.pages:
            for name, font in page.Resources.Font.items():
                cmap = font.ToUnicode.read_bytes().decode("ascii")
                pairs = dict(re.findall(r"^<([0-9A-F]{2})> <([0-9A-F]+)>$", cmap, re.MULTILINE))
                assert all(len(v) in (4, 8) for v in pairs.values()), cmap
                mapped[name] = {int(k, 16): bytes.fromhex(v).decode("utf-16-be") for k, v in pairs.items()}
            current = None
            for operands, operator in pikepdf.parse_content_stream(page):
                if operator == pikepdf.Operator("Tf"):
                    current = str(operands[0])
                elif operator == pikepdf.Operator("Tj"):
                    drawn.update((current, code) for code in bytes(operands[0]))
                elif operator == pikepdf.Operator("TJ"):
                    drawn.update((current, code) for part in operands[0] if isinstance(part, pikepdf.String)
                                 for code in bytes(part))
    assert drawn
    chars = {mapped[font].get(code) for font, code in drawn}
    assert None not in chars and "\x00" not in chars
    assert {"😀", "✅", "𠜎", "\ufe0f", "\u2066", "\x91"} <= chars


def test_pdfua_still_finds_nothing(template, tmp_path) -> None:
    pdf, _ = _export(template, tmp_path)
    run = subprocess.run([sys.executable, "-m", "pdfua", "check", "--format", "json", str(pdf)],
                         capture_output=True, text=True, timeout=120, check=False)
    assert run.returncode == 0, run.stdout[-3000:] + run.stderr
    assert json.loads(run.stdout)["findings"] == []
