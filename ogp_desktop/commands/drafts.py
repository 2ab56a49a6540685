"""``drafts list|import|export|versions|snapshot|restore``: the draft library from the command line.

Exit codes: 0 done, 2 unknown id or version, unreadable file, or the library
is held by another writer (the message says which).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from dataclasses import asdict

from ogp_desktop import datadir
from ogp_desktop.commands.common import add_lang, fail, lang_of, say
from ogp_desktop.errors import render
from ogp_desktop.reportfile import ReportFileError
from ogp_desktop.store import Library, StoreError

NAME = "drafts"
HELP = "list, import, export and version the drafts in the library"
WAIT = 5.0  # seconds a command waits for another writer (the app, another command) to let go


def add_arguments(parser: argparse.ArgumentParser) -> None:
    sub = parser.add_subparsers(dest="drafts_command", metavar="ACTION", required=True)
    p = sub.add_parser("list", help="list the drafts")
    p.add_argument("--json", action="store_true", help="print a JSON list")
    p = sub.add_parser("import", help="add a report file as a new draft; prints its id last")
    p.add_argument("file")
    p = sub.add_parser("export", help="write a draft to a report file")
    p.add_argument("id")
    p.add_argument("-o", "--output", required=True, metavar="FILE")
    p = sub.add_parser("versions", help="list a draft's saved versions")
    p.add_argument("id")
    p.add_argument("--json", action="store_true", help="print a JSON list")
    p = sub.add_parser("snapshot", help="keep the draft's current state as a named version")
    p.add_argument("id")
    p.add_argument("--name", required=True)
    p = sub.add_parser("restore", help="make a saved version the draft's current state")
    p.add_argument("id")
    p.add_argument("version", type=int)
    for action_parser in sub.choices.values():  # drafts list --lang et
        add_lang(action_parser)


def _list(lib: Library, args: argparse.Namespace) -> int:
    drafts = lib.list()
    lang = lang_of(args)
    if args.json:
        print(json.dumps([asdict(d) for d in drafts], ensure_ascii=False, indent=2))
        return 0
    for d in drafts:
        share = f"{d.share:.0%}" if d.share is not None else "-"
        errors = str(d.errors) if d.errors is not None else "-"
        period = f"{d.period_start or '?'}..{d.period_end or '?'}"
        damaged = say(lang, "cli.draft_damaged", reason=d.damaged_text(lang)) if d.damaged else ""
        print(say(lang, "cli.draft_row", id=d.id, modified=d.modified, report_type=d.report_type or "-",
                  period=period, share=share, errors=errors, title=d.title) + damaged)
    print(say(lang, "cli.draft_count", count=len(drafts), folder=lib.folder))
    return 0


def _import(lib: Library, args: argparse.Namespace) -> int:
    draft_id = lib.import_file(args.file)
    print(say(lang_of(args), "cli.imported", path=args.file))
    print(draft_id)
    return 0


def _export(lib: Library, args: argparse.Namespace) -> int:
    lib.export(args.id, args.output)
    print(say(lang_of(args), "cli.wrote", path=args.output))
    return 0


def _versions(lib: Library, args: argparse.Namespace) -> int:
    versions = lib.versions(args.id)
    if args.json:
        print(json.dumps([asdict(v) for v in versions], ensure_ascii=False, indent=2))
        return 0
    for v in versions:
        print(f"{v.id:>4}  {v.created}  {v.kind:5}  {v.label}")
    if not versions:
        print(say(lang_of(args), "cli.no_versions"))
    return 0


def _snapshot(lib: Library, args: argparse.Namespace) -> int:
    version = lib.snapshot(args.id, args.name)
    print(say(lang_of(args), "cli.version_saved", version=version, name=args.name))
    return 0


def _restore(lib: Library, args: argparse.Namespace) -> int:
    lib.restore(args.id, args.version)
    print(say(lang_of(args), "cli.version_restored", version=args.version, id=args.id))
    return 0


ACTIONS: dict[str, tuple[Callable[[Library, argparse.Namespace], int], bool]] = {
    # action -> (function, whether it writes)
    "list": (_list, False), "import": (_import, True), "export": (_export, False),
    "versions": (_versions, False), "snapshot": (_snapshot, True), "restore": (_restore, True),
}


def run(args: argparse.Namespace) -> int:
    action, writes = ACTIONS[args.drafts_command]
    lang = lang_of(args)
    try:
        lib = Library(datadir.data_dir(args.data_dir), wait=WAIT if writes else 0.0)
    except (StoreError, OSError) as exc:
        return fail(exc, lang)
    try:
        if writes and lib.read_only_reason is not None:
            return fail(lib.read_only_reason, lang)
        code = action(lib, args)
        for notice in lib.take_notices():
            print(f"note: {notice.text(lang)}", file=sys.stderr)
        return code
    except (StoreError, ReportFileError) as exc:
        return fail(exc, lang)
    except BrokenPipeError:  # our reader went away (| head): not the folder's fault; cli.py ends quietly
        raise
    except OSError as exc:  # the library folder itself refused (permissions, a file where a folder belongs)
        return fail(render("store.library_unusable", lang, {"folder": lib.folder, "reason": exc.strerror or str(exc)}))
    finally:
        lib.close()
