"""Estonian exports print a date the way an Estonian editor writes one standing alone (a table
cell, the cover, "Kuupäev: ..."): the month in the nominative, "29. september 2017", never the
genitive "29. septembri 2017" that belongs only before a noun."""

from __future__ import annotations

import re

import pytest
from export_checks import docx_text, pdf_text

from ogp_desktop.document.export import export_report
from ogp_desktop.document.fixed_texts import format_date, format_month
from ogp_desktop.paths import resource_path
from ogp_desktop.reportfile import read_report

NOMINATIVE = ("jaanuar", "veebruar", "märts", "aprill", "mai", "juuni", "juuli", "august", "september",
              "oktoober", "november", "detsember")
GENITIVE_DATE = re.compile(r"\d{1,2}\.\s+(jaanuari|veebruari|märtsi|aprilli|augusti|septembri|oktoobri|"
                           r"novembri|detsembri)\s+\d{4}")


@pytest.mark.parametrize("month", range(1, 13))
def test_a_date_names_its_month_in_the_nominative(month: int) -> None:
    assert format_date(f"2017-{month:02d}-28", "et") == f"28. {NOMINATIVE[month - 1]} 2017"
    assert format_month(f"2017-{month:02d}", "et") == f"{NOMINATIVE[month - 1]} 2017"


def test_english_and_unparsable_dates_unchanged() -> None:
    assert format_date("2018-03-01", "en") == "1 March 2018"
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
