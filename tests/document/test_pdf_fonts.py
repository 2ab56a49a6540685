"""The fast text encoding of our TTF faces gives exactly reportlab's own bytes."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from ogp_desktop.document.fonts import REGULAR, register_fonts

register_fonts()
_FONT = pdfmetrics.getFont(REGULAR)
# the same face with reportlab's own per-character splitString, for reference
_REFERENCE = TTFont("ReferenceDejaVu", _FONT.face.filename)
_REFERENCE.face = _FONT.face  # the same glyph map, stand-ins for missing characters included (font_coverage)
_TEXTS = st.text(alphabet=st.characters(max_codepoint=0x2FF) | st.sampled_from("\u00a0–…€õäöüšž\u0000"),
                 max_size=40)


class _Doc:
    """A stand-in PDF document: fonts keep one subset state per document (weakly keyed)."""


@settings(max_examples=150, deadline=None)
@given(st.lists(_TEXTS, min_size=1, max_size=25))
def test_split_string_matches_reportlab(texts):
    fast_doc, reference_doc = _Doc(), _Doc()
    for text in texts + texts:  # the second time round every character already has a code
        assert _FONT.splitString(text, fast_doc) == _REFERENCE.splitString(text, reference_doc), text
    assert hasattr(_FONT.state[fast_doc], "_ogp_fast")  # the fast path was taken
    # after the first subset fills, later characters land in subset 1: still the same answer
    wide = "".join(map(chr, range(0x400, 0x600)))
    assert _FONT.splitString(wide, fast_doc) == _REFERENCE.splitString(wide, reference_doc)
    for text in texts:
        assert _FONT.splitString(text, fast_doc) == _REFERENCE.splitString(text, reference_doc), text


@settings(max_examples=100, deadline=None)
@given(st.lists(_TEXTS | st.text(max_size=12), min_size=1, max_size=25), st.sampled_from([7.5, 9, 10.5]))
def test_remembered_widths_are_reportlabs(texts, size):
    # measured twice: the second answer comes from memory; characters with no glyph get a stand-in on
    # the first measure (font_coverage), and the reference, sharing the face, measures the same
    for text in texts + texts:
        assert _FONT.stringWidth(text, size) == _REFERENCE.stringWidth(text, size), text
