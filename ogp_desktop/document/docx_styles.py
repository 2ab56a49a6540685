"""Word package set-up on our base document (``resources/docx/base.docx``, built by
``scripts/build_base_docx.py``): language, header/footer, watermark, settings, properties.

The house styles live in the base document; here only what depends on the report.
"""

from __future__ import annotations

from datetime import datetime

from docx.document import Document as WordDocument
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn

from ogp_desktop.document.model import Document

TEXT_WIDTH_TWIPS = 9638  # A4 (11906) minus two 2 cm margins (1134 each)


def _lang_xml(locale: str) -> str:
    return f'<w:lang {nsdecls("w")} w:val="{locale}" w:eastAsia="{locale}" w:bidi="ar-SA"/>'


def set_language(word: WordDocument, locale: str) -> None:
    """Mark every run's default language so Word spell-checks and hyphenates in *locale*."""
    styles = word.styles.element
    rpr = styles.find(qn("w:docDefaults") + "/" + qn("w:rPrDefault") + "/" + qn("w:rPr"))
    if rpr is not None:
        for old in rpr.findall(qn("w:lang")):
            rpr.remove(old)
        rpr.append(parse_xml(_lang_xml(locale)))


def _field(instr: str, shown: str) -> str:
    """A complex field (PAGE, NUMPAGES) with a cached result for readers that never update."""
    return (f'<w:r><w:fldChar w:fldCharType="begin"/></w:r>'
            f'<w:r><w:instrText xml:space="preserve"> {instr} </w:instrText></w:r>'
            f'<w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>{shown}</w:t></w:r>'
            f'<w:r><w:fldChar w:fldCharType="end"/></w:r>')


def watermark_xml(text: str, escape) -> str:
    """Word's own kind of watermark: a VML text path behind the page, set in the header."""
    return (
        f'<w:p {nsdecls("w")} xmlns:v="urn:schemas-microsoft-com:vml" '
        'xmlns:o="urn:schemas-microsoft-com:office:office">'
        '<w:pPr><w:pStyle w:val="Header"/></w:pPr><w:r><w:pict>'
        '<v:shapetype id="_x0000_t136" coordsize="21600,21600" o:spt="136" adj="10800" '
        'path="m@7,l@8,m@5,21600l@6,21600e"><v:path textpathok="t" o:connecttype="custom"/>'
        '<v:textpath on="t" fitshape="t"/><o:lock v:ext="edit" text="t" shapetype="t"/></v:shapetype>'
        '<v:shape id="PowerPlusWaterMarkObject" o:spid="_x0000_s2049" type="#_x0000_t136" '
        'style="position:absolute;margin-left:0;margin-top:0;width:440pt;height:120pt;rotation:315;'
        'z-index:-251657216;mso-position-horizontal:center;mso-position-horizontal-relative:margin;'
        'mso-position-vertical:center;mso-position-vertical-relative:margin" o:allowincell="f" '
        'fillcolor="#d9d9d9" stroked="f"><v:fill opacity="1"/>'
        f'<v:textpath style="font-family:&quot;DejaVu Sans&quot;;font-size:1pt;font-weight:bold" '
        f'string="{escape(text)}"/></v:shape></w:pict></w:r></w:p>')


def set_header_footer(word: WordDocument, doc: Document, escape) -> None:
    """Header: the report title (and DRAFT); footer: "Page X of Y". The cover has neither
    (a distinct first page), except the DRAFT watermark, which is on every page of a draft."""
    section = word.sections[0]
    section.different_first_page_header_footer = True
    header = section.header.paragraphs[0]
    header.style = "Header"
    title = doc.title + (f" – {doc.texts['draft']}" if doc.draft else "")
    header.add_run(title)
    if doc.draft:
        for part in (section.header, section.first_page_header):
            part._element.append(parse_xml(watermark_xml(doc.texts["draft"], escape)))
    else:
        section.first_page_header.paragraphs[0].style = "Header"
    section.first_page_footer.paragraphs[0].style = "Footer"
    footer = section.footer.paragraphs[0]
    footer.style = "Footer"
    pattern = doc.texts["page_x_of_y"]
    before, rest = pattern.split("{page}", 1)
    middle, after = rest.split("{pages}", 1)

    def text(t: str) -> str:
        return f'<w:r><w:t xml:space="preserve">{escape(t)}</w:t></w:r>' if t else ""

    runs = text(before) + _field("PAGE", "1") + text(middle) + _field("NUMPAGES", "1") + text(after)
    for run in parse_xml(f"<w:p {nsdecls('w')}>{runs}</w:p>"):
        footer._p.append(run)


def report_datetime(iso: str) -> datetime:
    """The report's own date as the package's created/modified time (a fixed day when it has none)."""
    try:
        return datetime.fromisoformat(iso[:10]) if iso else datetime(2000, 1, 1)
    except ValueError:
        return datetime(2000, 1, 1)


def set_properties(word: WordDocument, doc: Document) -> None:
    props = word.core_properties
    props.title = doc.title[:255]
    props.author = doc.author[:255]
    props.subject = doc.subject[:255]
    props.language = doc.locale
    props.comments = ""
    props.created = props.modified = report_datetime(doc.date)
    props.last_modified_by = doc.author[:255]
    props.revision = 1
