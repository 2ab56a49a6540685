"""Build ``resources/docx/base.docx``: the empty Word document every export starts from.

python-docx's own default carried another program's leftovers ("Microsoft
Macintosh Word", Normal.dotm, a 438 KB stylesWithEffects part, theme fonts
that render as a random fallback). Ours holds only what the export uses: the
house styles in DejaVu Sans at the PDF's sizes and spacing, heading numbering
bound to Heading 1-2 (so Word's navigation and cross-references know the
numbers), bullets, and settings for automatic hyphenation.

Run after changing a style here; the result is committed. Sizes are the PDF's
(:mod:`ogp_desktop.document.pdf_styles`): Word's "auto" line spacing multiplies
DejaVu's natural line height (1.164 em), so ``line = leading / (1.164 * size) * 240``.
"""

from __future__ import annotations

import zipfile
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "ogp_desktop" / "resources" / "docx" / "base.docx"
if not OUT.parent.parent.is_dir():  # resources/ at the top of the checkout
    OUT = Path(__file__).resolve().parent.parent / "resources" / "docx" / "base.docx"

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
FONT = "DejaVu Sans"
ACCENT, INK, MUTED = "1F4E79", "1A1A1A", "595959"
NATURAL = 1.164  # DejaVu Sans: (ascent + descent) / em


def line(size: float, leading: float) -> int:
    return round(leading / (NATURAL * size) * 240)


def pstyle(sid: str, name: str, size: float, leading: float, *, before: float = 0, after: float = 0,
           bold: bool = False, color: str = INK, based: str = "Normal", extra_ppr: str = "",
           extra_rpr: str = "", next_style: str = "", custom: bool = False, outline: int | None = None) -> str:
    ppr = (f'<w:spacing w:before="{round(before * 20)}" w:after="{round(after * 20)}" '
           f'w:line="{line(size, leading)}" w:lineRule="auto"/>')
    if outline is not None:
        ppr = f'<w:keepNext/><w:keepLines/>{ppr}<w:outlineLvl w:val="{outline}"/>'
    rpr = (("<w:b/><w:bCs/>" if bold else "") + f'<w:color w:val="{color}"/>'
           f'<w:sz w:val="{round(size * 2)}"/><w:szCs w:val="{round(size * 2)}"/>' + extra_rpr)
    custom_attr = ' w:customStyle="1"' if custom else ' w:default="1"' if sid == "Normal" else ""
    return (f'<w:style w:type="paragraph" w:styleId="{sid}"{custom_attr}>'
            f'<w:name w:val="{name}"/>' + (f'<w:basedOn w:val="{based}"/>' if based else "")
            + (f'<w:next w:val="{next_style}"/>' if next_style else "") + '<w:qFormat/>'
            f'<w:pPr>{extra_ppr}{ppr}</w:pPr><w:rPr>{rpr}</w:rPr></w:style>')


