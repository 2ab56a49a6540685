"""Estonian exports print a date the way an Estonian editor writes one standing alone (a table
cell, the cover, "Kuupäev: ..."): the month in the nominative, "29. september 2017", never the
genitive "29. septembri 2017" that belongs only before a noun. A date never breaks between its
parts, however narrow its cell, and still reads back with ordinary spaces."""

from __future__ import annotations

import re
import subprocess

import pytest
from export_checks import docx_text, pdf_text

from ogp_desktop.document.export import export_report
from ogp_desktop.document.fixed_texts import NO_BREAK, format_date, format_month
from ogp_desktop.paths import resource_path
from ogp_desktop.reportfile import read_report

NOMINATIVE = ("jaanuar", "veebruar", "märts", "aprill", "mai", "juuni", "juuli", "august", "september",
              "oktoober", "november", "detsember")
GENITIVE_DATE = re.compile(r"\d{1,2}\.\s+(jaanuari|veebruari|märtsi|aprilli|augusti|septembri|oktoobri|"
                           r"novembri|detsembri)\s+\d{4}")


@pytest.mark.parametrize("month", range(1, 13))
def test_a_date_names_its_month_in_the_nominative(month: int) -> None:
    assert format_date(f"2017-{month:02d}-28", "et") == f"28.{NO_BREAK}{NOMINATIVE[month - 1]}{NO_BREAK}2017"
    assert format_month(f"2017-{month:02d}", "et") == f"{NOMINATIVE[month - 1]}{NO_BREAK}2017"


def test_english_and_unparsable_dates_unchanged() -> None:
    assert format_date("2018-03-01", "en") == "1\u00a0March\u00a02018"
    assert format_month("2018-03", "en") == "March\u00a02018"
    assert format_date("2018-02-30", "et") == "2018-02-30"


@pytest.fixture(scope="module")
def estonian_sample(tmp_path_factory, template):
    """The shipped sample exported in Estonian, as the README's command line does."""
    out = tmp_path_factory.mktemp("et")
    sample = next(resource_path("samples").glob("*.ogpreport.json"))
    export_report(read_report(sample), template, lang="et", docx_path=out / "et.docx", pdf_path=out / "et.pdf")
    return out


@pytest.mark.parametrize("kind", ["pdf", "docx"])
def test_the_estonian_sample_prints_its_dates_in_the_nominative(estonian_sample, kind: str) -> None:
    text = pdf_text(estonian_sample / "et.pdf") if kind == "pdf" else docx_text(estonian_sample / "et.docx")
    flat = " ".join(text.split())
    assert GENITIVE_DATE.findall(flat) == []
    # the cover's period and date, a value in the report details, a milestone's month
    assert "Aruandlusperiood 1. juuli 2016 – 30. juuni 2017" in flat
    assert "Kuupäev 29. september 2017" in flat
    assert "21. september 2017" in flat and "detsember 2017" in flat


def table_dates(report, template) -> dict[str, list[str]]:
    """The date and month values of every table row (a milestone's months, evidence's dates), by table."""
    out: dict[str, list[str]] = {}

    def walk(fields, node, table: str) -> None:
        for f in fields:
            value = node.get(f.id) if isinstance(node, dict) else None
            if f.kind == "group" and isinstance(value, list):
                for row in value:
                    walk(f.fields, row, f.id)
            elif table and f.kind in ("date", "month") and isinstance(value, str) and value:
                out.setdefault(table, []).append(
                    format_date(value, "et") if f.kind == "date" else format_month(value, "et"))

    for section in template.sections:
        walk(section.fields, report.values, "")
    return out


# Six columns whose words alone fill the page: there a date breaks at its spaces (never inside a word).
CROWDED = "consultation_events"


def test_a_date_in_a_narrow_cell_stays_on_one_line(estonian_sample, template) -> None:
    """The sample's evidence table squeezes its "Vaadatud" column beside long web addresses;
    "1. september" and "2017" once landed on two lines. pdftotext -layout keeps a cell's lines
    apart, so a whole date on one line of it was printed unbroken; reportlab draws U+00A0 as a
    space, so the text reads back with ordinary spaces."""
    report = read_report(next(resource_path("samples").glob("*.ogpreport.json")))
    tables = table_dates(report, template)
    roomy = [d for table, dates in tables.items() if table != CROWDED for d in dates]
    assert len(roomy) > 20 and any("september" in d for d in roomy) and tables[CROWDED]
    layout = subprocess.run(["pdftotext", "-layout", "-enc", "UTF-8", str(estonian_sample / "et.pdf"), "-"],
                            check=True, capture_output=True, text=True).stdout
    assert NO_BREAK not in layout
    assert [d for d in roomy if d.replace(NO_BREAK, " ") not in layout] == []
    words = set(layout.split())
    assert [part for d in tables[CROWDED] for part in d.split(NO_BREAK) if part not in words] == []


def test_a_date_in_word_joins_its_parts_with_no_break_spaces(estonian_sample, template) -> None:
    """Word and LibreOffice never break at U+00A0 (DejaVu, embedded in the file, has its glyph);
    the columns are those of the PDF, so the crowded table's dates may break at their spaces."""
    report = read_report(next(resource_path("samples").glob("*.ogpreport.json")))
    text = docx_text(estonian_sample / "et.docx")
    tables = table_dates(report, template)
    assert [d for table, dates in tables.items() if table != CROWDED for d in dates if d not in text] == []
    assert [d for d in tables[CROWDED] if d.replace(NO_BREAK, " ") not in text] == []
