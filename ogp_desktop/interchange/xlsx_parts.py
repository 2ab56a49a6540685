"""Every XML part of an .xlsx counted while streaming, before openpyxl reads any of it.

openpyxl builds objects for a workbook's styles, shared strings, defined
names, sheets and relationships in full before it yields the first cell,
and none of that is bounded: a 2.9 MB workbook whose ``styles.xml`` holds
2,000,000 cell formats took 66 s and 3.6 GB. :func:`check_parts` parses each
part once with lxml's ``iterparse`` (no DTD, no entities, no network, no huge
text nodes), clears what it has seen so memory stays flat, and stops at the
first limit of :mod:`ogp_desktop.limits` passed: the cost of a refusal is
bounded by the cap, not by the file.

The root element says what a part is, not its name, so a workbook cannot
hide a part behind odd relationships.
"""

from __future__ import annotations

import zipfile
import zlib

from lxml import etree

from ogp_desktop import limits
from ogp_desktop.errors import Term
from ogp_desktop.interchange.plan_limits import PlanImportError

_XML_SUFFIXES = (".xml", ".rels", ".vml")
_CELL_PARTS = frozenset({"worksheet", "sst"})  # cell content: counted against SHEET_ELEMENTS

ELEMENTS = Term("elements", "elementi")
SHEETS = Term("sheets", "lehte")
NAMES = Term("defined names", "määratud nime")
CHARACTERS = Term("characters of text", "tähemärki teksti")


def _local(tag: object) -> str:
    return tag.rsplit("}", 1)[-1] if isinstance(tag, str) else ""


class _Budget:
    """What the parts read so far have used of each limit."""

    def __init__(self, name: str) -> None:
        self.name = name
        self.cell_elements = 0
        self.other_elements = 0
        self.sheets = 0
        self.names = 0
        self.chars = 0

    def refuse(self, part: str, limit: int, what: Term) -> PlanImportError:
        return PlanImportError("plan.xlsx_part_too_big", name=self.name, part=part, limit=limit, what=what)

    def scan(self, zf: zipfile.ZipFile, info: zipfile.ZipInfo) -> None:
        part = info.filename
        with zf.open(info) as fh:
            # "end" only: half the events of start+end; an element is counted once its children are
            events = etree.iterparse(fh, events=("end",), resolve_entities=False, no_network=True,
                                     load_dtd=False, huge_tree=False)
            cells: bool | None = None  # what the part is, known at its first element
            for _, elem in events:
                if cells is None:
                    tree = elem.getroottree()
                    if tree.docinfo.doctype:  # it came before the root, so it is known by now
                        raise PlanImportError("plan.xlsx_doctype", name=self.name, part=part)
                    cells = _local(tree.getroot().tag) in _CELL_PARTS
                tag = _local(elem.tag)
                self._count(part, tag, cells)
                if cells and tag == "t":
                    self.chars += len(elem.text or "")
                    if self.chars > limits.SHARED_TEXT_CHARS:
                        raise self.refuse(part, limits.SHARED_TEXT_CHARS, CHARACTERS)
                elem.clear(keep_tail=False)  # keep memory flat: drop what was counted
                parent = elem.getparent()
                if parent is not None:
                    while elem.getprevious() is not None:
                        del parent[0]

    def _count(self, part: str, tag: str, cells: bool) -> None:
        if cells:
            self.cell_elements += 1
            if self.cell_elements > limits.SHEET_ELEMENTS:
                raise self.refuse(part, limits.SHEET_ELEMENTS, ELEMENTS)
            return
        self.other_elements += 1
        if self.other_elements > limits.WORKBOOK_ELEMENTS:
            raise self.refuse(part, limits.WORKBOOK_ELEMENTS, ELEMENTS)
        if tag == "sheet":
            self.sheets += 1
            if self.sheets > limits.WORKBOOK_SHEETS:
                raise self.refuse(part, limits.WORKBOOK_SHEETS, SHEETS)
        elif tag == "definedName":
            self.names += 1
            if self.names > limits.DEFINED_NAMES:
                raise self.refuse(part, limits.DEFINED_NAMES, NAMES)


def check_parts(zf: zipfile.ZipFile, name: str) -> None:
    """PlanImportError when an XML part is not well-formed, declares a DOCTYPE, or the parts together pass
    a limit (elements, sheets, defined names, characters of shared text)."""
    budget = _Budget(name)
    for info in zf.infolist():
        if not info.filename.lower().endswith(_XML_SUFFIXES):
            continue
        try:
            budget.scan(zf, info)
        except etree.XMLSyntaxError as exc:
            raise PlanImportError("plan.xlsx_bad_xml", name=name, part=info.filename,
                                  reason=str(exc).splitlines()[0][:200]) from None
        except (zipfile.BadZipFile, zlib.error, OSError, EOFError, NotImplementedError):
            raise PlanImportError("plan.xlsx_damaged", name=name) from None
