"""Action plans as .xlsx: real workbooks written with openpyxl, and hostile ones."""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
from openpyxl import Workbook

from ogp_desktop.interchange.plan_import import read_plan
from ogp_desktop.interchange.plan_limits import MAX_ROWS, MAX_SHEET_CELLS, PlanImportError

HEADER = ["OGP_ID", "Number", "Title", "Lead agency", "Start", "End", "Problem",
          "Milestone number", "Milestone activity", "Milestone start", "Milestone end"]


def workbook(path: Path, rows: list[list[object]]) -> Path:
    wb = Workbook()
    ws = wb.active
    ws.append(HEADER)
    for row in rows:
        ws.append(row)
    wb.save(path)
    wb.close()
    return path


def test_xlsx_plan_with_dates_numbers_and_blank_rows(tmp_path: Path) -> None:
    path = workbook(tmp_path / "plan.xlsx", [
        ["EE0048", 1, "Avaandmed õigusele", "Justiitsministeerium", dt.datetime(2018, 7, 1), "06.2020",
         "Andmed on suletud.\n\nTeine lõik.", 1.1, "Registri avaldamine", dt.date(2018, 7, 1), "2019-06"],
        [None] * 11,
        [None, None, None, None, None, None, None, 1.2, "Koolitus", "01.07.2019", "2020-06-30"],
    ])
    plan = read_plan(path)
    assert plan.problems == []
    c = plan.commitments[0]
    assert (c["ogp_id"], c["number"], c["start"], c["end"]) == ("EE0048", "1", "2018-07", "2020-06")
    assert c["problem"] == "Andmed on suletud.\n\nTeine lõik."
    assert c["milestones"] == [
        {"number": "1.1", "activity": "Registri avaldamine", "start": "2018-07", "end": "2019-06"},
        {"number": "1.2", "activity": "Koolitus", "start": "2019-07", "end": "2020-06"},
    ]


def test_formula_cells_are_text_never_evaluated(tmp_path: Path) -> None:
    path = workbook(tmp_path / "formula.xlsx", [
        ["EE0048", "1", '=HYPERLINK("http://evil.example","Open data")', "=1+1", None, None, None,
         None, None, None, None],
    ])
    plan = read_plan(path)
    c = plan.commitments[0]
    assert c["title"] == '=HYPERLINK("http://evil.example","Open data")'
    assert c["lead_agency"] == "=1+1"  # kept as written, not 2
    assert [(p.row, p.column) for p in plan.problems] == [(2, "title"), (2, "lead_agency")]


def test_zip_bomb_refused_before_parsing(tmp_path: Path) -> None:
    path = tmp_path / "bomb.xlsx"
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=9) as zf:
        zf.writestr("[Content_Types].xml", "<Types/>")
        zf.writestr("xl/worksheets/sheet1.xml", b"\0" * (8 * 1024 * 1024))
    assert path.stat().st_size < 64 * 1024
    with pytest.raises(PlanImportError, match=r"bomb\.xlsx: part xl/worksheets/sheet1\.xml is compressed .* refused"):
        read_plan(path)


def test_many_small_parts_adding_up_refused(tmp_path: Path) -> None:
    path = tmp_path / "wide.xlsx"
    chunk = b"\0" * (1024 * 1024 - 1)  # just under the per-part ratio check
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=1) as zf:
        for i in range(205):
            zf.writestr(f"xl/media/p{i}.bin", chunk)
    with pytest.raises(PlanImportError, match="would unpack to 204 MB"):
        read_plan(path)


@pytest.mark.parametrize("content, why", [
    (b"PK\x03\x04 not really a zip", "not an Excel .xlsx workbook"),
    (b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8, "not an Excel .xlsx workbook"),
], ids=["truncated-zip", "png"])
def test_garbage_xlsx_refused(tmp_path: Path, content: bytes, why: str) -> None:
    path = tmp_path / "broken.xlsx"
    path.write_bytes(content)
    with pytest.raises(PlanImportError, match=f"broken.xlsx: this is {why}"):
        read_plan(path)


def test_zip_that_is_not_a_workbook(tmp_path: Path) -> None:
    path = tmp_path / "other.xlsx"
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr("hello.txt", "hi")
    with pytest.raises(PlanImportError, match="other.xlsx: the workbook cannot be opened"):
        read_plan(path)


def test_too_many_rows_refused(tmp_path: Path) -> None:
    path = workbook(tmp_path / "long.xlsx",
                    [["EE0048", "1", "T", "M", None, None, None, str(i), "A", None, None] for i in range(MAX_ROWS + 2)])
    with pytest.raises(PlanImportError, match=r"long\.xlsx: the sheet has more than 5,000 rows"):
        read_plan(path)


def test_title_lines_above_the_header_are_skipped_and_noted(tmp_path: Path) -> None:
    wb = Workbook()
    ws = wb.active
    ws.append(["Estonia's Open Government Partnership Action Plan 2016-2018"])
    ws.append([])
    ws.append(HEADER)
    ws.append(["EE0048", "1", "Open data", None, None, None, None, "1.1", "Publish", None, None])
    wb.save(tmp_path / "titled.xlsx")
    wb.close()
    plan = read_plan(tmp_path / "titled.xlsx")
    assert plan.commitments[0]["milestones"] == [{"number": "1.1", "activity": "Publish"}]
    assert [(p.row, p.column) for p in plan.problems] == [(1, "")]
    assert "header (row 3)" in plan.problems[0].message


