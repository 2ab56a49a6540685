"""Word forms: what writer and reader share, and the guarded way a returned form is opened.

A returned form comes by e-mail from another organisation, so it is read as
hostile input: only a regular file, at most ``FORM_FILE_BYTES`` read (never
trusting ``st_size``), every zip member's unpacked size and compression ratio
bounded while it is inflated, no macros, and XML parsed without entities, DTDs
or network access (limits in :mod:`ogp_desktop.limits`). Each refusal is a
:class:`FormError`: a code and parameters, one sentence in the user's language.

The form carries what the merge needs in a custom XML part (``customXml/``)
and, in case a program drops that, the same payload in chunked custom
document properties (``docProps/custom.xml``; Word limits one value to 255
characters). Measured with LibreOffice 7.4: both survive its DOCX save.
"""

from __future__ import annotations

import json
import zipfile
from io import BytesIO
from pathlib import Path
from typing import Any

from lxml import etree

from ogp_desktop import limits
from ogp_desktop.errors import Term, UserError

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

RATIO_FLOOR = 1024 * 1024  # parts below this may compress as they like


class FormError(UserError):
    """A Word form cannot be made or read: a code (``form.*``) and parameters; ``str()`` is the English sentence."""


def w(tag: str) -> str:
    return f"{{{W_NS}}}{tag}"


def w14(tag: str) -> str:
    return f"{{{W14_NS}}}{tag}"


def read_bounded(path: str | Path) -> bytes:
    """The bytes of a regular file, at most ``limits.FORM_FILE_BYTES``; a pipe or device is refused unread."""
    p = Path(path)
    try:
        return limits.read_capped(p, limits.FORM_FILE_BYTES, what=Term("Word form", "Wordi vorm"))
    except limits.InputRefused as exc:
        if exc.code == "input.too_large":
            raise FormError("form.too_large", name=p.name, size=limits.size_text(limits.FORM_FILE_BYTES)) from None
        raise FormError("form.folder" if p.is_dir() else "form.not_regular", name=p.name) from None
    except FileNotFoundError:
        raise FormError("form.no_file", name=p.name) from None
    except IsADirectoryError:
        raise FormError("form.folder", name=p.name) from None
    except PermissionError:
        raise FormError("form.permission", name=p.name) from None
    except OSError as exc:
        raise FormError("form.unreadable", name=p.name, reason=exc.strerror or str(exc)) from None


class Package:
    """The parts of a .docx, inflated only when asked for and only within the limits."""

    def __init__(self, data: bytes, name: str) -> None:
        self.name = name
        try:
            self.zip = zipfile.ZipFile(BytesIO(data))
            infos = self.zip.infolist()
        except (zipfile.BadZipFile, ValueError, EOFError):
            raise self.fail("form.not_zip") from None
        if len(infos) > limits.FORM_PARTS:
            raise self.fail("form.too_many_parts", count=len(infos))
        self.infos = {i.filename: i for i in infos}
        self.inflated = 0
        macros = [n for n in self.infos if n.lower().rsplit("/", 1)[-1].startswith("vbaproject")]
        if macros:
            raise self.fail("form.macros")

    def fail(self, code: str, **params: Any) -> FormError:
        return FormError(code, name=self.name, **params)

    def has(self, part: str) -> bool:
        return part in self.infos

    def read(self, part: str) -> bytes:
        """One part's bytes; refuses a zip bomb (size or ratio) before it is unpacked in full."""
        info = self.infos[part]
        limit = min(limits.FORM_PART_BYTES, limits.FORM_UNPACKED_BYTES - self.inflated)
        chunks: list[bytes] = []
        got = 0
        try:
            with self.zip.open(info) as fh:
                while chunk := fh.read(1024 * 1024):
                    got += len(chunk)
                    if got > limit or (got > RATIO_FLOOR and got > limits.FORM_RATIO * max(info.compress_size, 1)):
                        raise self.fail("form.bomb", part=part)
                    chunks.append(chunk)
        except (zipfile.BadZipFile, zipfile.LargeZipFile, EOFError, OSError, NotImplementedError,
                RuntimeError) as exc:
            raise self.fail("form.damaged_part", part=part, reason=str(exc)) from None
        self.inflated += got
        return b"".join(chunks)

    def xml(self, part: str) -> etree._Element:
        return parse_xml(self.read(part), self.name, part)


def parse_xml(raw: bytes, name: str, part: str) -> etree._Element:
    """Parse XML that came from outside: no DTD, no entities, no network; a DOCTYPE is refused."""
    head = raw[:4096].lower()
    if b"<!doctype" in head or b"<!entity" in raw.lower():
        raise FormError("form.doctype", name=name, part=part)
    parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False, dtd_validation=False,
                             remove_blank_text=False)
    try:
        root = etree.fromstring(raw, parser)
    except etree.XMLSyntaxError as exc:
        if "huge" in str(exc).lower():  # lxml's own wording: its error codes do not single this case out
            raise FormError("form.huge_text", name=name, part=part, limit=limits.VALUE_CHARS) from None
        raise FormError("form.bad_xml", name=name, part=part, reason=str(exc)) from None
    if root.getroottree().docinfo.doctype:
        raise FormError("form.doctype", name=name, part=part)
    return root


# -- the payload ---------------------------------------------------------------


def payload_bytes(payload: dict[str, Any]) -> bytes:
    return json.dumps(payload, ensure_ascii=False, separators=(",", ":"), sort_keys=True).encode("utf-8")


def custom_xml_part(payload: dict[str, Any]) -> bytes:
    root = etree.Element(f"{{{FORM_NS}}}form", nsmap={None: FORM_NS})
    root.set("format", FORMAT)
    root.set("version", str(FORMAT_VERSION))
    root.text = payload_bytes(payload).decode("utf-8")
    return bytes(etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True))


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
        raise pkg.fail("form.not_a_form")
    try:
        data = json.loads(text)
    except (ValueError, RecursionError):
        raise pkg.fail("form.record_damaged") from None
    if not isinstance(data, dict) or data.get("format") != FORMAT or not isinstance(data.get("version"), int):
        raise pkg.fail("form.record_damaged")
    if data["version"] > FORMAT_VERSION:
        raise pkg.fail("form.newer")
    if not isinstance(data.get("fields"), dict) or not isinstance(data.get("contribution"), dict):
        raise pkg.fail("form.record_damaged")
    return data
