"""The neutral document: a list of blocks both renderers walk.

The builder decides *what* is said (order, labels, language, which values);
renderers decide only *how it looks* in Word or PDF. Blocks hold plain,
already cleaned text: renderers escape it for their own markup.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Span:
    """A run of text; ``url`` makes it a clickable link."""

    text: str
    url: str | None = None
    bold: bool = False
    italic: bool = False


@dataclass(frozen=True)
class Paragraph:
    """One paragraph; ``\\n`` inside a span is a manual line break.

    ``style`` is ``body``, ``note`` (muted italic, e.g. "not provided") or ``cell``.
    """

    spans: tuple[Span, ...]
    style: str = "body"

    @property
    def text(self) -> str:
        return "".join(s.text for s in self.spans)


Cell = tuple[Paragraph, ...]


@dataclass(frozen=True)
class Heading:
    """``level`` 1-3; ``key`` is unique in the document (bookmarks, TOC links)."""

    text: str
    level: int
    key: str


@dataclass(frozen=True)
class TitlePage:
    title: str
    subtitle: str
    details: tuple[tuple[str, str], ...]
    draft_note: str = ""


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
    """A header row repeated on every page, then the rows; ``widths`` are relative."""

    header: tuple[str, ...]
    rows: tuple[tuple[Cell, ...], ...]
    widths: tuple[float, ...]


@dataclass(frozen=True)
class BulletList:
    items: tuple[Paragraph, ...]


@dataclass(frozen=True)
class PageBreak:
    pass


Block = TitlePage | TableOfContents | Heading | Paragraph | KeyValueTable | DataTable | BulletList | PageBreak


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

    def headings(self) -> list[Heading]:
        return [b for b in self.blocks if isinstance(b, Heading)]

    @property
    def locale(self) -> str:
        """The language tag Word and PDF readers use for spell-checking and speech."""
        return {"et": "et-EE", "en": "en-GB"}.get(self.language, "en-GB")
