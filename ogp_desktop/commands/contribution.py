"""``contribution export|merge``: send commitments out, merge the answer back.

``export REPORT --commitments ID[,ID...] -o FILE [--for WHO]`` writes a
contribution file. ``merge REPORT CONTRIBUTION -o OUT [--json] [--prefer
ours|theirs] [--from-other-report]`` merges it: exit 0 when merged, 3 when conflicts remain (then
nothing is written; they are listed, as JSON with ``--json``), 2 when a file
cannot be read or written or the call is wrong.
"""

from __future__ import annotations

import argparse
import json
import sys

from ogp_desktop.commands.common import write_or_fail
from ogp_desktop.errors import user_message
from ogp_desktop.interchange.contribution import (
    ContributionError,
    contribution_info,
    export_contribution,
    merge_contribution,
)
from ogp_desktop.languages import LANGUAGES
from ogp_desktop.reportfile import ReportFileError, read_report

NAME = "contribution"
HELP = "export chosen commitments for a contributor, and merge their file back field by field"
CONFLICTS = 3


def add_arguments(parser: argparse.ArgumentParser) -> None:
    sub = parser.add_subparsers(dest="contribution_command", metavar="ACTION", required=True)
    p = sub.add_parser("export", help="write a contribution file holding some commitments")
    p.add_argument("report")
    p.add_argument("--commitments", required=True, metavar="ID[,ID...]", help="ogp_ids or numbers, comma-separated")
    p.add_argument("-o", "--output", required=True, metavar="FILE")
    p.add_argument("--lang", choices=LANGUAGES, default="en", help="the language of messages")
    p.add_argument("--for", dest="for_whom", default="", metavar="WHO",
                   help='who it is for, e.g. "Ministry of Justice"')
    p = sub.add_parser("merge", help="merge a returned contribution file into the report")
    p.add_argument("report")
    p.add_argument("contribution")
    p.add_argument("-o", "--output", required=True, metavar="OUT")
    p.add_argument("--json", action="store_true", help="print conflicts as a JSON list")
    p.add_argument("--prefer", choices=("ours", "theirs"), help="settle every conflict this way and write the result")
    p.add_argument("--lang", choices=LANGUAGES, default="en", help="the language of messages")
    p.add_argument("--from-other-report", action="store_true",
                   help="merge even though the contribution was exported from another report")


def _export(args: argparse.Namespace) -> int:
    report = read_report(args.report)
    contribution = export_contribution(report, args.commitments.split(","), args.for_whom)
    if write_or_fail(contribution, args.output):
        return 2
    keys = ", ".join(contribution_info(contribution).scope or ())
    print(f"wrote {args.output} with commitment(s) {keys}")
    return 0


def _merge(args: argparse.Namespace) -> int:
    report = read_report(args.report)
    result = merge_contribution(report, read_report(args.contribution), prefer=args.prefer,
                                allow_other_report=args.from_other_report)
    for sentence in result.refused_sentences(args.lang):
        print(f"not taken: {sentence}", file=sys.stderr)
    if result.conflicts:
        if args.json:
            print(json.dumps([c.to_dict() for c in result.conflicts], ensure_ascii=False, indent=2))
        else:
            for c in result.conflicts:
                label = f"{c.path} ({c.lang} translation)" if c.lang else c.path
                print(f"conflict: {label}\n  base:   {c.base!r}\n  ours:   {c.ours!r}\n  theirs: {c.theirs!r}")
            print(f"{len(result.conflicts)} conflict(s); nothing was written. Settle them in the app, "
                  "or merge again with --prefer ours|theirs.", file=sys.stderr)
        return CONFLICTS
    if write_or_fail(result.report, args.output):
        return 2
    if args.json:
        print(json.dumps({"taken": result.taken, "removed": result.removed, "resolved": result.resolved,
                          "refused": result.refused_sentences(args.lang)}, ensure_ascii=False, indent=2))
    else:
        for key in result.taken:
            if key not in result.resolved:
                print(f"took {key}")
        for path in result.removed:
            print(f"removed {path}")
        for key, side in result.resolved.items():
            print(f"conflict at {key}: kept {side}")
        print(f"wrote {args.output}")
    return 0


def run(args: argparse.Namespace) -> int:
    try:
        return _export(args) if args.contribution_command == "export" else _merge(args)
    except ContributionError as exc:
        hint = " (--from-other-report)" if exc.code == "contribution.other_report" else ""
        print(f"error: {user_message(exc, args.lang)}{hint}", file=sys.stderr)
        return 2
    except ReportFileError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
