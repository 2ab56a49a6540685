"""``validate FILE [--json] [--lang en|et]``: print a report's problems."""

from __future__ import annotations

import argparse
import json

from ogp_desktop.commands.common import fail, read_with_template, say
from ogp_desktop.errors import user_message
from ogp_desktop.languages import LANGUAGES
from ogp_desktop.reportfile import ReportFileError
from ogp_desktop.template import TemplateError

NAME = "validate"
HELP = "check a report file against its template; exit 0 without errors, 1 with errors, 2 when unreadable"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("file", help="a report file (*.ogpreport.json)")
    parser.add_argument("--json", action="store_true", help="print the problems as a JSON list")
    parser.add_argument("--lang", choices=LANGUAGES, default=None,
                        help="language of the messages (default English) and of the version being checked: "
                             "when it is not the report's own language, missing and out-of-date translations "
                             "are warned about")


def run(args: argparse.Namespace) -> int:
    from ogp_desktop.translations import translation_problems
    from ogp_desktop.validation import counts, validate

    lang = args.lang or "en"
    try:
        report, template = read_with_template(args.file)
    except (ReportFileError, TemplateError) as exc:
        return fail(user_message(exc, lang))
    problems = validate(report, template, lang=lang)
    if args.lang:
        problems += translation_problems(report, template, args.lang, ui_lang=lang)
    errors, warnings = counts(problems)
    if args.json:
        print(json.dumps([p.to_dict() for p in problems], ensure_ascii=False, indent=2))
    else:
        for p in problems:
            print(f"{p.severity}: {p.path}: {p.message} [{p.code}]")
        print(say(lang, "cli.validate_summary", errors=errors, warnings=warnings))
    return 1 if errors else 0
