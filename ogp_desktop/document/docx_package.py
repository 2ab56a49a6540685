"""The finished Word package: embedded fonts and a byte-identical zip.

python-docx stamps every zip entry with the clock; the same report exported
tomorrow gave a different file. Here the package is rewritten with a fixed
entry time, and DejaVu Sans (the PDF's family) is embedded as ECMA-376
obfuscated fonts (``word/fonts/*.odttf``, ``w:embedRegular`` ...), so Word and
LibreOffice lay the document out with the same letters as the PDF.
"""

from __future__ import annotations

import io
import shutil
import uuid
import zipfile
from functools import cache
from typing import BinaryIO

from ogp_desktop import paths

FONT_NAME = "DejaVu Sans"
# (font file, fontTable element); a fixed key per face keeps the output deterministic
_FACES = (("DejaVuSans.ttf", "embedRegular"), ("DejaVuSans-Bold.ttf", "embedBold"),
          ("DejaVuSans-Oblique.ttf", "embedItalic"), ("DejaVuSans-BoldOblique.ttf", "embedBoldItalic"))
_NAMESPACE = uuid.UUID("6f1c2a52-8e0b-4c58-9d8f-0a3c1e7b2d40")
_ENTRY_TIME = (1980, 1, 1, 0, 0, 0)
_BODY_BLOCK = 1 << 20  # bytes of body XML copied into the zip at a time
_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_FONT_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/font"
_ODTTF = "application/vnd.openxmlformats-officedocument.obfuscatedFont"


def font_key(filename: str) -> uuid.UUID:
    return uuid.uuid5(_NAMESPACE, filename)


def obfuscate(data: bytes, key: uuid.UUID) -> bytes:
    """ECMA-376 Part 2 font obfuscation: XOR the first 32 bytes with the key's bytes, last first."""
    mask = bytes.fromhex(key.hex)[::-1]
    head = bytes(b ^ mask[i % 16] for i, b in enumerate(data[:32]))
    return head + data[32:]


@cache
def _font_parts() -> tuple[tuple[str, bytes], ...]:
    parts = []
    for n, (filename, _element) in enumerate(_FACES, start=1):
        data = paths.resource_path("fonts", filename).read_bytes()
        parts.append((f"word/fonts/font{n}.odttf", obfuscate(data, font_key(filename))))
    return tuple(parts)


def _font_table() -> bytes:
    embeds = "".join(f'<w:{element} r:id="rIdFont{n}" w:fontKey="{{{str(font_key(filename)).upper()}}}"/>'
                     for n, (filename, element) in enumerate(_FACES, start=1))
    return (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:fonts xmlns:w="{_W}" xmlns:r="{_R}">'
            f'<w:font w:name="{FONT_NAME}"><w:panose1 w:val="020B0603030804020204"/><w:charset w:val="00"/>'
            f'<w:family w:val="swiss"/><w:pitch w:val="variable"/>{embeds}</w:font></w:fonts>').encode()


def _font_rels() -> bytes:
    rels = "".join(f'<Relationship Id="rIdFont{n}" Type="{_FONT_REL}" Target="fonts/font{n}.odttf"/>'
                   for n in range(1, len(_FACES) + 1))
    return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships '
            f'xmlns="http://schemas.openxmlformats.org/package/2006/relationships">{rels}</Relationships>').encode()


def finish(package: bytes, out: BinaryIO, body: BinaryIO | None = None) -> None:
    """Write into *out* *package* (python-docx's output) with the fonts embedded and fixed entry
    times, and *body* (a file of the document's body XML) streamed in after ``<w:body>``."""
    with zipfile.ZipFile(io.BytesIO(package)) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        def put(name: str, data: bytes, method: int = zipfile.ZIP_DEFLATED) -> None:
            info = zipfile.ZipInfo(name, _ENTRY_TIME)
            info.external_attr = 0o644 << 16
            dst.writestr(info, data, method)

        for item in src.infolist():
            data = src.read(item.filename)
            if item.filename == "word/document.xml" and body is not None:
                head, tail = data.split(b"<w:body>", 1)
                info = zipfile.ZipInfo(item.filename, _ENTRY_TIME)
                info.external_attr = 0o644 << 16
                info.compress_type = zipfile.ZIP_DEFLATED
                with dst.open(info, "w") as fh:
                    fh.write(head + b"<w:body>")
                    shutil.copyfileobj(body, fh, _BODY_BLOCK)
                    fh.write(tail)
                continue
            if item.filename == "[Content_Types].xml":
                data = data.replace(b"<Default ", f'<Default Extension="odttf" ContentType="{_ODTTF}"/><Default '
                                    .encode(), 1)
            elif item.filename == "word/fontTable.xml":
                data = _font_table()
            put(item.filename, data)
        put("word/_rels/fontTable.xml.rels", _font_rels())
        for name, data in _font_parts():
            put(name, data)
