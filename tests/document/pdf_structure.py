"""Reading a tagged PDF back with pikepdf: marked content per page, the structure tree's text.

Independent of the renderer: it decodes text through each font's ToUnicode map,
as a screen reader's PDF library does, and walks the tree from the catalog.
"""

from __future__ import annotations

import re

import pikepdf

from ogp_desktop.document import model

TEXT_OPS = {"Tj", "TJ", "'", '"'}
PAINT_OPS = {"S", "s", "f", "F", "f*", "B", "B*", "b", "b*", "sh", "Do", "BI"}


def _cmap(font) -> dict[int, str]:
    """Code -> text from a font's ToUnicode CMap (bfchar and bfrange, as reportlab writes them)."""
    table: dict[int, str] = {}
    if "/ToUnicode" not in font:  # a standard 14 font: its codes are Latin-1 letters
        return {code: chr(code) for code in range(256)}
    data = font.ToUnicode.read_bytes().decode("latin-1")
    for block in re.findall(r"beginbfchar(.*?)endbfchar", data, re.S):
        for src, dst in re.findall(r"<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>", block):
            table[int(src, 16)] = bytes.fromhex(dst).decode("utf-16-be")
    for block in re.findall(r"beginbfrange(.*?)endbfrange", data, re.S):
        for lo, hi, dst in re.findall(r"<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>", block):
            start = int(dst, 16)
            for i, code in enumerate(range(int(lo, 16), int(hi, 16) + 1)):
                table[code] = chr(start + i)
    return table


def page_marks(page) -> tuple[dict[int, str], list[str]]:
    """The text of each MCID on *page*, and every text or paint operator found outside marked content."""
    fonts = {str(k): _cmap(v) for k, v in page.Resources.get("/Font", {}).items()}
    texts: dict[int, list[str]] = {}
    stack: list[int | None] = []  # the MCID of each open sequence (None for artifacts and untagged ones)
    unmarked: list[str] = []
    font: dict[int, str] = {}
    for operands, op in pikepdf.parse_content_stream(page):
        name = str(op)
        if name == "BDC":
            props = operands[1]
            mcid = int(props.MCID) if isinstance(props, pikepdf.Dictionary) and "/MCID" in props else None
            stack.append(mcid)
        elif name == "BMC":
            stack.append(None)
        elif name == "EMC":
            stack.pop()
        elif name == "Tf":
            font = fonts[str(operands[0])]
        elif name in TEXT_OPS or name in PAINT_OPS:
            if not stack:
                unmarked.append(name)
            if name in TEXT_OPS:
                mcid = next((m for m in reversed(stack) if m is not None), None)
                if mcid is not None:
                    texts.setdefault(mcid, []).append(_decode(operands, font))
    return {k: " ".join(v) for k, v in texts.items()}, unmarked


def _decode(operands, font: dict[int, str]) -> str:
    parts = []
    for item in operands:
        items = item if isinstance(item, pikepdf.Array) else [item]
        for piece in items:
            if isinstance(piece, pikepdf.String):
                parts.append("".join(font.get(b, "\ufffd") for b in bytes(piece)))
    return "".join(parts)


def structure(pdf: pikepdf.Pdf) -> list[tuple[str, str]]:
    """(role, text) of every element in reading order; text is what its own marked content shows
    (a Figure's drawn labels are left out: a Figure is read by its /Alt)."""
    page_index = {p.objgen: i for i, p in enumerate(pdf.pages)}
    marks = [page_marks(p)[0] for p in pdf.pages]
    out: list[tuple[str, str]] = []

    def walk(elem, page) -> None:
        page = elem.get("/Pg", page)
        kids = elem.get("/K")
        kids = list(kids) if isinstance(kids, pikepdf.Array) else [] if kids is None else [kids]
        text = []
        entry = (str(elem.S)[1:], text)
        out.append(entry)  # type: ignore[arg-type]
        for kid in kids:
            if isinstance(kid, int):
                text.append(marks[page_index[page.objgen]].get(int(kid), ""))
            elif kid.get("/Type") == pikepdf.Name.MCR:
                text.append(marks[page_index[kid.Pg.objgen]].get(int(kid.MCID), ""))
            elif kid.get("/Type") == pikepdf.Name.OBJR:
                continue
            else:
                walk(kid, page)

    top = pdf.Root.StructTreeRoot.K
    for elem in (top if isinstance(top, pikepdf.Array) else [top]):
        walk(elem, None)
    return [(role, "" if role == "Figure" else " ".join(t)) for role, t in out]


def model_text(doc: model.Document) -> list[str]:
    """Every text the document model says, in order (what the structure tree must read)."""
    out: list[str] = []
    for b in doc.blocks:
        out.extend(_block_text(doc, b))
    return out


def _block_text(doc: model.Document, b) -> list[str]:
    if isinstance(b, model.TitlePage):
        return [b.title, b.subtitle, *(t for label, value in b.details for t in (label, *(p.text for p in value))),
                b.draft_note]
    if isinstance(b, model.TableOfContents):
        return [b.title, *(h.full_text for h in doc.headings() if h.level <= b.levels)]
    if isinstance(b, model.Heading):
        return [b.full_text]
    if isinstance(b, model.Paragraph):
        return [b.text]
    if isinstance(b, model.BarChart):  # its drawing is a Figure, read by its alternative text
        return [b.title]
    if isinstance(b, model.KeyValueTable):
        return [t for label, value in b.rows for t in (label, *(p.text for p in value))]
    if isinstance(b, model.DataTable):
        return [*b.header, *(p.text for row in b.rows for c in row for p in c)]
    if isinstance(b, model.BulletList):
        return [t for item in b.items for t in ("•", item.text)]
    return []


def squash(texts) -> str:
    """The letters in order: whitespace, and hyphens (the layout hyphenates words at line ends), left out."""
    return "".join("".join(texts).split()).replace("-", "").replace("\u00ad", "")
