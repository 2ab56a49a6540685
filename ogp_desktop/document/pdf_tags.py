"""Tagged PDF (PDF/UA-1): the structure tree, and marked content tying page content to it.

reportlab's open-source toolkit writes no tags, so this module does it while the
pages are drawn, in the same single layout pass:

* before drawing, :class:`StoryTagger` walks the document model's blocks beside the
  flowables made from them and gives each content flowable a :class:`Node` of the
  tree (Document > Sect > H1/P/L/Table/TOC ...), in the model's order;
* :class:`TaggedCanvas` wraps each such flowable's drawing in ``/Role <</MCID n>> BDC
  ... EMC`` and ties every link annotation drawn meanwhile to a ``Link`` element;
  when a page ends, whatever was drawn outside those sequences (running header,
  footer, watermark, table rules and fills, a repeated header row) is wrapped as an
  ``/Artifact``, so no text or path is left unmarked;
* :func:`write_tree` writes the StructTreeRoot, the ParentTree and ``/MarkInfo`` before
  the file is saved.

The elements themselves, kept compact for reports of a million of them, and their
writing are :mod:`ogp_desktop.document.pdf_elements`.
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

from reportlab.pdfbase.pdfdoc import (
    PDFArray,
    PDFDictionary,
    PDFName,
    PDFObjectReference,
    PDFPage,
    PDFString,
)
from reportlab.platypus import KeepTogether, Spacer, Table
from reportlab.platypus import Paragraph as RLParagraph

from ogp_desktop.document import model, pdf_elements
from ogp_desktop.document.pdf_elements import NO_LINKS, Annot, Node, mcr
from ogp_desktop.document.pdf_output import CompactCanvas
from ogp_desktop.text import clean_text

_LOCALES = {"et": "et-EE", "en": "en-GB"}
# One attribute dict for all column (row) header cells, like NO_LINKS for elements without links:
# a 10,000-commitment report has over a million elements, and a dict each was a tenth of the peak memory.
_COLUMN_HEADER = MappingProxyType({"O": PDFName("Table"), "Scope": PDFName("Column")})
_ROW_HEADER = MappingProxyType({"O": PDFName("Table"), "Scope": PDFName("Row")})


# -- from the document model to nodes -------------------------------------------------------
class StoryTagger:
    """Builds the tree from ``(block, flowables)`` pairs and marks each flowable with its node."""

    def __init__(self, doc: model.Document) -> None:
        self.doc = doc
        self.root = Node("Document")
        self._sections: list[tuple[int, Node]] = [(0, self.root)]
        self._last_heading = 0

    @property
    def _parent(self) -> Node:
        return self._sections[-1][1]

    def tag(self, block, flowables: list) -> None:
        if isinstance(block, model.Heading):
            self._heading(block, flowables)
        elif isinstance(block, model.TitlePage):
            sect = self._parent.add("Sect")
            paras = [f for f in flowables if isinstance(f, RLParagraph)]
            if paras:  # the cover's title opens the heading sequence: H1, and never skipped
                self._last_heading = 1
                mark(paras[0], sect.add("H1"))
            subtitle = model.Paragraph((model.Span(block.subtitle, lang=block.subtitle_lang),))
            for f in flowables:
                if f is (paras[1] if len(paras) > 1 else None):  # the plan's title, maybe untranslated
                    mark(f, sect.add("P", lang=self._other_lang(subtitle)))
                elif f is not (paras[0] if paras else None):
                    self._generic(sect, f, row_headers=True, block=block)
        elif isinstance(block, model.TableOfContents):
            self._toc(block, flowables)
        elif isinstance(block, model.BulletList):
            self._list(block, flowables)
        elif isinstance(block, model.Paragraph):
            node = self._parent.add("P", lang=self._other_lang(block))
            node.links = _links(block)
            for f in flowables:  # a long paragraph is laid out in pieces: one element still
                mark(f, node)
        else:  # tables, the chart, and any block a later renderer adds: tagged by what it draws
            for f in flowables:
                self._generic(self._parent, f, row_headers=isinstance(block, model.KeyValueTable),
                              block=block)

    def _list(self, block: model.BulletList, flowables: list) -> None:
        """L > LI > (Lbl, LBody); an item's first piece carries the bullet, later pieces continue it."""
        lst = self._parent.add("L")
        items = iter(block.items)
        body: Node | None = None
        for f in flowables:
            if body is None or getattr(f, "bulletText", None):
                item = next(items, None)
                li = lst.add("LI")
                label = li.add("Lbl")
                body = li.add("LBody", lang=self._other_lang(item) if item is not None else "")
                body.label = label
                body.links = _links(item) if item is not None else NO_LINKS
            mark(f, body)

    def _other_lang(self, item) -> str:
        """The element's /Lang when its text is in the other language than the document's:
        every run of a paragraph (or every paragraph of a cell) carries that language."""
        if isinstance(item, tuple):  # a table cell: its paragraphs
            langs = {self._other_lang(p) for p in item}
            return langs.pop() if len(langs) == 1 else ""
        spans = [s for s in getattr(item, "spans", ()) if s.text.strip()]
        langs = {getattr(s, "lang", None) or self.doc.language for s in spans}
        if len(langs) != 1:
            return ""
        lang = langs.pop()
        return _LOCALES.get(lang, lang) if lang != self.doc.language else ""

    def _heading(self, h: model.Heading, flowables: list) -> None:
        level = min(max(h.level, 1), 3, self._last_heading + 1)  # never skip a level (H1 -> H3)
        self._last_heading = level
        while len(self._sections) > 1 and self._sections[-1][0] >= level:
            self._sections.pop()
        # Sections and commitments get a Sect; a field's heading (H3) and its value are few enough
        # to read without one, and there are hundreds of them.
        parent = self._parent
        if level < 3:
            parent = parent.add("Sect")
            self._sections.append((level, parent))
        for f in flowables:
            mark(f, parent.add(f"H{level}"))

    def _toc(self, t: model.TableOfContents, flowables: list) -> None:
        from ogp_desktop.document.pdf_toc import TocEntry

        toc = None
        for f in flowables:
            if isinstance(f, TocEntry):
                if toc is None:
                    toc = self._parent.add("TOC")
                link = toc.add("TOCI").add("Link")
                link.links = {"": " ".join(f.lines)}
                mark(f, link)
            else:
                self._last_heading = 1
                mark(f, self._parent.add("H1"))

    def _generic(self, parent: Node, f, *, row_headers: bool, block=None) -> None:
        if isinstance(f, Spacer):
            return
        if isinstance(f, KeepTogether):  # never drawn itself: the frame draws what it holds
            for inner in f._content:
                self._generic(parent, inner, row_headers=row_headers, block=block)
        elif isinstance(f, Table):
            self._table(parent, f, row_headers, block)
        elif isinstance(f, RLParagraph):
            mark(f, parent.add("P", lang=self._other_lang(block)))
        else:  # a drawing (chart): a Figure, described by its alternative text
            alt = getattr(f, "alt_text", "") or getattr(block, "alt_text", "") or getattr(block, "alt", "") or ""
            mark(f, parent.add("Figure", alt=clean_text(alt), attrs={"O": PDFName("Layout"),
                                                                     "BBox": _bbox(f)}))

    def _table(self, parent: Node, table: Table, row_headers: bool, block=None) -> None:
        node = parent.add("Table")
        header_rows = table.repeatRows if isinstance(table.repeatRows, int) else len(table.repeatRows)
        groups = {}
        for r, row in enumerate(table._cellvalues):
            part = "THead" if r < header_rows else "TBody"
            if part not in groups:
                groups[part] = node.add(part)
            tr = groups[part].add("TR")
            for c, value in enumerate(row):
                if r < header_rows:
                    cell = tr.add("TH", attrs=_COLUMN_HEADER)
                    cell.once = True
                elif row_headers and c == 0:
                    cell = tr.add("TH", attrs=_ROW_HEADER)
                else:
                    cell = tr.add("TD", lang=self._other_lang(_model_cell(block, r, c)))
                self._cell(cell, value)

    def _cell(self, cell: Node, value) -> None:
        flowables = [v for v in (value if isinstance(value, (list, tuple)) else [value])
                     if not isinstance(v, (str, Spacer))]
        if len(flowables) == 1 and isinstance(flowables[0], RLParagraph):
            mark(flowables[0], cell)
            return
        for f in flowables:
            if isinstance(f, RLParagraph):
                p = cell.add("P")
                p.once = cell.once
                mark(f, p)
            else:
                self._generic(cell, f, row_headers=False)


