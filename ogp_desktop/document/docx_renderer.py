"""The Word renderer: :class:`Document` -> ``.docx`` with python-docx.

The body is written as WordprocessingML text and never parsed: python-docx's
cell API rebuilds the table grid on every access (seconds per table), and an
lxml tree of thousands of commitments took gigabytes. python-docx still makes
the package from our base document (``resources/docx/base.docx``: house
styles, numbering, hyphenation), the header and footer and the relationships
of links and images; :mod:`docx_package` streams the body text into
``word/document.xml``, embeds the fonts and fixes the zip times.
"""

from __future__ import annotations

import io
import tempfile
from typing import BinaryIO
from xml.sax.saxutils import escape as _xml_escape

import docx
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.oxml.ns import qn

from ogp_desktop import paths
from ogp_desktop.document import docx_attachment, docx_package, docx_styles
from ogp_desktop.document.columns import fitted
from ogp_desktop.document.docx_styles import TEXT_WIDTH_TWIPS
from ogp_desktop.document.hyphenation import paragraph_language
from ogp_desktop.document.model import (
    BarChart,
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
    locale_of,
)
from ogp_desktop.text import clean_text

# lxml refuses a text node over 10 MB; a value is written in pieces below that
_TEXT_CHUNK = 1_000_000
_EMU_PER_PT = 12700

_ATTR = {'"': "&quot;"}
_HEADER_FILL = "DCE6F0"
_LABEL_FILL = "F2F2F2"
# Word merges adjacent tables: an empty paragraph, 8 pt high (the PDF's gap after a table), keeps
# two apart; it is kept only between two tables (no empty paragraphs as spacing elsewhere)
_TABLE_GAP = '<w:p><w:pPr><w:spacing w:before="0" w:after="0" w:line="160" w:lineRule="exact"/></w:pPr></w:p>'


def escape(text: str) -> str:
    """Clean then escape: python-docx and Word refuse control characters."""
    return _xml_escape(clean_text(text))


def render_docx(doc: Document, out: BinaryIO, attachment: bytes | None = None) -> None:
    """Write *doc* as a Word file into the binary stream *out*; *attachment* is the report
    file's bytes, carried inside so the file can be opened again as a report."""
    word = docx.Document(str(paths.resource_path("docx", "base.docx")))
    docx_styles.set_language(word, doc.locale)
    docx_styles.set_header_footer(word, doc, escape)
    docx_styles.set_properties(word, doc)
    body = word.element.body
    for p in list(body):
        if p.tag != qn("w:sectPr"):
            body.remove(p)
    # The body never becomes an lxml tree (gigabytes for thousands of commitments), nor one
    # string: its text goes to a temporary file (it makes the links' relationships, so it is
    # written before the package) and is streamed into word/document.xml when the package is finished.
    with tempfile.TemporaryFile() as body:
        _BodyWriter(word, doc).write_to(body)
        if attachment is not None:
            docx_attachment.attach(word, attachment)
        package = io.BytesIO()
        word.save(package)
        body.seek(0)
        docx_package.finish(package.getvalue(), out, body)


