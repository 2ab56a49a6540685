"""The PDF's outline (bookmarks), its entries formatted only as the file is written.

reportlab makes every outline entry a PDF object with a name in three of its dicts
before the file is written: with a dozen headings per commitment that was tens of
megabytes at 10,000 commitments, alive until the end. :class:`ReservedOutlines`
lays out the same tree from the headings' names, takes consecutive object numbers
for its entries (:func:`pdf_output.reserve`, in the order reportlab numbers them:
depth first) and keeps only each entry's name and its links to the others, as
numbers; each entry is made and formatted by reportlab's own
:class:`OutlineEntryObject` when its turn comes, so the bytes are the ones
reportlab writes.
"""

from __future__ import annotations

from array import array

from reportlab.pdfbase.pdfdoc import OutlineEntryObject, PDFObjectReference, PDFOutlines

from ogp_desktop.document import pdf_output


class _Number(PDFObjectReference):
    """A reference to an object by its number (as reportlab formats a reference by name)."""

    def __init__(self, number: int) -> None:
        self.number = number

    def format(self, document) -> bytes:
        return b"%d 0 R" % self.number


def defer(canv) -> None:
    """Make the outline of *canv*'s document a :class:`ReservedOutlines` (before it is saved)."""
    outlines = canv._doc.Outlines
    if type(outlines) is PDFOutlines:  # the same object is the catalog's /Outlines: its class changes
        outlines.__class__ = ReservedOutlines


class ReservedOutlines(PDFOutlines):
    """reportlab's outline, whose entries are numbered now and made when written."""

    def prepare(self, document, canvas) -> None:
        if self.mydestinations is not None or not self.levelstack:
            super().prepare(document, canvas)
            return
        self.addOutlineEntry(None)  # close the tree, as reportlab does
        names = self.levelstack[0]  # the headings' names, (name, [names below]) where they have some
        self.count = _count(names, self.closedict)
        parent = document.Reference(document.Outlines)
        entries = _Entries(document, canvas, self.destinationnamestotitles, parent)
        first, last = self._add(entries, names, -1)
        entries.first = pdf_output.reserve(document, len(entries.names), entries)
        self.first, self.last = entries.ref(first), entries.ref(last)
        self.ready = 1

    def _add(self, entries: _Entries, tree: list, up: int) -> tuple[int, int]:
        """Add *tree*'s entries depth first (reportlab's numbering); returns its first and last."""
        first = last = -1
        for elt in tree:
            i = len(entries.names)
            for column in entries.columns:
                column.append(-1)
            entries.parents[i], entries.counts[i] = up, 0
            if last >= 0:
                entries.nexts[last], entries.prevs[i] = i, last
            first = i if first < 0 else first
            last = i
            if isinstance(elt, tuple):
                name, subsections = elt
                entries.names.append(name)
                self.count += 1  # as reportlab's maketree, which counts its subtrees into the outline's Count
                n = _count(subsections, self.closedict)
                entries.firsts[i], entries.lasts[i] = self._add(entries, subsections, i)
                entries.counts[i] = -n if name in self.closedict else n
            else:
                entries.names.append(elt)
        return first, last


def _count(tree: list, closed: dict) -> int:
    """reportlab's ``count`` over the names: an entry is one, an open one adds what it holds."""
    total = 0
    for elt in tree:
        if isinstance(elt, tuple):
            name, subsections = elt
            total += 1 if name in closed else 1 + _count(subsections, closed)
        else:
            total += 1
    return total


class _Entries:
    """The reserved entries: each one's heading name and its links, as indices; formats entry *number*."""

    def __init__(self, document, canvas, titles: dict, parent) -> None:
        self.document, self.canvas, self.titles, self.parent = document, canvas, titles, parent
        self.names: list[str] = []
        # each entry's parent (-1: the outline), neighbours, first and last child (-1: none), Count (0: none)
        self.columns = tuple(array("i") for _ in range(6))
        self.parents, self.prevs, self.nexts, self.firsts, self.lasts, self.counts = self.columns
        self.first = 0

    def ref(self, index: int) -> _Number | None:
        return _Number(self.first + index) if index >= 0 else None

    def __call__(self, number: int) -> bytes:
        i = number - self.first
        name = self.names[i]
        entry = OutlineEntryObject()
        entry.Title = self.titles[name]
        entry.Parent = self.ref(self.parents[i]) or self.parent
        entry.Dest = self.canvas._bookmarkReference(name)
        entry.Prev, entry.Next = self.ref(self.prevs[i]), self.ref(self.nexts[i])
        entry.First, entry.Last = self.ref(self.firsts[i]), self.ref(self.lasts[i])
        entry.Count = self.counts[i] or None
        return bytes(entry.format(self.document))
