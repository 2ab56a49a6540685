"""Helpers for export tests: a report full of hostile text, and readers of real output
(pdftotext, python-docx). A module of its own name so that tests import it, not
"conftest", which names a different file in each test folder."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

import docx

from ogp_desktop.document.synthetic import generate_report
from ogp_desktop.report import Report
from ogp_desktop.template import Template
from ogp_desktop.text import clean_text

LONG_URL = ("https://www.riigikantselei.ee/avatud-valitsemine?" + "&".join(
    f"p{i}=õunapuu{i:04d}" for i in range(250)))[:3000]
LONG_PARAGRAPH = " ".join(f"sõna{i}" for i in range(3000))[:20000]
HOSTILE = [
    "Eesti Vabariik: Õõ Ää Öö Üü Šš Žž",
    "Latvija: Āā Čč Ēē Ģģ Īī Ķķ Ļļ Ņņ Šš Ūū Žž",
    "Lietuva: Ąą Čč Ęę Ėė Įį Šš Ųų Ūū Žž",
    "AT&T and <b>not bold</b>",
    "closing </para> tag",
    '<img src="x.png"/> must print',
    "0.1 < x > y",
    "line one\x0bline two",
]


def free_text_values(report: Report, template: Template) -> list[str]:
    """Every value the user typed as free text (text, longtext, url, email, list items)."""
    out: list[str] = []

    def walk(fields, node) -> None:
        for f in fields:
            if not isinstance(node, dict) or not f.visible_for(report.report_type) or f.id not in node:
                continue
            v = node[f.id]
            if f.kind in ("text", "longtext", "url", "email") and isinstance(v, str):
                out.append(v)
            elif f.kind == "list" and isinstance(v, list):
                out.extend(x for x in v if isinstance(x, str))
            elif f.kind == "group" and isinstance(v, list):
                for row in v:
                    walk(f.fields, row)

    for section in template.sections:
        if section.visible_for(report.report_type):
            walk(section.fields, report.values)
    return out


def squash(text: str) -> str:
    """Whitespace-insensitive form for comparing exported text with values."""
    return re.sub(r"\s+", "", clean_text(text))


def _in_order(value: str, flat: str) -> bool:
    """*value* occurs in *flat* as a few long pieces in order.

    A table cell that runs over a page break continues after the rest of its row and the
    repeated header, so it cannot be one substring; each piece is the longest prefix of
    what is left that occurs after the previous piece.
    """
    pos = i = pieces = 0
    while i < len(value):
        lo, hi = 0, len(value) - i
        while lo < hi:
            mid = (lo + hi + 1) // 2
            if flat.find(value[i:i + mid], pos) >= 0:
                lo = mid
            else:
                hi = mid - 1
        if lo == 0 or (lo < 12 and i + lo < len(value)):
            return False
        pos = flat.find(value[i:i + lo], pos) + lo
        i += lo
        pieces += 1
    return pieces <= 2 + len(value) // 1000


def join_hyphenated(text: str) -> str:
    """*text* with words hyphenated at line ends joined again ("com-\npletion" -> "completion")."""
    return re.sub(r"(\w)-\n(\w)", r"\1\2", text)


def missing_from(text: str, values: list[str]) -> list[str]:
    """The values (shortened) that the exported *text* does not carry, hyphenated at line ends
    or not (a line may also end at a hyphen the value holds)."""
    flats = (squash(join_hyphenated(text)), squash(text))
    return [v[:80] for v in values
            if not any(squash(v) in flat or _in_order(squash(v), flat) for flat in flats)]


_FURNITURE = re.compile(r"^(Page \d+ of \d+|Lk \d+ / \d+|DRAFT|MUSTAND|.* – (DRAFT|MUSTAND))$")


def pdf_text(path: Path, furniture: bool = False) -> str:
    """pdftotext output; without *furniture* the running header, footer and watermark
    lines are dropped so that text flowing over a page break reads as one."""
    text = subprocess.run(["pdftotext", "-raw", "-enc", "UTF-8", str(path), "-"], check=True,
                          capture_output=True, text=True).stdout
    if furniture:
        return text
    pages = text.split("\f")
    kept = []
    for number, page in enumerate(pages):
        lines = page.splitlines()
        for mark in ("DRAFT", "MUSTAND"):  # the rotated watermark comes out a letter a line
            if [line.strip() for line in lines[:len(mark)]] == list(mark):
                lines = lines[len(mark):]
        if number > 0 and lines:  # the running header is the first line after the title page
            lines = lines[1:]
        kept.append("\n".join(line for line in lines if not _FURNITURE.match(line.strip())))
    return "\n".join(kept)


def docx_text(path: Path) -> str:
    document = docx.Document(str(path))
    parts = [p.text for p in document.paragraphs]

    def cells(table) -> None:
        for row in table.rows:
            for cell in row.cells:
                parts.extend(p.text for p in cell.paragraphs)
                for inner in cell.tables:
                    cells(inner)

    for table in document.tables:
        cells(table)
    return "\n".join(parts)


def make_hostile_report(template: Template) -> Report:
    """A valid 3-commitment report whose free text carries every hostile string."""
    report = generate_report(template, commitments=3, milestones=3, paragraphs=2)
    report.set("country", HOSTILE[0])
    report.set("lead_agency", HOSTILE[1])
    report.set("executive_summary", "\n\n".join(HOSTILE) + "\n\n" + LONG_PARAGRAPH)
    report.set("commitments[0].title", HOSTILE[3])
    report.set("commitments[1].title", HOSTILE[4])
    report.set("commitments[0].problem", HOSTILE[5] + "\n\n" + HOSTILE[6])
    report.set("commitments[0].milestones[0].activity", HOSTILE[7] + " " + HOSTILE[2])
    report.set("commitments[2].evidence[0].url", LONG_URL)
    report.set("repository_url", LONG_URL)
    report.set("priorities", [HOSTILE[3], HOSTILE[5], HOSTILE[2]])
    return report
