"""Reading a filled Word form back into a contribution report.

The result is the same :class:`Report` a JSON contribution file gives
(``meta["contribution"]`` with the base as it was sent), with the values read
from the form's controls put over the commitments; the ordinary three-way
merge (:func:`ogp_desktop.interchange.contribution.merge_contribution`) does
the rest. What the form says besides values is returned with it: Word
comments by field, and notes (tracked changes read as accepted, text outside
the fields, a value that is not one of the choices).

Each field is found by its bookmark (kept by Word and LibreOffice) or by its
control's tag (kept by Word), and read as its whole table cell. A form that
points outside the commitments it was made for, names one field twice, holds
an oversized value, carries macros or XML declarations is refused as a whole
with one sentence: nothing of it is merged. A form made from another report
is refused by the merge itself, exactly as a JSON contribution is.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from lxml import etree

from ogp_desktop import limits, valuepath
from ogp_desktop.errors import Term, render
from ogp_desktop.interchange import wordform_dates as dates
from ogp_desktop.interchange import wordform_text as wtext
from ogp_desktop.interchange.wordform_package import TEXTS, placeholders
from ogp_desktop.interchange.wordform_parts import (
    FormError,
    Package,
    read_bounded,
    read_payload,
    w,
    w14,
)
from ogp_desktop.interchange.wordform_write import SPARE_ROWS, TEXT_KINDS, context_hash
from ogp_desktop.pathwords import path_words
from ogp_desktop.report import Report
from ogp_desktop.reportfile import ReportFileError, parse_report_bytes
from ogp_desktop.template import Field, Template
from ogp_desktop.translations import source_hash

STRICT_W_NS = "http://purl.oclc.org/ooxml/wordprocessingml/main"  # Word's "Strict Open XML" save
_FID = re.compile(r"F\d{4,6}")
_MODIFIED = re.compile(rb"<dcterms:modified[^>]*>([0-9T:\-.Z+]{10,40})</dcterms:modified>")


@dataclass(frozen=True)
class FormComment:
    """A Word comment; ``path`` and ``label`` name the field it is anchored in ("" when outside every field)."""

    path: str
    label: str
    author: str
    text: str


@dataclass(frozen=True)
class FormNote:
    """Something the reader tells about the form (a code ``form_note.*`` and parameters); ``str()`` is English."""

    code: str
    params: dict[str, Any]

    def text(self, lang: str = "en") -> str:
        return render(self.code, lang, self.params)

    def __str__(self) -> str:
        return self.text()


@dataclass
class FormReading:
    """A filled form read: the contribution report to merge, and what else the form said."""

    contribution: Report
    comments: list[FormComment] = field(default_factory=list)
    notes: list[FormNote] = field(default_factory=list)
    fields: int = 0  # how many fields were found and read

    def note_texts(self, lang: str = "en") -> list[str]:
        return [n.text(lang) for n in self.notes]


class _Reader:
    def __init__(self, pkg: Package, template: Template) -> None:
        self.pkg = pkg
        self.t = template
        payload = read_payload(pkg)
        self.lang: str = "et" if payload.get("lang") == "et" else "en"
        self.translating = bool(payload.get("translating"))  # prose fields hold the translation into self.lang
        try:
            raw = json.dumps(payload["contribution"], ensure_ascii=False).encode("utf-8")
            self.c = Report.from_dict(parse_report_bytes(raw, pkg.name))
        except ReportFileError:
            raise pkg.fail("form.record_damaged") from None
        self.context = {str(h) for h in payload.get("context") or []}
        self.map = self._check_map(payload["fields"])
        self.out = FormReading(self.c)
        self.cells: dict[str, etree._Element] = {}

    # -- what the form claims -------------------------------------------------
    def _check_map(self, fields: dict[str, Any]) -> dict[str, tuple[str, Field]]:
        rows = self.c.values.get(self.t.roles.commitments)
        count = len(rows) if isinstance(rows, list) else 0
        out: dict[str, tuple[str, Field]] = {}
        for fid, path in fields.items():
            f = self._field_at(path, count) if _FID.fullmatch(str(fid)) and isinstance(path, str) else None
            if f is None:
                raise self.pkg.fail("form.not_a_field", path=str(path)[:80])
            out[fid] = (path, f)
        paths = [p for p, _ in out.values()]
        if len(set(paths)) != len(paths):
            dup = next(p for p in paths if paths.count(p) > 1)
            raise self.pkg.fail("form.named_twice", path=dup)
        return out

    def _field_at(self, path: str, count: int) -> Field | None:
        try:
            parts = valuepath.parse(path)
        except valuepath.PathError:
            return None
        if len(parts) < 3 or parts[0] != self.t.roles.commitments or not isinstance(parts[1], int):
            return None
        if parts[1] >= count or (len(parts) > 3 and not self._row_in_form(parts)):
            return None
        f = self.t.field(parts)
        return f if f is not None and not f.is_group else None

    def _row_in_form(self, parts: valuepath.Path) -> bool:
        """A row of a group inside a commitment: one that was sent, or one of the spare rows after them."""
        if len(parts) != 5 or not isinstance(parts[3], int):
            return False
        rows = self.c.get(parts[:3])
        listed = len(rows) if isinstance(rows, list) else 0
        if parts[3] < listed:
            return isinstance(rows[parts[3]], dict)
        return parts[3] < listed + SPARE_ROWS

    # -- finding the fields -----------------------------------------------------
    def locate(self, body: etree._Element) -> None:
        """Map each field to its table cell: by bookmark, or by the control's tag; refuse duplicates."""
        paths = {path: fid for fid, (path, _) in self.map.items()}
        marks: dict[str, etree._Element] = {}
        for mark in body.iter(w("bookmarkStart")):
            name = mark.get(w("name")) or ""
            if name in self.map:
                if name in marks:
                    raise self.pkg.fail("form.anchor_twice", anchor=name)
                marks[name] = mark
        tagged: dict[str, etree._Element] = {}
        for sdt in body.iter(w("sdt")):
            tag = sdt.find(f"{w('sdtPr')}/{w('tag')}")
            value = tag.get(w("val")) if tag is not None else None
            if not value or not value.startswith(self.t.roles.commitments + "["):
                continue
            if value not in paths:
                raise self.pkg.fail("form.tag_outside", path=value[:80])
            cell = _cell(sdt)
            if value in tagged and tagged[value] is not cell:
                raise self.pkg.fail("form.tagged_twice", path=value)
            tagged[value] = cell
        owner: dict[int, str] = {}
        for fid, (path, _field) in self.map.items():
            cell = tagged.get(path)
            if cell is None and fid in marks:
                cell = _cell(marks[fid])
            if cell is None:
                self.note("form_note.not_found", path)
                continue
            if id(cell) in owner:
                raise self.pkg.fail("form.shared_place", first=owner[id(cell)], second=path)
            owner[id(cell)] = path
            self.cells[path] = cell

    # -- reading values ---------------------------------------------------------
    def read_values(self) -> None:
        changed = 0
        fields = dict(self.map.values())
        added: dict[valuepath.Path, dict[str, Any]] = {}
        for path, cell in self.cells.items():
            f = fields[path]
            if wtext.has_changes(cell):
                changed += 1
            value = self.value(cell, f, path)
            if value is _NOT_READ:
                continue
            self.out.fields += 1
            parts = valuepath.parse(path)
            if len(parts) == 5 and self.c.get(parts[:4]) is None:  # a spare row: new when anything is in it
                if value not in (None, "", []):
                    added.setdefault(parts[:4], {})[str(parts[4])] = value
                continue
            if self.translating and f.translatable:
                self._translation(path, value)
            elif not _same(self.c.get(path), value, f):
                _put(self.c.values, parts, value)
        for row_path in sorted(added, key=lambda p: (valuepath.format(p[:3]), p[3])):
            rows = self.c.get(row_path[:3])
            if not isinstance(rows, list):
                rows = []
                _put(self.c.values, row_path[:3], rows)
            rows.append(added[row_path])
        if changed:
            self.note("form_note.changes", count=changed)

    def _translation(self, path: str, value: Any) -> None:
        """A prose field of a translated form: its text is the translation of the source value at *path*."""
        entries = self.c.translations.setdefault(self.lang, {})
        old = entries.get(path)
        found = old.get("text") if isinstance(old, dict) else None
        old_text = found if isinstance(found, str) else ""
        text = value if isinstance(value, str) else ""
        if wtext.normalised(text) == wtext.normalised(old_text):
            return
        if text.strip():
            entries[path] = {"text": text, "source_hash": source_hash(str(self.c.get(path) or ""))}
        else:
            entries.pop(path, None)

    def note(self, code: str, path: str = "", **params: Any) -> None:
        """A note; one about a field names it in words (``place``) and keeps its ``path`` for remapping."""
        if path:
            params.update(path=path, place=place(self.t, path))
        self.out.notes.append(FormNote(code, params))

    def value(self, cell: etree._Element, f: Field, path: str) -> Any:
        if f.kind == "multienum":
            return self._checked(cell, f, path)
        text = wtext.block_text(cell)
        if len(text) > limits.VALUE_CHARS:
            raise self.pkg.fail("form.value_too_long", place=place(self.t, path), count=len(text),
                                limit=limits.VALUE_CHARS)
        empty = text.strip().casefold() in placeholders()
        if f.kind == "list":
            return [] if empty else [line.strip() for line in text.splitlines() if line.strip()]
        if f.kind in TEXT_KINDS:
            return self._text_value(text, f, path, empty)
        if empty:
            return None
        base = self.c.get(path)
        if base not in (None, "") and " ".join(text.split()) == str(base).strip():
            return base  # shown as it was stored (a value the template or the date format does not know)
        if f.kind in ("date", "month"):
            return self._date(cell, f, text, path)
        found = _choice(text, f)
        if found is _NOT_READ:
            self.note("form_note.not_a_choice", path, text=text.strip()[:80])
        return found

    def _text_value(self, text: str, f: Field, path: str, empty: bool) -> Any:
        if empty:
            return ""
        if f.kind == "longtext":
            return text
        one_line = " ".join(text.split())
        if f.kind == "int":
            if not re.fullmatch(r"-?\d{1,18}", one_line):
                self.note("form_note.not_a_number", path, text=one_line[:80])
                return _NOT_READ
            return int(one_line)
        return one_line

    def _date(self, cell: etree._Element, f: Field, text: str, path: str) -> Any:
        node = cell.find(f".//{w('date')}")
        fmt_node = node.find(w("dateFormat")) if node is not None else None
        fmt = fmt_node.get(w("val")) if fmt_node is not None else dates.FORMATS[(f.kind, self.lang)]
        found = dates.parse(text, fmt or "", f.kind)
        if found is None:
            self.note("form_note.not_a_date", path, text=text.strip()[:80])
            return _NOT_READ
        return found

    def _checked(self, cell: etree._Element, f: Field, path: str) -> Any:
        states = []
        for box in cell.iter(w14("checkbox")):
            mark = box.find(w14("checked"))
            states.append(mark is not None and mark.get(w14("val"), "0") in ("1", "true"))
        if len(states) != len(f.values):  # LibreOffice or an editor dropped the boxes: read the symbols
            states = [wtext.paragraph_text(p).lstrip()[:1] in ("\u2612", "\u2611", "X", "x")
                      for p in wtext.paragraphs(cell)]
        if len(states) != len(f.values):
            self.note("form_note.boxes", path)
            return _NOT_READ
        known = {v.id for v in f.values}
        base = self.c.get(path)
        unknown = [v for v in base if v not in known] if isinstance(base, list) else []  # no box: kept
        return [v.id for v, on in zip(f.values, states, strict=True) if on] + unknown

    # -- the rest of the document ------------------------------------------------
    def outside(self, body: etree._Element) -> None:
        """Report text that is neither in a field nor written by the form itself, by page."""
        inside = {id(c) for c in self.cells.values()}
        pages: list[int] = []
        page = 1
        for node in body.iter(w("p"), w("br"), w("pageBreakBefore")):
            if node.tag == w("br"):
                page += node.get(w("type")) == "page"
                continue
            if node.tag == w("pageBreakBefore"):
                page += node.get(w("val"), "1") not in ("0", "false")
                continue
            if _in_cells(node, inside) or any(True for _ in node.iterancestors(w("p"))):
                continue
            text = wtext.paragraph_text(node)
            if text.strip() and context_hash(text) not in self.context and page not in pages:
                pages.append(page)
        for n in pages:
            self.note("form_note.outside", page=n)

    def comments(self, body: etree._Element) -> None:
        if not self.pkg.has("word/comments.xml"):
            return
        texts: dict[str, tuple[str, str]] = {}
        for c in self.pkg.xml("word/comments.xml").iter(w("comment")):
            body_text = wtext.block_text(c)
            texts[c.get(w("id"), "")] = (c.get(w("author"), ""), body_text[:10_000])
        where: dict[str, str] = {}
        by_cell = {id(cell): path for path, cell in self.cells.items()}
        for node in body.iter(w("commentRangeStart"), w("commentReference")):
            cid = node.get(w("id"), "")
            if cid in where and where[cid]:
                continue
            cell = _cell(node)
            where[cid] = by_cell.get(id(cell), "") if cell is not None else ""
        labels = {p: f.text(self.lang) for p, f in self.map.values()}
        for cid, (author, text) in texts.items():
            path = where.get(cid, "")
            self.out.comments.append(FormComment(path, labels.get(path, ""), author, text))


