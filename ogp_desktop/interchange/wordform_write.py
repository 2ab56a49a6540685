"""Writing a Word form: chosen commitments as a .docx whose fields are content controls.

The document is built from the template, never from field ids: each chosen
commitment gets a heading and its read-only context (the roles key, title,
lead and period), then every other field visible for the report type with its
label, guidance and a content control holding the current value. Groups inside
a commitment (milestones, evidence) become tables with one control per cell.

Every control is tagged with its value path (``commitments[0].results``, in
the contribution's coordinates) and titled with the field's label, and sits
alone in a shaded table cell together with a bookmark ``F0001`` naming it.
Measured with LibreOffice 7.4: its DOCX save drops tags, moves line breaks out
of plain-text controls (``w:text``) and loses the text of a block-level control
whose first paragraph carries a comment, but keeps bookmarks, table cells and
inline rich-text, drop-down, date and check-box controls. So text fields are
inline rich-text controls (lines joined by ``w:br``), and the reader finds a
field by its bookmark (or by its tag, from Word) and reads its whole cell.
"""

from __future__ import annotations

import hashlib
import io
import zipfile
from pathlib import Path
from typing import Any

from lxml import etree

from ogp_desktop import atomic, valuepath
from ogp_desktop.interchange import wordform_dates as dates
from ogp_desktop.interchange import wordform_package as package
from ogp_desktop.interchange.contribution import export_contribution
from ogp_desktop.interchange.wordform_parts import FORMAT, FORMAT_VERSION, W14_NS, W_NS, FormError, w, w14
from ogp_desktop.report import Report
from ogp_desktop.template import Field, Template

MC_NS = "http://schemas.openxmlformats.org/markup-compatibility/2006"
TEXT_KINDS = frozenset({"text", "longtext", "url", "email", "int", "list"})
FIELD_SHADE = "EAF1FB"
SPARE_ROWS = 2  # empty rows under each table inside a commitment, for new milestones or evidence
PAGE_WIDTH = 9638  # twips between A4 margins of 2 cm


def context_hash(text: str) -> str:
    """How the reader recognises a paragraph the form itself wrote (whitespace does not count)."""
    return hashlib.sha256(" ".join(text.split()).encode("utf-8")).hexdigest()[:16]


def context_fields(template: Template) -> tuple[str, ...]:
    """Commitment fields shown as read-only context: the key, number, title, lead and period roles."""
    roles = template.roles
    ids = (*roles.commitment_key, roles.commitment_number, roles.commitment_title, roles.commitment_lead,
           roles.commitment_start, roles.commitment_end)
    return tuple(dict.fromkeys(i for i in ids if i))


def row_context_fields(template: Template, group: Field) -> tuple[str, ...]:
    """Columns of a group inside a commitment that identify the row (the milestone number): read-only."""
    return (template.roles.milestone_number,) if group.id == template.roles.milestones else ()


def shown(value: Any, field: Field, lang: str) -> str:
    """A value as read-only text in the form's language."""
    if value is None or value == "" or value == []:
        return ""
    if field.kind in ("enum", "bool"):
        return field.value_text(value, lang)
    if field.kind == "multienum" and isinstance(value, list):
        return ", ".join(field.value_text(v, lang) for v in value)
    if field.kind in ("date", "month") and isinstance(value, str):
        return dates.display(value, dates.FORMATS[(field.kind, lang)])
    if isinstance(value, list):
        return "; ".join(str(v) for v in value)
    return str(value)