class _BodyWriter:
    def __init__(self, word: docx.document.Document, doc: Document) -> None:
        self.part = word.part
        self.doc = doc
        self.out: list[str] = []
        self._links: dict[str, str] = {}
        self._bookmark = 0

    BATCH = 2000  # XML pieces encoded at a time

    def write_to(self, fh: BinaryIO) -> None:
        """Write the body's XML as UTF-8 into *fh* (relationships for links and images are made on the way)."""
        for block in self.doc.blocks:
            self.block(block)
            if len(self.out) >= self.BATCH:
                fh.write(self._flush(final=False))
        fh.write(self._flush(final=True))

    def _flush(self, final: bool) -> bytes:
        """The pieces so far as UTF-8, less the table gaps that do not stand between two tables.

        Word merges adjacent tables, so an empty paragraph keeps two apart; anywhere else an
        empty paragraph would be spacing, which screen readers announce as "blank". A gap at
        the end of a batch waits for the next one to know what follows it.
        """
        out = self.out
        keep_last = not final and bool(out) and out[-1] is _TABLE_GAP
        pieces = out[:-1] if keep_last else out
        text = "".join(piece for i, piece in enumerate(pieces)
                       if piece is not _TABLE_GAP or (i + 1 < len(pieces) and pieces[i + 1].startswith("<w:tbl>")))
        self.out = [_TABLE_GAP] if keep_last else []
        return text.encode("utf-8")

    def block(self, b) -> None:
        if isinstance(b, Paragraph):
            self.out.append(self.paragraph(b, "Normal"))
        elif isinstance(b, Heading):
            self.heading(b)
        elif isinstance(b, KeyValueTable):
            self.kv_table(b)
        elif isinstance(b, DataTable):
            self.data_table(b)
        elif isinstance(b, BarChart):
            self.chart(b)
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
            color: str = "", lang: str | None = None) -> str:
        props = (f'<w:rStyle w:val="{style}"/>' if style else "") + ("<w:b/>" if bold else "") + (
            "<w:i/>" if italic else "") + (f'<w:color w:val="{color}"/>' if color else "") + (
            f'<w:lang w:val="{locale_of(lang)}"/>' if lang else "")
        rpr = f"<w:rPr>{props}</w:rPr>" if props else ""
        pieces = []
        for i, line in enumerate(clean_text(text).split("\n")):
            if i:
                pieces.append("<w:br/>")
            for j, chunk in enumerate(line.split("\t")):
                if j:
                    pieces.append("<w:tab/>")
                # several w:t in one run read as one text; each stays under lxml's node limit
                for k in range(0, len(chunk), _TEXT_CHUNK):
                    pieces.append(f'<w:t xml:space="preserve">{_xml_escape(chunk[k:k + _TEXT_CHUNK])}</w:t>')
        return f"<w:r>{rpr}{''.join(pieces)}</w:r>"

    def link_id(self, url: str) -> str:
        if url not in self._links:
            self._links[url] = self.part.relate_to(url, RT.HYPERLINK, is_external=True)
        return self._links[url]

    def span(self, s: Span) -> str:
        if s.url:
            run = self.run(s.text, bold=s.bold, italic=s.italic, style="Hyperlink", lang=s.lang)
            return f'<w:hyperlink r:id="{self.link_id(s.url)}" w:history="1">{run}</w:hyperlink>'
        return self.run(s.text, bold=s.bold, italic=s.italic, lang=s.lang)

    def paragraph(self, p: Paragraph, style: str) -> str:
        if p.style == "cell":
            style = "TableText"
        elif p.style == "statement" and style == "Normal":
            style = "Statement"
        elif p.style == "missing":
            style = "Missing" if style == "Normal" else style
            return (f'<w:p><w:pPr><w:pStyle w:val="{style}"/></w:pPr>'
                    f'{self.run(p.text, italic=True, color="C00000")}</w:p>')
        # Word hyphenates each run by its own w:lang; names and addresses not at all
        keep = "<w:suppressAutoHyphens/>" if paragraph_language(p.spans, self.doc.language) is None else ""
        return (f'<w:p><w:pPr><w:pStyle w:val="{style}"/>{keep}</w:pPr>'
                f'{"".join(self.span(s) for s in p.spans)}</w:p>')

    def heading(self, h: Heading) -> None:
        self._bookmark += 1
        name = f"_Toc_{h.key}"
        # Word numbers Heading 1-2 itself (numbering bound to the styles); a heading at a
        # numbered level that takes no number (a commitment) switches the numbering off
        unnumbered = '<w:numPr><w:ilvl w:val="0"/><w:numId w:val="0"/></w:numPr>' \
            if h.level <= 2 and not h.number else ""
        self.out.append(
            f'<w:p><w:pPr><w:pStyle w:val="Heading{min(max(h.level, 1), 3)}"/>{unnumbered}</w:pPr>'
            f'<w:bookmarkStart w:id="{self._bookmark}" w:name="{name}"/>{self.run(h.text)}'
            f'<w:bookmarkEnd w:id="{self._bookmark}"/></w:p>')

    # -- title page and contents ----------------------------------------------
    def title_page(self, t: TitlePage) -> None:
        self.out.append(f'<w:p><w:pPr><w:pStyle w:val="Title"/></w:pPr>{self.run(t.title)}</w:p>')
        if t.subtitle:
            self.out.append(f'<w:p><w:pPr><w:pStyle w:val="Subtitle"/></w:pPr>'
                            f'{self.run(t.subtitle, lang=t.subtitle_lang)}</w:p>')
        self.kv_table(KeyValueTable(t.details), borders=False)
        if t.draft_note:
            self.out.append(f'<w:p><w:pPr><w:pStyle w:val="DraftNote"/></w:pPr>{self.run(t.draft_note)}</w:p>')

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
            entry = (f'<w:hyperlink w:anchor="_Toc_{h.key}" w:history="1">{self.run(h.full_text)}</w:hyperlink>')
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

    def table(self, widths: list[int], rows: list[str], borders: bool = True, caption: str = "",
              header: bool = True) -> None:
        """*header*: the first row heads the columns; otherwise the first column labels the rows."""
        grid = "".join(f'<w:gridCol w:w="{w}"/>' for w in widths)
        style = '<w:tblStyle w:val="TableGrid"/>' if borders else ""
        described = f'<w:tblCaption w:val="{escape(caption)[:255]}"/>' if caption else ""
        look = '<w:tblLook w:val="04A0" w:firstRow="1"' if header else '<w:tblLook w:val="0480" w:firstRow="0"'
        self.out.append(
            f'<w:tbl><w:tblPr>{style}<w:tblW w:w="{sum(widths)}" w:type="dxa"/>'
            f'<w:tblLayout w:type="fixed"/>{look} w:lastRow="0" '
            f'w:firstColumn="1" w:lastColumn="0" w:noHBand="0" w:noVBand="1"/>{described}</w:tblPr>'
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
        points, t = fitted(t, TEXT_WIDTH_TWIPS / 20)
        widths = [int(w * 20) for w in points]
        header = "".join(self.cell((Paragraph((Span(h),), "cell"),), w, _HEADER_FILL, True)
                         for h, w in zip(t.header, widths, strict=True))
        # the header row is marked as one (screen readers, repeated on each page); no row is
        # split over a page unless it is taller than one (Word splits those regardless)
        rows = ['<w:tr><w:trPr><w:cantSplit/><w:tblHeader/></w:trPr>' + header + "</w:tr>"]
        for row in t.rows:
            rows.append("<w:tr><w:trPr><w:cantSplit/></w:trPr>"
                        + "".join(self.cell(c, w) for c, w in zip(row, widths, strict=True)) + "</w:tr>")
        self.table(widths, rows, caption=t.caption)

    def chart(self, c: BarChart) -> None:
        """The chart as a picture whose description is the chart's alternative text."""
        from ogp_desktop.document.chart_image import chart_png

        png, width, height = chart_png(c, TEXT_WIDTH_TWIPS / 20)
        rid, _image = self.part.get_or_add_image(io.BytesIO(png))
        self._bookmark += 1
        n = self._bookmark
        cx, cy = round(width * _EMU_PER_PT), round(height * _EMU_PER_PT)
        alt = escape(c.alt_text).replace('"', "&quot;")
        self.out.append(f'<w:p><w:pPr><w:pStyle w:val="ChartTitle"/></w:pPr>{self.run(c.title)}</w:p>')
        self.out.append(
            '<w:p><w:pPr><w:keepLines/></w:pPr><w:r><w:drawing><wp:inline distT="0" distB="0" distL="0" distR="0">'
            f'<wp:extent cx="{cx}" cy="{cy}"/><wp:docPr id="{n}" name="Chart {n}" descr="{alt}"/>'
            '<wp:cNvGraphicFramePr><a:graphicFrameLocks noChangeAspect="1"/></wp:cNvGraphicFramePr>'
            '<a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/picture">'
            f'<pic:pic><pic:nvPicPr><pic:cNvPr id="{n}" name="chart{n}.png" descr="{alt}"/><pic:cNvPicPr/>'
            f'</pic:nvPicPr><pic:blipFill><a:blip r:embed="{rid}"/><a:stretch><a:fillRect/></a:stretch>'
            f'</pic:blipFill><pic:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="{cx}" cy="{cy}"/></a:xfrm>'
            '<a:prstGeom prst="rect"><a:avLst/></a:prstGeom></pic:spPr></pic:pic></a:graphicData></a:graphic>'
            '</wp:inline></w:drawing></w:r></w:p>')
