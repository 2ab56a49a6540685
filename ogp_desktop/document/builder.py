"""Report + template + language -> the neutral :class:`Document`.

Generic over the template: field kinds decide the rendering. Short fields
gather into label/value tables, long text becomes paragraphs under a
heading, lists become bullets, groups become tables with a header row, and
a group whose rows hold groups of their own (commitments with milestones)
becomes one headed chapter per row. Every value is read through
:meth:`_Builder.value`, the one place that knows about translations.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from ogp_desktop.document import fixed_texts
from ogp_desktop.document.model import (
    BulletList,
    Cell,
    DataTable,
    Document,
    Heading,
    KeyValueTable,
    PageBreak,
    Paragraph,
    Span,
    TableOfContents,
    TitlePage,
)
from ogp_desktop.report import Report
from ogp_desktop.template import Field, Section, Template
from ogp_desktop.text import clean_text, paragraphs
from ogp_desktop.valuepath import Path
from ogp_desktop.valuepath import format as format_path

BLOCK_KINDS = frozenset({"longtext", "list", "group"})  # get a heading of their own
# Relative column widths of data tables, by kind: long text needs the room.
_WIDTH = {"longtext": 3.0, "text": 1.6, "url": 2.0, "email": 1.6, "list": 2.0}
COMPLETION = ("commitments", "completion")  # the spec's computed summary counts this enum
SUMMARY_SECTION = "summary"


def build_document(report: Report, template: Template, lang: str, *, draft: bool = False) -> Document:
    """The document for *report* in *lang*; ``draft`` marks it (the report has errors)."""
    return _Builder(report, template, lang, draft).build()


def _text(value: Any) -> str:
    """Any stored value as clean text (files from e-mail may hold the wrong type)."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    return clean_text(value if isinstance(value, str) else str(value))


def _linkable(url: str) -> bool:
    """Only a single well-formed web address becomes a link target (Word rejects spaces)."""
    url = url.strip()
    return url.lower().startswith(("http://", "https://", "mailto:")) and not any(
        c.isspace() or c in '<>"' for c in url)


def _is_empty(value: Any) -> bool:
    return value is None or value == "" or value == [] or value == {} or (
        isinstance(value, str) and not value.strip())


