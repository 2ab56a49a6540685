"""Structure elements of a tagged PDF, kept small and written straight to bytes.

A 10,000-commitment report has over a million elements, most a paragraph or a table cell
drawn as one marked-content sequence. To keep such an export under 1 GB a :class:`Node`
holds only what every element has (its rare attributes apart, one marked-content
reference as a bare int), and the elements are no reportlab objects: they take
consecutive reserved object numbers and are formatted only as the file is written
(:func:`write_elements`). :mod:`ogp_desktop.document.pdf_tags` builds the tree and marks
the page content; this module keeps and writes what it built.
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

from reportlab.pdfbase.pdfdoc import PDFDictionary, PDFName, PDFObject, PDFString

from ogp_desktop.document import pdf_output

TREE_ROOT = "ogpStructTreeRoot"  # the StructTreeRoot's name among the document's objects
# Shared by every element without links: a dict of their own each was a tenth of the peak
# memory at 10,000 commitments.
NO_LINKS: Mapping[str, str] = MappingProxyType({})


class _Extra:
    """What few elements have (an alternative text, another language, a list label, links):
    kept apart, so that the many without share one empty record."""

    __slots__ = ("alt", "lang", "once", "label", "links")

    def __init__(self) -> None:
        self.alt = ""
        self.lang = ""
        self.once = False  # a header row: drawn again on a later page it is an artifact
        self.label: Node | None = None  # a list item's Lbl, drawn by the paragraph as its bullet
        self.links: Mapping[str, str] = NO_LINKS  # link target -> its text, for the annotation's /Contents


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
# an annotation is an :class:`Annot`.
def mcr(page: int, mcid: int) -> int:
    return page << 32 | mcid


def mcr_page(kid: int) -> int:
    return kid >> 32


def mcr_mcid(kid: int) -> int:
    return kid & 0xFFFFFFFF


class Annot:
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


def write_elements(doc, root: Node, page_mcids: Mapping[int, list[Node]], annots: list[tuple[Annot, Node]],
                   pages: int) -> None:
    """Write the StructTreeRoot (as :data:`TREE_ROOT`), its ParentTree and every element into *doc*.

    *page_mcids* lists each page's MCIDs' elements, *annots* the link annotations and their
    Link elements, *pages* the number of pages. Over a million elements at 10,000 commitments:
    they are no reportlab objects (with a name in three of its dicts each they were a third of
    the peak memory) but take consecutive object numbers (:func:`pdf_output.reserve`) and are
    formatted straight to bytes as the file is written, which also keeps tagging within a fifth
    of the render time.
    """
    _prune(root)
    nodes: list[Node] = []
    stack = [root]
    while stack:
        node = stack.pop()
        nodes.append(node)
        stack.extend(k for k in reversed(node.children()) if isinstance(k, Node))
    for i, (entry, _) in enumerate(annots):  # now: annotations may be written before the tree
        entry.key.value = pages + i
    doc.Reference(_TreeRoot(root, page_mcids, annots, pages), TREE_ROOT)
    elements = _Elements(doc, nodes)
    first = pdf_output.reserve(doc, len(nodes), elements)
    for i, node in enumerate(nodes):
        node.objnum = first + i
    elements.first = first


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

    def __init__(self, root: Node, page_mcids: Mapping[int, list[Node]], annots: list[tuple[Annot, Node]],
                 pages: int) -> None:
        self.root, self.page_mcids, self.annots, self.pages = root, page_mcids, annots, pages

    def format(self, document) -> bytes:
        nums = []
        for page in range(1, self.pages + 1):
            owners = " ".join(_node_ref(n) for n in self.page_mcids.get(page, ()))
            nums.append(f"{page - 1} [{owners}]")
        for i, (_, node) in enumerate(self.annots):
            nums.append(f"{self.pages + i} {_node_ref(node)}")
        nums_text = "\n".join(nums)
        return (f"<< /Type /StructTreeRoot /K [{_node_ref(self.root)}] /ParentTree << /Nums [{nums_text}] >>"
                f" /ParentTreeNextKey {self.pages + len(self.annots)} >>").encode("ascii")


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
        elif isinstance(k, Annot):
            kids.append(f"<< /Type /OBJR /Obj {_ref(ids, 'Annot.' + k.annot)} /Pg {page_ref(k.page)} >>")
        elif mcr_page(k) == first:  # on the element's own page a bare MCID says it
            kids.append(str(mcr_mcid(k)))
        else:
            kids.append(f"<< /Type /MCR /Pg {page_ref(mcr_page(k))} /MCID {mcr_mcid(k)} >>")
    parent = _node_ref(node.parent) if node.parent else _ref(ids, TREE_ROOT)
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
