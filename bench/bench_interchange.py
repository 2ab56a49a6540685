"""Action-plan import and contribution merge at the sizes the caps allow.

Targets: a 5,000-row plan (the cap) imports in under 2 s from CSV and under
5 s from .xlsx (read-only streaming); a zip bomb is refused in milliseconds
(from the zip directory alone); merging a 50-commitment contribution back,
with every field of every commitment edited on one side, stays under 200 ms
so the GUI can re-run it after each conflict choice.
"""

from __future__ import annotations

import statistics
import tempfile
import time
import zipfile
from collections.abc import Callable
from pathlib import Path

from openpyxl import Workbook

from ogp_desktop.interchange.contribution import export_contribution, merge_contribution
from ogp_desktop.interchange.plan_import import PlanImport, parse_rows, read_plan
from ogp_desktop.interchange.plan_limits import MAX_ROWS, PlanImportError
from ogp_desktop.interchange.plan_merge import report_from_plan

HEADER = ["ogp_id", "number", "title", "lead_agency", "start", "end", "problem",
          "milestone_number", "milestone_activity", "milestone_start", "milestone_end"]


def plan_rows(rows: int) -> list[list[str]]:
    per = 10  # milestones per commitment
    return [[f"EE{i // per:04d}", str(i // per + 1), f"Commitment {i // per} õäöü", "Ministry", "07.2018", "2020-06",
             "A problem\nover two lines.", f"{i // per + 1}.{i % per + 1}", f"Activity {i}", "2018-07-01", "06.2020"]
            for i in range(rows)]


def _best(fn: Callable[[], object], repeat: int) -> float:
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        fn()
        times.append(time.perf_counter() - started)
    return min(times) if repeat < 3 else statistics.median(times)


def run(quick: bool = False) -> list[tuple[str, str]]:
    repeat = 1 if quick else 3
    rows = plan_rows(MAX_ROWS)
    out: list[tuple[str, str]] = []
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        csv_path = folder / "plan.csv"
        csv_path.write_bytes("\n".join(";".join(f'"{c}"' for c in r) for r in [HEADER] + rows).encode("cp1257"))
        out.append((f"import {MAX_ROWS:,}-row CSV plan (cp1257, ;)",
                    f"{_best(lambda: read_plan(csv_path), repeat) * 1000:.0f} ms"))

        xlsx_path = folder / "plan.xlsx"
        wb = Workbook(write_only=True)
        ws = wb.create_sheet()
        ws.append(HEADER)
        for r in rows:
            ws.append(r)
        wb.save(xlsx_path)
        out.append((f"import {MAX_ROWS:,}-row .xlsx plan",
                    f"{_best(lambda: read_plan(xlsx_path), repeat) * 1000:.0f} ms"))

        bomb = folder / "bomb.xlsx"
        with zipfile.ZipFile(bomb, "w", compression=zipfile.ZIP_DEFLATED) as zf:
            zf.writestr("xl/worksheets/sheet1.xml", b"\0" * (50 * 1024 * 1024))

        def refuse() -> None:
            try:
                read_plan(bomb)
            except PlanImportError:
                return
            raise AssertionError("the bomb was not refused")
        out.append(("refuse a 50 MB-unpacked zip bomb", f"{_best(refuse, repeat) * 1000:.1f} ms"))

    report = report_from_plan(plan_from_rows(plan_rows(500)))
    ids = [c["ogp_id"] for c in report.values["commitments"]]
    contribution = export_contribution(report, ids, "bench")
    for i, c in enumerate(contribution.values["commitments"]):
        c["results"] = f"Result {i}"
        c["title"] = f"Theirs {i}"
        for m in c["milestones"]:
            m["status"] = "completed"
    merged = _best(lambda: merge_contribution(report, contribution), repeat)
    out.append((f"merge a {len(ids)}-commitment contribution (all fields edited)", f"{merged * 1000:.0f} ms"))
    return out


def plan_from_rows(rows: list[list[str]]) -> PlanImport:
    return parse_rows([(n, r) for n, r in enumerate([HEADER] + rows, start=1)])
