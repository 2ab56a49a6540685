"""``export FILE [--docx OUT] [--pdf OUT] [--lang en|et] [--final]``: write Word and/or PDF."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from ogp_desktop.commands.common import fail, read_with_template
from ogp_desktop.errors import render, user_message
from ogp_desktop.languages import DEFAULT_LANGUAGE, LANGUAGES
from ogp_desktop.reportfile import ReportFileError
from ogp_desktop.template import TemplateError

NAME = "export"
HELP = ("export a report file to Word (--docx) and/or PDF (--pdf); a report with errors is marked DRAFT, "
        "--final refuses it (exit 1); exit 2 when the file cannot be read or written")


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("file", help="a report file (*.ogpreport.json)")
    parser.add_argument("--docx", metavar="OUT", help="write a Word document here")
    parser.add_argument("--pdf", metavar="OUT", help="write a PDF here")
    parser.add_argument("--lang", choices=LANGUAGES, default=None,
                        help="language of the document (default: the report's language)")
    parser.add_argument("--final", action="store_true",
                        help="refuse to export (exit 1) when the report has errors instead of marking it DRAFT, "
                             "or when values have no translation into the export language")
    parser.add_argument("--allow-untranslated", action="store_true",
                        help="with --final: export even when some values stay in the report's language")
    parser.add_argument("--untagged", action="store_true",
                        help="a plain PDF: no structure tags, not PDF/A (still carries the report); "
                             "by default the PDF is tagged PDF/UA-1 and PDF/A-3a")


def run(args: argparse.Namespace) -> int:
    from ogp_desktop.document.export import ExportError, ReportHasErrors, UntranslatedValues, export_report

    ui = args.lang or DEFAULT_LANGUAGE  # messages in the export language asked for, else English

    def say(code: str, **params: object) -> str:
        return render(code, ui, params)

    if not args.docx and not args.pdf:
        print(f"error: {say('export.nothing_to_do')}", file=sys.stderr)
        return 2
    if args.docx and args.pdf and Path(args.docx).resolve() == Path(args.pdf).resolve():
        print(f"error: {say('export.same_path', path=args.pdf)}", file=sys.stderr)
        return 2
    try:
        report, template = read_with_template(args.file)
    except (ReportFileError, TemplateError) as exc:
        return fail(user_message(exc, ui))
    lang = args.lang or report.language
    try:
        result = export_report(report, template, lang=lang, docx_path=args.docx, pdf_path=args.pdf,
                               final=args.final, allow_untranslated=args.allow_untranslated,
                               tagged=not args.untagged)
    except ReportHasErrors as exc:
        print(f"error: {say('export.has_errors', count=len(exc.problems))}", file=sys.stderr)
        for p in exc.problems:
            print(f"{p.severity}: {p.path}: {p.message} [{p.code}]", file=sys.stderr)
        return 1
    except UntranslatedValues as exc:
        print(f"error: {say('export.untranslated_refused', count=len(exc.values), language=exc.language)}",
              file=sys.stderr)
        _list_untranslated(exc.values, ui)
        return 1
    except ExportError as exc:
        print(f"error: {user_message(exc, ui)}", file=sys.stderr)
        return 2
    for path in result.files:
        print(say("cli.wrote", path=path))
    if result.untranslated:
        print(f"note: {say('export.untranslated_note', count=len(result.untranslated))}", file=sys.stderr)
        _list_untranslated(result.untranslated, ui)
    if result.draft:
        print(f"note: {say('export.draft_note', count=len(result.errors))}")
    return 0


def _list_untranslated(values: list[tuple[str, str]], lang: str, limit: int = 50) -> None:
    """Where each untranslated value is: "untranslated: commitments[2].results (Commitments 3 › Results)"."""
    for path, where in values[:limit]:
        print(render("cli.untranslated", lang, {"path": path, "where": where}), file=sys.stderr)
    if len(values) > limit:
        print(render("cli.untranslated_more", lang, {"count": len(values) - limit}), file=sys.stderr)
