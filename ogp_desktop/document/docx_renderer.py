"""The Word renderer: :class:`Document` -> ``.docx`` with python-docx.

The body is written as WordprocessingML text and parsed once: python-docx's
cell API rebuilds the table grid on every access, which made large reports
take seconds per table. Styles, settings and the package stay python-docx's.
"""

from __future__ import annotations

from typing import BinaryIO
from xml.sax.saxutils import escape as _xml_escape

import docx
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn

from ogp_desktop.document import docx_attachment, docx_styles
from ogp_desktop.document.docx_styles import TEXT_WIDTH_TWIPS
from ogp_desktop.document.model import (
    BulletList,
    Cell,
    DataTable,
    Document,
    Heading,
    KeyValueTable,
    PageBreak,
    Paragraph,
    Span,
    TableOfContents,
    TitlePage,
)
from ogp_desktop.text import clean_text

_ATTR = {'"': "&quot;"}
_HEADER_FILL = "DCE6F0"
_LABEL_FILL = "F2F2F2"
_TABLE_GAP = '<w:p><w:pPr><w:spacing w:after="0"/></w:pPr></w:p>'  # kept only between two tables


def escape(text: str) -> str:
    """Clean then escape: python-docx and Word refuse control characters."""
    return _xml_escape(clean_text(text))


def render_docx(doc: Document, out: BinaryIO, attachment: bytes | None = None) -> None:
    """Write *doc* as a Word file into the binary stream *out*; *attachment* is the report
    file's bytes, carried inside so the file can be opened again as a report."""
    word = docx.Document()
    docx_styles.set_page(word)
    docx_styles.add_styles(word)
    docx_styles.set_language(word, doc.locale)
    docx_styles.set_header_footer(word, doc, escape)
    docx_styles.set_update_fields(word)
    docx_styles.set_properties(word, doc)
    body = word.element.body
    for p in list(body):
        if p.tag != qn("w:sectPr"):
            body.remove(p)
    xml = _BodyWriter(word, doc).write()
    sect = body.find(qn("w:sectPr"))
    for element in parse_xml(f'<w:body {nsdecls("w", "r")}>{xml}</w:body>'):
        sect.addprevious(element)
    if attachment is not None:
        docx_attachment.attach(word, attachment)
    word.save(out)