def styles_xml() -> str:
    fonts = f'<w:rFonts w:ascii="{FONT}" w:hAnsi="{FONT}" w:cs="{FONT}" w:eastAsia="{FONT}"/>'
    heading_num = '<w:numPr><w:ilvl w:val="{lvl}"/><w:numId w:val="1"/></w:numPr>'
    parts = [
        f'<w:docDefaults><w:rPrDefault><w:rPr>{fonts}<w:sz w:val="20"/><w:szCs w:val="20"/>'
        '<w:lang w:val="en-GB" w:eastAsia="en-GB" w:bidi="ar-SA"/></w:rPr></w:rPrDefault>'
        '<w:pPrDefault><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr></w:pPrDefault>'
        '</w:docDefaults>',
        pstyle("Normal", "Normal", 10, 13.5, after=7, based=""),
        pstyle("Title", "Title", 24, 30, after=14, bold=True, color=ACCENT, next_style="Subtitle"),
        pstyle("Subtitle", "Subtitle", 14, 18, after=28, color=MUTED),
        pstyle("Heading1", "heading 1", 17, 21, before=14, after=9, bold=True, color=ACCENT, outline=0,
               next_style="Normal", extra_ppr=heading_num.format(lvl=0)),
        pstyle("Heading2", "heading 2", 13, 17, before=11, after=6, bold=True, color=ACCENT, outline=1,
               next_style="Normal", extra_ppr=heading_num.format(lvl=1)),
        pstyle("Heading3", "heading 3", 11, 14, before=9, after=4, bold=True, outline=2, next_style="Normal"),
        pstyle("ListBullet", "List Bullet", 10, 13.5, after=3,
               extra_ppr='<w:numPr><w:numId w:val="2"/></w:numPr><w:ind w:left="280" w:hanging="220"/>'),
        pstyle("TableText", "Table Text", 9, 11.5, after=2, custom=True),
        pstyle("Statement", "Statement", 10, 13.5, before=4, after=3, bold=True, custom=True,
               extra_ppr="<w:keepNext/>"),
        pstyle("Missing", "Missing Value", 10, 13.5, after=5, color="C00000", custom=True,
               extra_rpr="<w:i/><w:iCs/>"),
        pstyle("DraftNote", "Draft Note", 12, 16, before=30, after=5, bold=True, color="C00000", custom=True),
        pstyle("ChartTitle", "Chart Title", 10, 13, before=6, after=5, bold=True, custom=True,
               extra_ppr="<w:keepNext/>"),
        pstyle("TOCHeading", "TOC Heading", 17, 21, after=12, bold=True, color=ACCENT),
        pstyle("Header", "header", 8, 10, color=MUTED),
        pstyle("Footer", "footer", 8, 10, color=MUTED, extra_ppr='<w:jc w:val="center"/>'),
    ]
    for n, (size, bold, indent) in enumerate(((10, True, 0), (10, False, 280), (9, False, 560)), start=1):
        parts.append(pstyle(f"TOC{n}", f"toc {n}", size, 13 if size == 10 else 12, bold=bold,
                            next_style="Normal", extra_ppr=(
                                '<w:tabs><w:tab w:val="right" w:leader="none" w:pos="9638"/></w:tabs>'
                                f'<w:ind w:left="{indent}"/>')))
    parts.append('<w:style w:type="character" w:default="1" w:styleId="DefaultParagraphFont">'
                 '<w:name w:val="Default Paragraph Font"/><w:uiPriority w:val="1"/><w:semiHidden/></w:style>')
    parts.append('<w:style w:type="character" w:styleId="Hyperlink"><w:name w:val="Hyperlink"/>'
                 '<w:rPr><w:color w:val="0563C1"/><w:u w:val="single"/></w:rPr></w:style>')
    parts.append('<w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/>'
                 '<w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar><w:top w:w="60" w:type="dxa"/>'
                 '<w:left w:w="120" w:type="dxa"/><w:bottom w:w="60" w:type="dxa"/>'
                 '<w:right w:w="120" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>')
    border = 'w:val="single" w:sz="4" w:space="0" w:color="9AA5B1"'
    parts.append('<w:style w:type="table" w:styleId="TableGrid"><w:name w:val="Table Grid"/>'
                 '<w:basedOn w:val="TableNormal"/><w:tblPr><w:tblBorders>'
                 + "".join(f"<w:{side} {border}/>" for side in ("top", "left", "bottom", "right",
                                                                  "insideH", "insideV"))
                 + '</w:tblBorders></w:tblPr></w:style>')
    return (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:styles xmlns:w="{W}">'
            + "".join(parts) + "</w:styles>")


def _level_text(i: int) -> str:
    return ".".join(f"%{k + 1}" for k in range(i + 1)) if i < 2 else ""


def numbering_xml() -> str:
    """numId 1: section numbers "1", "1.2" on Heading 1-2 (a space after, as in the PDF); 2: bullets."""
    heading_levels = "".join(
        f'<w:lvl w:ilvl="{i}"><w:start w:val="1"/><w:numFmt w:val="{"decimal" if i < 2 else "none"}"/>'
        + (f'<w:pStyle w:val="Heading{i + 1}"/>' if i < 2 else "")
        + f'<w:suff w:val="space"/><w:lvlText w:val="{_level_text(i)}"/>'
        '<w:lvlJc w:val="left"/><w:pPr><w:ind w:left="0" w:firstLine="0"/></w:pPr></w:lvl>'
        for i in range(9))
    bullet = ('<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="•"/>'
              '<w:lvlJc w:val="left"/><w:pPr><w:ind w:left="280" w:hanging="220"/></w:pPr></w:lvl>')
    return (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:numbering xmlns:w="{W}">'
            f'<w:abstractNum w:abstractNumId="0"><w:multiLevelType w:val="multilevel"/>{heading_levels}'
            '</w:abstractNum>'
            f'<w:abstractNum w:abstractNumId="1"><w:multiLevelType w:val="singleLevel"/>{bullet}</w:abstractNum>'
            '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>'
            '<w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num></w:numbering>')


