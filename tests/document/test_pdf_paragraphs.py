"""Plain values skip reportlab's markup parser; the fragments must be exactly the parser's."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st
from reportlab.platypus import Paragraph

from ogp_desktop.document import pdf_styles
from ogp_desktop.document.fonts import register_fonts
from ogp_desktop.document.pdf_renderer import markup, plain_frags

register_fonts()
_STYLES = pdf_styles.build_styles()
_TEXTS = st.text(alphabet=st.characters(max_codepoint=0x17F, exclude_categories=("Cs",))
                 | st.sampled_from(" \t\n\u00a0\u2009–…<>&;\"'"), max_size=60)


@settings(max_examples=300, deadline=None)
@given(_TEXTS, st.sampled_from(["body", "note", "cell", "cell_bold", "bullet"]))
def test_plain_fragments_equal_the_parsers(text, style_name):
    style = _STYLES[style_name]
    source = markup(text)
    fast = plain_frags(source, style, {})
    if fast is None:
        return  # markup or nothing to draw: the parser handles it
    parsed = Paragraph(source, style).frags
    assert [vars(f) for f in fast] == [vars(f) for f in parsed]


def test_plain_path_is_taken_for_plain_text_only():
    style, prototypes = _STYLES["cell"], {}
    assert plain_frags(markup("Riigikantselei  2016–2018"), style, prototypes)[0].text == "Riigikantselei 2016–2018"
    assert plain_frags(markup("AT&T"), style, prototypes) is None
    assert plain_frags(markup("a\nb"), style, prototypes) is None  # a line break is markup (<br/>)
    assert plain_frags(markup("   "), style, prototypes) is None
    assert list(prototypes) == ["cell"]