class _NotRead:
    pass


_NOT_READ: Any = _NotRead()


def place(template: Template, path: str) -> Term:
    """Where a field is, in words in both languages ("Commitment 1 › Results"): notes never show a path."""
    return Term(path_words(template, path, "en"), path_words(template, path, "et"))


def _put(values: dict[str, Any], path: valuepath.Path, value: Any) -> None:
    """Set a value inside the rows the form was made for (checked to exist), without Report.set's
    notification: reading must not stamp the contribution with today's date."""
    node: Any = values
    for part in path[:-1]:
        node = node[part]
    node[path[-1]] = value


def _cell(node: etree._Element) -> etree._Element | None:
    return next(node.iterancestors(w("tc")), None)


def _in_cells(node: etree._Element, cells: set[int]) -> bool:
    return any(id(a) in cells for a in node.iterancestors(w("tc")))


def _choice(text: str, f: Field) -> Any:
    """A drop-down's value from what it shows: its label in either language, or the value id itself."""
    wanted = " ".join(text.split()).casefold()
    options: list[tuple[Any, list[str]]] = [(v.id, [v.text("en"), v.text("et"), str(v.id)]) for v in f.values]
    if f.kind == "bool":
        options = [(True, [TEXTS["yes"]["en"], TEXTS["yes"]["et"], "true"]),
                   (False, [TEXTS["no"]["en"], TEXTS["no"]["et"], "false"])]
    for vid, names in options:
        if wanted in {n.casefold() for n in names}:
            return vid
    return _NOT_READ