def _model_cell(block, row: int, column: int) -> tuple:
    """The model's paragraphs of a drawn table cell (row 0 of a data table is its header)."""
    if isinstance(block, model.KeyValueTable) and column == 1 and row < len(block.rows):
        return block.rows[row][1]
    if isinstance(block, model.TitlePage) and column == 1 and row < len(block.details):
        return block.details[row][1]
    if isinstance(block, model.DataTable) and 0 < row <= len(block.rows):
        return block.rows[row - 1][column]
    return ()


def _links(p: model.Paragraph) -> Mapping[str, str]:
    links = {s.url: " ".join(clean_text(s.text).split()) or s.url for s in p.spans if s.url}
    return links or NO_LINKS


def _bbox(f) -> PDFArray:
    return PDFArray([0, 0, round(getattr(f, "width", 0) or 0, 2), round(getattr(f, "height", 0) or 0, 2)])


class Tagged:
    """Mixin for flowables: drawing happens inside the marked-content sequence of ``ogp_tag``."""

    ogp_tag: Node | None = None

    def drawOn(self, canvas, x, y, _sW=0):  # noqa: N802, N803 - reportlab's names
        tagger = getattr(canvas, "ogp_tagger", None)
        if tagger is None or self.ogp_tag is None:
            return super().drawOn(canvas, x, y, _sW)
        tagger.begin(canvas, self.ogp_tag, bool(getattr(self, "bulletText", None)))
        try:
            return super().drawOn(canvas, x, y, _sW)
        finally:
            tagger.end(canvas)


