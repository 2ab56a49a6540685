"""A long paragraph's line breaks, made a bounded number of words at a time (issue 11).

reportlab's line breaker takes each next word with ``list.pop(0)``, quadratic in
the words of one paragraph: a million characters of "x x x" took 17 s, 500,000
characters in 6,000 lines 13 s. Here the breaker is handed at most about
GROUP_WORDS words at once, and the lines are those it makes of the whole:

* one run of plain text (reportlab's kind 0): group after group of words, each
  after the words of the previous group's last line, which is not yet final.
  The breaker is greedy and each line starts afresh, so every line but that
  last one is the line it would have made (hyphenation and long words included);
* text in several runs (kind 1): cut right after a manual line break, where a
  line ends whatever follows; a long stretch without one is broken whole. Each
  group keeps its own lines and splitter (reportlab's splitter for hyphenated
  runs indexes the paragraph's own fragments).

Lines after the first are broken in *later_style* (no first-line indent, no bullet).
:func:`line_range` and :func:`continued` keep reportlab's splitter from starting a run of
lines, or the next page, with an empty line.
"""

from __future__ import annotations

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph
from reportlab.platypus.paragraph import _processed_frags, _split_blParaSimple, split, strip

GROUP_WORDS = 2000


def grouped_lines(para: Paragraph, width: float, later_style: ParagraphStyle) -> list[tuple] | None:
    """*para*'s lines at *width* as runs of (blPara, reportlab's line-range splitter for it), made
    group by group; None when *para* is short enough, or of a kind reportlab must break whole."""
    frags = para.frags
    if para.style.endDots or getattr(para.style, "shaping", 0) or _processed_frags(frags):
        return None
    if len(frags) == 1:
        return _plain(para, width, later_style)
    return _at_line_breaks(para, width, later_style)


def _broken(frags: list, style: ParagraphStyle, bullet, width: float) -> Paragraph:
    part = Paragraph(None, style, bulletText=bullet, frags=frags)
    part.wrap(width, 1e9)
    return part


def _plain(para: Paragraph, width: float, later_style: ParagraphStyle):
    frag = para.frags[0]
    if not isinstance(getattr(frag, "text", None), str) or hasattr(frag, "cbDefn") or hasattr(frag, "backColor"):
        return None  # not reportlab's kind 0
    words = split(strip(frag.text))
    if len(words) <= GROUP_WORDS:
        return None
    base = frag.clone()
    del base.text
    style, bullet = para.style, para.bulletText
    lines: list = []
    carry: list = []
    for start in range(0, len(words), GROUP_WORDS):
        group = carry + words[start:start + GROUP_WORDS]
        broken = _broken([base.clone(words=group)], style, bullet, width).blPara
        if start + GROUP_WORDS >= len(words):
            return [(broken.clone(lines=lines + broken.lines), _split_blParaSimple)]
        if len(broken.lines) > 1:  # all but the last line are final; its words start the next group
            lines += broken.lines[:-1]
            carry = list(broken.lines[-1][1])
            style, bullet = later_style, None
        else:
            carry = group
    return None  # not reached: the last group returns


def _at_line_breaks(para: Paragraph, width: float, later_style: ParagraphStyle):
    groups: list[list] = [[]]
    words = 0
    for frag in para.frags:
        groups[-1].append(frag)
        text = getattr(frag, "text", "")
        words += text.count(" ") + 1 if isinstance(text, str) else 1
        if words >= GROUP_WORDS and getattr(frag, "lineBreak", False):
            groups.append([])
            words = 0
    groups = [g for g in groups if g]
    if len(groups) < 2:
        return None
    runs = []
    style, bullet = para.style, para.bulletText
    for group in groups:
        part = _broken(group, style, bullet, width)
        if part.blPara.kind != 1:  # a group of one fragment is broken another way: break the whole
            return None
        runs.append((part.blPara, part._get_split_blParaFunc()))
        style, bullet = later_style, None
    return runs


def line_range(split_lines, blpara, start: int, stop: int) -> list:
    """The fragments of lines start..stop, from reportlab's splitter *split_lines* for *blpara*.

    reportlab's splitter of a broken paragraph starts the range with the manual line break
    that ended the line before: drawn, it was an empty first line (every CHUNK_LINES lines of
    a long value had a gap). It is left out here, unless that line was itself empty: then the
    break stands for it, as the range before it cannot show a last empty line.
    """
    frags = split_lines(blpara, start, stop)
    return frags[1:] if start and _carries_break(blpara.lines[start - 1], frags) else frags


def _carries_break(before, frags: list) -> bool:
    """Whether *frags*, the lines after the line *before*, start with the break that ended it."""
    if not (frags and isinstance(frags[0], list) and getattr(before, "lineBreak", False) and before.wordCount):
        return False
    first = frags[0]
    return len(first) == 2 and bool(getattr(first[1][0], "lineBreak", False))


def continued(parts: list) -> None:
    """The same for reportlab's split of a paragraph at a page end: [first part, rest]."""
    if len(parts) == 2 and getattr(parts[0], "blPara", None) is not None:
        lines = parts[0].blPara.lines
        if lines and _carries_break(lines[-1], parts[1].frags):
            parts[1].frags = parts[1].frags[1:]