class _BodyWriter:
    def __init__(self, word: docx.document.Document, doc: Document) -> None:
        self.part = word.part
        self.doc = doc
        self.out: list[str] = []
        self._links: dict[str, str] = {}
        self._bookmark = 0

    def write(self) -> str:
        for block in self.doc.blocks:
            self.block(block)
        # Word merges adjacent tables, so an empty paragraph keeps two apart; anywhere else
        # an empty paragraph would be spacing, which screen readers announce as "blank".
        out = self.out
        return "".join(piece for i, piece in enumerate(out)
                       if piece is not _TABLE_GAP or (i + 1 < len(out) and out[i + 1].startswith("<w:tbl>")))

    def block(self, b) -> None:
        if isinstance(b, Paragraph):
            self.out.append(self.paragraph(b, "Normal"))
        elif isinstance(b, Heading):
            self.heading(b)
        elif isinstance(b, KeyValueTable):
            self.kv_table(b)
        elif isinstance(b, DataTable):
            self.data_table(b)
        elif isinstance(b, BulletList):
            self.out.extend(self.paragraph(p, "ListBullet") for p in b.items)
        elif isinstance(b, PageBreak):
            self.out.append('<w:p><w:r><w:br w:type="page"/></w:r></w:p>')
        elif isinstance(b, TitlePage):
            self.title_page(b)
        elif isinstance(b, TableOfContents):
            self.toc(b)

    # -- runs and paragraphs --------------------------------------------------
    def run(self, text: str, *, bold: bool = False, italic: bool = False, style: str = "",
            color: str = "") -> str:
        props = (f'<w:rStyle w:val="{style}"/>' if style else "") + ("<w:b/>" if bold else "") + (
            "<w:i/>" if italic else "") + (f'<w:color w:val="{color}"/>' if color else "")
        rpr = f"<w:rPr>{props}</w:rPr>" if props else ""
        pieces = []
        for i, line in enumerate(clean_text(text).split("\n")):
            if i:
                pieces.append("<w:br/>")
            for j, chunk in enumerate(line.split("\t")):
                if j:
                    pieces.append("<w:tab/>")
                if chunk:
                    pieces.append(f'<w:t xml:space="preserve">{_xml_escape(chunk)}</w:t>')
        return f"<w:r>{rpr}{''.join(pieces)}</w:r>"

    def link_id(self, url: str) -> str:
        if url not in self._links:
            self._links[url] = self.part.relate_to(url, RT.HYPERLINK, is_external=True)
        return self._links[url]

    def span(self, s: Span) -> str:
        if s.url:
            run = self.run(s.text, bold=s.bold, italic=s.italic, style="Hyperlink")
            return f'<w:hyperlink r:id="{self.link_id(s.url)}" w:history="1">{run}</w:hyperlink>'
        return self.run(s.text, bold=s.bold, italic=s.italic, color="595959" if s.italic else "")

    def paragraph(self, p: Paragraph, style: str) -> str:
        if p.style == "cell":
            style = "TableText"
        return f'<w:p><w:pPr><w:pStyle w:val="{style}"/></w:pPr>{"".join(self.span(s) for s in p.spans)}</w:p>'

    def heading(self, h: Heading) -> None:
        self._bookmark += 1
        name = f"_Toc_{h.key}"
        self.out.append(
            f'<w:p><w:pPr><w:pStyle w:val="Heading{min(max(h.level, 1), 3)}"/></w:pPr>'
            f'<w:bookmarkStart w:id="{self._bookmark}" w:name="{name}"/>{self.run(h.text)}'
            f'<w:bookmarkEnd w:id="{self._bookmark}"/></w:p>')

    # -- title page and contents ----------------------------------------------
    def title_page(self, t: TitlePage) -> None:
        self.out.append(f'<w:p><w:pPr><w:pStyle w:val="Title"/></w:pPr>{self.run(t.title)}</w:p>')
        if t.subtitle:
            self.out.append(f'<w:p><w:pPr><w:pStyle w:val="Subtitle"/></w:pPr>{self.run(t.subtitle)}</w:p>')
        rows = tuple((label, (Paragraph((Span(value),), "cell"),)) for label, value in t.details)
        self.kv_table(KeyValueTable(rows), borders=False)
        if t.draft_note:
            self.out.append(f'<w:p><w:pPr><w:spacing w:before="480"/></w:pPr>'
                            f'{self.run(self.doc.texts["draft"], bold=True, color="C00000")}</w:p>')
            self.out.append(f"<w:p>{self.run(t.draft_note, color='C00000')}</w:p>")

    def toc(self, t: TableOfContents) -> None:
        """A TOC field pre-filled with its entries, so it reads right before Word updates it.

        Entries carry no page numbers: Word's pagination is unknown here, and PAGEREF
        fields stay empty in LibreOffice; Word fills the numbers on open (updateFields).
        """
        self.out.append(f'<w:p><w:pPr><w:pStyle w:val="TOCHeading"/></w:pPr>{self.run(t.title)}</w:p>')
        heads = [h for h in self.doc.headings() if h.level <= t.levels]
        begin = ('<w:r><w:fldChar w:fldCharType="begin" w:dirty="true"/></w:r>'
                 f'<w:r><w:instrText xml:space="preserve"> TOC \\o "1-{t.levels}" \\h \\z \\u </w:instrText></w:r>'
                 '<w:r><w:fldChar w:fldCharType="separate"/></w:r>')
        end = '<w:r><w:fldChar w:fldCharType="end"/></w:r>'
        if not heads:
            self.out.append(f"<w:p>{begin}{end}</w:p>")
            return
        for i, h in enumerate(heads):
            entry = (f'<w:hyperlink w:anchor="_Toc_{h.key}" w:history="1">{self.run(h.text)}</w:hyperlink>')
            self.out.append(f'<w:p><w:pPr><w:pStyle w:val="TOC{h.level}"/></w:pPr>'
                            f'{begin if i == 0 else ""}{entry}{end if i == len(heads) - 1 else ""}</w:p>')

    # -- tables ---------------------------------------------------------------
    def cell(self, content: Cell, width: int, fill: str = "", bold: bool = False) -> str:
        shade = f'<w:shd w:val="clear" w:color="auto" w:fill="{fill}"/>' if fill else ""
        if bold:
            content = tuple(Paragraph(tuple(Span(s.text, s.url, True, s.italic) for s in p.spans), "cell")
                            for p in content)
        paras = "".join(self.paragraph(p, "TableText") for p in content) or \
            '<w:p><w:pPr><w:pStyle w:val="TableText"/></w:pPr></w:p>'
        return f'<w:tc><w:tcPr><w:tcW w:w="{width}" w:type="dxa"/>{shade}</w:tcPr>{paras}</w:tc>'

    def table(self, widths: list[int], rows: list[str], borders: bool = True, header: bool = True) -> None:
        """*header*: the first row heads the columns; otherwise the first column labels the rows."""
        grid = "".join(f'<w:gridCol w:w="{w}"/>' for w in widths)
        style = '<w:tblStyle w:val="TableGrid"/>' if borders else ""
        look = '<w:tblLook w:val="04A0" w:firstRow="1"' if header else '<w:tblLook w:val="0480" w:firstRow="0"'
        self.out.append(
            f'<w:tbl><w:tblPr>{style}<w:tblW w:w="{sum(widths)}" w:type="dxa"/>'
            f'<w:tblLayout w:type="fixed"/>{look} w:lastRow="0" '
            f'w:firstColumn="1" w:lastColumn="0" w:noHBand="0" w:noVBand="1"/></w:tblPr>'
            f'<w:tblGrid>{grid}</w:tblGrid>{"".join(rows)}</w:tbl>')
        self.out.append(_TABLE_GAP)

    def kv_table(self, t: KeyValueTable, borders: bool = True) -> None:
        widths = [TEXT_WIDTH_TWIPS * 3 // 10, TEXT_WIDTH_TWIPS - TEXT_WIDTH_TWIPS * 3 // 10]

        def label_cell(text: str) -> Cell:
            return (Paragraph((Span(text),), "cell"),)

        # Fact rows are short: a row broken over a page leaves an empty stub behind.
        rows = [f"<w:tr><w:trPr><w:cantSplit/></w:trPr>"
                f"{self.cell(label_cell(label), widths[0], _LABEL_FILL if borders else '', True)}"
                f"{self.cell(value, widths[1])}</w:tr>" for label, value in t.rows]
        self.table(widths, rows, borders, header=False)

    def data_table(self, t: DataTable) -> None:
        total = sum(t.widths) or 1.0
        widths = [int(TEXT_WIDTH_TWIPS * w / total) for w in t.widths]
        header = "".join(self.cell((Paragraph((Span(h),), "cell"),), w, _HEADER_FILL, True)
                         for h, w in zip(t.header, widths, strict=True))
        rows = ['<w:tr><w:trPr><w:cantSplit/><w:tblHeader/></w:trPr>' + header + "</w:tr>"]
        for row in t.rows:
            rows.append("<w:tr>" + "".join(self.cell(c, w) for c, w in zip(row, widths, strict=True)) + "</w:tr>")
        self.table(widths, rows)