def far_cell(path: Path, row: int) -> Path:
    wb = Workbook()
    ws = wb.active
    ws.append(HEADER)
    ws.append(["EE0048", "1", "Open data"])
    ws.cell(row=row, column=16_000, value="far away")  # stretches the sheet's dimension
    wb.save(path)
    wb.close()
    return path


def test_a_sheet_claiming_a_huge_extent_reads_quickly(tmp_path: Path) -> None:
    plan = read_plan(far_cell(tmp_path / "wide.xlsx", 60_000))  # only 100 columns are read, blank rows skipped
    assert [c["title"] for c in plan.commitments] == ["Open data"]


def test_a_sheet_running_past_the_row_limit_is_refused(tmp_path: Path) -> None:
    with pytest.raises(PlanImportError, match=r"long\.xlsx: the sheet runs past row 100,000"):
        read_plan(far_cell(tmp_path / "long.xlsx", 1_048_576))


def test_entity_expansion_bomb_inside_the_sheet_is_refused(tmp_path: Path) -> None:
    ok = workbook(tmp_path / "ok.xlsx", [["EE0048", "1", "TITLE"]])
    laughs = '<!DOCTYPE lolz [<!ENTITY lol0 "lololololol">' + "".join(
        f'<!ENTITY lol{i} "{f"&lol{i - 1};" * 10}">' for i in range(1, 10)) + "]>"
    bomb = tmp_path / "laughs.xlsx"
    with zipfile.ZipFile(ok) as src, zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            data = src.read(info.filename)
            if info.filename == "xl/worksheets/sheet1.xml":
                text = data.decode("utf-8")
                assert ">TITLE<" in text
                body = text[text.index("?>") + 2:] if text.startswith("<?xml") else text
                data = (laughs + body.replace(">TITLE<", ">&lol9;<")).encode("utf-8")
            dst.writestr(info, data)
    with pytest.raises(PlanImportError, match=r"laughs\.xlsx: the part xl/worksheets/sheet1\.xml declares a DOCTYPE"):
        read_plan(bomb)


def one_wide_row(path: Path, cells: int, bits: bytes = b"01") -> Path:
    """A workbook whose sheet is one row of *cells* tiny random cells: small zipped, huge unpacked."""
    ok = workbook(path.with_name("base.xlsx"), [["EE0048", "1", "T"]])
    digits = bytes.maketrans(bytes(range(256)), (bits * 256)[:256])
    with zipfile.ZipFile(ok) as src, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=6) as dst:
        for info in src.infolist():
            if info.filename != "xl/worksheets/sheet1.xml":
                dst.writestr(info, src.read(info.filename))
                continue
            with dst.open(info.filename, "w", force_zip64=True) as fh:
                fh.write(b'<?xml version="1.0"?><worksheet xmlns="http://schemas.openxmlformats.org/'
                         b'spreadsheetml/2006/main"><sheetData><row r="1">')
                per = 100_000
                for _ in range(cells // per):
                    rnd = os.urandom(per).translate(digits)
                    fh.write(b"".join(b"<c><v>" + rnd[i:i + 1] + b"</v></c>" for i in range(per)))
                fh.write(b"</row></sheetData></worksheet>")
    return path


def test_a_workbook_over_the_cell_limit_is_refused_before_opening(tmp_path: Path) -> None:
    path = one_wide_row(tmp_path / "wide.xlsx", MAX_SHEET_CELLS + 100_000)
    with pytest.raises(PlanImportError, match=rf"wide\.xlsx: the workbook has more than {MAX_SHEET_CELLS:,} cells"):
        read_plan(path)


@pytest.mark.slow
def test_one_row_of_twelve_million_cells_is_refused_fast_and_small(tmp_path: Path) -> None:
    """3.6 MB zipped, 189 MB unpacked (inside the size and ratio caps): openpyxl alone took 140 s and 5.9 GB.

    Timed (CPU seconds, which another busy process or xdist worker does not stretch) and measured
    (peak resident memory) in a fresh process."""
    path = one_wide_row(tmp_path / "wide.xlsx", 12_600_000)
    assert path.stat().st_size < 5 * 1024 * 1024
    with zipfile.ZipFile(path) as zf:
        assert zf.getinfo("xl/worksheets/sheet1.xml").file_size > 150 * 1024 * 1024
    code = ("import sys, time\nfrom pathlib import Path\nfrom ogp_desktop.interchange.plan_import import read_plan\n"
            "from ogp_desktop.interchange.plan_limits import PlanImportError\n"
            "started = time.process_time()\ntry:\n    read_plan(sys.argv[1])\nexcept PlanImportError as exc:\n"
            "    print(exc)\nprint(time.process_time() - started)\n"
            "status = Path('/proc/self/status')\n"
            "print(next((l.split()[1] for l in status.read_text().splitlines() if l.startswith('VmHWM')), 0) "
            "if status.exists() else 0)\n")
    done = subprocess.run([sys.executable, "-c", code, str(path)], capture_output=True, text=True, timeout=120,
                          cwd=Path(__file__).resolve().parents[2], check=False)
    message, elapsed, peak_kb = done.stdout.strip().splitlines()
    assert "the workbook has more than 500,000 cells" in message, done.stderr
    assert float(elapsed) < 3, elapsed
    assert int(peak_kb) < 200 * 1024, f"peak resident {peak_kb} KB"  # the interpreter and openpyxl's import included
