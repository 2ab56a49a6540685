"""The fixed parts of a Word form package: fixed texts in both languages, styles, relationships.

Everything here is constant or nearly so; the document body is built in
:mod:`ogp_desktop.interchange.wordform_write`.
"""

from __future__ import annotations

from typing import Any
from xml.sax.saxutils import escape, quoteattr

from ogp_desktop.interchange.wordform_dates import LOCALES
from ogp_desktop.interchange.wordform_parts import PROPS_NS, VT_NS, W_NS, custom_xml_part, property_chunks

# Fixed texts of the form, in both languages (the instruction shows both).
TEXTS = {
    "title": {"en": "Contribution form", "et": "Sisendi vorm"},
    "for": {"en": "For: {who}", "et": "Kellele: {who}"},
    "instruction": {
        "en": "Please fill in the shaded fields only and send this file back as a Word document (.docx). "
              "Text written outside the fields is not read. Track changes and comments are welcome: changes "
              "are read as if accepted, comments are shown to the coordinator. Do not delete the fields.",
        "et": "Palun täitke ainult varjutatud väljad ja saatke fail tagasi Wordi dokumendina (.docx). "
              "Väljadest väljapoole kirjutatud teksti ei loeta. Muudatuste jälitamist ja kommentaare võib "
              "kasutada: muudatusi loetakse nii, nagu oleksid need heaks kiidetud, kommentaarid näeb "
              "koordinaator. Ärge kustutage välju.",
    },
    "written_in": {"en": "The report is written in {language}: please write in {language}.",
                   "et": "Aruanne on kirjutatud {language} keeles: palun kirjutage {language} keeles."},
    "none": {"en": "(none)", "et": "(puudub)"},
    "spare": {"en": "To add a row, fill in an empty row at the end of the table.",
              "et": "Uue rea lisamiseks täitke tabeli lõpus olev tühi rida."},
    "yes": {"en": "Yes", "et": "Jah"},
    "no": {"en": "No", "et": "Ei"},
    "choose": {"en": "Choose", "et": "Vali"},
    "date_hint": {"en": "yyyy-mm-dd", "et": "pp.kk.aaaa"},
    "month_hint": {"en": "yyyy-mm", "et": "kk.aaaa"},
}
# the report's language -> its name in each form language ("written in English" / "kirjutatud inglise keeles")
LANGUAGE_NAMES = {"en": {"en": "English", "et": "inglise"}, "et": {"en": "Estonian", "et": "eesti"}}


def text(key: str, lang: str, **kw: str) -> str:
    return TEXTS[key][lang].format(**kw)


# What Word itself shows in a control emptied by the user (English and Estonian Word)
WORD_PLACEHOLDERS = (
    "Click or tap here to enter text.", "Click here to enter text.", "Choose an item.",
    "Click or tap to enter a date.", "Click here to enter a date.",
    "Teksti sisestamiseks klõpsake või koputage siin.", "Valige üksus.",
    "Kuupäeva sisestamiseks klõpsake või koputage siin.",
)


def placeholders() -> set[str]:
    """Texts an empty control shows, in either language: read back as an empty value."""
    keys = ("choose", "date_hint", "month_hint", "none")
    ours = {TEXTS[k][lang].casefold() for k in keys for lang in ("en", "et")}
    return ours | {t.casefold() for t in WORD_PLACEHOLDERS} | {"", "—", "-"}


_CT = "application/vnd.openxmlformats-"
_WML = _CT + "officedocument.wordprocessingml"
CONTENT_TYPES = f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
<Default Extension="rels" ContentType="{_CT}package.relationships+xml"/>
<Default Extension="xml" ContentType="application/xml"/>
<Override PartName="/word/document.xml" ContentType="{_WML}.document.main+xml"/>
<Override PartName="/word/styles.xml" ContentType="{_WML}.styles+xml"/>
<Override PartName="/word/settings.xml" ContentType="{_WML}.settings+xml"/>
<Override PartName="/docProps/core.xml" ContentType="{_CT}package.core-properties+xml"/>
<Override PartName="/docProps/custom.xml" ContentType="{_CT}officedocument.custom-properties+xml"/>
<Override PartName="/customXml/itemProps1.xml" ContentType="{_CT}officedocument.customXmlProperties+xml"/>
</Types>"""

_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_PKG = "http://schemas.openxmlformats.org/package/2006/relationships"
ROOT_RELS = f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="{_REL}/officeDocument" Target="word/document.xml"/>
<Relationship Id="rId2" Type="{_PKG}/metadata/core-properties" Target="docProps/core.xml"/>
<Relationship Id="rId3" Type="{_REL}/custom-properties" Target="docProps/custom.xml"/>
</Relationships>"""

