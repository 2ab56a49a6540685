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
* :func:`write_tree` writes the StructTreeRoot, the ParentTree and ``/MarkInfo`` as
  reportlab PDF objects before the file is saved.
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

from reportlab.pdfbase.pdfdoc import (
    PDFArray,
    PDFDictionary,
    PDFName,
    PDFObject,
    PDFObjectReference,
    PDFPage,
    PDFString,
)
from reportlab.platypus import KeepTogether, Spacer, Table
from reportlab.platypus import Paragraph as RLParagraph

from ogp_desktop.document import model, pdf_output
from ogp_desktop.document.pdf_output import CompactCanvas
from ogp_desktop.text import clean_text

_LOCALES = {"et": "et-EE", "en": "en-GB"}
# Shared by every element that has no links or the same cell attributes: a 10,000-commitment
# report has over a million elements, and a dict of their own each was a tenth of the peak memory.
_NO_LINKS: Mapping[str, str] = MappingProxyType({})
_COLUMN_HEADER = MappingProxyType({"O": PDFName("Table"), "Scope": PDFName("Column")})
_ROW_HEADER = MappingProxyType({"O": PDFName("Table"), "Scope": PDFName("Row")})


class _Extra:
    """What few elements have (an alternative text, another language, a list label, links):
    kept apart, so that the many without share one empty record."""

    __slots__ = ("alt", "lang", "once", "label", "links")

    def __init__(self) -> None:
        self.alt = ""
        self.lang = ""
        self.once = False  # a header row: drawn again on a later page it is an artifact
        self.label: Node | None = None  # a list item's Lbl, drawn by the paragraph as its bullet
        self.links: Mapping[str, str] = _NO_LINKS  # link target -> its text, for the annotation's /Contents


_NO_EXTRA = _Extra()  # never written to: a node that sets anything gets its own
_KEPT = frozenset(("TD", "TH"))  # table cells stay even when empty: rows keep their shape


class Node:
    """One structure element; its kids are Nodes, marked-content references and annotations in order.

    Over a million of them at 10,000 commitments, most a paragraph or a cell drawn as one
    marked-content sequence: ``kids`` is None, that one reference itself (:func:`mcr`) or a list.
    """

    __slots__ = ("role", "parent", "kids", "attrs", "objnum", "_extra")

    def __init__(self, role: str, parent: Node | None = None, *, alt: str = "", lang: str = "",
                 attrs: Mapping | None = None) -> None:
        self.role, self.parent, self.attrs = role, parent, attrs
        self.kids: list | int | None = None
        self.objnum = 0  # its PDF object's number, once the tree is written
        self._extra = _NO_EXTRA
        self.alt, self.lang = alt, lang
        if parent is not None:
            parent.append(self)

    def add(self, role: str, **kw) -> Node:
        return Node(role, self, **kw)

    def children(self) -> list | tuple:
        kids = self.kids
        return kids if isinstance(kids, list) else () if kids is None else (kids,)

    def append(self, kid: object) -> None:
        kids = self.kids
        if isinstance(kids, list):
            kids.append(kid)
        elif kids is None:
            self.kids = kid if type(kid) is int else [kid]
        else:
            self.kids = [kids, kid]

    @property
    def keep(self) -> bool:
        return self.role in _KEPT

    def _set(self, name: str, value: object) -> None:
        if getattr(self._extra, name) != value:
            if self._extra is _NO_EXTRA:
                self._extra = _Extra()
            setattr(self._extra, name, value)

    @property
    def alt(self) -> str:
        return self._extra.alt

    @alt.setter
    def alt(self, value: str) -> None:
        self._set("alt", value)

    @property
    def lang(self) -> str:
        return self._extra.lang

    @lang.setter
    def lang(self, value: str) -> None:
        self._set("lang", value)

    @property
    def once(self) -> bool:
        return self._extra.once

    @once.setter
    def once(self, value: bool) -> None:
        self._set("once", value)

    @property
    def label(self) -> Node | None:
        return self._extra.label

    @label.setter
    def label(self, value: Node | None) -> None:
        self._set("label", value)

    @property
    def links(self) -> Mapping[str, str]:
        return self._extra.links

    @links.setter
    def links(self, value: Mapping[str, str]) -> None:
        self._set("links", value)


# A marked-content sequence is a kid ``mcr(page, mcid)``: one int, not a tuple of two;
# an annotation is an :class:`_Annot`.
def mcr(page: int, mcid: int) -> int:
    return page << 32 | mcid


def mcr_page(kid: int) -> int:
    return kid >> 32


def mcr_mcid(kid: int) -> int:
    return kid & 0xFFFFFFFF


class _Annot:
    """A link annotation (page, reportlab's object name) owned by a Link element."""

    __slots__ = ("page", "annot", "key", "owner")

    def __init__(self, page: int, annot: str) -> None:
        self.page, self.annot = page, annot
        self.owner: Node | None = None
        self.key = _LateInt()  # the annotation's /StructParent, numbered when the tree is written


class _LateInt(PDFObject):
    """An integer written into a PDF object before its value is known."""

    value = 0

    def format(self, document) -> bytes:
        return str(self.value).encode("ascii")


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
                body.links = _links(item) if item is not None else _NO_LINKS
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
    return links or _NO_LINKS


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
        self.annots: list[tuple[_Annot, Node]] = []
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

    def annotation(self, canv, name: str, url: str) -> _Annot | None:
        """Tie an annotation drawn now to a Link element; returns its entry, or None outside content."""
        node = self.current
        if node is None:
            return None
        entry = _Annot(canv.getPageNumber(), name)
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


