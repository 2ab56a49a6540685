"""``carry-forward REPORT --type end_of_term -o NEW``: start the next report from the last one.

Exit codes: 0 written, 2 unreadable input, unknown type or unwritable output.
"""

from __future__ import annotations

import argparse

from ogp_desktop.commands.common import add_lang, fail, lang_of, say, write_or_fail
from ogp_desktop.interchange.carry_forward import (
    CarryForwardError,
    carry_forward,
)
from ogp_desktop.reportfile import ReportFileError, read_report
from ogp_desktop.template import TemplateError

NAME = "carry-forward"
HELP = "make a new report (e.g. end-of-term) from a previous one, leaving report-specific fields empty"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("report", help="the previous report file")
    parser.add_argument("--type", required=True, dest="new_type", metavar="TYPE",
                        help="the new report's type: mid_term, end_of_term or annual")
    parser.add_argument("-o", "--output", required=True, metavar="NEW")
    parser.add_argument("--title", help="the new report's title (default: the previous one's)")
    add_lang(parser)


def run(args: argparse.Namespace) -> int:
    try:
        new = carry_forward(read_report(args.report), args.new_type, title=args.title)
    except (ReportFileError, CarryForwardError, TemplateError) as exc:
        return fail(exc, lang_of(args))
    if write_or_fail(new, args.output, lang_of(args)):
        return 2
    print(say(lang_of(args), "cli.carried_forward", path=args.output, report_type=args.new_type,
              fields=", ".join(new.roles.per_period)))
    return 0
