"""Word package set-up: styles, language, page, header/footer, settings, properties.

Only styles every Word knows are used (Title, Heading 1-3, List Bullet,
Table Grid, toc 1-3, Hyperlink); the ones python-docx's default template lacks
are defined here with Word's own names so Word treats them as built-in.
"""

from __future__ import annotations

from datetime import UTC, datetime

from docx.document import Document as WordDocument
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Cm, Pt

from ogp_desktop.document.model import Document

TEXT_WIDTH_TWIPS = 9638  # A4 (11906) minus two 2 cm margins (1134 each)

_EXTRA_STYLES = (
    '<w:style {ns} w:type="paragraph" w:styleId="TOC{n}"><w:name w:val="toc {n}"/>'
    '<w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:uiPriority w:val="39"/><w:unhideWhenUsed/>'
    '<w:pPr><w:tabs><w:tab w:val="right" w:leader="dot" w:pos="{tab}"/></w:tabs>'
    '<w:spacing w:after="60"/><w:ind w:left="{ind}"/></w:pPr></w:style>'
)
_HYPERLINK = (
    '<w:style {ns} w:type="character" w:styleId="Hyperlink"><w:name w:val="Hyperlink"/>'
    '<w:uiPriority w:val="99"/><w:unhideWhenUsed/>'
    '<w:rPr><w:color w:val="0563C1"/><w:u w:val="single"/></w:rPr></w:style>'
)
_TABLE_TEXT = (
    '<w:style {ns} w:type="paragraph" w:customStyle="1" w:styleId="TableText"><w:name w:val="Table Text"/>'
    '<w:basedOn w:val="Normal"/><w:qFormat/><w:pPr><w:spacing w:before="20" w:after="40" w:line="240" '
    'w:lineRule="auto"/></w:pPr><w:rPr><w:sz w:val="20"/><w:szCs w:val="20"/></w:rPr></w:style>'
)


def _lang_xml(locale: str) -> str:
    return f'<w:lang {nsdecls("w")} w:val="{locale}" w:eastAsia="{locale}" w:bidi="ar-SA"/>'


def set_language(word: WordDocument, locale: str) -> None:
    """Mark every run's default language so Word spell-checks in *locale* (et-EE, en-GB)."""
    styles = word.styles.element
    rpr = styles.find(qn("w:docDefaults") + "/" + qn("w:rPrDefault") + "/" + qn("w:rPr"))
    if rpr is not None:
        for old in rpr.findall(qn("w:lang")):
            rpr.remove(old)
        rpr.append(parse_xml(_lang_xml(locale)))
    # Normal too: some Word versions read the language from the base style.
    normal = word.styles["Normal"].element.get_or_add_rPr()
    for old in normal.findall(qn("w:lang")):
        normal.remove(old)
    normal.append(parse_xml(_lang_xml(locale)))


FONT = "Arial"  # on every Windows and Mac; LibreOffice maps it to metric-equal Liberation Sans


def _set_fonts(styles) -> None:
    """One explicit font everywhere: theme fonts (Calibri, Cambria) render as a random fallback
    where they are not installed, which made body and headings different families."""
    for rfonts in styles.iter(qn("w:rFonts")):
        for attr in [a for a in rfonts.attrib if "Theme" in a or "theme" in a]:
            del rfonts.attrib[attr]
        for attr in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
            rfonts.set(qn(attr), FONT)
    rpr = styles.find(qn("w:docDefaults") + "/" + qn("w:rPrDefault") + "/" + qn("w:rPr"))
    if rpr is not None and rpr.find(qn("w:rFonts")) is None:
        rpr.insert(0, parse_xml(f'<w:rFonts {nsdecls("w")} w:ascii="{FONT}" w:hAnsi="{FONT}" '
                                f'w:cs="{FONT}" w:eastAsia="{FONT}"/>'))


def add_styles(word: WordDocument) -> None:
    styles = word.styles.element
    _set_fonts(styles)
    ns = nsdecls("w")
    for n in (1, 2, 3):
        styles.append(parse_xml(_EXTRA_STYLES.format(ns=ns, n=n, tab=TEXT_WIDTH_TWIPS, ind=(n - 1) * 360)))
    styles.append(parse_xml(_HYPERLINK.format(ns=ns)))
    styles.append(parse_xml(_TABLE_TEXT.format(ns=ns)))
    normal = word.styles["Normal"]
    normal.font.size = Pt(11)
    normal.paragraph_format.space_after = Pt(6)


def set_page(word: WordDocument) -> None:
    section = word.sections[0]
    section.page_width, section.page_height = Cm(21.0), Cm(29.7)
    section.left_margin = section.right_margin = Cm(2.0)
    section.top_margin, section.bottom_margin = Cm(2.2), Cm(2.0)


def _field(instr: str, shown: str) -> str:
    """A complex field (PAGE, NUMPAGES) with a cached result for readers that never update."""
    return (f'<w:r><w:fldChar w:fldCharType="begin"/></w:r>'
            f'<w:r><w:instrText xml:space="preserve"> {instr} </w:instrText></w:r>'
            f'<w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>{shown}</w:t></w:r>'
            f'<w:r><w:fldChar w:fldCharType="end"/></w:r>')


def set_header_footer(word: WordDocument, doc: Document, escape) -> None:
    """Header: the report title (and DRAFT); footer: "Page X of Y" from PAGE/NUMPAGES."""
    section = word.sections[0]
    header = section.header.paragraphs[0]
    header.text = ""
    title = doc.title + (f" – {doc.texts['draft']}" if doc.draft else "")
    header.add_run(title).font.size = Pt(9)
    footer = section.footer.paragraphs[0]
    footer.alignment = 1  # centre
    pattern = doc.texts["page_x_of_y"]
    before, rest = pattern.split("{page}", 1)
    middle, after = rest.split("{pages}", 1)

    def text(t: str) -> str:
        return f'<w:r><w:t xml:space="preserve">{escape(t)}</w:t></w:r>' if t else ""

    runs = text(before) + _field("PAGE", "1") + text(middle) + _field("NUMPAGES", "1") + text(after)
    for run in parse_xml(f"<w:p {nsdecls('w')}>{runs}</w:p>"):
        footer._p.append(run)


def set_update_fields(word: WordDocument) -> None:
    """Ask Word to refresh the table of contents and page fields on open."""
    settings = word.settings.element
    for old in settings.findall(qn("w:updateFields")):
        settings.remove(old)
    settings.append(parse_xml(f'<w:updateFields {nsdecls("w")} w:val="true"/>'))


def set_properties(word: WordDocument, doc: Document) -> None:
    props = word.core_properties
    props.title = doc.title[:255]
    props.author = doc.author[:255]
    props.subject = doc.subject[:255]
    props.language = doc.locale
    props.comments = ""
    now = datetime.now(UTC).replace(microsecond=0, tzinfo=None)
    props.created = props.modified = now
    props.last_modified_by = doc.author[:255]
    props.revision = 1
