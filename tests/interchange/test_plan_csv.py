"""Action plans as CSV: the variations real files come in, and hostile ones."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from ogp_desktop.interchange.plan_import import PlanImport, parse_month, read_plan
from ogp_desktop.interchange.plan_limits import MAX_ROWS, PlanImportError

SAMPLE = Path(__file__).parent / "data" / "action-plan-ee-2016-2018.csv"  # copy of the shared sample
HEADER = ["ogp_id", "number", "title", "lead_agency", "start", "end", "problem",
          "milestone_number", "milestone_activity", "milestone_start", "milestone_end"]
ROWS = [
    ["EE0048", "1", "Open data", "Ministry of Justice", "2018-07", "2020-06", "Data is closed.",
     "1.1", "Publish the register", "2018-07", "2019-06"],
    ["EE0048", "1", "Open data", "Ministry of Justice", "2018-07", "2020-06", "",
     "1.2", "Train officials", "2019-07", "2020-06"],
    ["EE0049", "2", "Lobbying rules", "Riigikogu", "2018-07", "2020-06", "Contacts are hidden.",
     "2.1", "Draft the rules", "2018-07", "2020-06"],
]


def write(tmp_path: Path, text: str, name: str = "plan.csv", encoding: str = "utf-8") -> Path:
    path = tmp_path / name
    path.write_bytes(text.encode(encoding))
    return path


def table(sep: str, rows: list[list[str]] | None = None, header: list[str] | None = None) -> str:
    return "\r\n".join(sep.join(r) for r in [header or HEADER] + (rows if rows is not None else ROWS)) + "\r\n"


def assert_plan(plan: PlanImport) -> None:
    assert [c["ogp_id"] for c in plan.commitments] == ["EE0048", "EE0049"]
    first = plan.commitments[0]
    assert first["title"] == "Open data" and first["problem"] == "Data is closed."
    assert [m["number"] for m in first["milestones"]] == ["1.1", "1.2"]
    assert first["milestones"][1] == {"number": "1.2", "activity": "Train officials",
                                      "start": "2019-07", "end": "2020-06"}
    assert plan.problems == []


@pytest.mark.parametrize("sep", [",", ";", "\t"], ids=["comma", "semicolon", "tab"])
def test_separators(tmp_path: Path, sep: str) -> None:
    assert_plan(read_plan(write(tmp_path, table(sep))))


def test_utf8_with_bom(tmp_path: Path) -> None:
    path = tmp_path / "bom.csv"
    path.write_bytes(b"\xef\xbb\xbf" + table(";").encode("utf-8"))
    assert_plan(read_plan(path))


def test_cp1257_from_estonian_excel(tmp_path: Path) -> None:
    rows = [["EE0050", "3", "Õiguse üldpõhimõtted", "Šiauliai žürii", "2018-07", "2020-06", "Äri ja ühiskond",
             "3.1", "Õpe", "2018-07", "2019-06"]]
    path = write(tmp_path, table(";", rows), encoding="cp1257")
    plan = read_plan(path)
    assert plan.commitments[0]["title"] == "Õiguse üldpõhimõtted"
    assert plan.commitments[0]["lead_agency"] == "Šiauliai žürii"
    assert plan.commitments[0]["milestones"][0]["activity"] == "Õpe"


def test_cp1252_western(tmp_path: Path) -> None:
    rows = [["EE0050", "3", "Café “quotes” – dash", "Ministry", "2018-07", "2020-06", "", "3.1", "Go", "", ""]]
    plan = read_plan(write(tmp_path, table(",", rows), encoding="cp1252"))
    assert plan.commitments[0]["title"] == "Café “quotes” – dash"


def test_quoted_cells_with_line_breaks(tmp_path: Path) -> None:
    text = ",".join(HEADER) + "\n" + \
        'EE0048,1,"Open\ndata","Ministry, of Justice",2018-07,2020-06,"First paragraph.\r\n\r\nSecond.",' \
        '1.1,"Publish\nthe register",2018-07,2019-06\n'
    plan = read_plan(write(tmp_path, text))
    c = plan.commitments[0]
    assert c["title"] == "Open\ndata" and c["lead_agency"] == "Ministry, of Justice"
    assert c["problem"] == "First paragraph.\n\nSecond."
    assert c["milestones"][0]["activity"] == "Publish\nthe register"


@pytest.mark.parametrize("written", ["2018-07", "07.2018", "01.07.2018", "2018-07-01", "7.2018", "1.7.2018"])
def test_month_formats(tmp_path: Path, written: str) -> None:
    rows = [["EE0048", "1", "T", "M", written, "2020-06", "", "1.1", "A", written, "06.2020"]]
    plan = read_plan(write(tmp_path, table(",", rows)))
    c = plan.commitments[0]
    assert c["start"] == "2018-07" and c["milestones"][0] == {"number": "1.1", "activity": "A", "start": "2018-07",
                                                              "end": "2020-06"}
    assert plan.problems == []


def test_bad_month_is_kept_and_named(tmp_path: Path) -> None:
    rows = [["EE0048", "1", "T", "M", "summer 2018", "2020-13", "", "", "", "", ""]]
    plan = read_plan(write(tmp_path, table(",", rows)))
    assert plan.commitments[0]["start"] == "summer 2018"  # nothing lost; validation flags it in the form
    assert {(p.row, p.column) for p in plan.problems} == {(2, "start"), (2, "end")}
    assert "not a month" in plan.problems[0].message
    assert parse_month("2018-00") is None and parse_month("32.07.2018") is None


def test_headers_in_odd_case_and_spacing(tmp_path: Path) -> None:
    header = ["OGP ID", " Number ", "TITLE", "Lead-Agency", "Start", "END", "Problem",
              "Milestone Number", "milestone  ACTIVITY", "Milestone_Start", "milestone-end"]
    assert_plan(read_plan(write(tmp_path, table(",", header=header))))


def test_merged_cells_continue_the_commitment_and_unknown_columns_are_named(tmp_path: Path) -> None:
    header = HEADER + ["budget"]
    rows = [ROWS[0] + ["100"], ["", "", "", "", "", "", "", "1.2", "Train officials", "2019-07", "2020-06", ""]]
    plan = read_plan(write(tmp_path, table(",", rows, header)))
    assert [m["number"] for m in plan.commitments[0]["milestones"]] == ["1.1", "1.2"]
    assert [(p.row, p.column) for p in plan.problems] == [(1, "budget")]


def test_conflicting_commitment_cells_keep_the_first(tmp_path: Path) -> None:
    rows = [ROWS[0], ["EE0048", "1", "Other title"] + ROWS[1][3:]]
    plan = read_plan(write(tmp_path, table(",", rows)))
    assert plan.commitments[0]["title"] == "Open data"
    assert plan.problems[0].row == 3 and plan.problems[0].column == "title"
    assert "row 2" in plan.problems[0].message


def test_text_is_cleaned(tmp_path: Path) -> None:
    rows = [["EE0048", "1", "Tab\x0bbed\x07", "M", "", "", "", "", "", "", ""]]
    plan = read_plan(write(tmp_path, table(",", rows)))
    assert plan.commitments[0]["title"] == "Tab\nbed"


def test_the_real_sample_plan() -> None:
    plan = read_plan(SAMPLE)
    # The sample holds ten data rows: nine commitments, the first with two milestones.
    assert len(plan.commitments) == 9
    assert plan.milestone_count == 10
    assert plan.commitments[0]["ogp_id"] == "EE0039"
    assert [m["number"] for m in plan.commitments[0]["milestones"]] == ["1.1", "1.2"]
    assert plan.problems == []


def test_formula_cells_stay_text(tmp_path: Path) -> None:
    rows = [["EE0048", "1", '=HYPERLINK("http://evil.example","click")', "M", "", "", "", "", "", "", ""]]
    plan = read_plan(write(tmp_path, table(";", rows)))
    assert plan.commitments[0]["title"] == '=HYPERLINK("http://evil.example","click")'
    assert [(p.row, p.column) for p in plan.problems] == [(2, "title")]
    assert "formula" in plan.problems[0].message


def test_too_many_rows_refused(tmp_path: Path) -> None:
    rows = [["EE0048", "1", "T", "M", "", "", "", str(i), "A", "", ""] for i in range(MAX_ROWS + 5)]
    with pytest.raises(PlanImportError, match=r"plan\.csv: .*more than 5,000 rows"):
        read_plan(write(tmp_path, table(",", rows)))


def test_garbage_bytes_refused(tmp_path: Path) -> None:
    path = tmp_path / "garbage.csv"
    path.write_bytes(b"\x00\x01" + os.urandom(4096))
    with pytest.raises(PlanImportError, match=r"garbage\.csv: .*binary data"):
        read_plan(path)


@pytest.mark.parametrize("text, why", [
    ("", "empty"),
    ("just,some,words\n1,2,3\n", "not a plan header"),
])
def test_not_a_plan(tmp_path: Path, text: str, why: str) -> None:
    with pytest.raises(PlanImportError, match=why):
        read_plan(write(tmp_path, text))


def test_oversized_file_refused_before_reading(tmp_path: Path) -> None:
    path = tmp_path / "huge.csv"
    with open(path, "wb") as fh:
        fh.truncate(21 * 1024 * 1024)
    with pytest.raises(PlanImportError, match="larger than 20 MB"):
        read_plan(path)


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(PlanImportError, match="nope.csv: no such file"):
        read_plan(tmp_path / "nope.csv")


def test_oversized_cell_names_row_and_column(tmp_path: Path) -> None:
    rows = [ROWS[0], ["EE0049", "2", "x" * 200_000] + ROWS[2][3:]]
    with pytest.raises(PlanImportError, match="row 3"):
        read_plan(write(tmp_path, table(",", rows)))


def test_millions_of_blank_lines_refused_quickly(tmp_path: Path) -> None:
    path = tmp_path / "blank.csv"
    path.write_bytes(table(",").encode() + b"\n" * (19 * 1024 * 1024))
    with pytest.raises(PlanImportError, match="runs past line 100,000"):
        read_plan(path)


def test_only_the_first_hundred_columns_are_read(tmp_path: Path) -> None:
    rows = [ROWS[0] + ["x"] * 500_000]
    plan = read_plan(write(tmp_path, table(",", rows)))
    assert plan.commitments[0]["ogp_id"] == "EE0048"


def test_duplicate_milestone_numbers_are_named(tmp_path: Path) -> None:
    rows = [ROWS[0], ROWS[0][:7] + ["1.1", "Again", "", ""]]
    plan = read_plan(write(tmp_path, table(",", rows)))
    assert len(plan.commitments[0]["milestones"]) == 2  # both kept; the person decides
    assert [(p.row, p.column) for p in plan.problems] == [(3, "milestone_number")]