def mark(flowable, node: Node) -> None:
    """Give *flowable* its node; a flowable without the :class:`Tagged` mixin is wrapped.

    Attributes are set past ``__setattr__``: reportlab's Drawing refuses attributes it does not know.
    """
    setattr_ = object.__setattr__
    setattr_(flowable, "ogp_tag", node)
    if isinstance(flowable, Tagged) or getattr(flowable, "_ogp_wrapped", False):
        return
    plain = flowable.drawOn

    def draw_on(canvas, x, y, _sW=0):  # noqa: N803 - reportlab's name
        tagger = getattr(canvas, "ogp_tagger", None)
        if tagger is None:
            return plain(canvas, x, y, _sW)
        tagger.begin(canvas, flowable.ogp_tag, False)
        try:
            return plain(canvas, x, y, _sW)
        finally:
            tagger.end(canvas)

    setattr_(flowable, "drawOn", draw_on)
    setattr_(flowable, "_ogp_wrapped", True)


# -- while drawing --------------------------------------------------------------------------
class Marker:
    """Opens and closes marked-content sequences in the canvas's code, page by page."""

    def __init__(self) -> None:
        self.page_mcids: dict[int, list[Node]] = {}  # page -> the node of each MCID, in order
        self.annots: list[tuple[Annot, Node]] = []
        self.current: Node | None = None
        self._depth = 0
        self._ranges: list[tuple[int, int]] = []  # (start, end) indices of tagged code on this page
        self._start = 0
        self._switch_to: Node | None = None

    def begin(self, canv, node: Node, label: bool) -> None:
        self._depth += 1
        if self._depth > 1:  # already inside a sequence: the content joins it
            return
        page = canv.getPageNumber()
        self._start = len(canv._code)
        if node.once and any(type(k) is int for k in node.children()):
            canv._code.append("/Artifact <</Type /Pagination>> BDC")
            self.current = None
            return
        if label and node.label is not None and node.label.kids is None:
            self._open(canv, node.label, page)
            self._switch_to = node
        else:
            self._open(canv, node, page)

    def _open(self, canv, node: Node, page: int) -> None:
        mcids = self.page_mcids.setdefault(page, [])
        node.append(mcr(page, len(mcids)))
        canv._code.append(f"/{node.role} <</MCID {len(mcids)}>> BDC")
        mcids.append(node)
        self.current = node

    def after_text(self, canv) -> None:
        """A list item's bullet is the first text its paragraph draws: then the body begins."""
        node, self._switch_to = self._switch_to, None
        if node is not None:
            canv._code.append("EMC")
            self._open(canv, node, canv.getPageNumber())

    def end(self, canv) -> None:
        self._depth -= 1
        if self._depth:
            return
        self._switch_to = None
        canv._code.append("EMC")
        self._ranges.append((self._start, len(canv._code)))
        self.current = None

    def annotation(self, canv, name: str, url: str) -> Annot | None:
        """Tie an annotation drawn now to a Link element; returns its entry, or None outside content."""
        node = self.current
        if node is None:
            return None
        entry = Annot(canv.getPageNumber(), name)
        if node.role != "Link":
            link = next((k for k in node.children() if isinstance(k, Node) and k.role == "Link" and k.alt == url), None)
            if link is None:
                link = node.add("Link", alt=url)
            node = link
        node.append(entry)
        entry.owner = node
        self.annots.append((entry, node))
        return entry

    def artifacts(self, code: list[str]) -> list[str]:
        """The page's code with every stretch outside a tagged sequence wrapped as an artifact."""
        out: list[str] = []
        pos = 0
        for start, end in self._ranges + [(len(code), len(code))]:
            gap = code[pos:start]
            if any(chunk.strip() for chunk in gap):
                out.append("/Artifact BMC")
                out.extend(gap)
                out.append("EMC")
            out.extend(code[start:end])
            pos = end
        self._ranges = []
        return out


