"""The PDF's bytes go to the file as they are made, not into memory first.

reportlab keeps every page's content as text until the document is saved, then
formats every object into one list of strings and joins it: with the page texts
that is three copies of a file of hundreds of megabytes at 10,000 commitments.
:class:`CompactCanvas` compresses each page's content as the page ends (with the
filters reportlab would apply at the end, so the bytes are the same) and moves it
into a spill file until it is written (a content stream gets its object
number, hence its place in the file, only when its page is written), and its
:meth:`~CompactCanvas.save` writes each object to the output as soon as it is
formatted. Objects too many to be reportlab objects each (a million structure
elements) get consecutive numbers from :func:`reserve` and are formatted only
when written. The file is the one reportlab's ``save()`` writes, byte for byte.

The spill file is :func:`ogp_desktop.atomic.scratch_file` beside the output (*spill_beside*),
so it needs room on the target's disk, not in /tmp, and a crash leaves it to the sweep of
temp files; without a path to put it beside, it is an anonymous temporary file.
"""

from __future__ import annotations

import tempfile
import weakref
from array import array
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import IO, BinaryIO

from reportlab import rl_config
from reportlab.pdfbase.pdfdoc import (
    PDFArray,
    PDFBase85Encode,
    PDFDictionary,
    PDFFile,
    PDFFormXObject,
    PDFIndirectObject,
    PDFName,
    PDFPage,
    PDFStream,
    PDFTrailer,
    PDFZCompress,
    pdfdocEnc,
)
from reportlab.pdfgen.canvas import Canvas

from ogp_desktop import atomic

# Streams are written binary, as zlib leaves them: reportlab's default wraps each in ASCII85 as well
# (a quarter larger, encoded page by page) for 7-bit channels PDFs no longer travel through.
rl_config.useA85 = 0

def packed_stream(text: str) -> PDFStream:
    """A page content stream already encoded, as reportlab's PDFPage would encode it when saving."""
    filters = [PDFBase85Encode, PDFZCompress] if rl_config.useA85 else [PDFZCompress]
    content: str | bytes = text
    for f in reversed(filters):
        content = f.encode(content)
    return PDFStream(PDFDictionary({"Filter": PDFArray([PDFName(f.pdfname) for f in filters])}), content)


