"""No exception reaches the user as ``str(exc)``: the GUI and the CLI word it through ``user_message``.

``str(exc)`` (or ``{exc}`` in an f-string, or ``reason=exc`` in a ``.format``) is the English sentence, so
in the Estonian interface or under ``--lang et`` it would be English. This scan keeps new ones out of
the GUI, the commands and the launcher; the few left are listed with why they may stay.
"""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SCANNED = ("ogp_desktop/gui", "ogp_desktop/commands", "ogp_desktop/cli.py", "ogp_desktop/app.py")
NAMES = r"(?:exc|e|err|error|problem)"
PATTERN = re.compile(rf"str\({NAMES}\)|=\s*{NAMES}\s*\)")
IN_F_STRING = re.compile(rf"\bf[\"'].*\{{{NAMES}\}}")  # f"...{exc}..." (a plain "{e}" is a placeholder)
ALLOWED = {
    # the last line of defence: an unexpected error is a bug, reported in English with its type for the log
    ("ogp_desktop/cli.py", 'detail = str(exc).splitlines()[0][:200] if str(exc) else ""'),
    # a bug report's one-line summary and the export's details box: technical text for a bug report
    ("ogp_desktop/gui/shell/error_hook.py", 'summary = f"{exc_type.__name__}: {exc}"'),
    ("ogp_desktop/gui/export/export_worker.py", 'message, details = _message(exc), f"{type(exc).__name__}: {exc}"'),
    # an unexpected failure of a plan reader (a bug, never a file's fault): the sentence is translated,
    # the exception's own text is only the detail in brackets
    ("ogp_desktop/gui/collab/plan_import_dialog.py", ").format(name=Path(self.path).name, error=exc)"),
    # the system's reason (strerror) inside a translated sentence; str() only when the OS gave none
    ("ogp_desktop/commands/common.py",
     "reason = exc.reason if isinstance(exc, NotRegularFileError) else exc.strerror or str(exc)"),
    ("ogp_desktop/commands/drafts.py",
     'return fail(render("store.library_unusable", lang, {"folder": lib.folder, "reason": exc.strerror or str(exc)}))'),
}


def _python_files() -> list[Path]:
    files: list[Path] = []
    for entry in SCANNED:
        path = ROOT / entry
        files.extend(sorted(path.rglob("*.py")) if path.is_dir() else [path])
    return files


def test_no_exception_is_shown_as_its_english_text() -> None:
    found: list[str] = []
    used: set[tuple[str, str]] = set()
    for path in _python_files():
        name = path.relative_to(ROOT).as_posix()
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
            code = line.split("#", 1)[0].strip()
            code_only = re.sub(r"``.*?``", "", code)  # ``str(exc)`` in a docstring is prose
            if not (PATTERN.search(code_only) or IN_F_STRING.search(code_only)):
                continue
            if (name, code) in ALLOWED:
                used.add((name, code))
            else:
                found.append(f"{name}:{number}: {code}")
    assert found == [], ("show exceptions with prompts.message / prompts.error (GUI) or "
                         "errors.user_message(exc, lang) (CLI):\n" + "\n".join(found))
    assert used == ALLOWED, f"allowed lines no longer in the code (remove them): {ALLOWED - used}"