class _Builder:
    def __init__(self, report: Report, template: Template, lang: str, draft: bool) -> None:
        self.report = report
        self.template = template
        self.lang = lang if lang in ("en", "et") else "en"
        self.draft = draft
        self.t = fixed_texts.texts(self.lang)
        self.report_type = report.report_type
        # Only an export in the other language consults translations.
        other = self.lang != report.language
        self.translations: dict[str, Any] = (report.translations.get(self.lang) or {}) if other else {}
        self.blocks: list = []
        self._keys = 0
        self._section_label = ""

    # -- the one way values are read -----------------------------------------
    def value(self, path: Path) -> Any:
        """The value at *path* in the export language.

        Values are stored in the report's language; for the other language
        ``report.translations[lang][path]["text"]`` is used when present,
        otherwise the source value.
        """
        if self.translations:
            entry = self.translations.get(format_path(path))
            if isinstance(entry, dict) and isinstance(entry.get("text"), str) and entry["text"].strip():
                return entry["text"]
        return self.report.get(path)

    # -- document ------------------------------------------------------------
    def build(self) -> Document:
        doc = Document(
            title=self.doc_title(), subject=self.subject(), author=self.plain(("lead_agency",)),
            language=self.lang, draft=self.draft, texts=self.t,
        )
        self.blocks.append(self.title_page())
        self.blocks.append(PageBreak())
        self.blocks.append(TableOfContents(self.t["contents"]))
        self.blocks.append(PageBreak())
        for section in self.template.sections:
            if section.visible_for(self.report_type):
                self.section(section)
        doc.blocks = self.blocks
        return doc

    def plain(self, path: Path) -> str:
        value = self.value(path)
        field = self.template.field(path)
        if _is_empty(value):
            return ""
        if field is None:
            return _text(value)
        return " ".join(p.text for p in self.paragraphs(field, path, value))

    def report_type_label(self) -> str:
        field = self.template.field(("report_type",))
        rt = self.report_type
        return field.value_text(rt, self.lang) if field and rt else ""

    def doc_title(self) -> str:
        return self.plain(("action_plan_title",)) or self.plain(("country",)) or self.template.name[self.lang]

    def subject(self) -> str:
        parts = [self.template.name[self.lang], self.report_type_label(), self.plain(("country",))]
        return " – ".join(p for p in parts if p)

    def title_page(self) -> TitlePage:
        details: list[tuple[str, str]] = []

        def add(field_id: str) -> None:
            field = self.template.field((field_id,))
            text = self.plain((field_id,))
            if field is not None and text:
                details.append((field.text(self.lang), text))

        add("country")
        add("report_type")
        start, end = self.plain(("period_start",)), self.plain(("period_end",))
        if start or end:
            details.append((self.t["period"], f"{start} – {end}"))
        add("lead_agency")
        when = self.value(("submitted_on",)) or self.value(("approved_on",)) or date.today().isoformat()
        details.append((self.t["date"], fixed_texts.format_date(_text(when), self.lang)))
        subtitle = " – ".join(p for p in (self.template.name[self.lang], self.report_type_label()) if p)
        return TitlePage(self.doc_title(), subtitle, tuple(details),
                         self.t["draft_note"] if self.draft else "")

    def heading(self, text: str, level: int) -> None:
        self._keys += 1
        self.blocks.append(Heading(text, level, f"h{self._keys}"))

    # -- sections and fields -------------------------------------------------
    def section(self, section: Section) -> None:
        self.heading(section.text(self.lang), 1)
        self._section_label = section.text(self.lang)
        shown = [f for f in section.fields if f.visible_for(self.report_type)]
        if len(shown) == 1 and self.is_records(shown[0]):
            # "Commitments" under "Implementation of the commitments" would only repeat it.
            value = self.value((shown[0].id,))
            self.records(shown[0], (shown[0].id,), value if isinstance(value, list) else [], 2)
        else:
            self.fields(section.fields, (), 2)
        if section.id == SUMMARY_SECTION:
            self.completion_summary(2)

    def fields(self, fields: tuple[Field, ...], prefix: Path, level: int, skip: tuple[str, ...] = ()) -> None:
        """Render *fields* of one object in order: short ones gathered into tables."""
        pending: list[tuple[str, Cell]] = []
        for field in fields:
            if field.id in skip or not field.visible_for(self.report_type):
                continue
            path = prefix + (field.id,)
            if field.kind not in BLOCK_KINDS:
                row = self.kv_row(field, path)
                if row:
                    pending.append(row)
                continue
            if pending:
                self.blocks.append(KeyValueTable(tuple(pending)))
                pending = []
            self.block_field(field, path, level)
        if pending:
            self.blocks.append(KeyValueTable(tuple(pending)))

    def kv_row(self, field: Field, path: Path) -> tuple[str, Cell] | None:
        value = self.value(path)
        if _is_empty(value):
            if field.max_severity == "no":
                return None
            return field.text(self.lang), (self.not_provided(),)
        return field.text(self.lang), self.cell(field, path, value)

    def not_provided(self) -> Paragraph:
        return Paragraph((Span(self.t["not_provided"], italic=True),), "note")

    def block_field(self, field: Field, path: Path, level: int) -> None:
        value = self.value(path)
        if _is_empty(value) and field.max_severity == "no":
            return
        if self.is_records(field):
            self.heading(field.text(self.lang), level)
            self.records(field, path, value if isinstance(value, list) else [], level + 1)
            return
        if field.text(self.lang) != self._section_label:  # "Executive summary" twice reads as a slip
            self.heading(field.text(self.lang), level)
        if _is_empty(value):
            self.blocks.append(self.not_provided())
        elif field.kind == "longtext":
            self.blocks.extend(self.paragraphs(field, path, value))
        elif field.kind == "list":
            self.blocks.append(BulletList(self.list_items(path, value)))
        else:
            self.blocks.append(self.data_table(field, path, value))

    @staticmethod
    def is_records(field: Field) -> bool:
        """A group whose rows hold tables of their own is a chapter per row, not a table."""
        return field.kind == "group" and any(c.is_group for c in field.fields)

    def records(self, field: Field, path: Path, rows: list, level: int) -> None:
        """One chapter per row: "N. Title", a fact table, its texts, then its tables."""
        has_title = field.child("title") is not None
        item = field.item_label[self.lang] if field.item_label else field.text(self.lang)
        for i, row in enumerate(rows):
            if not isinstance(row, dict):
                continue
            rp = path + (i,)
            number = self.plain(rp + ("number",)) if field.child("number") else ""
            title = self.plain(rp + ("title",)) if has_title else ""
            heading = f"{number}. {title}" if number and title else title or number or f"{item} {i + 1}"
            self.heading(heading, level)
            short = tuple(f for f in field.fields if f.kind not in BLOCK_KINDS)
            self.fields(short, rp, level + 1, skip=("number", "title") if has_title else ())
            self.fields(tuple(f for f in field.fields if f.kind in BLOCK_KINDS), rp, level + 1)

    # -- values --------------------------------------------------------------
    def paragraphs(self, field: Field, path: Path, value: Any) -> list[Paragraph]:
        """A value as paragraphs in its kind's form (dates, enum labels, links)."""
        kind = field.kind
        if kind == "longtext":
            return [Paragraph((Span(p),)) for p in paragraphs(_text(value))]
        if kind == "list":
            return list(self.list_items(path, value))
        if kind == "group":
            return [Paragraph((Span(_text(value)),))]
        return [Paragraph((self.span(field, value),))]

    def span(self, field: Field, value: Any) -> Span:
        kind = field.kind
        if kind == "date":
            return Span(fixed_texts.format_date(_text(value), self.lang))
        if kind == "month":
            return Span(fixed_texts.format_month(_text(value), self.lang))
        if kind == "enum":
            return Span(clean_text(field.value_text(value, self.lang)))
        if kind == "multienum":
            items = value if isinstance(value, list) else [value]
            return Span(", ".join(clean_text(field.value_text(v, self.lang)) for v in items))
        if kind == "bool":
            return Span(self.t["yes"] if value is True else self.t["no"] if value is False else _text(value))
        text = _text(value)
        if kind == "url" and _linkable(text):
            return Span(text, url=text.strip())
        if kind == "email" and "@" in text and _linkable("mailto:" + text):
            return Span(text, url=f"mailto:{text.strip()}")
        return Span(text)

    def list_items(self, path: Path, value: Any) -> tuple[Paragraph, ...]:
        items = value if isinstance(value, list) else [value]
        out = []
        for i in range(len(items)):
            text = _text(self.value(path + (i,)) if isinstance(value, list) else value)
            if text.strip():
                out.append(Paragraph((Span(text),)))
        return tuple(out)

    def cell(self, field: Field, path: Path, value: Any) -> Cell:
        return tuple(Paragraph(p.spans, "cell") for p in self.paragraphs(field, path, value))

    def data_table(self, field: Field, path: Path, value: Any) -> DataTable:
        columns = [c for c in field.fields if c.visible_for(self.report_type)]
        rows = []
        for i, row in enumerate(value if isinstance(value, list) else [value]):
            if not isinstance(row, dict):
                continue
            cells = []
            for c in columns:
                cp = path + (i, c.id)
                v = self.value(cp)
                cells.append(() if _is_empty(v) else self.cell(c, cp, v))
            rows.append(tuple(cells))
        return DataTable(tuple(c.text(self.lang) for c in columns), tuple(rows),
                         tuple(_WIDTH.get(c.kind, 1.0) for c in columns))

    def completion_summary(self, level: int) -> None:
        """The spec's computed table: how many commitments reached each completion level."""
        field = self.template.field(COMPLETION)
        rows = self.value((COMPLETION[0],))
        if field is None or not field.values:
            return
        rows = [r for r in rows if isinstance(r, dict)] if isinstance(rows, list) else []
        counts = {v.id: 0 for v in field.values}
        unknown = 0
        for row in rows:
            reached = row.get(COMPLETION[1])
            if isinstance(reached, str) and reached in counts:
                counts[reached] += 1
            else:
                unknown += 1
        self.heading(self.t["completion_summary"], level)

        def cell(text: str, bold: bool = False) -> Cell:
            return (Paragraph((Span(text, bold=bold),), "cell"),)

        body = [(cell(v.text(self.lang)), cell(str(counts[v.id]))) for v in field.values]
        if unknown:
            body.append((cell(self.t["not_assessed"]), cell(str(unknown))))
        body.append((cell(self.t["total"], True), cell(str(len(rows)), True)))
        self.blocks.append(DataTable((self.t["completion_level"], self.t["commitment_count"]),
                                     tuple(body), (3.0, 1.0)))