class _SpilledStream(PDFStream):
    """An encoded content stream whose bytes wait in a spill file until the stream is formatted."""

    def __init__(self, packed: PDFStream, spill: IO[bytes]) -> None:
        super().__init__(packed.dictionary, b"")
        content = pdfdocEnc(packed.content)  # the bytes reportlab would write (binary, or ASCII85 text)
        spill.seek(0, 2)
        self.spill, self.offset, self.length = spill, spill.tell(), len(content)
        spill.write(content)

    def format(self, document) -> bytes:
        self.spill.seek(self.offset)
        self.content = self.spill.read(self.length)
        try:
            return super().format(document)
        finally:
            self.content = b""


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
    """A canvas whose pages' compressed content waits on disk and whose save streams into the file."""

    _spill: IO[bytes] | None = None

    def __init__(self, *args, spill_beside: str | Path | None = None, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.spill_beside = spill_beside

    def showPage(self) -> None:  # noqa: N802 - reportlab's name
        super().showPage()
        page = self._doc.Pages.pages[-1]
        if isinstance(page, PDFPage) and page.compression and page.stream:
            if self._spill is None:  # deleted when closed: by save, or when a canvas left unsaved goes
                self._spill = (atomic.scratch_file(self.spill_beside) if self.spill_beside is not None
                               else tempfile.TemporaryFile(prefix="ogp-pdf-pages-"))
                weakref.finalize(self, self._spill.close)
            page.Contents = _SpilledStream(packed_stream(page.stream), self._spill)
            page.stream = None

    def close_spill(self) -> None:
        """Delete the spill file now (the document is written, or will not be)."""
        if self._spill is not None:
            self._spill.close()

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
        try:
            if hasattr(target, "write"):
                write_document(doc, target)
            else:
                with open(target, "wb") as fh:
                    write_document(doc, fh)
        finally:
            self.close_spill()


Body = Callable[[int], bytes]  # an object's text (between "n 0 obj" and "endobj") by its number


def reserve(doc, count: int, body: Body) -> int:
    """Take the next *count* object numbers for objects that :func:`write_document` writes with
    *body*; returns the first. Reportlab objects made later are numbered after them."""
    first: int = doc.objectcounter + 1
    doc.objectcounter += count
    doc.__dict__.setdefault("ogp_reserved", {})[first] = (count, body)
    return first


def _indirect(number: int, text: bytes) -> bytes:
    return b"%d 0 obj\n%s%sendobj\n" % (number, text, b"" if text.endswith(b"\n") else b"\n")


def _is_plain(obj: object, doc) -> bool:
    """Whether *obj* is a stream that reportlab would write with its bytes as they are (no filter
    to apply, no comment): the embedded report file, tens of megabytes at 10,000 commitments."""
    return (type(obj) is PDFStream and isinstance(obj.content, bytes) and not rl_config.pdfComments
            and ("Filter" in obj.dictionary.dict or (obj.filters or doc.defaultStreamFilters) is None))


class FileStream(PDFStream):
    """A plain stream whose content is a binary file's, copied into the PDF as it is written:
    the embedded report (tens of megabytes at 10,000 commitments) need not wait in memory
    while the pages are laid out."""

    def __init__(self, dictionary: PDFDictionary, fh: IO[bytes]) -> None:
        super().__init__(dictionary, b"")
        self.fh = fh

    def chunks(self) -> Iterator[bytes]:
        self.fh.seek(0)
        while chunk := self.fh.read(_COPY_BLOCK):
            yield chunk


_COPY_BLOCK = 1 << 20


def file_size(fh: IO[bytes]) -> int:
    size: int = fh.seek(0, 2)
    return size


def _add_plain_stream(out: PDFFile, number: int, dictionary: PDFDictionary, length: int,
                      chunks: Iterable[bytes], doc) -> int:
    """Write a plain stream's object as ``PDFIndirectObject.format`` would, but with its content
    written apart: joined, it and its copies made a peak of several times its size."""
    dictionary = PDFDictionary(dict(dictionary.dict, Length=length))
    offset: int = out.add(b"%d 0 obj\n%s\nstream\n" % (number, dictionary.format(doc)))
    for chunk in chunks:
        out.add(chunk)
    out.add(b"endstream\nendobj\n")
    return offset


def _release(obj: object) -> None:
    """Let go of what a written object holds: it is not formatted again. A page's or a form's
    formatting adds its resources and stream objects to it (tens of thousands of forms and pages
    at 10,000 commitments), and the page list keeps the pages themselves."""
    if isinstance(obj, PDFStream):
        obj.content = b""
    elif isinstance(obj, (PDFPage, PDFFormXObject)):  # kept: its name, by which it is still referred to
        name = obj.__InternalName__
        obj.__dict__.clear()
        obj.__InternalName__ = name


def write_document(doc, fh: BinaryIO) -> None:
    """reportlab's ``PDFDocument.format`` (no encryption, no signatures, no comments), writing each
    object as it is formatted and then dropping a stream's content: it is not needed again."""
    doc.encrypt.prepare(doc)
    if doc.encrypt.info():
        raise ValueError("an encrypted PDF is not written by this writer")
    catalog, info = doc.Reference(doc.Catalog), doc.Reference(doc.info)
    number_to_id, objects = doc.numberToId, doc.idToObject
    reserved = doc.__dict__.get("ogp_reserved", {})
    out = _FileOut(fh, doc._pdfVersion)
    offsets = array("q")  # of object n at [n - 1]
    while True:  # objects may be added while others are formatted
        number = len(offsets) + 1
        if number in number_to_id:
            oid = number_to_id[number]
            obj = objects[oid]
            if isinstance(obj, FileStream):
                offset = _add_plain_stream(out, number, obj.dictionary, file_size(obj.fh), obj.chunks(), doc)
            elif _is_plain(obj, doc):
                offset = _add_plain_stream(out, number, obj.dictionary, len(obj.content), (obj.content,), doc)
            else:
                offset = out.add(PDFIndirectObject(oid, obj).format(doc))
            offsets.append(offset)
            doc.idToOffset[oid] = offset
            _release(obj)
            objects[oid] = None
        elif number in reserved:
            count, body = reserved.pop(number)
            offsets.extend(out.add(_indirect(n, body(n))) for n in range(number, number + count))
        else:
            break
    start = out.add(b"xref\n0 %d\n0000000000 65535 f \n" % (len(offsets) + 1))
    for i in range(0, len(offsets), 4096):
        out.add(b"".join(b"%010d 00000 n \n" % o for o in offsets[i:i + 4096]))
    trailer = PDFTrailer(startxref=start, Size=len(offsets) + 1, Root=catalog, Info=info, ID=doc.ID())
    out.add(trailer.format(doc))