class _Body:
    """The document body as it is built, with the bookkeeping the reader needs."""

    def __init__(self, lang: str) -> None:
        self.lang = lang
        self.root = etree.Element(w("document"), nsmap={"w": W_NS, "w14": W14_NS, "mc": MC_NS})
        self.root.set(f"{{{MC_NS}}}Ignorable", "w14")  # Word 2007 skips the check boxes instead of refusing
        self.body = etree.SubElement(self.root, w("body"))
        self.fields: dict[str, str] = {}
        self.context: set[str] = set()
        self.ids = 0

    def next_id(self) -> int:
        self.ids += 1
        return self.ids

    # -- paragraphs --------------------------------------------------------
    def para(self, text: str = "", style: str = "", parent: etree._Element | None = None,
             locked: bool = True) -> etree._Element:
        """A paragraph of context; *locked* puts its text in a content-locked inline control.

        Inline, not around the paragraph: LibreOffice 7.4 turns block-level controls into input fields, and
        a table cell must end with a paragraph, not a control.
        """
        p = etree.SubElement(self.body if parent is None else parent, w("p"))
        if style:
            ppr = etree.SubElement(p, w("pPr"))
            etree.SubElement(ppr, w("pStyle")).set(w("val"), style)
        if text:
            target = p
            if locked:
                sdt = etree.SubElement(p, w("sdt"))
                pr = etree.SubElement(sdt, w("sdtPr"))
                etree.SubElement(pr, w("lock")).set(w("val"), "contentLocked")
                target = etree.SubElement(sdt, w("sdtContent"))
            run(target, text)
            self.context.add(context_hash(text))
        return p

    def page_break(self) -> None:
        p = etree.SubElement(self.body, w("p"))
        etree.SubElement(etree.SubElement(p, w("r")), w("br")).set(w("type"), "page")

    def table(self, widths: list[int], shaded: bool = False) -> etree._Element:
        tbl = etree.SubElement(self.body, w("tbl"))
        pr = etree.SubElement(tbl, w("tblPr"))
        etree.SubElement(pr, w("tblW")).attrib.update({w("w"): str(sum(widths)), w("type"): "dxa"})
        borders = etree.SubElement(pr, w("tblBorders"))
        for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
            etree.SubElement(borders, w(side)).attrib.update(
                {w("val"): "single", w("sz"): "4", w("space"): "0", w("color"): "8EAADB" if shaded else "BFBFBF"})
        etree.SubElement(pr, w("tblLayout")).set(w("type"), "fixed")
        margins = etree.SubElement(pr, w("tblCellMar"))
        for side, size in (("top", 40), ("left", 100), ("bottom", 40), ("right", 100)):
            etree.SubElement(margins, w(side)).attrib.update({w("w"): str(size), w("type"): "dxa"})
        grid = etree.SubElement(tbl, w("tblGrid"))
        for width in widths:
            etree.SubElement(grid, w("gridCol")).set(w("w"), str(width))
        return tbl

    def cell(self, row: etree._Element, width: int, shaded: bool) -> etree._Element:
        tc = etree.SubElement(row, w("tc"))
        pr = etree.SubElement(tc, w("tcPr"))
        etree.SubElement(pr, w("tcW")).attrib.update({w("w"): str(width), w("type"): "dxa"})
        if shaded:
            etree.SubElement(pr, w("shd")).attrib.update({w("val"): "clear", w("color"): "auto",
                                                          w("fill"): FIELD_SHADE})
        return tc

    # -- controls ------------------------------------------------------------
    def control(self, tc: etree._Element, path: str, field: Field, value: Any) -> None:
        """The content control for one field, alone in table cell *tc*, anchored by a bookmark."""
        fid = f"F{len(self.fields) + 1:04d}"
        self.fields[fid] = path
        if field.kind in TEXT_KINDS:
            self._text_control(tc, fid, path, field, value)
        elif field.kind == "multienum":
            self._checkboxes(tc, fid, path, field, value)
        else:
            p = etree.SubElement(tc, w("p"))
            sdt = etree.SubElement(p, w("sdt"))
            pr = self._sdt_pr(sdt, path, field)
            content = etree.SubElement(sdt, w("sdtContent"))
            self._bookmark(content, fid)
            if field.kind in ("date", "month"):
                self._date(pr, content, field, value)
            else:
                self._dropdown(pr, content, field, value)

    def _sdt_pr(self, sdt: etree._Element, path: str, field: Field, alias: str = "") -> etree._Element:
        pr = etree.SubElement(sdt, w("sdtPr"))
        etree.SubElement(pr, w("alias")).set(w("val"), alias or field.text(self.lang))
        etree.SubElement(pr, w("tag")).set(w("val"), path)
        etree.SubElement(pr, w("id")).set(w("val"), str(100000 + self.next_id()))
        etree.SubElement(pr, w("lock")).set(w("val"), "sdtLocked")
        return pr

    def _bookmark(self, parent: etree._Element, fid: str) -> None:
        n = str(self.next_id())
        etree.SubElement(parent, w("bookmarkStart")).attrib.update({w("id"): n, w("name"): fid})
        etree.SubElement(parent, w("bookmarkEnd")).set(w("id"), n)

    def _text_control(self, tc: etree._Element, fid: str, path: str, field: Field, value: Any) -> None:
        """One inline rich-text control, lines separated by ``w:br``: the only text control whose line breaks,
        bookmark and comments LibreOffice 7.4 keeps in place (plain-text and block controls lose them)."""
        if isinstance(value, list):
            lines = [str(v) for v in value]
        else:
            lines = [] if value is None else str(value).split("\n")
        p = etree.SubElement(tc, w("p"))
        sdt = etree.SubElement(p, w("sdt"))
        self._sdt_pr(sdt, path, field)
        content = etree.SubElement(sdt, w("sdtContent"))
        self._bookmark(content, fid)
        r = etree.SubElement(content, w("r"))
        for n, line in enumerate(lines):
            if n:
                etree.SubElement(r, w("br"))
            t = etree.SubElement(r, w("t"))
            t.text = line
            t.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")

    def _dropdown(self, pr: etree._Element, content: etree._Element, field: Field, value: Any) -> None:
        choose = package.text("choose", self.lang)
        items = etree.SubElement(pr, w("dropDownList"))
        etree.SubElement(items, w("listItem")).attrib.update({w("displayText"): choose, w("value"): ""})
        options = [(v.id, v.text(self.lang)) for v in field.values]
        if field.kind == "bool":
            options = [(True, package.TEXTS["yes"][self.lang]), (False, package.TEXTS["no"][self.lang])]
        for vid, label in options:
            etree.SubElement(items, w("listItem")).attrib.update(
                {w("displayText"): label, w("value"): _value_id(vid)})
        current = next((label for vid, label in options if vid == value), "")
        if not current and value not in (None, ""):  # a value the template no longer lists: offered as it is
            current = str(value)
            etree.SubElement(items, w("listItem")).attrib.update({w("displayText"): current, w("value"): current})
        run(content, current or choose)

    def _date(self, pr: etree._Element, content: etree._Element, field: Field, value: Any) -> None:
        fmt = dates.FORMATS[(field.kind, self.lang)]
        iso = value if isinstance(value, str) else ""
        full = dates.full_date(iso)
        if not full and not iso.strip():
            pr.insert(pr.index(pr.find(w("lock"))) + 1, etree.Element(w("showingPlcHdr")))
        node = etree.SubElement(pr, w("date"))
        if full:
            node.set(w("fullDate"), full)
        etree.SubElement(node, w("dateFormat")).set(w("val"), fmt)
        etree.SubElement(node, w("lid")).set(w("val"), dates.LOCALES[self.lang])
        etree.SubElement(node, w("storeMappedDataAs")).set(w("val"), "dateTime")
        etree.SubElement(node, w("calendar")).set(w("val"), "gregorian")
        if full:
            run(content, dates.display(iso, fmt))
        else:  # empty: the format as a hint; not a date: as it is, so an untouched form keeps it
            run(content, iso.strip() or package.text(f"{field.kind}_hint", self.lang))

    def _checkboxes(self, tc: etree._Element, fid: str, path: str, field: Field, value: Any) -> None:
        chosen = set(value) if isinstance(value, list) else set()
        for n, option in enumerate(field.values):
            p = etree.SubElement(tc, w("p"))
            if n == 0:
                self._bookmark(p, fid)
            sdt = etree.SubElement(p, w("sdt"))
            pr = self._sdt_pr(sdt, path, field, f"{field.text(self.lang)}: {option.text(self.lang)}")
            box = etree.SubElement(pr, w14("checkbox"))
            etree.SubElement(box, w14("checked")).set(w14("val"), "1" if option.id in chosen else "0")
            etree.SubElement(box, w14("checkedState")).attrib.update({w14("val"): "2612", w14("font"): "MS Gothic"})
            etree.SubElement(box, w14("uncheckedState")).attrib.update({w14("val"): "2610",
                                                                          w14("font"): "MS Gothic"})
            run(etree.SubElement(sdt, w("sdtContent")), "\u2612" if option.id in chosen else "\u2610")
            run(p, " " + option.text(self.lang))
            self.context.add(context_hash(option.text(self.lang)))


