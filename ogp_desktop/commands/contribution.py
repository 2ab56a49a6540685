"""``contribution export|merge``: send commitments out, merge the answer back.

``export REPORT --commitments ID[,ID...] -o FILE [--for WHO] [--lang en|et]``
writes a contribution file, or a Word form in that language (default: the
report's) when FILE ends in ``.docx``, and notes in REPORT what was sent
(``meta.sent_contributions``: a merge is held to it; docs/report-file.md). ``merge REPORT CONTRIBUTION -o OUT
[--json] [--prefer ours|theirs] [--from-other-report] [--lang en|et]`` merges
it (a ``.docx`` is read as a filled Word form: its notes and comments are
printed too): exit 0 when merged, 3 when conflicts remain (then nothing is
written; they are listed, as JSON with ``--json``; ``--prefer`` settles values,
never a row one side removed), 2 when a file cannot be read or written or the
call is wrong.
"""

from __future__ import annotations

import argparse
import json
import sys

from ogp_desktop.commands.common import cannot_write, fail, say, write_or_fail
from ogp_desktop.errors import user_message
from ogp_desktop.interchange.contribution import (
    MergeResult,
    contribution_info,
    export_contribution,
    merge_contribution,
    note_sent,
)
from ogp_desktop.interchange.contribution_checks import OVERRIDABLE, ContributionError
from ogp_desktop.interchange.wordform_parts import FormError
from ogp_desktop.interchange.wordform_read import FormReading, is_form, read_contribution_form
from ogp_desktop.interchange.wordform_write import write_form
from ogp_desktop.languages import DEFAULT_LANGUAGE, LANGUAGES
from ogp_desktop.report import Report
from ogp_desktop.reportfile import ReportFileError, is_exported_document, read_report
from ogp_desktop.template import TemplateError, load_template

NAME = "contribution"
HELP = "export chosen commitments for a contributor, and merge their file back field by field"
CONFLICTS = 3


def add_arguments(parser: argparse.ArgumentParser) -> None:
    sub = parser.add_subparsers(dest="contribution_command", metavar="ACTION", required=True)
    p = sub.add_parser("export", help="write a contribution file (or a Word form: FILE.docx) holding some commitments")
    p.add_argument("report")
    p.add_argument("--commitments", required=True, metavar="ID[,ID...]", help="ogp_ids or numbers, comma-separated")
    p.add_argument("-o", "--output", required=True, metavar="FILE")
    p.add_argument("--lang", choices=LANGUAGES,
                   help="the language of messages and of a Word form (default: en; a form: the report's)")
    p.add_argument("--for", dest="for_whom", default="", metavar="WHO",
                   help='who it is for, e.g. "Ministry of Justice"')
    p = sub.add_parser("merge", help="merge a returned contribution file or filled Word form into the report")
    p.add_argument("report")
    p.add_argument("contribution")
    p.add_argument("-o", "--output", required=True, metavar="OUT")
    p.add_argument("--json", action="store_true", help="print conflicts as a JSON list")
    p.add_argument("--prefer", choices=("ours", "theirs"),
                   help="settle every conflicting value this way and write the result "
                        "(a row one side removed still needs a choice in the app)")
    p.add_argument("--lang", choices=LANGUAGES, help="the language of messages")
    p.add_argument("--from-other-report", action="store_true",
                   help="merge even though the contribution was exported from another report")


def _lang(args: argparse.Namespace) -> str:
    return args.lang or DEFAULT_LANGUAGE


def _export(args: argparse.Namespace) -> int:
    report = read_report(args.report)
    if is_form(args.output):
        if not args.output.lower().endswith(".docx"):
            return fail(say(_lang(args), "cli.form_not_docx", path=args.output))
        try:
            contribution = write_form(report, load_template(report.template_id), args.commitments.split(","),
                                      args.output, args.lang or report.language, args.for_whom)
        except OSError as exc:
            return fail(cannot_write(exc, args.output, _lang(args)))
        print(say(_lang(args), "cli.wrote_form", path=args.output))
        return _note_sent(args, report, contribution)
    contribution = export_contribution(report, args.commitments.split(","), args.for_whom)
    if write_or_fail(contribution, args.output, _lang(args)):
        return 2
    keys = ", ".join(contribution_info(contribution).scope or ())
    print(say(_lang(args), "cli.wrote_contribution", path=args.output, keys=keys))
    return _note_sent(args, report, contribution)


