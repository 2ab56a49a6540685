"""Report + template + language -> the neutral :class:`Document`.

Generic over the template: field kinds decide the rendering, roles
(``template.roles``) say which field is the country, the commitments, their
title or completion; no field id is written here. Short fields gather into
label/value tables, long text becomes paragraphs under a heading, lists become
bullets, groups become tables, and a group whose rows hold groups of their own
(commitments with milestones) becomes one headed chapter per row. A yes/no
answer reads as the template's sentence, with its explanation after it.

Empty optional values and sections are left out. In a draft, an empty required
value shows a "missing" marker so reviewers see the gap; a final export has none
(validation blocks it). Every value is read through :meth:`_Builder.text_of`,
the one place that knows about translations and records what stayed untranslated.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from ogp_desktop.document import fixed_texts
from ogp_desktop.document.commitments_glance import at_a_glance
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
from ogp_desktop.document.uri import to_uri
from ogp_desktop.report import Report
from ogp_desktop.template import TRANSLATABLE_KINDS, Field, Section, Template
from ogp_desktop.text import clean_text, paragraphs
from ogp_desktop.valuepath import Path
from ogp_desktop.valuepath import format as format_path

BLOCK_KINDS = frozenset({"longtext", "list", "group"})  # get a heading of their own
# Relative column widths of data tables, by kind: long text needs the room.
_WIDTH = {"longtext": 3.0, "text": 1.6, "url": 2.0, "email": 1.6, "list": 2.0}
NUMBERED_LEVELS = 2  # sections and their parts are numbered ("3", "3.2"); deeper headings are not


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


def is_empty(value: Any) -> bool:
    return value is None or value == "" or value == [] or value == {} or (
        isinstance(value, str) and not value.strip())


def number_headings(blocks: list) -> None:
    """Give headings down to NUMBERED_LEVELS their section number, as Word's list numbering will."""
    counters = [0] * NUMBERED_LEVELS
    for i, b in enumerate(blocks):
        if not isinstance(b, Heading) or b.level > NUMBERED_LEVELS or not b.numbered:
            continue
        counters[b.level - 1] += 1
        for deeper in range(b.level, NUMBERED_LEVELS):
            counters[deeper] = 0
        blocks[i] = replace(b, number=".".join(str(c) for c in counters[:b.level]))


