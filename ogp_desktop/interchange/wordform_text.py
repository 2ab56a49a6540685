"""The text of Word markup as a reader sees it with every tracked change accepted.

Word and LibreOffice store one typed sentence in many ways: split across runs,
with ``w:br`` line breaks, in several paragraphs, inside tracked insertions
(``w:ins``, ``w:moveTo``) next to tracked deletions (``w:del``, ``w:moveFrom``),
with field codes (``w:instrText``). Accepting all changes means: inserted text
counts, deleted text does not, and a paragraph whose mark was deleted runs on
into the next one.
"""

from __future__ import annotations

from collections.abc import Iterator

from lxml import etree

from ogp_desktop.interchange.wordform_parts import w

_SKIP = frozenset(w(t) for t in ("del", "moveFrom", "delText", "instrText", "sdtPr", "pPr", "rPr", "tcPr",
                                 "tblPr", "trPr", "drawing", "pict", "object", "fldData", "delInstrText"))
_SKIP |= {"{http://schemas.openxmlformats.org/markup-compatibility/2006}AlternateContent"}
CHANGES = frozenset(w(t) for t in ("ins", "del", "moveFrom", "moveTo"))


def _collect(node: etree._Element, out: list[str]) -> None:
    for child in node:
        tag = child.tag
        if tag in _SKIP or not isinstance(tag, str):
            continue
        if tag == w("t"):
            out.append(child.text or "")
        elif tag in (w("br"), w("cr")):
            out.append("\n")
        elif tag == w("tab"):
            out.append("\t")
        elif tag == w("noBreakHyphen"):
            out.append("-")
        elif tag == w("p"):
            continue  # a paragraph inside a paragraph (text box): not the field's text
        else:
            _collect(child, out)


def paragraph_text(p: etree._Element) -> str:
    out: list[str] = []
    _collect(p, out)
    return "".join(out)


def mark_deleted(p: etree._Element) -> bool:
    """True when the paragraph's own mark is a tracked deletion: accepted, it joins the next paragraph."""
    ppr = p.find(w("pPr"))
    rpr = ppr.find(w("rPr")) if ppr is not None else None
    return rpr is not None and (rpr.find(w("del")) is not None or rpr.find(w("moveFrom")) is not None)


def paragraphs(container: etree._Element) -> Iterator[etree._Element]:
    """The paragraphs of a cell or body in document order, without those nested in text boxes."""
    for p in container.iter(w("p")):
        parent = p.getparent()
        nested = False
        while parent is not None and parent is not container:
            if parent.tag == w("p"):
                nested = True
                break
            parent = parent.getparent()
        if not nested:
            yield p


def block_text(container: etree._Element) -> str:
    """The text of a cell: paragraphs joined by a blank line (the report's paragraphs), changes accepted."""
    parts: list[str] = []
    carry = ""
    for p in paragraphs(container):
        text = carry + paragraph_text(p)
        if mark_deleted(p):
            carry = text
            continue
        carry = ""
        if text.strip():
            parts.append(text.strip())
    if carry.strip():
        parts.append(carry.strip())
    return "\n\n".join(parts)


def has_changes(container: etree._Element) -> bool:
    return any(True for _ in container.iter(*CHANGES))


def normalised(text: str) -> str:
    """Text compared for "unchanged": lines stripped, blank lines dropped, spaces collapsed."""
    return "\n".join(" ".join(line.split()) for line in text.splitlines() if line.strip())