DOCUMENT_RELS = f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="{_REL}/styles" Target="styles.xml"/>
<Relationship Id="rId2" Type="{_REL}/settings" Target="settings.xml"/>
<Relationship Id="rId3" Type="{_REL}/customXml" Target="../customXml/item1.xml"/>
</Relationships>"""

ITEM_PROPS = """<?xml version="1.0" encoding="UTF-8" standalone="no"?>
<ds:datastoreItem ds:itemID="{8E1C3F52-4C1B-4D0B-9E55-0F6A2D7C0A11}" xmlns:ds="http://schemas.openxmlformats.org/officeDocument/2006/customXml">
<ds:schemaRefs><ds:schemaRef ds:uri="urn:ogp-report-studio:word-form:1"/></ds:schemaRefs></ds:datastoreItem>"""

ITEM_RELS = f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="{_REL}/customXmlProps" Target="itemProps1.xml"/>
</Relationships>"""

SETTINGS = f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:settings xmlns:w="{W_NS}"><w:defaultTabStop w:val="708"/>
<w:compat><w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word"
 w:val="15"/></w:compat>
</w:settings>"""


def _style(sid: str, name: str, ppr: str = "", rpr: str = "", based: str = "Normal") -> str:
    base = f'<w:basedOn w:val="{based}"/>' if based else ""
    return (f'<w:style w:type="paragraph" w:styleId="{sid}"><w:name w:val="{name}"/>{base}<w:qFormat/>'
            f"<w:pPr>{ppr}</w:pPr><w:rPr>{rpr}</w:rPr></w:style>")


def styles(lang: str) -> str:
    locale = LOCALES[lang]
    return (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:styles xmlns:w="{W_NS}">'
            '<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Calibri" w:hAnsi="Calibri" w:cs="Calibri"/>'
            f'<w:sz w:val="22"/><w:lang w:val="{locale}"/></w:rPr></w:rPrDefault>'
            '<w:pPrDefault><w:pPr><w:spacing w:after="80" w:line="264" w:lineRule="auto"/></w:pPr></w:pPrDefault>'
            "</w:docDefaults>"
            + _style("Normal", "Normal", based="")
            + _style("Title", "Title", '<w:spacing w:after="120"/>', '<w:b/><w:sz w:val="36"/>')
            + _style("Heading1", "heading 1", '<w:keepNext/><w:spacing w:before="240" w:after="120"/>'
                     '<w:outlineLvl w:val="0"/>', '<w:b/><w:color w:val="1F3864"/><w:sz w:val="30"/>')
            + _style("FieldLabel", "Field label", '<w:keepNext/><w:spacing w:before="200" w:after="40"/>',
                     "<w:b/>")
            + _style("Guidance", "Guidance", '<w:keepNext/><w:spacing w:after="60"/>',
                     '<w:i/><w:color w:val="595959"/><w:sz w:val="19"/>')
            + _style("Instruction", "Instruction", "", '<w:sz w:val="20"/>')
            + _style("TableHeader", "Table header", "<w:keepNext/>", '<w:b/><w:sz w:val="20"/>')
            + "</w:styles>")


def core(title: str) -> str:
    return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
            'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
            'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
            f"<dc:title>{escape(title)}</dc:title><dc:creator>OGP Report Studio</dc:creator>"
            "</cp:coreProperties>")


def custom_properties(payload: dict[str, Any]) -> str:
    props = "".join(
        f'<property fmtid="{{D5CDD505-2E9C-101B-9397-08002B2CF9AE}}" pid="{n + 2}" name={quoteattr(name)}>'
        f"<vt:lpwstr>{escape(chunk)}</vt:lpwstr></property>"
        for n, (name, chunk) in enumerate(property_chunks(payload)))
    return (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            f'<Properties xmlns="{PROPS_NS}" xmlns:vt="{VT_NS}">{props}</Properties>')


def parts(document: bytes, lang: str, title: str, payload: dict[str, Any]) -> dict[str, bytes]:
    """Every part of the package by name."""
    return {
        "[Content_Types].xml": CONTENT_TYPES.encode(),
        "_rels/.rels": ROOT_RELS.encode(),
        "word/document.xml": document,
        "word/_rels/document.xml.rels": DOCUMENT_RELS.encode(),
        "word/styles.xml": styles(lang).encode(),
        "word/settings.xml": SETTINGS.encode(),
        "docProps/core.xml": core(title).encode(),
        "docProps/custom.xml": custom_properties(payload).encode(),
        "customXml/item1.xml": custom_xml_part(payload),
        "customXml/itemProps1.xml": ITEM_PROPS.encode(),
        "customXml/_rels/item1.xml.rels": ITEM_RELS.encode(),
    }