def _note_sent(args: argparse.Namespace, report: Report, contribution: Report) -> int:
    """Write the note of what was sent into the report file, so its merge is held to it."""
    lang = _lang(args)
    if is_exported_document(args.report):
        print(say(lang, "cli.sent_not_noted", path=args.report), file=sys.stderr)
        return 0
    note_sent(report, contribution)
    if write_or_fail(report, args.report, lang):
        return 2
    print(say(lang, "cli.sent_noted", path=args.report, id=contribution_info(contribution).contribution_id))
    return 0


def _print_form(reading: FormReading, lang: str) -> None:
    for note in reading.note_texts(lang):
        print(f"note: {note}")
    for c in reading.comments:
        author = c.author or say(lang, "cli.someone")
        print(say(lang, "cli.comment_on", author=author, label=c.label, path=c.path, text=c.text) if c.path
              else say(lang, "cli.comment_outside", author=author, text=c.text))


def _read_contribution(args: argparse.Namespace, report: Report) -> tuple[Report, FormReading | None]:
    """The contribution to merge: a report file, or a filled Word form read into one."""
    if not is_form(args.contribution):
        return read_report(args.contribution), None
    reading = read_contribution_form(args.contribution, report, load_template(report.template_id))
    return reading.contribution, reading


def _print_conflicts(args: argparse.Namespace, result: MergeResult) -> None:
    if args.json:
        print(json.dumps([c.to_dict() for c in result.conflicts], ensure_ascii=False, indent=2))
        return
    lang = _lang(args)
    rows = 0
    for c in result.conflicts:
        label = say(lang, "cli.conflict_translation", path=c.path, language=c.lang) if c.lang else c.path
        if c.whole_row:
            rows += 1
            side = say(lang, "cli.row_removed_by_them" if c.theirs is None else "cli.row_gone_from_ours")
            print(say(lang, "cli.conflict_row", label=label, side=side))
            continue
        print(say(lang, "cli.conflict", label=label, base=c.base, ours=c.ours, theirs=c.theirs))
    every_row = rows == len(result.conflicts)
    print(say(lang, "cli.conflicts_rows" if every_row else "cli.conflicts", count=len(result.conflicts)),
          file=sys.stderr)
    if rows:
        print(say(lang, "cli.conflict_rows_note", count=rows), file=sys.stderr)


def _print_merged(args: argparse.Namespace, result: MergeResult, reading: FormReading | None) -> None:
    if args.json:
        out: dict[str, object] = {"taken": result.taken, "removed": result.removed, "resolved": result.resolved,
                                  "refused": result.refused_sentences(_lang(args))}
        if reading is not None:
            out["form_notes"] = reading.note_texts(_lang(args))
            out["form_comments"] = [vars(c) for c in reading.comments]
        print(json.dumps(out, ensure_ascii=False, indent=2))
        return
    lang = _lang(args)
    for key in result.taken:
        if key not in result.resolved:
            print(say(lang, "cli.took", key=key))
    for path in result.removed:
        print(say(lang, "cli.removed", path=path))
    for key, side in result.resolved.items():
        print(say(lang, "cli.conflict_kept", key=key, side=side))
    print(say(lang, "cli.wrote", path=args.output))


def _merge(args: argparse.Namespace) -> int:
    report = read_report(args.report)
    contribution, reading = _read_contribution(args, report)
    result = merge_contribution(report, contribution, prefer=args.prefer,
                                allow_other_report=args.from_other_report)
    if result.unrecorded:
        print(say(_lang(args), "cli.warning", sentence=result.warnings(_lang(args))[0]), file=sys.stderr)
    for sentence in result.refused_sentences(_lang(args)):
        print(say(_lang(args), "cli.not_taken", sentence=sentence), file=sys.stderr)
    if reading is not None and not args.json:
        _print_form(reading, _lang(args))
    if result.conflicts:
        _print_conflicts(args, result)
        return CONFLICTS
    if write_or_fail(result.report, args.output, _lang(args)):
        return 2
    _print_merged(args, result, reading)
    return 0


def run(args: argparse.Namespace) -> int:
    try:
        return _export(args) if args.contribution_command == "export" else _merge(args)
    except ContributionError as exc:
        hint = " (--from-other-report)" if exc.code in OVERRIDABLE else ""
        print(f"error: {user_message(exc, _lang(args))}{hint}", file=sys.stderr)
        return 2
    except (ReportFileError, FormError, TemplateError) as exc:
        print(f"error: {user_message(exc, _lang(args))}", file=sys.stderr)
        return 2