class _Builder:
    def __init__(self, report: Report, template: Template, lang: str, draft: bool) -> None:
        self.report = report
        self.template = template
        self.roles = template.roles
        self.lang = lang if lang in ("en", "et") else "en"
        self.draft = draft
        self.t = fixed_texts.texts(self.lang)
        self.report_type = report.report_type
        self.source_lang = report.language
        # Only an export in the other language consults translations.
        self.other = self.lang != report.language
        self.translations: dict[str, Any] = (report.translations.get(self.lang) or {}) if self.other else {}
        self.untranslated: list[tuple[str, str]] = []
        self.blocks: list = []
        self._keys = 0
        self._section_label = ""

    # -- the one way values are read -----------------------------------------
    def value(self, path: Path) -> Any:
        """The value at *path* in the export language (the translation when there is one)."""
        if self.translations:
            entry = self.translations.get(format_path(path))
            if isinstance(entry, dict) and isinstance(entry.get("text"), str) and entry["text"].strip():
                return entry["text"]
        return self.report.get(path)

    def text_of(self, field: Field | None, path: Path) -> tuple[Any, str | None]:
        """The value at *path* and, when it stays in the source language, that language.

        A translatable text with no translation is printed as written and recorded
        in ``untranslated``; untranslatable fields (names, numbers) never are, but
        they too stay as the report wrote them, in its language.
        """
        value = self.value(path)
        if not self.other or field is None or not isinstance(value, str) or not value.strip():
            return value, None
        if not field.translatable:  # a name in words keeps its language; a number has none
            return value, self.source_lang if field.kind in TRANSLATABLE_KINDS else None
        entry = self.translations.get(format_path(path))
        if isinstance(entry, dict) and isinstance(entry.get("text"), str) and entry["text"].strip():
            return value, None
        self.untranslated.append((format_path(path), self.where(path)))
        return value, self.source_lang

    def where(self, path: Path) -> str:
        """A reader's name for *path*: "Commitment 3 › Results"."""
        parts: list[str] = []
        ids: list[str] = []
        f = None
        for step in path:
            if isinstance(step, int):
                item = f.item_label[self.lang] if f is not None and f.item_label else (parts[-1] if parts else "")
                parts[-1:] = [f"{item} {step + 1}".strip()]
                continue
            ids.append(step)
            f = self.template.field(tuple(ids))
            parts.append(f.text(self.lang) if f else step)
        return " › ".join(parts)

    # -- document ------------------------------------------------------------
    def build(self) -> Document:
        doc = Document(
            title=self.doc_title(), subject=self.subject(), author=self.plain((self.roles.coordinator,)),
            language=self.lang, draft=self.draft, texts=self.t, date=self.report_date(),
        )
        self.blocks.append(self.title_page())
        self.blocks.append(PageBreak())
        self.blocks.append(TableOfContents(self.t["contents"]))
        self.blocks.append(PageBreak())
        for section in self.template.sections:
            if section.visible_for(self.report_type):
                self.section(section)
        number_headings(self.blocks)
        doc.blocks = self.blocks
        doc.untranslated = tuple(dict.fromkeys(self.untranslated))
        return doc

    def plain(self, path: Path) -> str:
        """The value at a top-level or row path as one line of text ("" when empty or no role)."""
        if not path or not path[-1]:
            return ""
        field = self.template.field(tuple(p for p in path if isinstance(p, str)))
        value, _lang = self.text_of(field, path)
        if is_empty(value):
            return ""
        if field is None:
            return _text(value)
        return " ".join(p.text for p in self.paragraphs(field, path, value))

    def report_type_label(self) -> str:
        field = self.template.field((self.roles.report_type,))
        rt = self.report_type
        return field.value_text(rt, self.lang) if field and rt else ""

    def years(self) -> str:
        """The action plan's period as years: "2016–2018"."""
        years = []
        for role in (self.roles.plan_start, self.roles.plan_end):
            text = _text(self.report.get((role,))) if role else ""
            if len(text) >= 4 and text[:4].isdigit() and text[:4] not in years:
                years.append(text[:4])
        return "–".join(years)

    def doc_title(self) -> str:
        """The report's own title: country, report type and the action plan's period."""
        country, kind, years = self.plain((self.roles.country,)), self.report_type_label(), self.years()
        if country and kind and years:
            return self.t["cover_title"].format(country=country, report_type=kind, years=years)
        return " – ".join(p for p in (country, kind) if p) or self.plain((self.roles.plan_title,)) \
            or self.template.name[self.lang]

    def subject(self) -> str:
        parts = [self.template.name[self.lang], self.plain((self.roles.plan_title,))]
        return " – ".join(p for p in parts if p)

    def report_date_field(self) -> str:
        """The first report-date field that holds a date (submission, then approval); "" if none."""
        return next((f for f in self.roles.report_date if _text(self.report.get((f,))).strip()), "")

    def report_date(self) -> str:
        """The report's own date for metadata: its submission/approval date, else when it was
        last edited. Never the day of the export: the same report must give the same file."""
        chosen = self.report_date_field()
        if chosen:
            return _text(self.report.get((chosen,))).strip()
        modified = self.report.meta.get("modified")
        return modified if isinstance(modified, str) else ""

    def cover_fields(self) -> set[str]:
        """Fields the cover already says; the body does not repeat them. An empty one stays, so
        that a draft shows its "missing" marker in the report details."""
        r = self.roles
        return {f for f in (r.country, r.plan_title, r.plan_start, r.plan_end, r.report_type, r.language,
                            r.period_start, r.period_end, r.coordinator, self.report_date_field())
                if f and not is_empty(self.report.get((f,)))}

    def title_page(self) -> TitlePage:
        def line(text: str) -> Cell:
            return (Paragraph((Span(text),), "cell"),)

        details: list[tuple[str, Cell]] = []
        coordinator = self.template.field((self.roles.coordinator,)) if self.roles.coordinator else None
        if coordinator is not None and self.plain((self.roles.coordinator,)):
            # as a cell of its own, so that an agency's name left untranslated keeps its language
            cell = self.cell(coordinator, (self.roles.coordinator,), self.value((self.roles.coordinator,)))
            details.append((coordinator.text(self.lang), cell))
        start, end = self.plain((self.roles.period_start,)), self.plain((self.roles.period_end,))
        if start or end:
            details.append((self.t["period"], line(f"{start}{fixed_texts.NO_BREAK}– {end}")))  # no line starts "–"
        chosen = self.report_date_field()
        if chosen:
            details.append((self.t["date"], line(self.plain((chosen,)))))
        plan = self.template.field((self.roles.plan_title,)) if self.roles.plan_title else None
        subtitle_lang = self.text_of(plan, (self.roles.plan_title,))[1] if plan is not None else None
        return TitlePage(self.doc_title(), self.plain((self.roles.plan_title,)), tuple(details),
                         self.t["draft_note"] if self.draft else "", subtitle_lang=subtitle_lang)

    def new_heading(self, text: str, level: int, numbered: bool = True) -> Heading:
        self._keys += 1
        return Heading(text, level, f"h{self._keys}", numbered=numbered)

    def heading(self, text: str, level: int, numbered: bool = True) -> None:
        self.blocks.append(self.new_heading(text, level, numbered))

    def missing(self, field: Field) -> Paragraph:
        return Paragraph((Span(self.t["missing"].format(label=field.text(self.lang)), italic=True),), "missing")

    def wants_marker(self, field: Field) -> bool:
        """An empty value is marked only in a draft and only where the template requires it."""
        return self.draft and field.max_severity != "no"

    # -- sections and fields -------------------------------------------------
    def section(self, section: Section) -> None:
        start = len(self.blocks)
        self.heading(section.text(self.lang), 1)
        content = len(self.blocks)
        self._section_label = section.text(self.lang)
        shown = [f for f in section.fields if f.visible_for(self.report_type)]
        if len(shown) == 1 and self.is_records(shown[0]):
            # "Commitments" under "Implementation of the commitments" would only repeat it.
            value = self.value((shown[0].id,))
            self.records(shown[0], (shown[0].id,), value if isinstance(value, list) else [], 2)
        else:
            self.fields(section.fields, (), 2, skip=tuple(self.cover_fields()))
        if section.id == self.roles.summary_section:
            self.blocks.extend(at_a_glance(self, 2))
        if len(self.blocks) == content:  # an empty optional section is left out
            del self.blocks[start:]

    def fields(self, fields: tuple[Field, ...], prefix: Path, level: int, skip: tuple[str, ...] = ()) -> None:
        """Render *fields* of one object in order: short ones gathered into tables."""
        pending: list[tuple[str, Cell]] = []
        after_statement = False

        def flush() -> None:
            if pending:
                self.blocks.append(KeyValueTable(tuple(pending)))
                pending.clear()

        for field in fields:
            if field.id in skip or not field.visible_for(self.report_type):
                continue
            path = prefix + (field.id,)
            if field.statement:
                flush()
                after_statement = self.statement(field, path)
                continue
            if field.kind not in BLOCK_KINDS:
                row = self.kv_row(field, path)
                if row:
                    pending.append(row)
                after_statement = False
                continue
            flush()
            self.block_field(field, path, level, explanation=after_statement)
            after_statement = False
        flush()

    def statement(self, field: Field, path: Path) -> bool:
        """A yes/no answer as the template's sentence; True when one was said (its
        explanation then follows as plain paragraphs, without a heading)."""
        value = self.value(path)
        sentence = field.statement_text(value, self.lang) if not is_empty(value) else ""
        if sentence:
            self.blocks.append(Paragraph((Span(clean_text(sentence)),), "statement"))
            return True
        if is_empty(value) and self.wants_marker(field):
            self.blocks.append(self.missing(field))
            return True
        return False

    def kv_row(self, field: Field, path: Path) -> tuple[str, Cell] | None:
        value = self.value(path)
        if is_empty(value):
            return (field.text(self.lang), (self.missing(field),)) if self.wants_marker(field) else None
        return field.text(self.lang), self.cell(field, path, value)

    def block_field(self, field: Field, path: Path, level: int, explanation: bool = False) -> None:
        value = self.value(path)
        if is_empty(value) and not self.wants_marker(field):
            return
        if self.is_records(field):
            self.heading(field.text(self.lang), level)
            self.records(field, path, value if isinstance(value, list) else [], level + 1)
            return
        # "Executive summary" twice reads as a slip; an explanation follows its statement bare
        if not explanation and field.text(self.lang) != self._section_label:
            self.heading(field.text(self.lang), level)
        if is_empty(value):
            self.blocks.append(self.missing(field))
        elif field.kind == "longtext":
            self.blocks.extend(self.paragraphs(field, path, value))
        elif field.kind == "list":
            self.blocks.append(BulletList(self.list_items(field, path, value)))
        else:
            self.blocks.append(self.data_table(field, path, value))

    @staticmethod
    def is_records(field: Field) -> bool:
        """A group whose rows hold tables of their own is a chapter per row, not a table."""
        return field.kind == "group" and any(c.is_group for c in field.fields)

    def record_heading(self, field: Field, rp: Path, i: int) -> str:
        """"Commitment 3: Title" (the row's own number, not the section numbering)."""
        item = field.item_label[self.lang] if field.item_label else field.text(self.lang)
        number_id = self.roles.commitment_number if field.id == self.roles.commitments else ""
        title_id = self.roles.commitment_title if field.id == self.roles.commitments else ""
        number = self.plain(rp + (number_id,)) if number_id else ""
        title = self.plain(rp + (title_id,)) if title_id else ""
        label = f"{item} {number or i + 1}"
        return f"{label}: {title}" if title else label

    def records(self, field: Field, path: Path, rows: list, level: int) -> None:
        """One chapter per row: "Commitment N: Title", a fact table, its texts, then its tables."""
        in_heading = tuple(f for f in (self.roles.commitment_number, self.roles.commitment_title)
                           if f and field.id == self.roles.commitments)
        for i, row in enumerate(rows):
            if not isinstance(row, dict):
                continue
            rp = path + (i,)
            self.heading(self.record_heading(field, rp, i), level, numbered=level > NUMBERED_LEVELS)
            short = tuple(f for f in field.fields if f.kind not in BLOCK_KINDS or f.statement)
            self.fields(short, rp, level + 1, skip=in_heading)
            self.fields(tuple(f for f in field.fields if f.kind in BLOCK_KINDS and not f.statement), rp, level + 1)

    # -- values --------------------------------------------------------------
    def paragraphs(self, field: Field, path: Path, value: Any) -> list[Paragraph]:
        """A value as paragraphs in its kind's form (dates, enum labels, links)."""
        kind = field.kind
        if kind == "longtext":
            text, lang = self.text_of(field, path)
            return [Paragraph((Span(p, lang=lang),)) for p in paragraphs(_text(text))]
        if kind == "list":
            return list(self.list_items(field, path, value))
        if kind == "group":
            return [Paragraph((Span(_text(value)),))]
        return [Paragraph((self.span(field, path, value),))]

    def span(self, field: Field, path: Path, value: Any) -> Span:
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
        if kind == "url":  # addresses belong to no language and are never hyphenated
            return Span(text, url=to_uri(text) if _linkable(text) else None, hyphenate=False)
        if kind == "email":
            linked = "@" in text and _linkable("mailto:" + text)
            return Span(text, url=to_uri(f"mailto:{text.strip()}") if linked else None, hyphenate=False)
        translated, lang = self.text_of(field, path)
        # a short untranslatable value is a name or an identifier: no dictionary splits it
        return Span(_text(translated), lang=lang, hyphenate=field.translatable)

    def list_items(self, field: Field, path: Path, value: Any) -> tuple[Paragraph, ...]:
        if not isinstance(value, list):
            text, lang = self.text_of(field, path)
            return (Paragraph((Span(_text(text), lang=lang),)),) if _text(text).strip() else ()
        out = []
        for i in range(len(value)):
            text, lang = self.text_of(field, path + (i,))
            if _text(text).strip():
                out.append(Paragraph((Span(_text(text), lang=lang),)))
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
                cells.append(() if is_empty(v) else self.cell(c, cp, v))
            rows.append(tuple(cells))
        # a column empty in every row says nothing: left out
        keep = [j for j in range(len(columns)) if any(r[j] for r in rows)] or list(range(len(columns)))
        return DataTable(tuple(columns[j].text(self.lang) for j in keep),
                         tuple(tuple(r[j] for j in keep) for r in rows),
                         tuple(_WIDTH.get(columns[j].kind, 1.0) for j in keep), caption=field.text(self.lang))
