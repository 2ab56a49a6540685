"""``import-plan PLAN.csv|PLAN.xlsx -o REPORT [--into EXISTING]``: an action plan into a report file.

Prints the row problems and what changed. Exit codes: 0 imported, 2 the plan
or the report cannot be read, or the output cannot be written.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from ogp_desktop.commands.common import add_lang, fail, lang_of, say, write_or_fail
from ogp_desktop.errors import render
from ogp_desktop.interchange.plan_import import read_plan
from ogp_desktop.interchange.plan_limits import PlanImportError
from ogp_desktop.interchange.usecases import import_plan
from ogp_desktop.reportfile import ReportFileError, read_report

NAME = "import-plan"
HELP = "import an action plan (.csv or .xlsx, one row per milestone) into a new or existing report file"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("plan", help="the action plan: .csv or .xlsx")
    parser.add_argument("-o", "--output", required=True, metavar="REPORT", help="the report file to write")
    parser.add_argument("--into", metavar="EXISTING", help="merge into this report file instead of starting a new one")
    add_lang(parser)


def run(args: argparse.Namespace) -> int:
    try:
        plan = read_plan(args.plan)
        report = read_report(args.into) if args.into else None
    except (PlanImportError, ReportFileError) as exc:
        return fail(exc, lang_of(args))
    lang = lang_of(args)
    for p in plan.problems:
        where = render("plan_row.where_cell" if p.column else "plan_row.where", lang,
                       {"row": p.row, "column": p.column})
        print(f"{where}: {p.text(lang)}")
    print(say(lang, "cli.plan_read", commitments=len(plan.commitments), milestones=plan.milestone_count,
              name=Path(args.plan).name))
    report, summary = import_plan(plan, report, Path(args.plan).stem)
    for line in summary.lines(lang) if summary is not None else [say(lang, "cli.plan_new_report",
                                                                     count=len(plan.commitments))]:
        print(line)
    if write_or_fail(report, args.output, lang):
        return 2
    print(say(lang, "cli.wrote", path=args.output))
    return 0