def _value_id(vid: Any) -> str:
    return "true" if vid is True else "false" if vid is False else str(vid)


def run(parent: etree._Element, text: str) -> etree._Element:
    r = etree.SubElement(parent, w("r"))
    t = etree.SubElement(r, w("t"))
    t.text = text
    t.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
    return r


def translating(contribution: Report, lang: str) -> bool:
    """A form in the language the report is not written in: its prose fields hold the translation."""
    return lang != contribution.language


class _FormWriter:
    def __init__(self, contribution: Report, template: Template, lang: str) -> None:
        self.c = contribution
        self.t = template
        self.lang = lang
        self.translating = translating(contribution, lang)
        self.doc = _Body(lang)
        self.group = template.field(template.roles.commitments)
        if self.group is None:
            raise FormError("form.no_commitments")

    def visible(self, field: Field) -> bool:
        return field.visible_for(self.c.report_type)

    def header(self) -> None:
        d, lang = self.doc, self.lang
        info = self.c.meta.get("contribution") or {}
        d.para(f"{info.get('source_title') or self.c.title}", "Title")
        d.para(package.text("title", lang), "Heading1")
        if info.get("for"):
            d.para(package.text("for", lang, who=str(info["for"])))
        tbl = d.table([PAGE_WIDTH])
        tc = d.cell(etree.SubElement(tbl, w("tr")), PAGE_WIDTH, shaded=False)
        language = self.c.language
        for shown_lang in (lang, "et" if lang == "en" else "en"):
            d.para(package.text("instruction", shown_lang), "Instruction", parent=tc)
            names = package.LANGUAGE_NAMES[language]
            if self.translating:
                d.para(package.text("translating", shown_lang, language=names[shown_lang],
                                    form_language=package.LANGUAGE_NAMES[lang][shown_lang]), "Instruction", parent=tc)
            else:
                d.para(package.text("written_in", shown_lang, language=names[shown_lang]), "Instruction", parent=tc)

    def commitment(self, index: int, row: dict[str, Any]) -> None:
        assert self.group is not None
        d, lang, roles = self.doc, self.lang, self.t.roles
        if index:
            d.page_break()
        item = self.group.item_label or self.group.label
        key = roles.commitment_key_of(row)
        title = str(row.get(roles.commitment_title) or "")
        d.para(f"{item.get(lang, '')} {key}: {title}".strip(), "Heading1")
        context = [f for f in self.group.fields if f.id in context_fields(self.t) and f.id != roles.commitment_title]
        tbl = d.table([3200, PAGE_WIDTH - 3200])
        for f in context:
            tr = etree.SubElement(tbl, w("tr"))
            d.para(f.text(lang), "TableHeader", parent=d.cell(tr, 3200, False))
            d.para(shown(row.get(f.id), f, lang), parent=d.cell(tr, PAGE_WIDTH - 3200, False))
        for f in self.group.fields:
            if f.id in context_fields(self.t) or not self.visible(f):
                continue
            path = f"{self.t.roles.commitments}[{index}].{f.id}"
            d.para(f.text(lang), "FieldLabel")
            if f.help(lang):
                d.para(f.help(lang), "Guidance")
            if f.is_group:
                self.rows(f, path, row.get(f.id))
                continue
            value = row.get(f.id)
            if self.translating and f.translatable:
                if value not in (None, "", []):  # what is translated, read-only above its translation
                    source = "; ".join(map(str, value)) if isinstance(value, list) else str(value)
                    names = package.LANGUAGE_NAMES[self.c.language]
                    line = package.text("source", lang, language=names[lang], text=source)
                    d.para(line[:1].upper() + line[1:], "Guidance")
                if f.kind == "list":  # translated item by item in the app; read-only here
                    continue
                value = self.translated(path)
            tbl = d.table([PAGE_WIDTH], shaded=True)
            d.control(d.cell(etree.SubElement(tbl, w("tr")), PAGE_WIDTH, True), path, f, value)

    def translated(self, path: str) -> str:
        """The form language's translation of the value at *path*: its text, or empty when there is none."""
        entry = self.c.translations.get(self.lang, {}).get(path)
        text = entry.get("text") if isinstance(entry, dict) else None
        return text if isinstance(text, str) else ""

    def rows(self, group: Field, path: str, rows: Any) -> None:
        """A table of the group's rows, one control per cell, then SPARE_ROWS empty rows for new ones."""
        d, lang = self.doc, self.lang
        listed = list(rows) if isinstance(rows, list) else []
        present = [(n, r) for n, r in enumerate(listed) if isinstance(r, dict)]  # the index stays the row's place
        spare = [(len(listed) + k, None) for k in range(SPARE_ROWS)]
        columns = [f for f in group.fields if self.visible(f) and not f.is_group]
        keys = row_context_fields(self.t, group)
        widths = _widths(columns, keys)
        tbl = d.table(widths)
        header = etree.SubElement(tbl, w("tr"))
        etree.SubElement(etree.SubElement(header, w("trPr")), w("tblHeader"))
        for f, width in zip(columns, widths, strict=True):
            d.para(f.text(lang), "TableHeader", parent=d.cell(header, width, False))
        for n, row in present + spare:
            tr = etree.SubElement(tbl, w("tr"))
            for f, width in zip(columns, widths, strict=True):
                if f.id in keys and row is not None:  # an existing row's key identifies it: read-only
                    d.para(shown(row.get(f.id), f, lang), parent=d.cell(tr, width, False))
                else:
                    here = valuepath.format(valuepath.parse(path) + (n, f.id))
                    value = row.get(f.id) if row is not None else None
                    if self.translating and f.translatable and row is not None:
                        value = self.translated(here)
                    d.control(d.cell(tr, width, True), here, f, value)
        d.para(package.text("spare", lang), "Guidance")

    def build(self) -> tuple[bytes, dict[str, Any]]:
        self.header()
        for index, row in enumerate(self.c.values.get(self.t.roles.commitments) or []):
            if isinstance(row, dict):
                self.commitment(index, row)
        sect = etree.SubElement(self.doc.body, w("sectPr"))
        etree.SubElement(sect, w("pgSz")).attrib.update({w("w"): "11906", w("h"): "16838"})
        etree.SubElement(sect, w("pgMar")).attrib.update({w(k): "1134" for k in ("top", "right", "bottom", "left")})
        xml = etree.tostring(self.doc.root, xml_declaration=True, encoding="UTF-8", standalone=True)
        payload = {"format": FORMAT, "version": FORMAT_VERSION, "lang": self.lang, "translating": self.translating,
                   "contribution": self.c.to_dict(), "fields": self.doc.fields,
                   "context": sorted(self.doc.context)}
        return xml, payload


