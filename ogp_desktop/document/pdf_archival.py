"""PDF/A-3 for the exported PDF: XMP metadata, the sRGB output intent, the report attached.

Called once after the last page, before the file is saved. The XMP repeats the
document information reportlab writes (title, author, subject, producer, dates
taken from the same time stamp), so the two always agree, and names the file
PDF/A-3 level A (it is tagged) and PDF/UA-1. The report file
(``*.ogpreport.json``) is an associated file of the document (``/AF``,
``AFRelationship /Source``): the data the PDF was made from, which
:mod:`ogp_desktop.embedded` reads back.
"""

from __future__ import annotations

import functools
from typing import IO
from xml.sax.saxutils import escape

from reportlab.pdfbase.pdfdoc import PDFArray, PDFDictionary, PDFName, PDFObjectReference, PDFStream, PDFString
from reportlab.pdfbase.pdfdoc import format as pdf_format

from ogp_desktop.document.pdf_output import FileStream, file_size
from ogp_desktop.embedded import ATTACHMENT_NAME, MIME

PDF_VERSION = (1, 7)  # PDF/A-3 is built on PDF 1.7
_SRGB = "sRGB IEC61966-2.1"


PROFILE = ("color", "sRGB-IEC61966-2.1.icc")


@functools.lru_cache(maxsize=1)
def srgb_profile() -> bytes:
    """The sRGB ICC profile of the output intent, shipped in ``resources/color``.

    It was made by Pillow's LittleCMS (``ImageCms.createProfile("sRGB")``) with its creation
    date set to 2000-01-01 and its profile id left 0 (not computed), so that one report always
    exports to the same bytes; shipping it saves every export importing Pillow.
    """
    from ogp_desktop import paths

    return paths.resource_path(*PROFILE).read_bytes()


def finish(canv, attachment: bytes | IO[bytes] | None, *, archival: bool, lang: str) -> None:
    """Attach the report (always) and, when *archival*, make the file PDF/A-3 (*lang*: its language tag)."""
    doc = canv._doc
    stamp = doc._timeStamp
    catalog = doc.Catalog
    if attachment is not None:
        spec = _attach(doc, attachment, _pdf_date(stamp))
        catalog.__NoDefault__ = [*catalog.__NoDefault__, "AF"]
        catalog.AF = PDFArray([spec])
        catalog.Names = PDFDictionary({"EmbeddedFiles": PDFDictionary({
            "Names": PDFArray([PDFString(ATTACHMENT_NAME), spec])})})
    if not archival:
        return
    doc._pdfVersion = PDF_VERSION
    profile = PDFStream(PDFDictionary({"N": 3}), srgb_profile())
    intent = PDFDictionary({"Type": PDFName("OutputIntent"), "S": PDFName("GTS_PDFA1"),
                            "OutputConditionIdentifier": PDFString(_SRGB), "Info": PDFString(_SRGB),
                            "DestOutputProfile": doc.Reference(profile, "ogpOutputProfile")})
    if "OutputIntents" not in catalog.__NoDefault__:
        catalog.__NoDefault__ = [*catalog.__NoDefault__, "OutputIntents"]
    catalog.OutputIntents = PDFArray([intent])
    info = doc.info
    xmp = xmp_packet(title=info.title, author=info.author, subject=info.subject, keywords=info.keywords,
                     creator=info.creator, producer=info.producer, lang=lang, date=_xmp_date(stamp))
    metadata = _PlainStream(PDFDictionary({"Type": PDFName("Metadata"), "Subtype": PDFName("XML")}),
                            xmp.encode("utf-8"))
    catalog.Metadata = doc.Reference(metadata, "ogpMetadata")


class _PlainStream(PDFStream):
    """A stream written as it is, with no /Filter at all: XMP must be readable without decoding."""

    def format(self, document) -> bytes:
        d = PDFDictionary(dict(self.dictionary.dict, Length=len(self.content)))
        return pdf_format(d, document) + b"\nstream\n" + self.content + b"\nendstream\n"


def _attach(doc, data: bytes | IO[bytes], date: str) -> PDFObjectReference:
    """*data*: the report file's bytes, or a binary file holding them (copied in as the PDF is written)."""
    size = len(data) if isinstance(data, bytes) else file_size(data)
    dictionary = PDFDictionary({"Type": PDFName("EmbeddedFile"), "Subtype": "/application#2Fjson",
                                "Params": PDFDictionary({"Size": size, "ModDate": PDFString(date)})})
    stream = PDFStream(dictionary, data) if isinstance(data, bytes) else FileStream(dictionary, data)
    ref = doc.Reference(stream, "ogpReportFile")
    spec = PDFDictionary({"Type": PDFName("Filespec"), "F": PDFString(ATTACHMENT_NAME),
                          "UF": PDFString(ATTACHMENT_NAME), "AFRelationship": PDFName("Source"),
                          "Desc": PDFString(f"The report this document was made from ({MIME})"),
                          "EF": PDFDictionary({"F": ref, "UF": ref})})
    return doc.Reference(spec, "ogpReportFileSpec")


