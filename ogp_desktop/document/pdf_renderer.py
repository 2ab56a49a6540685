"""The PDF renderer: :class:`Document` -> PDF with reportlab platypus, in one layout pass.

Nothing laid out depends on a page number: the table of contents' numbers and
the footers' page totals are form XObjects referenced while the pages are drawn
and defined after the last one (:mod:`pdf_toc`, :mod:`pdf_furniture`). Every
piece of user text is escaped: it is never read as paragraph markup.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import IO, Any, BinaryIO
from xml.sax.saxutils import escape as _escape

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import cm
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    KeepTogether,
    PageTemplate,
    Spacer,
    Table,
    TableStyle,
)
from reportlab.platypus import (
    PageBreak as RLPageBreak,
)
from reportlab.platypus import (
    Paragraph as RLParagraph,
)
from reportlab.platypus.paragraph import cleanBlockQuotedText

from ogp_desktop.document import pdf_archival, pdf_furniture, pdf_outline, pdf_styles, pdf_tags, pdf_toc
from ogp_desktop.document.columns import PADDING, fitted
from ogp_desktop.document.fonts import REGULAR, register_fonts
from ogp_desktop.document.hyphenation import hyphenator, paragraph_language
from ogp_desktop.document.model import (
    BarChart,
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
from ogp_desktop.document.pdf_chunks import chunked
from ogp_desktop.document.pdf_linebreak import continued
from ogp_desktop.document.pdf_output import CompactCanvas
from ogp_desktop.text import clean_text

MARGIN_X, MARGIN_TOP, MARGIN_BOTTOM = pdf_styles.MARGIN_X, pdf_styles.MARGIN_TOP, pdf_styles.MARGIN_BOTTOM
TEXT_WIDTH = pdf_styles.TEXT_WIDTH
# Tables draw cells with their own font even when every cell is a paragraph; the default is
# Helvetica, which would put a non-embedded font into the file.
_CELL_FONT = ("FONT", (0, 0), (-1, -1), REGULAR, 9)


def markup(text: str) -> str:
    """User text as reportlab paragraph markup that prints exactly *text*."""
    return _escape(clean_text(text)).replace("\n", "<br/>")


def span_markup(s: Span) -> str:
    text = markup(s.text)
    if s.bold:
        text = f"<b>{text}</b>"
    if s.italic:
        text = f"<i>{text}</i>"
    if s.url:
        href = _escape(s.url, {'"': "&quot;"})
        text = f'<a href="{href}" color="{pdf_styles.LINK}">{text}</a>'
    return text


class _Para(pdf_tags.Tagged, RLParagraph):
    """A paragraph that remembers its line breaks: tables and frames ask the same width
    three to four times (measure, split, draw), and repeated texts ("Not provided") share
    one parse and one line breaking. Line breaking and markup parsing dominate the export.
    Drawn, it is marked as the structure element it was given (:mod:`pdf_tags`)."""

    _memo: tuple | None = None
    _shared: dict | None = None  # width -> (width, height, blPara), shared by equal paragraphs

    def wrap(self, availWidth, availHeight):  # noqa: N803 - reportlab's signature
        memo = self._memo
        # split() drops blPara; the memo is only good while the line breaks it made are there
        if memo is not None and memo[0] == availWidth and getattr(self, "blPara", None) is memo[3]:
            self.width, self.height = memo[1], memo[2]
            return memo[1], memo[2]
        hit = self._shared.get(availWidth) if self._shared is not None else None
        if hit is not None:
            self.width, self.height, self.blPara = hit
        else:
            self.width, self.height = super().wrap(availWidth, availHeight)
            if self._shared is not None:
                self._shared[availWidth] = (self.width, self.height, self.blPara)
        self._memo = (availWidth, self.width, self.height, self.blPara)
        return self.width, self.height

    def split(self, availWidth, availHeight):  # noqa: N803 - reportlab's signature
        parts = super().split(availWidth, availHeight)
        continued(parts)  # no empty first line on the next page (pdf_linebreak)
        for part in parts:  # both halves belong to the same structure element
            part.ogp_tag = self.ogp_tag
        return parts


SHARED_MAX = 200  # characters: texts up to this long are parsed and line-broken once per document
SHARED_COUNT = 4096  # ... among the last this many distinct texts
LONG_WORD = 40  # characters: no dictionary word is longer; a web address or a run of digits is


def has_long_word(text: str) -> bool:
    return len(text) > LONG_WORD and any(len(w) > LONG_WORD for w in text.split())


def plain_frags(text: str, style, prototypes: dict) -> list | None:
    """The fragments reportlab's markup parser would make of *text*, when it is one plain run.

    Most values carry no markup at all (no tag, no entity, no line break), and parsing
    them through ``html.parser`` was a tenth of the export; a copy of the style's one
    fragment with the whitespace-normalised text is the same result. None: parse it.
    *prototypes* caches each style's fragment (by style name) for one document.
    """
    if "<" in text or "&" in text:
        return None
    cleaned = cleanBlockQuotedText(text)
    if not cleaned:
        return None
    proto = prototypes.get(style.name)
    if proto is None:
        proto = prototypes[style.name] = RLParagraph("x", style).frags[0]
    return [proto.clone(text=cleaned, link=[], us_lines=[])]


class _Heading(_Para):
    """A heading that, when drawn, records its page and adds a bookmark and outline entry.

    reportlab's split() builds the halves through ``self.__class__(None, style, frags=...)``;
    only the first half keeps ``heading`` and so draws the bookmark.
    """

    def __init__(self, text, style, *args, heading: Heading | None = None, outline_level: int = 0,
                 layout: _Layout | None = None, **kwargs) -> None:
        super().__init__(text, style, *args, **kwargs)
        self.heading = heading
        self.outline_level = outline_level
        self.layout = layout

    def draw(self) -> None:
        super().draw()
        if self.heading is None or self.layout is None:
            return
        pages = self.layout.heading_pages
        key = self.heading.key
        if key in pages:
            return
        canv = self.canv
        pages[key] = canv.getPageNumber()
        canv.bookmarkHorizontal(key, 0, self.height)
        canv.addOutlineEntry(self.heading.full_text, key, level=self.outline_level, closed=self.outline_level > 0)

    def split(self, availWidth, availHeight):  # noqa: N803 - reportlab's signature
        parts = super().split(availWidth, availHeight)
        if parts:
            parts[0].heading, parts[0].outline_level, parts[0].layout = self.heading, self.outline_level, self.layout
        return parts


class _KeptRowsTable(Table):
    """A table whose rows stay whole unless a row is taller than a page.

    reportlab's in-row splitting, once allowed, also cut rows that merely did not fit
    the rest of a page, leaving a one-line stub; here a row only splits when it
    could never fit a page whole (Word's ``w:cantSplit`` behaves the same way).
    """

    def split(self, availWidth, availHeight):  # noqa: N803 - reportlab's signature
        self._calc(availWidth, availHeight)
        result = self._splitRows(availHeight, doInRowSplit=0)
        if result:
            return result
        heights = self._rowHeights
        first = sum(heights[:self.repeatRows + 1])
        if len(heights) > self.repeatRows and first > pdf_styles.FRAME_HEIGHT - 1:
            return self._splitRows(availHeight, doInRowSplit=1)
        return []


class _Layout:
    """What the pass learns: each heading's page, and the number of pages."""

    def __init__(self) -> None:
        self.heading_pages: dict[str, int] = {}
        self.page_count = 0


class _DocTemplate(BaseDocTemplate):
    def __init__(self, out: BinaryIO, doc: Document, layout: _Layout,
                 on_page: Callable[[float], None] | None = None) -> None:
        super().__init__(
            out, pagesize=A4, leftMargin=MARGIN_X, rightMargin=MARGIN_X, topMargin=MARGIN_TOP,
            bottomMargin=MARGIN_BOTTOM, title=doc.title, author=doc.author, subject=doc.subject,
            creator="OGP Report Studio", lang=doc.locale, initialFontName=REGULAR, displayDocTitle=1,
            invariant=1,  # the file's ID and dates come from its content and the report, not the clock
        )
        self.doc = doc
        self.layout = layout
        self.on_page = on_page
        self.progress: Callable[[], float] = lambda: 0.0
        frame = Frame(MARGIN_X, MARGIN_BOTTOM, TEXT_WIDTH, A4[1] - MARGIN_TOP - MARGIN_BOTTOM, id="body",
                      leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
        self.addPageTemplates([PageTemplate("page", [frame], onPage=self.furniture)])

    def _makeCanvas(self, *args, **kwargs):  # noqa: N802 - reportlab's hook
        canv = super()._makeCanvas(*args, **kwargs)
        report_time(canv, self.doc.date)
        return canv

    def furniture(self, canv, _doc) -> None:
        page = canv.getPageNumber()
        self.layout.page_count = max(self.layout.page_count, page)
        pdf_furniture.draw_furniture(canv, page, self.doc.draft)
        if self.on_page is not None:  # the GUI's progress bar, and its Cancel (which raises here)
            self.on_page(min(1.0, self.progress()))


def report_time(canv, iso: str) -> None:
    """Date the PDF (CreationDate, ModDate) with the report's own date, at midnight UTC."""
    from datetime import UTC, datetime

    try:
        when = datetime.fromisoformat(iso[:10]).replace(tzinfo=UTC) if iso else None
    except ValueError:
        when = None
    stamp = canv._doc._timeStamp
    if when is not None:
        stamp.t = when.timestamp()
        stamp.lt = when.timetuple()
        stamp.YMDhms = tuple(stamp.lt)[:6]
        stamp.dhh = stamp.dmm = 0


def render_pdf(doc: Document, out: BinaryIO, on_page: Callable[[float], None] | None = None, *,
               attachment: bytes | IO[bytes] | None = None, tagged: bool = True,
               spill_beside: str | Path | None = None, consume: bool = False) -> int:
    """Write *doc* as PDF into *out*; returns the number of pages.

    *on_page(fraction)* is called as each page starts, with the share of the
    story laid out so far; an exception it raises stops the export. *attachment*
    (the report file's bytes, or a binary file of them, read as the PDF is written) is
    carried inside; *tagged* makes the file tagged PDF/UA-1 and PDF/A-3a (off only to
    measure what that costs). Finished pages wait in a spill file beside *spill_beside*,
    the file being written (:mod:`pdf_output`). *consume*: *doc* is not used again, and its
    blocks are let go of as they are laid out (the export's model: a fifth of the peak memory
    at 10,000 commitments).
    """
    register_fonts()
    layout = _Layout()
    story = _Story(doc, layout)
    template = _DocTemplate(out, doc, layout, on_page)
    template._doSave = 0  # reportlab's switch: keep the canvas open to define the forms first
    tagger = pdf_tags.StoryTagger(doc) if tagged else None
    flowables = _LazyStory(story, tagger.tag if tagger is not None else None, consume=consume)
    template.progress = flowables.progress
    try:
        if tagger is not None:
            marker = pdf_tags.Marker()
            template.build(flowables, canvasmaker=partial(pdf_tags.TaggedCanvas, marker=marker,
                                                          spill_beside=spill_beside))
        else:
            template.build(flowables, canvasmaker=partial(CompactCanvas, spill_beside=spill_beside))
        canv = template.canv
        pdf_furniture.define_furniture(canv, doc, layout.page_count)
        pdf_toc.define_numbers(canv, story.toc_entries, layout.heading_pages)
        if tagger is not None:
            pdf_tags.write_tree(canv, tagger.root, marker, doc.locale)
        pdf_archival.finish(canv, attachment, archival=tagged, lang=doc.locale)
        pdf_outline.defer(canv)
        canv.save()
    finally:  # stopped (Cancel, Ctrl+C, a full disk): the spill goes now, not when the canvas is collected
        if isinstance(getattr(template, "canv", None), CompactCanvas):
            template.canv.close_spill()
    return layout.page_count


class _LazyStory(list):
    """The story, made a few blocks ahead of the layout rather than all at once.

    reportlab takes flowables from the front of its list (``del flowables[0]``: a
    memory move of the whole list each time) and keeps everything not yet laid out;
    with 10,000 commitments the whole story in one list was quadratic and held
    gigabytes. reportlab asks ``len()`` before every step, so that is where the
    buffer is topped up; it only ever looks a few flowables ahead (headings kept
    with what follows them).
    """

    AHEAD = 200

    def __init__(self, story: _Story, on_block: Callable[[object, list[Flowable]], None] | None = None,
                 consume: bool = False) -> None:
        super().__init__()
        self.story = story
        self.on_block = on_block  # the tagger: each block's flowables get their structure element
        self.blocks: list[Any] = story.doc.blocks
        self.next_block = 0
        # consuming, each block is dropped once made into flowables; not before the contents,
        # which list the headings that follow it
        contents = [i for i, b in enumerate(self.blocks) if isinstance(b, TableOfContents)]
        self.keep_until = (contents[-1] + 1 if contents else 0) if consume else len(self.blocks)
        story.begin()

    def __len__(self) -> int:
        while list.__len__(self) < self.AHEAD and self.next_block < len(self.blocks):
            block = self.blocks[self.next_block]
            made = self.story.flowables_of(block)
            if self.on_block is not None:
                self.on_block(block, made)
            self.extend(made)
            if self.next_block >= self.keep_until:
                self.blocks[self.next_block] = None
            self.next_block += 1
        return list.__len__(self)

    def progress(self) -> float:
        """The share of the document's blocks handed to the layout so far."""
        return self.next_block / max(1, len(self.blocks))


class _Story:
    """Turns blocks into flowables."""

    def __init__(self, doc: Document, layout: _Layout) -> None:
        self.doc = doc
        self.styles = pdf_styles.build_styles(doc.language)
        self._layout = layout
        self.toc_entries: list[pdf_toc.TocEntry] = []
        # (markup, style, bullet) -> [parsed fragments, line breaks by width]: repeated texts
        # ("Not provided") skip parsing and line breaking.
        self._parsed: dict[tuple, list] = {}
        self._prototypes: dict[str, object] = {}
        self._chunk_styles: dict = {}

    def new_para(self, text: str, style, bulletText: str | None = None) -> _Para:  # noqa: N803
        """A paragraph, parsed and line-broken at most once per document."""
        if style.hyphenationLang and has_long_word(text):
            style = self._unhyphenated(style)
        if len(text) > SHARED_MAX:  # a long text is unique: caching it would only hold its lines
            frags = plain_frags(text, style, self._prototypes)
            return _Para(None if frags else text, style, bulletText=bulletText, frags=frags)
        key = (text, style.name, bulletText)
        entry = self._parsed.get(key)
        if entry is None and len(self._parsed) >= SHARED_COUNT:
            self._parsed.clear()  # titles and dates are mostly unique: keep memory flat, let repeats refill it
        if entry is None:
            frags = plain_frags(text, style, self._prototypes)
            para = _Para(None if frags else text, style, bulletText=bulletText, frags=frags)
            entry = self._parsed[key] = [para.frags, {}]
        else:
            para = _Para(None, style, bulletText=bulletText, frags=entry[0])
        para._shared = entry[1]
        return para

    def _unhyphenated(self, style):
        """reportlab's hyphenating line breaker loses the end of an over-long word (a long
        web address ran off the page); such paragraphs break words its plain way."""
        plain = self.styles.get(style.name + "~plain")
        if plain is None:
            plain = self.styles[style.name + "~plain"] = style.clone(style.name + "~plain", hyphenationLang="")
        return plain

    def begin(self) -> None:
        self._outline = _OutlineLevels()

    def flowables(self) -> list[Flowable]:
        """Every flowable at once (small documents, tests)."""
        self.begin()
        return [f for block in self.doc.blocks for f in self.flowables_of(block)]

    def flowables_of(self, block) -> list[Flowable]:
        self._body: list[Flowable] = []
        self.block(block)
        return self._body

    def para(self, p: Paragraph, style: str = "body"):
        if p.style in ("note", "statement", "missing") and style == "body":
            style = p.style
        elif p.style == "missing":
            style = "cell_missing"
        return self.new_para("".join(span_markup(s) for s in p.spans), self.in_language(self.styles[style], p))

    def in_language(self, style, p: Paragraph):
        """*style* hyphenating by *p*'s own language (an untranslated value's, not the document's),
        or not at all for names, identifiers and addresses. Titles and labels never hyphenate."""
        if not style.hyphenationLang:
            return style
        lang = paragraph_language(p.spans, self.doc.language)
        if lang is None:
            return self._unhyphenated(style)
        if lang == self.doc.language:
            return style
        name = f"{style.name}~{lang}"
        found = self.styles.get(name)
        if found is None:
            found = self.styles[name] = style.clone(name, hyphenationLang=hyphenator(lang) or "")
        return found

    def paras(self, p: Paragraph, width: float, style: str = "body") -> list[Flowable]:
        """The paragraph as flowables for a column *width* wide: a long one in pieces (pdf_chunks)."""
        return chunked(self.para(p, style), width, self._chunk_styles)

    def block(self, b) -> None:
        body = self._body
        if isinstance(b, Paragraph):
            body.extend(self.paras(b, TEXT_WIDTH))
        elif isinstance(b, Heading):
            level = min(max(b.level, 1), 3)
            body.append(_Heading(markup(b.full_text), self.styles[f"h{level}"], heading=b,
                                 outline_level=self._outline.level(b.level), layout=self._layout))
        elif isinstance(b, KeyValueTable):
            body.append(self.kv_table(b))
        elif isinstance(b, DataTable):
            body.append(self.data_table(b))
        elif isinstance(b, BarChart):
            body.extend(self.chart(b))
        elif isinstance(b, BulletList):
            for p in b.items:
                item = self.new_para("".join(span_markup(s) for s in p.spans),
                                     self.in_language(self.styles["bullet"], p), bulletText="•")
                body.extend(chunked(item, TEXT_WIDTH, self._chunk_styles))
        elif isinstance(b, PageBreak):
            body.append(RLPageBreak())
        elif isinstance(b, TitlePage):
            self.title_page(b)
        elif isinstance(b, TableOfContents):
            body.extend(self.toc(b))

    def title_page(self, t: TitlePage) -> None:
        s = self.styles
        self._body.extend([Spacer(0, 3 * cm), self.new_para(markup(t.title), s["title"]),
                           self.new_para(markup(t.subtitle), s["subtitle"])])
        if t.details:
            rows = [[self.new_para(markup(k), s["cell_bold"]), self.cell(v, 0.7 * TEXT_WIDTH)]
                    for k, v in t.details]
            table = Table(rows, colWidths=[0.3 * TEXT_WIDTH, 0.7 * TEXT_WIDTH], splitInRow=1)
            table.setStyle(TableStyle([_CELL_FONT, ("VALIGN", (0, 0), (-1, -1), "TOP"),
                                       ("LINEBELOW", (0, 0), (-1, -1), 0.4, pdf_styles.RULE)]))
            self._body.append(table)
        if t.draft_note:
            self._body.append(self.new_para(markup(t.draft_note), s["draft"]))

    def toc(self, t: TableOfContents) -> list[Flowable]:
        """The contents: linked entries whose page numbers are filled in after the last page."""
        s = self.styles
        out: list[Flowable] = [self.new_para(markup(t.title), s["toc_title"])]
        for h in self.doc.headings():
            if h.level > t.levels:
                continue
            level = min(max(h.level, 1), 3)
            entry = pdf_toc.TocEntry(len(self.toc_entries), h.key, " ".join(clean_text(h.full_text).split()),
                                     s[f"toc{level}"], s["toc_page"], TEXT_WIDTH)
            self.toc_entries.append(entry)
            out.append(entry)
        return out

    def cell(self, content: Cell, width: float, style: str = "cell") -> Flowable | list[Flowable]:
        """A cell's paragraphs for a column *width* wide (less the padding)."""
        inner = width - PADDING
        flowables = [f for p in content for f in self.paras(p, inner, style)]
        # A lone paragraph goes in bare: a list makes reportlab copy the frame on every measure.
        if len(flowables) == 1:
            return flowables[0]
        return flowables or self.new_para("", self.styles[style])

    def _table(self, rows, widths, header: bool, label_column: bool) -> Table:
        table = _KeptRowsTable(rows, colWidths=widths, repeatRows=1 if header else 0, splitInRow=1, splitByRow=1)
        style = [_CELL_FONT, ("VALIGN", (0, 0), (-1, -1), "TOP"),
                 ("GRID", (0, 0), (-1, -1), 0.4, pdf_styles.RULE),
                 ("TOPPADDING", (0, 0), (-1, -1), 3), ("BOTTOMPADDING", (0, 0), (-1, -1), 3)]
        if header:
            style.append(("BACKGROUND", (0, 0), (-1, 0), pdf_styles.HEADER_FILL))
        if label_column:
            style.append(("BACKGROUND", (0, 0), (0, -1), pdf_styles.LABEL_FILL))
        table.setStyle(TableStyle(style))
        table.spaceAfter = 8
        return table

    def kv_table(self, t: KeyValueTable) -> Table:
        widths = [0.3 * TEXT_WIDTH, 0.7 * TEXT_WIDTH]
        rows = [[self.cell((Paragraph((Span(label),), "cell"),), widths[0], "cell_bold"), self.cell(value, widths[1])]
                for label, value in t.rows]
        return self._table(rows, widths, header=False, label_column=True)

    def data_table(self, t: DataTable) -> Table:
        widths, t = fitted(t, TEXT_WIDTH)
        rows = [[self.new_para(markup(h), self.styles["cell_bold"]) for h in t.header]]
        rows.extend([self.cell(c, w) for c, w in zip(row, widths, strict=True)] for row in t.rows)
        return self._table(rows, widths, header=True, label_column=False)


    def chart(self, c: BarChart) -> list[Flowable]:
        from ogp_desktop.document.pdf_chart import bar_chart

        return [KeepTogether([self.new_para(markup(c.title), self.styles["chart_title"]), bar_chart(c, TEXT_WIDTH)])]


class _OutlineLevels:
    """PDF outlines may not skip a level (1 -> 3); clamp each heading to one below the last."""

    def __init__(self) -> None:
        self.last = -1

    def level(self, heading_level: int) -> int:
        level = min(max(heading_level - 1, 0), self.last + 1)
        self.last = level
        return level
