"""The report file carried inside an exported PDF or DOCX, read back as untrusted input.

Every export embeds the report's ``*.ogpreport.json``: the PDF as a PDF/A-3
associated file, the DOCX as a custom XML part. This module finds it again,
bounded at every step (file size, decompressed size, zip entries, no XML
entities, DTDs or network), and says in one sentence why when it cannot.
The writing side lives with the renderers (``document/pdf_archival.py``,
``document/docx_attachment.py``); what both sides must agree on lives here.
"""

from __future__ import annotations

import io
import re
import zipfile
import zlib
from typing import TYPE_CHECKING, Any

from ogp_desktop.errors import UserError

if TYPE_CHECKING:
    import pikepdf

ATTACHMENT_NAME = "report.ogpreport.json"  # the PDF attachment's file name
MIME = "application/json"
XML_NAMESPACE = "urn:ogp-report-studio:report"  # root element of the DOCX custom XML part
XML_ROOT = f"{{{XML_NAMESPACE}}}report"
MAX_CONTAINER_BYTES = 200 * 1024 * 1024  # an exported PDF of a very large report, with room
MAX_ZIP_ENTRIES = 2000
_CUSTOM_XML = re.compile(r"customXml/item\d+\.xml")


class NoEmbeddedReport(UserError):  # noqa: N818 - reads as the reason in `except NoEmbeddedReport`
    """The file is a PDF or DOCX but carries no usable report (codes ``embedded.*``); ``str()`` is the reason."""


def container_kind(head: bytes) -> str | None:
    """``"pdf"``, ``"docx"`` or None, from the file's first bytes."""
    if head.startswith(b"%PDF-"):
        return "pdf"
    if head.startswith(b"PK\x03\x04"):
        return "docx"
    return None


def report_json(raw: bytes, kind: str, limit: int) -> bytes:
    """The embedded report file's bytes (at most *limit*); raises NoEmbeddedReport."""
    if kind == "pdf":
        return _from_pdf(raw, limit)
    return _from_docx(raw, limit)


# -- PDF ----------------------------------------------------------------------
def _from_pdf(raw: bytes, limit: int) -> bytes:
    import pikepdf  # imported here: only reopening an exported PDF needs it

    try:
        with pikepdf.open(io.BytesIO(raw)) as pdf:
            spec = _report_filespec(pdf)
            if spec is None:
                raise NoEmbeddedReport("embedded.pdf_no_report")
            return _stream_bytes(spec, limit)
    except NoEmbeddedReport:
        raise
    except (pikepdf.PdfError, ValueError, TypeError, KeyError, AttributeError, RecursionError):
        raise NoEmbeddedReport("embedded.pdf_damaged") from None


def _report_filespec(pdf: pikepdf.Pdf) -> Any:
    """The associated file named like a report file, from the catalog's /AF or the EmbeddedFiles tree."""
    import pikepdf

    candidates: list[Any] = []
    af = pdf.Root.get("/AF")
    if isinstance(af, pikepdf.Array):
        candidates.extend(af)
    for name, attached in pdf.attachments.items():
        if name.endswith(".ogpreport.json"):
            candidates.append(attached.obj)
    for spec in candidates:
        if not isinstance(spec, pikepdf.Dictionary):
            continue
        name = str(spec.get("/UF", spec.get("/F", "")))
        if name.endswith(".ogpreport.json") and isinstance(spec.get("/EF"), pikepdf.Dictionary):
            return spec
    return None


def _stream_bytes(spec: Any, limit: int) -> bytes:
    """The embedded file stream, decompressed by us so a small bomb cannot grow past *limit*."""
    import pikepdf

    ef = spec["/EF"]
    stream = ef.get("/F", ef.get("/UF"))
    if not isinstance(stream, pikepdf.Stream):
        raise NoEmbeddedReport("embedded.pdf_attachment_damaged")
    filters = stream.get("/Filter")
    names = [str(f) for f in filters] if isinstance(filters, pikepdf.Array) else [str(filters)] if filters else []
    data = stream.read_raw_bytes()
    if names == ["/FlateDecode"]:
        inflater = zlib.decompressobj()
        try:
            data = inflater.decompress(data, limit + 1)
        except zlib.error:
            raise NoEmbeddedReport("embedded.pdf_attachment_damaged") from None
    elif names:
        raise NoEmbeddedReport("embedded.pdf_encoding")
    if len(data) > limit:
        raise NoEmbeddedReport("embedded.pdf_too_large")
    return data


# -- DOCX ---------------------------------------------------------------------
def _declared_entries(raw: bytes) -> int:
    """The entry count the zip's end record declares, read before zipfile parses (and allocates)
    the whole central directory; 0xFFFF (zip64) or a missing record counts as too many."""
    end = raw.rfind(b"PK\x05\x06", max(0, len(raw) - 65557))
    if end < 0 or end + 22 > len(raw):
        return 0xFFFF
    return int.from_bytes(raw[end + 10:end + 12], "little")


def _from_docx(raw: bytes, limit: int) -> bytes:
    if _declared_entries(raw) > MAX_ZIP_ENTRIES:
        raise NoEmbeddedReport("embedded.docx_unreadable_or_many")
    try:
        with zipfile.ZipFile(io.BytesIO(raw)) as zf:
            infos = zf.infolist()
            if len(infos) > MAX_ZIP_ENTRIES:
                raise NoEmbeddedReport("embedded.docx_too_many")
            for info in infos:
                if _CUSTOM_XML.fullmatch(info.filename):
                    found = _report_in_part(zf, info, limit)
                    if found is not None:
                        return found
    except (zipfile.BadZipFile, zipfile.LargeZipFile, NotImplementedError, EOFError, zlib.error, OSError):
        raise NoEmbeddedReport("embedded.docx_unreadable") from None
    raise NoEmbeddedReport("embedded.docx_no_report")


def _report_in_part(zf: zipfile.ZipFile, info: zipfile.ZipInfo, limit: int) -> bytes | None:
    """The report text of one custom XML part, or None when the part is someone else's."""
    from lxml import etree

    xml_limit = limit * 2 + 4096  # escaping (&amp; ...) grows the text
    with zf.open(info) as fh:
        data = fh.read(xml_limit + 1)  # read() stops here whatever the entry claims to inflate to
    if len(data) > xml_limit:
        raise NoEmbeddedReport("embedded.docx_too_large")
    parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False)
    try:
        root = etree.fromstring(data, parser)
    except etree.XMLSyntaxError:
        return None
    if root.getroottree().docinfo.doctype or root.tag != XML_ROOT:
        return None
    return (root.text or "").encode("utf-8")
