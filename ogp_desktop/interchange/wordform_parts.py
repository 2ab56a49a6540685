"""Word forms: what writer and reader share, and the guarded way a returned form is opened.

A returned form comes by e-mail from another organisation, so it is read as
hostile input: only a regular file, at most :data:`MAX_FILE_BYTES` read (never
trusting ``st_size``), every zip member's unpacked size and compression ratio
bounded while it is inflated, no macros, and XML parsed without entities, DTDs
or network access. Each refusal is a :class:`FormError` whose text is one
sentence for the user.

The form carries what the merge needs in a custom XML part (``customXml/``)
and, in case a program drops that, the same payload in chunked custom
document properties (``docProps/custom.xml``; Word limits one value to 255
characters). Measured with LibreOffice 7.4: both survive its DOCX save.
"""

from __future__ import annotations

import json
import os
import stat
import zipfile
from io import BytesIO
from pathlib import Path
from typing import Any

from lxml import etree

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
W14_NS = "http://schemas.microsoft.com/office/word/2010/wordml"
R_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
FORM_NS = "urn:ogp-report-studio:word-form:1"
PROPS_NS = "http://schemas.openxmlformats.org/officeDocument/2006/custom-properties"
VT_NS = "http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"
FORMAT = "ogp-word-form"
FORMAT_VERSION = 1
PROP_PREFIX = "ogp-form-"  # custom property names: ogp-form-0001, ogp-form-0002, ...
PROP_CHUNK = 255  # Word's limit for one custom property value

MAX_FILE_BYTES = 40 * 1024 * 1024
MAX_MEMBERS = 2000
MAX_MEMBER_BYTES = 120 * 1024 * 1024  # one part unpacked (room for a 50 MB paste to be named as such)
MAX_TOTAL_BYTES = 200 * 1024 * 1024  # all parts unpacked together
MAX_RATIO = 200  # unpacked/packed; real document XML is 5-20, repeated text reaches ~1000
RATIO_FLOOR = 1024 * 1024  # small parts may compress as they like
MAX_VALUE_CHARS = 1_000_000  # one field's text (about 300 pages)


class FormError(ValueError):
    """A Word form cannot be made or read; ``str()`` is one sentence for the user."""


def w(tag: str) -> str:
    return f"{{{W_NS}}}{tag}"


def w14(tag: str) -> str:
    return f"{{{W14_NS}}}{tag}"


def mb(n: int) -> str:
    return f"{n / (1024 * 1024):.0f} MB"


def read_bounded(path: str | Path) -> bytes:
    """The bytes of a regular file, refusing anything larger than MAX_FILE_BYTES while reading.

    Opened without blocking, so a named pipe is refused instead of waiting for a writer forever.
    """
    p = Path(path)
    try:
        fd = os.open(p, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
        with os.fdopen(fd, "rb") as fh:
            if not stat.S_ISREG(os.fstat(fd).st_mode):
                raise FormError(f"{p.name}: this is not a regular file, so it cannot be a Word form.")
            data = fh.read(MAX_FILE_BYTES + 1)
    except FileNotFoundError:
        raise FormError(f"{p.name}: no such file.") from None
    except IsADirectoryError:
        raise FormError(f"{p.name}: this is a folder, not a Word form.") from None
    except PermissionError:
        raise FormError(f"{p.name}: permission denied when reading the file.") from None
    except OSError as exc:
        raise FormError(f"{p.name}: the file cannot be read ({exc.strerror or exc}).") from None
    if len(data) > MAX_FILE_BYTES:
        raise FormError(f"{p.name}: the file is larger than the {mb(MAX_FILE_BYTES)} a Word form may be.")
    return data


class Package:
    """The parts of a .docx, inflated only when asked for and only within the limits."""

    def __init__(self, data: bytes, name: str) -> None:
        self.name = name
        try:
            self.zip = zipfile.ZipFile(BytesIO(data))
            infos = self.zip.infolist()
        except (zipfile.BadZipFile, ValueError, EOFError):
            raise self.fail("this is not a Word document (.docx): it is not a zip package.") from None
        if len(infos) > MAX_MEMBERS:
            raise self.fail(f"the package has {len(infos)} parts, more than a Word form can have; "
                            "it was not read.")
        self.infos = {i.filename: i for i in infos}
        self.inflated = 0
        macros = [n for n in self.infos if n.lower().rsplit("/", 1)[-1].startswith("vbaproject")]
        if macros:
            raise self.fail("the document contains macros (a vbaProject part); macro-enabled documents are "
                            "not read. Save it as a plain Word document (.docx) and send it again.")

    def fail(self, why: str) -> FormError:
        return FormError(f"{self.name}: {why}")

    def has(self, part: str) -> bool:
        return part in self.infos

    def read(self, part: str) -> bytes:
        """One part's bytes; refuses a zip bomb (size or ratio) before it is unpacked in full."""
        info = self.infos[part]
        limit = min(MAX_MEMBER_BYTES, MAX_TOTAL_BYTES - self.inflated)
        chunks: list[bytes] = []
        got = 0
        try:
            with self.zip.open(info) as fh:
                while chunk := fh.read(1024 * 1024):
                    got += len(chunk)
                    if got > limit or (got > RATIO_FLOOR and got > MAX_RATIO * max(info.compress_size, 1)):
                        raise self.fail(f"the part {part} unpacks to far more than a Word form holds "
                                        "(a zip bomb?); it was not read.")
                    chunks.append(chunk)
        except (zipfile.BadZipFile, zipfile.LargeZipFile, EOFError, OSError, NotImplementedError,
                RuntimeError) as exc:
            raise self.fail(f"the part {part} is damaged ({exc}).") from None
        self.inflated += got
        return b"".join(chunks)

    def xml(self, part: str) -> etree._Element:
        return parse_xml(self.read(part), f"{self.name}: the part {part}")


def parse_xml(raw: bytes, where: str) -> etree._Element:
    """Parse XML that came from outside: no DTD, no entities, no network; a DOCTYPE is refused."""
    head = raw[:4096].lower()
    if b"<!doctype" in head or b"<!entity" in raw.lower():
        raise FormError(f"{where} declares a DOCTYPE or entities, which a Word document never does; "
                        "it was not read.")
    parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False, dtd_validation=False,
                             remove_blank_text=False)
    try:
        root = etree.fromstring(raw, parser)
    except etree.XMLSyntaxError as exc:
        if "huge" in str(exc).lower():
            raise FormError(f"{where} holds a single text of more than 10 million characters, more than a "
                            f"field may hold ({MAX_VALUE_CHARS:,} characters); nothing was merged.") from None
        raise FormError(f"{where} is not well-formed XML ({exc}).") from None
    if root.getroottree().docinfo.doctype:
        raise FormError(f"{where} declares a DOCTYPE, which a Word document never does; it was not read.")
    return root


