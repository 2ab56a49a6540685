"""Long paragraphs as runs of short ones, so PDF layout time stays linear in the text.

reportlab splits a paragraph that runs over a page by re-breaking everything
after the page's last line: a value of 8,000 lines (or one 200,000-character
word) was broken into lines once per page, quadratic in its length (issue 11).
Here such a paragraph is broken into lines once, at the width it will be laid
out in, and handed on as paragraphs of CHUNK_LINES lines each, made with
reportlab's own line-range splitter; each is broken again only over its own
lines. The lines, and so the page, come out the same; only the first piece
keeps the space before and the last the space after.
That one breaking is itself done a bounded number of words at a time
(:mod:`pdf_linebreak`), as reportlab's breaker is quadratic in a paragraph's words.
"""

from __future__ import annotations

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph

from ogp_desktop.document.pdf_linebreak import grouped_lines, line_range

CHUNK_LINES = 40
MIN_CHARS = 3000  # shorter texts cannot run long enough to matter


def _text_length(para: Paragraph) -> int:
    total = 0
    for f in para.frags:
        text = getattr(f, "text", None)
        total += len(text) if isinstance(text, str) else sum(len(w) for w in getattr(f, "words", ()))
    return total


def _variant(style: ParagraphStyle, first: bool, last: bool, cache: dict) -> ParagraphStyle:
    key = (style.name, first, last)
    found = cache.get(key)
    if found is None:
        found = cache[key] = style.clone(f"{style.name}~{int(first)}{int(last)}",
                                         spaceBefore=style.spaceBefore if first else 0,
                                         firstLineIndent=style.firstLineIndent if first else 0,
                                         spaceAfter=style.spaceAfter if last else 0)
    return found


def chunked(para: Paragraph, width: float, cache: dict) -> list[Paragraph]:
    """*para* as consecutive paragraphs of at most CHUNK_LINES lines at *width* (itself when short)."""
    if _text_length(para) < MIN_CHARS:
        return [para]
    runs = grouped_lines(para, width, _variant(para.style, False, True, cache))
    if runs is None:
        para.wrap(width, 1e9)
        runs = [(para.blPara, para._get_split_blParaFunc())]
    if sum(len(blpara.lines) for blpara, _ in runs) <= CHUNK_LINES:
        return [para]
    cls = type(para)
    out = []
    for i, (blpara, split_lines) in enumerate(runs):
        n = len(blpara.lines)
        for start in range(0, n, CHUNK_LINES):
            stop = min(n, start + CHUNK_LINES)
            first, last = not out, stop == n and i == len(runs) - 1
            style = _variant(para.style, first, last, cache)
            out.append(cls(None, style, bulletText=para.bulletText if first else None,
                           frags=line_range(split_lines, blpara, start, stop)))
    return out