def _widths(columns: list[Field], keys: tuple[str, ...]) -> list[int]:
    """Column widths: narrow for keys, dates and choices, the rest share what is left."""
    narrow = {f.id: 1100 if f.id in keys else 1700 if f.kind == "date" else 1500 for f in columns
              if f.id in keys or f.kind in ("date", "month", "enum", "bool", "int")}
    wide = [f for f in columns if f.id not in narrow]
    rest = max(PAGE_WIDTH - sum(narrow.values()), 1500 * max(len(wide), 1))
    return [narrow.get(f.id, rest // max(len(wide), 1)) for f in columns]


def form_bytes(report: Report, template: Template, ids: list[str], lang: str, for_whom: str = "") -> bytes:
    """The .docx form for the commitments named by *ids*, in *lang*."""
    return _form(report, template, ids, lang, for_whom)[0]


def _form(report: Report, template: Template, ids: list[str], lang: str, for_whom: str) -> tuple[bytes, Report]:
    if lang not in ("en", "et"):
        raise FormError("form.bad_language", lang=lang)
    contribution = export_contribution(report, ids, for_whom)
    xml, payload = _FormWriter(contribution, template, lang).build()
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in package.parts(xml, lang, contribution.meta.get("title", ""), payload).items():
            z.writestr(name, data)
    return buf.getvalue(), contribution


def write_form(report: Report, template: Template, ids: list[str], path: str | Path, lang: str,
               for_whom: str = "") -> Report:
    """Write the form atomically and return the contribution it carries (to note as sent).

    FormError/ContributionError for a wrong call, OSError when the disk refuses.
    """
    data, contribution = _form(report, template, ids, lang, for_whom)
    atomic.write_bytes(path, data)
    return contribution
