"""The neutral document: a list of blocks both renderers walk.

The builder decides *what* is said (order, labels, language, which values);
renderers decide only *how it looks* in Word or PDF. Blocks hold plain,
already cleaned text: renderers escape it for their own markup.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Span:
    """A run of text; ``url`` makes it a clickable link (already a 7-bit URI).

    ``lang`` is set when the run is not in the document's language (a value left
    untranslated, or a name or number kept as the report wrote it): Word marks the
    run, the PDF tagger sets /Lang on it, and it hyphenates by that language's rules.
    ``hyphenate`` is False for what no dictionary may split: names, identifiers,
    web and e-mail addresses (:func:`hyphenation.paragraph_language`).
    """

    text: str
    url: str | None = None
    bold: bool = False
    italic: bool = False
    lang: str | None = None
    hyphenate: bool = True


@dataclass(frozen=True)
class Paragraph:
    """One paragraph; ``\\n`` inside a span is a manual line break.

    ``style`` is ``body``, ``note`` (muted italic), ``cell``, ``statement`` (a yes/no
    answer said as a sentence) or ``missing`` (a draft's marker for a required value
    that is still empty: red, never in a final export).
    """

    spans: tuple[Span, ...]
    style: str = "body"

    @property
    def text(self) -> str:
        return "".join(s.text for s in self.spans)


Cell = tuple[Paragraph, ...]


@dataclass(frozen=True)
class Heading:
    """``level`` 1-3; ``key`` is unique in the document (bookmarks, TOC links).

    ``number`` ("3", "3.2") is the section number both files print before the text;
    Word computes it from its list numbering bound to the heading styles, which gives
    the same result. ``numbered=False``: a heading at a numbered level that takes no
    number (a commitment, which carries its own).
    """

    text: str
    level: int
    key: str
    number: str = ""
    numbered: bool = True

    @property
    def full_text(self) -> str:
        return f"{self.number} {self.text}" if self.number else self.text


@dataclass(frozen=True)
class TitlePage:
    """The cover: the report's own title, the plan as subtitle, a few facts; no running header.

    ``subtitle_lang`` is the plan title's language when it is not the document's (as :class:`Span`).
    """

    title: str
    subtitle: str
    details: tuple[tuple[str, Cell], ...]
    draft_note: str = ""
    subtitle_lang: str | None = None


@dataclass(frozen=True)
class TableOfContents:
    """Lists headings down to ``levels`` (sections and commitments, not every field)."""

    title: str
    levels: int = 2


@dataclass(frozen=True)
class KeyValueTable:
    """Two columns: label and value (facts of a commitment, report details)."""

    rows: tuple[tuple[str, Cell], ...]


@dataclass(frozen=True)
class DataTable:
    """A header row (marked as such for screen readers, repeated on every page), then the rows.

    ``widths`` are relative preferences; renderers widen a column to its longest word
    (:mod:`columns`). ``caption`` names the table for assistive technology.
    """

    header: tuple[str, ...]
    rows: tuple[tuple[Cell, ...], ...]
    widths: tuple[float, ...]
    caption: str = ""


@dataclass(frozen=True)
class BarChart:
    """Horizontal bars, one a category (commitments per completion level).

    ``alt_text`` says everything the chart shows, for screen readers and for the
    DOCX image's description; ``title`` is printed above it.
    """

    title: str
    alt_text: str
    bars: tuple[tuple[str, int], ...]


@dataclass(frozen=True)
class BulletList:
    items: tuple[Paragraph, ...]


@dataclass(frozen=True)
class PageBreak:
    pass


Block = (TitlePage | TableOfContents | Heading | Paragraph | KeyValueTable | DataTable | BarChart | BulletList
         | PageBreak)


@dataclass
class Document:
    """Everything a renderer needs: metadata, fixed texts and the blocks in order."""

    title: str
    subject: str
    author: str
    language: str  # "en" or "et"
    draft: bool
    texts: dict[str, str]  # fixed texts in the export language (see fixed_texts.py)
    blocks: list[Block] = field(default_factory=list)
    date: str = ""  # the report's own date (ISO), for metadata: never the day of the export
    # values printed in the other language because they have no translation: (path, where)
    untranslated: tuple[tuple[str, str], ...] = ()

    def headings(self) -> list[Heading]:
        return [b for b in self.blocks if isinstance(b, Heading)]

    @property
    def locale(self) -> str:
        """The language tag Word and PDF readers use for spell-checking and speech."""
        return locale_of(self.language)


def locale_of(lang: str) -> str:
    return {"et": "et-EE", "en": "en-GB"}.get(lang, "en-GB")