def _same(base: Any, value: Any, f: Field) -> bool:
    """Whether the read value says what was sent (so the base is kept exactly as it was)."""
    if base in (None, "", []) and value in (None, "", []):
        return True
    if f.kind in TEXT_KINDS and f.kind != "int":
        as_text = "\n".join(str(v) for v in base) if isinstance(base, list) else base
        mine = "\n".join(value) if isinstance(value, list) else value
        if not (isinstance(as_text, str) and isinstance(mine, str)):
            return False
        return wtext.normalised(as_text) == wtext.normalised(mine)
    if f.kind == "multienum" and isinstance(base, list) and isinstance(value, list):
        return sorted(map(str, base)) == sorted(map(str, value))  # the boxes are in the template's order
    return bool(base == value)


def read_form(path: str | Path, template: Template) -> FormReading:
    """Read a filled form; FormError with one sentence when it cannot or must not be read."""
    p = Path(path)
    if p.suffix.lower() in (".docm", ".dotm"):
        raise FormError("form.macro_enabled", name=p.name, kind=p.suffix.lower())
    data = read_bounded(p)
    if data.startswith(b"\xd0\xcf\x11\xe0"):  # an OLE file: an old .doc, or a .docx locked with a password
        raise FormError("form.ole", name=p.name)
    pkg = Package(data, p.name)
    if pkg.has("[Content_Types].xml") and b"macroEnabled" in pkg.read("[Content_Types].xml"):
        raise pkg.fail("form.macro_enabled", kind=".docm")
    if not pkg.has("word/document.xml"):
        # LibreOffice's own format (.odt), perhaps renamed: say how to save it instead
        raise pkg.fail("form.odt" if pkg.has("content.xml") else "form.no_document")
    reader = _Reader(pkg, template)
    root = pkg.xml("word/document.xml")
    if root.tag == f"{{{STRICT_W_NS}}}document":
        raise pkg.fail("form.strict")
    body = root.find(w("body"))
    if body is None:
        raise pkg.fail("form.no_body")
    reader.locate(body)
    reader.read_values()
    reader.outside(body)
    reader.comments(body)
    if pkg.has("docProps/core.xml"):
        m = _MODIFIED.search(pkg.read("docProps/core.xml"))
        if m:  # when the contributor saved: the moment their values are stamped with
            reader.c.meta["modified"] = m.group(1).decode("ascii")
    return reader.out