def _link_text(entry: _Annot, url: str) -> str:
    node = entry.owner
    assert node is not None  # set by Marker.annotation
    owner = node if node.links else node.parent
    text = (owner.links.get(url) or owner.links.get("", "")) if owner is not None else ""
    return text if not url or text == url else f"{text} ({url})" if text else url


# -- after the last page --------------------------------------------------------------------
def write_tree(canv, root: Node, marker: Marker, locale: str) -> None:
    """Write the structure tree, its ParentTree and /MarkInfo into the canvas's document.

    Over a million elements at 10,000 commitments: they are no reportlab objects (with a name
    in three of its dicts each they were a third of the peak memory) but take consecutive object
    numbers (:func:`pdf_output.reserve`) and are formatted straight to bytes as the file is
    written, which also keeps tagging within a fifth of the render time.
    """
    doc = canv._doc
    _prune(root)
    nodes: list[Node] = []
    stack = [root]
    while stack:
        node = stack.pop()
        nodes.append(node)
        stack.extend(k for k in reversed(node.children()) if isinstance(k, Node))
    pages = canv.getPageNumber() - 1
    for i, (entry, _) in enumerate(marker.annots):  # now: annotations may be written before the tree
        entry.key.value = pages + i
    doc.Reference(_TreeRoot(root, marker, pages), "ogpStructTreeRoot")
    elements = _Elements(doc, nodes)
    first = pdf_output.reserve(doc, len(nodes), elements)
    for i, node in enumerate(nodes):
        node.objnum = first + i
    elements.first = first
    catalog = doc.Catalog
    catalog.StructTreeRoot = PDFObjectReference("ogpStructTreeRoot")
    catalog.MarkInfo = PDFDictionary({"Marked": "true"})
    catalog.Lang = PDFString(locale)


def _prune(node: Node) -> bool:
    """Drop elements that hold nothing (a section whose content all went elsewhere); True if kept."""
    kids = node.children()
    kept = [k for k in kids if not isinstance(k, Node) or _prune(k)]
    if len(kept) != len(kids):  # most lists keep everything: keep them, not a copy each
        node.kids = kept
    return bool(node.children()) or node.keep or node.role == "Document"


def _ref(ids: dict, name: str) -> str:
    number, generation = ids[name]
    return f"{number} {generation} R"


def _node_ref(node: Node) -> str:
    return f"{node.objnum} 0 R"


class _TreeRoot(PDFObject):
    """The StructTreeRoot with its ParentTree: page keys 0..n-1 list each MCID's element,
    then one key per link annotation names its Link element."""

    def __init__(self, root: Node, marker: Marker, pages: int) -> None:
        self.root, self.marker, self.pages = root, marker, pages

    def format(self, document) -> bytes:
        nums = []
        for page in range(1, self.pages + 1):
            owners = " ".join(_node_ref(n) for n in self.marker.page_mcids.get(page, ()))
            nums.append(f"{page - 1} [{owners}]")
        for i, (_, node) in enumerate(self.marker.annots):
            nums.append(f"{self.pages + i} {_node_ref(node)}")
        nums_text = "\n".join(nums)
        return (f"<< /Type /StructTreeRoot /K [{_node_ref(self.root)}] /ParentTree << /Nums [{nums_text}] >>"
                f" /ParentTreeNextKey {self.pages + len(self.marker.annots)} >>").encode("ascii")


class _Elements:
    """The StructElems, numbered from ``first`` in *nodes*' order: each formatted directly."""

    def __init__(self, document, nodes: list[Node]) -> None:
        self.document, self.nodes = document, nodes
        self.first = 0

    def __call__(self, number: int) -> bytes:
        return _element(self.nodes[number - self.first], self.document)


def _element(node: Node, document) -> bytes:
    """One StructElem as PDF text."""
    ids = document.idToObjectNumberAndVersion
    pages = {}

    def page_ref(page: int) -> str:
        if page not in pages:
            pages[page] = _ref(ids, f"Page{page}")
        return pages[page]

    first = next((mcr_page(k) for k in node.children() if type(k) is int), None)
    kids = []
    for k in node.children():
        if isinstance(k, Node):
            kids.append(_node_ref(k))
        elif isinstance(k, _Annot):
            kids.append(f"<< /Type /OBJR /Obj {_ref(ids, 'Annot.' + k.annot)} /Pg {page_ref(k.page)} >>")
        elif mcr_page(k) == first:  # on the element's own page a bare MCID says it
            kids.append(str(mcr_mcid(k)))
        else:
            kids.append(f"<< /Type /MCR /Pg {page_ref(mcr_page(k))} /MCID {mcr_mcid(k)} >>")
    parent = _node_ref(node.parent) if node.parent else _ref(ids, "ogpStructTreeRoot")
    out = [f"<< /Type /StructElem /S {PDFName(node.role)} /P {parent}"]
    if kids:  # a single kid stands alone, as most writers (and checkers) expect
        out.append(f" /K {kids[0]}" if len(kids) == 1 else f" /K [{' '.join(kids)}]")
    if first is not None:
        out.append(f" /Pg {page_ref(first)}")
    if node.attrs:
        out.append(" /A " + PDFDictionary(dict(node.attrs)).format(document).decode("latin-1"))
    text = b""
    if node.alt and node.role in ("Figure", "Link"):
        text += b" /Alt " + PDFString(node.alt if node.role == "Figure" else _alt_of_link(node)).format(document)
    if node.lang:
        text += b" /Lang " + PDFString(node.lang).format(document)
    return "".join(out).encode("latin-1") + text + b" >>"


def _alt_of_link(node: Node) -> str:
    owner = node.parent
    text = owner.links.get(node.alt, "") if owner is not None else ""
    return text or node.alt