SETTINGS = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:settings xmlns:w="{W}">'
            '<w:embedTrueTypeFonts/><w:autoHyphenation/><w:consecutiveHyphenLimit w:val="2"/>'
            '<w:hyphenationZone w:val="284"/><w:defaultTabStop w:val="709"/>'
            '<w:characterSpacingControl w:val="doNotCompress"/><w:updateFields w:val="true"/>'
            '<w:compat><w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word"'
            ' w:val="15"/></w:compat></w:settings>')
FONT_TABLE = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:fonts xmlns:w="{W}" xmlns:r="{R}">'
              f'<w:font w:name="{FONT}"><w:panose1 w:val="020B0603030804020204"/><w:charset w:val="00"/>'
              '<w:family w:val="swiss"/><w:pitch w:val="variable"/></w:font></w:fonts>')
# the body is streamed in as text (docx_package.finish), so the root declares every prefix it uses
DRAWING = ('xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
           'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
           'xmlns:pic="http://schemas.openxmlformats.org/drawingml/2006/picture"')
DOCUMENT = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            f'<w:document xmlns:w="{W}" xmlns:r="{R}" {DRAWING}>'
            '<w:body><w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1247" w:right="1134" '
            'w:bottom="1134" w:left="1134" w:header="567" w:footer="454" w:gutter="0"/></w:sectPr></w:body>'
            '</w:document>')
CT = "application/vnd.openxmlformats-officedocument"
CONTENT_TYPES = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    f'<Override PartName="/word/document.xml" ContentType="{CT}.wordprocessingml.document.main+xml"/>'
    f'<Override PartName="/word/styles.xml" ContentType="{CT}.wordprocessingml.styles+xml"/>'
    f'<Override PartName="/word/settings.xml" ContentType="{CT}.wordprocessingml.settings+xml"/>'
    f'<Override PartName="/word/numbering.xml" ContentType="{CT}.wordprocessingml.numbering+xml"/>'
    f'<Override PartName="/word/fontTable.xml" ContentType="{CT}.wordprocessingml.fontTable+xml"/>'
    '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>'
    f'<Override PartName="/docProps/app.xml" ContentType="{CT}.extended-properties+xml"/></Types>')
RELS = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        f'<Relationship Id="rId1" Type="{R}/officeDocument" Target="word/document.xml"/>'
        '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/'
        'core-properties" Target="docProps/core.xml"/>'
        f'<Relationship Id="rId3" Type="{R}/extended-properties" Target="docProps/app.xml"/></Relationships>')
DOC_RELS = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            f'<Relationship Id="rId1" Type="{R}/styles" Target="styles.xml"/>'
            f'<Relationship Id="rId2" Type="{R}/settings" Target="settings.xml"/>'
            f'<Relationship Id="rId3" Type="{R}/numbering" Target="numbering.xml"/>'
            f'<Relationship Id="rId4" Type="{R}/fontTable" Target="fontTable.xml"/></Relationships>')
CORE = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
        'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
        'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:title></dc:title></cp:coreProperties>')
APP = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
       '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties">'
       '<Application>OGP Report Studio</Application><DocSecurity>0</DocSecurity></Properties>')


def build() -> bytes:
    import io

    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, text in (("[Content_Types].xml", CONTENT_TYPES), ("_rels/.rels", RELS),
                           ("docProps/core.xml", CORE), ("docProps/app.xml", APP),
                           ("word/document.xml", DOCUMENT), ("word/_rels/document.xml.rels", DOC_RELS),
                           ("word/styles.xml", styles_xml()), ("word/numbering.xml", numbering_xml()),
                           ("word/settings.xml", SETTINGS), ("word/fontTable.xml", FONT_TABLE)):
            z.writestr(zipfile.ZipInfo(name, (1980, 1, 1, 0, 0, 0)), text.encode("utf-8"),
                       zipfile.ZIP_DEFLATED)
    return buf.getvalue()


if __name__ == "__main__":
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_bytes(build())
    print(f"wrote {OUT}")