def is_form(path: str | Path) -> bool:
    """Whether *path* names a Word form (by its extension; the reader checks the rest, and says what
    to do with a form saved as .doc, .docm or .odt)."""
    return Path(path).suffix.lower() in (".docx", ".docm", ".dotm", ".dotx", ".doc", ".odt")


def read_contribution_form(path: str | Path, report: Report, template: Template) -> FormReading:
    """A filled form as a contribution for *report*; FormError when it cannot or must not be read.

    Whether it belongs to *report* (its report id, its scope) is the merge's check, as for a JSON
    contribution. Paths in the notes and comments are put in *report*'s coordinates (where the
    coordinator sees the commitment), like the merge's own paths.
    """
    reading = read_form(path, template)
    roles = template.roles
    ours = {roles.commitment_key_of(r): n for n, r in enumerate(report.values.get(roles.commitments) or [])}
    theirs = reading.contribution.values.get(roles.commitments) or []
    moved = {n: ours.get(roles.commitment_key_of(r), n) for n, r in enumerate(theirs)}
    pattern = re.compile(re.escape(roles.commitments) + r"\[(\d+)\]")

    def remap(text: str) -> str:
        return pattern.sub(lambda m: f"{roles.commitments}[{moved.get(int(m.group(1)), int(m.group(1)))}]", text)

    notes = []
    for n in reading.notes:
        params = dict(n.params)
        if "path" in params:
            params.update(path=remap(params["path"]), place=place(template, remap(params["path"])))
        notes.append(FormNote(n.code, params))
    reading.notes = notes
    reading.comments = [FormComment(remap(c.path), c.label, c.author, c.text) for c in reading.comments]
    return reading