_PAGE_KEYS = [*PDFPage.__NoDefault__, "StructParents", "Tabs"]


class TaggedCanvas(CompactCanvas):
    """A canvas that marks content through its :class:`Marker` and tags pages and links."""

    def __init__(self, *args, marker: Marker, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.ogp_tagger = marker
        self._ogp_url = ""

    def drawText(self, textobject) -> None:  # noqa: N802 - reportlab's name
        super().drawText(textobject)
        self.ogp_tagger.after_text(self)

    def showPage(self) -> None:  # noqa: N802 - reportlab's name
        self._code[:] = self.ogp_tagger.artifacts(self._code)
        super().showPage()

    def _setAnnotations(self, page) -> None:  # noqa: N802 - reportlab's name; called for each page
        super()._setAnnotations(page)
        if not isinstance(page, PDFPage):  # endForm() calls it for forms too
            return
        page.__NoDefault__ = _PAGE_KEYS  # one list for every page, not a copy each
        page.StructParents = self.getPageNumber() - 1  # the page's key in the ParentTree
        page.Tabs = PDFName("S")  # tab through links in structure order

    def linkURL(self, url, rect, relative=0, thickness=0, color=None, dashArray=None, kind="URI", **kw):  # noqa: N802, N803
        self._ogp_url = url
        try:
            super().linkURL(url, rect, relative, thickness, color, dashArray, kind, **kw)
        finally:
            self._ogp_url = ""

    def _addAnnotation(self, annotation, name=None, addtopage=1):  # noqa: N802 - reportlab's name
        count = self._annotationCount + 1
        name = name or f"NUMBER{count}"
        if isinstance(annotation, PDFDictionary):  # a URI link (linkURL)
            url = self._ogp_url
            entry = self.ogp_tagger.annotation(self, name, url)
            if entry is not None:
                annotation["StructParent"] = entry.key
                annotation["Contents"] = PDFString(_link_text(entry, url))
            annotation["F"] = 4  # printed (PDF/A)
        else:  # an internal link (linkRect): reportlab's Annotation object
            entry = self.ogp_tagger.annotation(self, name, "")
            annotation.permitted = (*annotation.permitted, "StructParent")
            annotation.otherkw["F"] = 4
            if entry is not None:
                annotation.otherkw["StructParent"] = entry.key
                annotation.Contents = _link_text(entry, "") or annotation.Contents
        return super()._addAnnotation(annotation, name, addtopage)


def _link_text(entry: Annot, url: str) -> str:
    node = entry.owner
    assert node is not None  # set by Marker.annotation
    owner = node if node.links else node.parent
    text = (owner.links.get(url) or owner.links.get("", "")) if owner is not None else ""
    return text if not url or text == url else f"{text} ({url})" if text else url


# -- after the last page --------------------------------------------------------------------
def write_tree(canv, root: Node, marker: Marker, locale: str) -> None:
    """Write the structure tree (:func:`pdf_elements.write_elements`), its ParentTree and
    /MarkInfo into the canvas's document."""
    doc = canv._doc
    pdf_elements.write_elements(doc, root, marker.page_mcids, marker.annots, canv.getPageNumber() - 1)
    catalog = doc.Catalog
    catalog.StructTreeRoot = PDFObjectReference(pdf_elements.TREE_ROOT)
    catalog.MarkInfo = PDFDictionary({"Marked": "true"})
    catalog.Lang = PDFString(locale)
