"""Fill a Word form the way Word stores what a person typed: by editing the XML inside its controls.

In the tests package so the interchange and GUI tests share it.

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
        """Replace the runs a control holds (the bookmark stays first), as Word does when one types in it:
        the placeholder mark goes too."""
        for mark in self.sdts(tag)[0].iter(w("showingPlcHdr")):
            mark.getparent().remove(mark)
        content = self.content(tag)
        marks = [m for m in content.iter(w("bookmarkStart"), w("bookmarkEnd"))]
        for child in list(content):
            content.remove(child)
        content.extend(marks + fragment(xml))

    def fill_paragraphs(self, tag: str, xml: str) -> None:
        """Several paragraphs typed into an inline control (Enter in Word): the control becomes block-level,
        holding the paragraphs, the first of them carrying the bookmark."""
        sdt = self.sdts(tag)[0]
        p = sdt.getparent()
        content = sdt.find(w("sdtContent"))
        marks = [m for m in content.iter(w("bookmarkStart"), w("bookmarkEnd"))]
        for child in list(content):
            content.remove(child)
        paragraphs = fragment(xml)
        for n, mark in enumerate(marks):
            paragraphs[0].insert(n, mark)
        content.extend(paragraphs)
        p.addprevious(sdt)
        p.getparent().remove(p)

    def choose(self, tag: str, shown: str) -> None:
        self.fill(tag, f'<w:r><w:t>{shown}</w:t></w:r>')

    def comment(self, tag: str, author: str, text: str, cid: int = 0) -> None:
        """A Word comment on everything a control holds: its range starts and ends inside the control."""
        content = self.content(tag)
        p = content.find(w("p")) if content.find(w("p")) is not None else content
        p.insert(0, fragment(f'<w:commentRangeStart w:id="{cid}"/>')[0])
        p.extend(fragment(f'<w:commentRangeEnd w:id="{cid}"/><w:r><w:commentReference w:id="{cid}"/></w:r>'))
        if "word/comments.xml" not in self.parts:  # the part, its content type and its relationship, as Word adds them
            self.parts["[Content_Types].xml"] = self.parts["[Content_Types].xml"].replace(
                b"</Types>", b'<Override PartName="/word/comments.xml" ContentType="application/vnd.openxmlformats-'
                b'officedocument.wordprocessingml.comments+xml"/></Types>')
            self.parts["word/_rels/document.xml.rels"] = self.parts["word/_rels/document.xml.rels"].replace(
                b"</Relationships>", b'<Relationship Id="rIdComments" Type="http://schemas.openxmlformats.org/'
                b'officeDocument/2006/relationships/comments" Target="comments.xml"/></Relationships>')
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