def _pdf_date(stamp) -> str:
    y, mo, d, h, mi, s = stamp.YMDhms
    return f"D:{y:04d}{mo:02d}{d:02d}{h:02d}{mi:02d}{s:02d}{stamp.dhh:+03d}'{stamp.dmm:02d}'"


def _xmp_date(stamp) -> str:
    y, mo, d, h, mi, s = stamp.YMDhms
    return f"{y:04d}-{mo:02d}-{d:02d}T{h:02d}:{mi:02d}:{s:02d}{stamp.dhh:+03d}:{stamp.dmm:02d}"


def xmp_packet(*, title: str, author: str, subject: str, keywords: str, creator: str, producer: str,
               lang: str, date: str) -> str:
    """The XMP metadata packet; every value is escaped user text."""
    e = escape
    return f"""<?xpacket begin="\ufeff" id="W5M0MpCehiHzreSzNTczkc9d"?>
<x:xmpmeta xmlns:x="adobe:ns:meta/">
 <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about=""
    xmlns:dc="http://purl.org/dc/elements/1.1/"
    xmlns:pdf="http://ns.adobe.com/pdf/1.3/"
    xmlns:xmp="http://ns.adobe.com/xap/1.0/"
    xmlns:pdfaid="http://www.aiim.org/pdfa/ns/id/"
    xmlns:pdfuaid="http://www.aiim.org/pdfua/ns/id/"
    xmlns:pdfaExtension="http://www.aiim.org/pdfa/ns/extension/"
    xmlns:pdfaSchema="http://www.aiim.org/pdfa/ns/schema#"
    xmlns:pdfaProperty="http://www.aiim.org/pdfa/ns/property#">
   <dc:format>application/pdf</dc:format>
   <dc:title><rdf:Alt><rdf:li xml:lang="x-default">{e(title)}</rdf:li></rdf:Alt></dc:title>
   <dc:creator><rdf:Seq><rdf:li>{e(author)}</rdf:li></rdf:Seq></dc:creator>
   <dc:description><rdf:Alt><rdf:li xml:lang="x-default">{e(subject)}</rdf:li></rdf:Alt></dc:description>
   <dc:language><rdf:Bag><rdf:li>{e(lang)}</rdf:li></rdf:Bag></dc:language>
   <pdf:Producer>{e(producer)}</pdf:Producer>
   <pdf:Keywords>{e(keywords)}</pdf:Keywords>
   <pdf:Trapped>False</pdf:Trapped>
   <xmp:CreatorTool>{e(creator)}</xmp:CreatorTool>
   <xmp:CreateDate>{date}</xmp:CreateDate>
   <xmp:ModifyDate>{date}</xmp:ModifyDate>
   <xmp:MetadataDate>{date}</xmp:MetadataDate>
   <pdfaid:part>3</pdfaid:part>
   <pdfaid:conformance>A</pdfaid:conformance>
   <pdfuaid:part>1</pdfuaid:part>
   <pdfaExtension:schemas><rdf:Bag><rdf:li rdf:parseType="Resource">
    <pdfaSchema:schema>PDF/UA Universal Accessibility Schema</pdfaSchema:schema>
    <pdfaSchema:namespaceURI>http://www.aiim.org/pdfua/ns/id/</pdfaSchema:namespaceURI>
    <pdfaSchema:prefix>pdfuaid</pdfaSchema:prefix>
    <pdfaSchema:property><rdf:Seq><rdf:li rdf:parseType="Resource">
     <pdfaProperty:name>part</pdfaProperty:name>
     <pdfaProperty:valueType>Integer</pdfaProperty:valueType>
     <pdfaProperty:category>internal</pdfaProperty:category>
     <pdfaProperty:description>Indicates, which part of ISO 14289 standard is followed</pdfaProperty:description>
    </rdf:li></rdf:Seq></pdfaSchema:property>
   </rdf:li></rdf:Bag></pdfaExtension:schemas>
  </rdf:Description>
 </rdf:RDF>
</x:xmpmeta>
<?xpacket end="r"?>"""
