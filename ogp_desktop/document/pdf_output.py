"""The PDF's bytes go to the file as they are made, not into memory first.

reportlab keeps every page's content as text until the document is saved, then
formats every object into one list of strings and joins it: with the page texts
that is three copies of a file of hundreds of megabytes at 10,000 commitments.
:class:`CompactCanvas` compresses each page's content as the page ends (with the
filters reportlab would apply at the end, so the bytes are the same), and its
:meth:`~CompactCanvas.save` writes each object to the output as soon as it is
formatted. The file is the one reportlab's ``save()`` writes, byte for byte.
"""

from __future__ import annotations

from typing import BinaryIO

from reportlab import rl_config
from reportlab.pdfbase.pdfdoc import (
    PDFArray,
    PDFBase85Encode,
    PDFCrossReferenceTable,
    PDFDictionary,
    PDFFile,
    PDFIndirectObject,
    PDFName,
    PDFPage,
    PDFStream,
    PDFTrailer,
    PDFZCompress,
)
from reportlab.pdfgen.canvas import Canvas


def packed_stream(text: str) -> PDFStream:
    """A page content stream already encoded, as reportlab's PDFPage would encode it when saving."""
    filters = [PDFBase85Encode, PDFZCompress] if rl_config.useA85 else [PDFZCompress]
    content: str | bytes = text
    for f in reversed(filters):
        content = f.encode(content)
    return PDFStream(PDFDictionary({"Filter": PDFArray([PDFName(f.pdfname) for f in filters])}), content)


class _FileOut(PDFFile):
    """reportlab's output collector, writing straight into *fh* instead of a list."""

    def __init__(self, fh: BinaryIO, version: tuple[int, int]) -> None:
        super().__init__(version)  # collects the header
        for s in self.strings:
            fh.write(s)
        self.strings = []
        self.write = fh.write

    def format(self, document) -> bytes:
        return b""


class CompactCanvas(Canvas):
    """A canvas whose pages hold compressed content and whose save streams into the file."""

    def showPage(self) -> None:  # noqa: N802 - reportlab's name
        super().showPage()
        page = self._doc.Pages.pages[-1]
        if isinstance(page, PDFPage) and page.compression and page.stream:
            page.Contents = packed_stream(page.stream)
            page.stream = None

    def save(self) -> None:
        """Write the document into the binary stream or the file the canvas was made for."""
        if len(self._code):
            self.showPage()
        doc = self._doc
        # reportlab's PDFDocument.GetPDFData, up to the formatting
        for font in doc.delayedFonts:
            font.addObjects(doc)
        doc.info.invariant = doc.invariant
        doc.info.digest(doc.signature)
        doc.Reference(doc.Catalog)
        doc.Reference(doc.info)
        doc.Outlines.prepare(doc, self)
        if doc.Outlines.ready < 0:
            doc.Catalog.Outlines = None
        target = self._filename
        if hasattr(target, "write"):
            write_document(doc, target)
        else:
            with open(target, "wb") as fh:
                write_document(doc, fh)


def write_document(doc, fh: BinaryIO) -> None:
    """reportlab's ``PDFDocument.format`` (no encryption, no signatures, no comments), writing each
    object as it is formatted and then dropping a stream's content: it is not needed again."""
    doc.encrypt.prepare(doc)
    if doc.encrypt.info():
        raise ValueError("an encrypted PDF is not written by this writer")
    catalog, info = doc.Reference(doc.Catalog), doc.Reference(doc.info)
    number_to_id, objects, offsets = doc.numberToId, doc.idToObject, doc.idToOffset
    out = _FileOut(fh, doc._pdfVersion)
    ids = []
    counter = 1
    while counter in number_to_id:  # objects may be added while others are formatted
        oid = number_to_id[counter]
        obj = objects[oid]
        offsets[oid] = out.add(PDFIndirectObject(oid, obj).format(doc))
        if isinstance(obj, PDFStream):
            obj.content = b""
        ids.append(oid)
        counter += 1
    xref = PDFCrossReferenceTable()
    xref.addsection(0, ids)
    start = out.add(xref.format(doc))
    trailer = PDFTrailer(startxref=start, Size=len(number_to_id) + 1, Root=catalog, Info=info, ID=doc.ID())
    out.add(trailer.format(doc))
