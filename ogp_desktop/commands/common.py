"""What the commands share: reading a report with its template, writing one, and the error line.

Every failure a user can cause ends as one ``error: ...`` line on stderr and
exit code 2, never a traceback, in the ``--lang`` language (:func:`add_lang`); so does
every other line a command prints (:func:`say`).
"""

from __future__ import annotations

import argparse
import sys

from ogp_desktop.atomic import NotRegularFileError
from ogp_desktop.errors import render, user_message
from ogp_desktop.languages import DEFAULT_LANGUAGE, LANGUAGES
from ogp_desktop.report import Report
from ogp_desktop.reportfile import read_report, write_report
from ogp_desktop.template import Template, load_template


def add_lang(parser: argparse.ArgumentParser, help: str = "the language of messages (default: en)") -> None:
    parser.add_argument("--lang", choices=LANGUAGES, default=None, help=help)


def lang_of(args: argparse.Namespace) -> str:
    return getattr(args, "lang", None) or DEFAULT_LANGUAGE


def say(lang: str, code: str, **params: object) -> str:
    """A line the command prints (``cli_messages``) in *lang*."""
    return render(code, lang, params)


def fail(message: object, lang: str = DEFAULT_LANGUAGE) -> int:
    """Print ``error: ...`` (an exception in *lang*, via ``user_message``) and return exit code 2."""
    text = user_message(message, lang) if isinstance(message, BaseException) else message
    print(f"error: {text}", file=sys.stderr)
    return 2


def read_with_template(path: str) -> tuple[Report, Template]:
    """Raises ReportFileError or TemplateError with a sentence for the user."""
    report = read_report(path)
    return report, load_template(report.template_id)


def cannot_write(exc: OSError, path: str, lang: str) -> str:
    """\"{path}: cannot write the file (reason).\" in *lang*."""
    reason = exc.reason if isinstance(exc, NotRegularFileError) else exc.strerror or str(exc)
    return render("file.cannot_write", lang, {"path": path, "reason": reason})


def write_or_fail(report: Report, path: str, lang: str = DEFAULT_LANGUAGE) -> int:
    """Write *report* atomically; 0, or 2 after saying why the disk refused."""
    try:
        write_report(report, path)
    except OSError as exc:
        return fail(cannot_write(exc, path, lang))
    return 0
