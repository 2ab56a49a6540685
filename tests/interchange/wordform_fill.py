"""Fill a Word form the way Word stores what a person typed: by editing the XML inside its controls.

Word keeps a control's tag, so a field is found here by its tag; the markup
put inside is what Word writes for split runs, line breaks, several
paragraphs, tracked insertions and deletions, and comments.
"""

from __future__ import annotations

import zipfile
from pathlib import Path

from lxml import etree

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
NS = f'xmlns:w="{W_NS}"'


def w(tag: str) -> str:
    return f"{{{W_NS}}}{tag}"


def fragment(xml: str) -> list[etree._Element]:
    """Elements from WordprocessingML written without the namespace declaration."""
    return list(etree.fromstring(f"<w:root {NS}>{xml}</w:root>"))


class WordForm:
    def __init__(self, path: Path) -> None:
        with zipfile.ZipFile(path) as z:
            self.parts = {n: z.read(n) for n in z.namelist()}
        self.doc = etree.fromstring(self.parts["word/document.xml"])

    def sdts(self, tag: str) -> list[etree._Element]:
        return [s for s in self.doc.iter(w("sdt")) if s.find(f"{w('sdtPr')}/{w('tag')}") is not None
                and s.find(f"{w('sdtPr')}/{w('tag')}").get(w("val")) == tag]

    def content(self, tag: str) -> etree._Element:
        return self.sdts(tag)[0].find(w("sdtContent"))

    def cell(self, tag: str) -> etree._Element:
        return next(self.sdts(tag)[0].iterancestors(w("tc")))

    def fill(self, tag: str, xml: str) -> None:
        """Replace what a control holds (paragraphs for a text field, runs for an inline one); the bookmark stays."""
        content = self.content(tag)
        marks = [m for m in content.iter(w("bookmarkStart"), w("bookmarkEnd"))]
        for child in list(content):
            content.remove(child)
        new = fragment(xml)
        for el in new:
            content.append(el)
        first = content.find(w("p")) if content.find(w("p")) is not None else content
        for n, mark in enumerate(marks):
            first.insert(n, mark)

    def choose(self, tag: str, shown: str) -> None:
        self.fill(tag, f'<w:r><w:t>{shown}</w:t></w:r>')

    def comment(self, tag: str, author: str, text: str, cid: int = 0) -> None:
        """A Word comment anchored on the first paragraph of a control."""
        p = self.content(tag).find(w("p"))
        if p is None:
            p = self.content(tag)
        for el in reversed(fragment(f'<w:commentRangeStart w:id="{cid}"/>')):
            p.insert(0, el)
        for el in fragment(f'<w:commentRangeEnd w:id="{cid}"/><w:r><w:commentReference w:id="{cid}"/></w:r>'):
            p.append(el)
        comments = etree.fromstring(self.parts.get("word/comments.xml") or f"<w:comments {NS}/>".encode())
        comments.extend(fragment(f'<w:comment w:id="{cid}" w:author="{author}" w:date="2026-01-05T10:00:00Z">'
                                 f'<w:p><w:r><w:t>{text}</w:t></w:r></w:p></w:comment>'))
        self.parts["word/comments.xml"] = etree.tostring(comments, xml_declaration=True, encoding="UTF-8")

    def paragraph_after_page_break(self, n: int, text: str) -> None:
        """A paragraph typed outside every field, just after the n-th page break."""
        breaks = [b for b in self.doc.iter(w("br")) if b.get(w("type")) == "page"]
        p = next(breaks[n - 1].iterancestors(w("p")))
        p.addnext(fragment(f"<w:p><w:r><w:t>{text}</w:t></w:r></w:p>")[0])

    def save(self, path: Path) -> Path:
        self.parts["word/document.xml"] = etree.tostring(self.doc, xml_declaration=True, encoding="UTF-8",
                                                         standalone=True)
        with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
            for name, data in self.parts.items():
                z.writestr(name, data)
        return path
