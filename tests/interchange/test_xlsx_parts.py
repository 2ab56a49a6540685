"""Every part of an .xlsx that openpyxl reads in full is bounded before it reads it.

A 2.9 MB workbook whose styles.xml held 2,000,000 cell formats took 66 s and 3.6 GB and was then
accepted: only the cells were counted. These workbooks are made on the fly from a real one.
"""

from __future__ import annotations

import os
import random
import subprocess
import sys
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest
from openpyxl import Workbook

from ogp_desktop import limits
from ogp_desktop.interchange.plan_import import read_plan
from ogp_desktop.interchange.plan_limits import PlanImportError

ROOT = Path(__file__).resolve().parents[2]
MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"


def honest(path: Path) -> Path:
    wb = Workbook()
    wb.active.append(["OGP_ID", "Number", "Title"])
    wb.active.append(["EE0048", "1", "Avaandmed"])
    wb.save(path)
    return path


def rebuilt(path: Path, part: str, change: Callable[[str], str] | None = None, body: bytes | None = None) -> Path:
    """*path* made from an honest workbook with *part* changed (or added, with its *body*)."""
    src_path = honest(path.with_name("honest.xlsx"))
    with zipfile.ZipFile(src_path) as src, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            data = src.read(info.filename)
            if info.filename == part and change is not None:
                data = change(data.decode("utf-8")).encode("utf-8")
            dst.writestr(info, data)
        if body is not None:
            dst.writestr(part, body)
    return path


def styles_bomb(path: Path, formats: int) -> Path:
    rnd = random.Random(0)  # varied numbers keep the ratio under the zip-bomb cap, as the reviewer's did
    xfs = "".join(f'<xf numFmtId="{rnd.randint(0, 49)}" fontId="0" fillId="0" borderId="0" xfId="0"/>'
                  for _ in range(formats))

    def change(text: str) -> str:
        head, tail = text.split("<cellXfs", 1)
        return f'{head}<cellXfs count="{formats}">{xfs}{tail[tail.index(">") + 1:]}'
    return rebuilt(path, "xl/styles.xml", change)


def test_an_honest_workbook_passes(tmp_path: Path) -> None:
    assert read_plan(honest(tmp_path / "plan.xlsx")).commitments


def test_a_styles_part_of_a_million_formats_is_refused_small(tmp_path: Path) -> None:
    """Measured in a fresh process: peak memory stays near the interpreter's own, openpyxl never runs."""
    path = styles_bomb(tmp_path / "styles.xlsx", 1_000_000)
    code = ("import sys\nfrom pathlib import Path\nfrom ogp_desktop.interchange.plan_import import read_plan\n"
            "try:\n    read_plan(sys.argv[1])\nexcept Exception as exc:\n    print(exc)\n"
            "status = Path('/proc/self/status')\n"
            "print(next((l.split()[1] for l in status.read_text().splitlines() if l.startswith('VmHWM')), 0) "
            "if status.exists() else 0)\n")
    done = subprocess.run([sys.executable, "-c", code, str(path)], capture_output=True, text=True, timeout=300,
                          cwd=ROOT, check=False)
    message, peak_kb = done.stdout.strip().splitlines()
    assert message == (f"styles.xlsx: the workbook holds more than {limits.WORKBOOK_ELEMENTS:,} elements (in part "
                       "xl/styles.xml); an action plan has far fewer (it was refused before opening)."), done.stderr
    assert int(peak_kb) < 200 * 1024, f"peak resident {peak_kb} KB"


def test_styles_just_inside_the_limit_are_read(tmp_path: Path) -> None:
    assert read_plan(styles_bomb(tmp_path / "styled.xlsx", 2_000)).commitments


def _workbook_with(tag: str, count: int) -> Callable[[str], str]:
    def change(text: str) -> str:
        if tag == "sheet":
            extra = "".join(f'<sheet name="S{i}" sheetId="{i + 10}" state="hidden" r:id="rId1"/>'
                            for i in range(count))
            return text.replace("</sheets>", extra + "</sheets>")
        names = "".join(f'<definedName name="n{i}">Sheet!$A$1</definedName>' for i in range(count))
        return text.replace("</workbook>", f"<definedNames>{names}</definedNames></workbook>") \
            if "<definedNames>" not in text else text.replace("</definedNames>", names + "</definedNames>")
    return change


@pytest.mark.parametrize(("tag", "count", "what"), [
    ("sheet", limits.WORKBOOK_SHEETS + 1, f"{limits.WORKBOOK_SHEETS:,} sheets"),
    ("definedName", limits.DEFINED_NAMES + 1, f"{limits.DEFINED_NAMES:,} defined names"),
])
def test_too_many_sheets_or_defined_names_are_refused(tmp_path: Path, tag: str, count: int, what: str) -> None:
    path = rebuilt(tmp_path / "names.xlsx", "xl/workbook.xml", _workbook_with(tag, count))
    with pytest.raises(PlanImportError, match=rf"names\.xlsx: the workbook holds more than {what} \(in part "
                                              r"xl/workbook\.xml\)"):
        read_plan(path)


def _shared_strings(strings: list[str]) -> bytes:
    items = "".join(f"<si><t>{s}</t></si>" for s in strings)
    return (f'<?xml version="1.0" encoding="UTF-8"?><sst xmlns="{MAIN}" count="{len(strings)}" '
            f'uniqueCount="{len(strings)}">{items}</sst>').encode()


def _random_text(n: int) -> str:
    return os.urandom(n).translate(bytes.maketrans(bytes(range(256)), b"ab" * 128)).decode()


def test_shared_strings_past_the_text_limit_are_refused(tmp_path: Path) -> None:
    each = 1_000_000
    strings = [_random_text(each) for _ in range(limits.SHARED_TEXT_CHARS // each + 1)]
    path = rebuilt(tmp_path / "text.xlsx", "xl/sharedStrings.xml", body=_shared_strings(strings))
    with pytest.raises(PlanImportError, match=rf"text\.xlsx: the workbook holds more than "
                                              rf"{limits.SHARED_TEXT_CHARS:,} characters of text"):
        read_plan(path)


def test_more_shared_strings_than_cells_allowed_are_refused(tmp_path: Path) -> None:
    bits = _random_text(limits.SHEET_CELLS + 1)
    path = rebuilt(tmp_path / "many.xlsx", "xl/sharedStrings.xml", body=_shared_strings(list(bits)))
    with pytest.raises(PlanImportError, match=rf"many\.xlsx: the workbook has more than {limits.SHEET_CELLS:,} cells"):
        read_plan(path)


def test_a_doctype_in_any_part_is_refused(tmp_path: Path) -> None:
    path = rebuilt(tmp_path / "dtd.xlsx", "xl/styles.xml",
                   lambda t: t.replace("<styleSheet", '<!DOCTYPE s [<!ENTITY e "x">]><styleSheet', 1))
    with pytest.raises(PlanImportError, match=r"dtd\.xlsx: the part xl/styles\.xml declares a DOCTYPE"):
        read_plan(path)


def test_a_part_that_is_not_xml_is_refused_with_a_sentence(tmp_path: Path) -> None:
    path = rebuilt(tmp_path / "broken.xlsx", "xl/styles.xml", lambda t: t[: len(t) // 2])
    with pytest.raises(PlanImportError, match=r"broken\.xlsx: the workbook is damaged: part xl/styles\.xml is not "
                                              r"well-formed XML"):
        read_plan(path)
