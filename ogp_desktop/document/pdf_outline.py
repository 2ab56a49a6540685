"""The PDF's outline (bookmarks), its entries formatted only as the file is written.

reportlab makes every outline entry a PDF object with a name in three of its dicts
before the file is written: with a dozen headings per commitment that was tens of
megabytes at 10,000 commitments, alive until the end. :class:`ReservedOutlines`
lays out the same tree, takes consecutive object numbers for its entries
(:func:`pdf_output.reserve`, in the order reportlab numbers them: depth first) and
keeps only their links to each other, as numbers; each entry is made and
formatted by reportlab's own :class:`OutlineEntryObject` when its turn comes, so
the bytes are the ones reportlab writes.
"""

from __future__ import annotations

from array import array

from reportlab.pdfbase.pdfdoc import OutlineEntryObject, PDFObjectReference, PDFOutlines, count

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

    def maketree(self, document, destinationtree, Parent=None, toplevel=0):  # noqa: N803 - reportlab's names
        parent = document.Reference(document.Outlines)
        leaves: list[dict] = []  # each entry's {destination name: destination}, depth first
        # each entry's parent (-1: the outline), neighbours, first and last child (-1: none), Count (0: none)
        parents, prevs, nexts, firsts, lasts, counts = (array("i") for _ in range(6))

        def add(tree, up: int) -> tuple[int, int]:
            first = last = -1
            for elt in tree:
                i = len(leaves)
                for column in (parents, prevs, nexts, firsts, lasts, counts):
                    column.append(-1)
                parents[i], counts[i] = up, 0
                if last >= 0:
                    nexts[last], prevs[i] = i, last
                first = i if first < 0 else first
                last = i
                if isinstance(elt, tuple):
                    leaf, subsections = elt
                    leaves.append(leaf)
                    self.count += 1  # as reportlab's maketree, which counts its subtrees into the outline's Count
                    n = count(subsections, self.closedict)
                    firsts[i], lasts[i] = add(subsections, i)
                    [(_, dest)] = leaf.items()
                    counts[i] = -n if dest in self.closedict else n
                else:
                    leaves.append(elt)
            return first, last

        first_entry, last_entry = add(destinationtree, -1)
        entries = _Entries(document, self.destinationnamestotitles, parent, leaves, parents, prevs, nexts, firsts,
                           lasts, counts)
        entries.first = pdf_output.reserve(document, len(leaves), entries)
        return entries.ref(first_entry), entries.ref(last_entry)


class _Entries:
    """Formats entry *number* of the reserved outline."""

    def __init__(self, document, titles: dict, parent, leaves: list[dict], *columns: array) -> None:
        self.document, self.titles, self.parent, self.leaves = document, titles, parent, leaves
        self.parents, self.prevs, self.nexts, self.firsts, self.lasts, self.counts = columns
        self.first = 0

    def ref(self, index: int) -> _Number | None:
        return _Number(self.first + index) if index >= 0 else None

    def __call__(self, number: int) -> bytes:
        i = number - self.first
        [(title, dest)] = self.leaves[i].items()
        entry = OutlineEntryObject()
        entry.Title = self.titles[title]
        entry.Parent = self.ref(self.parents[i]) or self.parent
        entry.Dest = dest
        entry.Prev, entry.Next = self.ref(self.prevs[i]), self.ref(self.nexts[i])
        entry.First, entry.Last = self.ref(self.firsts[i]), self.ref(self.lasts[i])
        entry.Count = self.counts[i] or None
        return bytes(entry.format(self.document))