# -- the payload ---------------------------------------------------------------


def payload_bytes(payload: dict[str, Any]) -> bytes:
    return json.dumps(payload, ensure_ascii=False, separators=(",", ":"), sort_keys=True).encode("utf-8")


def custom_xml_part(payload: dict[str, Any]) -> bytes:
    root = etree.Element(f"{{{FORM_NS}}}form", nsmap={None: FORM_NS})
    root.set("format", FORMAT)
    root.set("version", str(FORMAT_VERSION))
    root.text = payload_bytes(payload).decode("utf-8")
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)


def property_chunks(payload: dict[str, Any]) -> list[tuple[str, str]]:
    text = payload_bytes(payload).decode("utf-8")
    chunks = [text[i:i + PROP_CHUNK] for i in range(0, len(text), PROP_CHUNK)]
    return [(f"{PROP_PREFIX}{n + 1:04d}", chunk) for n, chunk in enumerate(chunks)]


def _from_custom_xml(pkg: Package) -> str | None:
    for part in sorted(n for n in pkg.infos if n.startswith("customXml/item") and n.count("/") == 1
                       and "Props" not in n and n.endswith(".xml")):
        root = pkg.xml(part)
        if root.tag == f"{{{FORM_NS}}}form":
            return root.text or ""
    return None


def _from_properties(pkg: Package) -> str | None:
    if not pkg.has("docProps/custom.xml"):
        return None
    root = pkg.xml("docProps/custom.xml")
    chunks: dict[str, str] = {}
    for prop in root.iter(f"{{{PROPS_NS}}}property"):
        name = prop.get("name") or ""
        if name.startswith(PROP_PREFIX):
            chunks[name] = "".join(prop.itertext())
    return "".join(chunks[k] for k in sorted(chunks)) if chunks else None


def read_payload(pkg: Package) -> dict[str, Any]:
    """The form's record: from the custom XML part, else from the custom document properties."""
    text = _from_custom_xml(pkg)
    if text is None:
        text = _from_properties(pkg)
    if text is None:
        raise pkg.fail("this Word document is not a form made by OGP Report Studio (it carries no record of "
                       "what was sent out), so it cannot be merged.")
    try:
        data = json.loads(text)
    except (ValueError, RecursionError):
        raise pkg.fail("the form's record of what was sent out is damaged, so it cannot be merged.") from None
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise pkg.fail("the form's record of what was sent out is damaged, so it cannot be merged.")
    if not isinstance(data.get("version"), int) or data["version"] > FORMAT_VERSION:
        raise pkg.fail("the form was made by a newer version of the app; please update the app.")
    if not isinstance(data.get("fields"), dict) or not isinstance(data.get("contribution"), dict):
        raise pkg.fail("the form's record of what was sent out is damaged, so it cannot be merged.")
    return data
