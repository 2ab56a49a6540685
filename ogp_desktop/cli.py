"""The command line: ``main.py [FILE] [--demo]`` starts the GUI, ``main.py COMMAND ...`` runs a tool.

Exit codes: 0 success, 1 the report has errors (validate, export --final),
2 the file cannot be read or the call is wrong, 3 merge conflicts, 4 an
unexpected error inside the app (a bug: one sentence on stderr, the details
in the log), 130 interrupted (Ctrl+C), 141 the output's reader went away
(``... | head``: the command stops quietly, as Unix tools stopped by SIGPIPE
do, and the shell shows the same 141). No input should ever reach 4: the
property tests in ``tests/core/test_no_tracebacks.py`` feed generated files
to every reader and fail when it does.
No module reached from here imports PySide6 except through the GUI launcher.
"""

from __future__ import annotations

import argparse
import importlib
import logging
import os
import sys
from types import ModuleType

from ogp_desktop import APP_NAME, __version__
from ogp_desktop.datadir import ENV_VAR

# Sub-commands, each a module in ogp_desktop/commands/ with NAME, HELP,
# add_arguments(parser) and run(args) -> int.
COMMAND_MODULES = (
    "validate",
    "export",
    "drafts",
    "import_plan",
    "contribution",
    "carry_forward",
)


def _commands(only: str | None = None) -> dict[str, ModuleType]:
    """The command modules (NAME -> module); with *only*, just that one.

    Importing one command instead of all keeps each run from loading the
    store, the renderers and openpyxl it does not need (start-up time).
    """
    names = [m for m in COMMAND_MODULES if only is None or m == only.replace("-", "_")]
    mods = (importlib.import_module(f"ogp_desktop.commands.{m}") for m in names)
    return {mod.NAME: mod for mod in mods}


def _is_command(word: str | None) -> bool:
    return word is not None and word.replace("-", "_") in COMMAND_MODULES


def _add_global_options(p: argparse.ArgumentParser) -> None:
    # SUPPRESS: a sub-parser's default must not overwrite a value given before the command
    p.add_argument("--data-dir", metavar="DIR", default=argparse.SUPPRESS,
                   help=f"the draft library folder (default: ${ENV_VAR} or the user data folder)")


def _global_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(add_help=False)
    _add_global_options(p)
    return p


def _nested_parsers(parser: argparse.ArgumentParser) -> list[argparse.ArgumentParser]:
    """The action parsers under a command (``drafts list``), so options work after them too."""
    return [choice for action in parser._actions if isinstance(action, argparse._SubParsersAction)  # noqa: SLF001
            for choice in action.choices.values()]


def build_parser(commands: dict[str, ModuleType] | None = None) -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="ogp-desktop", parents=[_global_parser()],
        description=f"{APP_NAME}: write OGP action-plan progress reports. Without a command, starts the app.",
    )
    parser.add_argument("--version", action="version", version=f"{APP_NAME} {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name, mod in (commands if commands is not None else _commands()).items():
        cmd = sub.add_parser(name, help=mod.HELP, description=mod.HELP, parents=[_global_parser()])
        mod.add_arguments(cmd)
        for action_parser in _nested_parsers(cmd):  # drafts list --data-dir DIR
            _add_global_options(action_parser)
    return parser


def build_gui_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="ogp-desktop", parents=[_global_parser()],
                                description=f"Start {APP_NAME}.")
    p.add_argument("file", nargs="?", help="a report file (*.ogpreport.json) to open")
    p.add_argument("--demo", action="store_true", help="open a filled sample report in a temporary library")
    p.add_argument("--version", action="version", version=f"{APP_NAME} {__version__}")
    return p


def _first_word(argv: list[str]) -> str | None:
    skip = False
    for arg in argv:
        if skip:
            skip = False
            continue
        if arg == "--data-dir":
            skip = True
            continue
        if not arg.startswith("-"):
            return arg
    return None


INTERNAL_ERROR = 4
INTERRUPTED = 130
PIPE_CLOSED = 141  # 128 + SIGPIPE: what a shell reports for a Unix tool a closed pipe stopped


def _pipe_closed() -> int:
    """The reader of our output went away (``| head -1``): stop without a word, like any Unix tool.

    Python's documented recipe: point stdout (and stderr, which may be the same pipe) at devnull,
    so the flush at interpreter exit cannot fail a second time with a traceback.
    """
    for stream in (sys.stdout, sys.stderr):
        try:
            devnull = os.open(os.devnull, os.O_WRONLY)
            os.dup2(devnull, stream.fileno())
            os.close(devnull)
        except (OSError, ValueError, AttributeError):  # no real descriptor (a test's capture): nothing to guard
            pass
    return PIPE_CLOSED


def _run_command(command: ModuleType, args: argparse.Namespace) -> int:
    """Run one command; whatever happens, the user gets one sentence and a documented exit code."""
    from ogp_desktop.errors import render
    from ogp_desktop.languages import DEFAULT_LANGUAGE

    lang = getattr(args, "lang", None) or DEFAULT_LANGUAGE
    try:
        code = int(command.run(args))
        sys.stdout.flush()  # a closed pipe shows here, not in the flush at exit
        return code
    except BrokenPipeError:
        return _pipe_closed()
    except KeyboardInterrupt:
        print(f"error: {render('cli.interrupted', lang, {})}", file=sys.stderr)
        return INTERRUPTED
    except Exception as exc:  # noqa: BLE001 - the last line of defence: a bug must not print a traceback
        logging.getLogger("ogp_desktop.cli").exception("command %s failed", args.command)
        detail = str(exc).splitlines()[0][:200] if str(exc) else ""
        cause = f"{type(exc).__name__}{': ' + detail if detail else ''}"
        print(f"error: {render('cli.bug', lang, {'cause': cause, 'app': APP_NAME})}", file=sys.stderr)
        return INTERNAL_ERROR


def main(argv: list[str] | None = None) -> int:
    try:
        return _main(argv)
    except BrokenPipeError:  # outside a command (argparse itself ignores a failed write of --help)
        return _pipe_closed()


def _main(argv: list[str] | None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    word = _first_word(argv)
    if _is_command(word) or (word is None and any(a in ("-h", "--help") for a in argv)):
        commands = _commands(word)
        try:
            args = build_parser(commands).parse_args(argv)
        except SystemExit as exc:  # argparse: 0 for --help, 2 for a wrong call
            return int(exc.code or 0)
        if args.command is None:
            build_parser(commands).print_help()
            return 2
        if not hasattr(args, "data_dir"):
            args.data_dir = None  # passed down to the command, never through the environment
        return _run_command(commands[args.command], args)
    return start_gui(argv)


def start_gui(argv: list[str]) -> int:
    """Start the app: ``[FILE] [--demo] [--data-dir DIR]`` (the ``ogp-desktop-gui`` entry point)."""
    try:
        args = build_gui_parser().parse_args(argv)
    except SystemExit as exc:
        return int(exc.code or 0)
    from ogp_desktop.app import run_gui  # the one composition root; imports Qt

    return int(run_gui(file=args.file, demo=args.demo, data_dir=getattr(args, "data_dir", None)))
