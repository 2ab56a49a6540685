"""The template is data: no module outside the one of role look-ups names a field id.

A scan of every tracked Python file (like ``git grep``, through ``ast`` so only real string
literals count) for the field ids of every shipped template. Words that are field ids *and*
something else (a kind, a check key, a meta key) are listed once with what else they mean;
deliberate exceptions are listed per file with the reason. A stale entry fails too.
"""

from __future__ import annotations

import ast
import subprocess
from pathlib import Path

from ogp_desktop.template import Field, load_template_file, shipped_template_files

ROOT = Path(__file__).resolve().parents[2]
SKIPPED = ("resources/", "tests/", "docs/", "ogp_desktop/roles.py")

# Words that are field ids but, wherever the code writes them, mean something else.
NOT_FIELD_IDS = {
    "date": "a field kind, and the date key of the meeting_frequency check",
    "url": "a field kind",
    "start": "a check key (date_order, within, min_days, meeting_frequency)",
    "end": "a check key (date_order, within, min_days, meeting_frequency)",
    "title": "a meta key (the draft's name in the library) and the key of interface texts",
    "contribution": "a meta key (the contribution record) and the name of a CLI command",
    "format": "the report file's format key",
    "name": "a template key (the template's name) and a saved version's name",
    "reason": "a saved version's reason",
    "summary": "the store's summary record and the navigator's overview page",
}

# (file, id) -> why that file writes the id although it is a field id.
EXCEPTIONS = {
    ("ogp_desktop/store/summary.py", "report_type"): "the library index's column names (values come via roles)",
    ("ogp_desktop/store/summary.py", "period_start"): "the library index's column names",
    ("ogp_desktop/store/summary.py", "period_end"): "the library index's column names",
    ("ogp_desktop/store/summary.py", "language"): "the library index's column names",
    ("ogp_desktop/store/library.py", "report_type"): "the library index's column names",
    ("ogp_desktop/store/library.py", "period_start"): "the library index's column names",
    ("ogp_desktop/store/library.py", "period_end"): "the library index's column names",
    ("ogp_desktop/interchange/contribution.py", "commitments"):
        "keys of the contribution record in meta (the file format), not the commitments field",
    ("ogp_desktop/interchange/carry_forward.py", "report_type"): "a key of the carried_from record in meta",
    ("ogp_desktop/template.py", "report_type"): "the report_type condition of the template format",
    ("ogp_desktop/template.py", "completion"): "the name of the completion role",
    ("ogp_desktop/validation.py", "number"): "the JSON type name of a value",
    ("ogp_desktop/validation_messages.py", "number"): "the JSON type name of a value",
}

# Whole files or folders outside the rule, with why.
FIXTURE_PATHS = {
    "bench/": "benchmarks build reports of the shipped template as fixtures, as tests/ do",
}

# Known work in progress elsewhere: the lead removes an entry once that branch is merged.
PENDING: dict[str, str] = {}


def field_ids() -> set[str]:
    def walk(fields: tuple[Field, ...]) -> set[str]:
        return {f.id for f in fields} | {i for f in fields for i in walk(f.fields)}

    out: set[str] = set()
    for path in shipped_template_files():
        for section in load_template_file(path).sections:
            out |= walk(section.fields)
    return out


def literals(path: Path, ids: set[str]) -> list[tuple[int, str]]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    return sorted((n.lineno, n.value) for n in ast.walk(tree)
                  if isinstance(n, ast.Constant) and isinstance(n.value, str) and n.value in ids)


def tracked_python() -> list[str]:
    out = subprocess.run(["git", "ls-files", "*.py"], cwd=ROOT, capture_output=True, text=True, check=True).stdout
    return [f for f in out.split() if (ROOT / f).is_file()]


def test_no_module_names_a_field_id() -> None:
    ids = field_ids() - set(NOT_FIELD_IDS)
    found: list[str] = []
    used: set[tuple[str, str]] = set()
    for name in tracked_python():
        if name.startswith(SKIPPED) or name.startswith(tuple(FIXTURE_PATHS)) or name in PENDING:
            continue
        for line, value in literals(ROOT / name, ids):
            if (name, value) in EXCEPTIONS:
                used.add((name, value))
            else:
                found.append(f"{name}:{line}: {value!r}")
    assert found == [], "ask template.roles instead of naming these field ids:\n" + "\n".join(found)
    assert set(EXCEPTIONS) == used, f"stale exceptions: {sorted(set(EXCEPTIONS) - used)}"


def test_the_lists_name_real_things() -> None:
    ids = field_ids()
    assert set(NOT_FIELD_IDS) <= ids, "a word listed as 'not a field id' is not a field id any more"
    for name in PENDING:
        assert literals(ROOT / name, ids - set(NOT_FIELD_IDS)), f"{name} names no field id: drop it from PENDING"
