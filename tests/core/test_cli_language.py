"""Every line a command prints follows ``--lang``, not only its refusals.

The commands run as the user runs them (``main.py`` in a fresh interpreter); each prints the
sentence of its language and not the other language's. A static check keeps new ``print``
calls from bringing English words back: the words come from ``cli_messages`` (``say``).
"""

from __future__ import annotations

import ast
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SAMPLE = ROOT / "resources" / "samples" / "demo-ee-2016-2018.ogpreport.json"
DEMO = "{tmp}/demo.ogpreport.json"  # a copy: sending a contribution notes it in the report file
PLAN = ROOT / "tests" / "interchange" / "data" / "action-plan-ee-2016-2018.csv"


def main_py(*argv: str | Path) -> subprocess.CompletedProcess[str]:
    done = subprocess.run([sys.executable, str(ROOT / "main.py"), *map(str, argv)], cwd=ROOT,
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    return done


# (what to run, with {tmp} and {id} filled in; what English prints; what Estonian prints)
STEPS = [
    (["import-plan", PLAN, "-o", "{tmp}/plan.json"], "read ", "loetud failist"),
    (["import-plan", PLAN, "-o", "{tmp}/plan.json", "--into", "{tmp}/plan.json"], "nothing to change",
     "midagi pole muuta"),
    (["validate", DEMO], " error(s), ", "vigu: "),
    (["carry-forward", DEMO, "--type", "end_of_term", "-o", "{tmp}/next.json"], "left empty:", "tühjaks jäeti:"),
    (["contribution", "export", DEMO, "--commitments", "1", "-o", "{tmp}/part.json"], "with commitment(s) EE0039",
     "kohustused EE0039"),
    (["contribution", "merge", DEMO, "{tmp}/part.json", "-o", "{tmp}/merged.json"], "wrote ", "kirjutatud: "),
    (["drafts", "--data-dir", "{tmp}/lib", "import", DEMO], " as draft", ", mustandina"),
    (["drafts", "--data-dir", "{tmp}/lib", "versions", "{id}"], "no versions yet", "versioone veel pole"),
    (["drafts", "--data-dir", "{tmp}/lib", "snapshot", "{id}", "--name", "A"], "saved version 1",
     "salvestatud versioon 1"),
    (["drafts", "--data-dir", "{tmp}/lib", "restore", "{id}", "1"], "restored version 1", "taastatud mustandi"),
    (["drafts", "--data-dir", "{tmp}/lib", "list"], " filled ", " täidetud "),
    (["drafts", "--data-dir", "{tmp}/lib", "list"], "1 draft(s) in", "mustandeid: 1"),
    (["drafts", "--data-dir", "{tmp}/lib", "export", "{id}", "-o", "{tmp}/back.json"], "wrote ", "kirjutatud: "),
    (["export", DEMO, "--docx", "{tmp}/out.docx"], "wrote ", "kirjutatud: "),
]


@pytest.mark.parametrize("lang", ["en", "et"])
def test_every_command_prints_in_the_lang_asked_for(tmp_path: Path, lang: str) -> None:
    draft_id = ""
    shutil.copyfile(SAMPLE, tmp_path / "demo.ogpreport.json")
    for argv, english, estonian in STEPS:
        args = [str(a).format(tmp=tmp_path, id=draft_id) for a in argv]
        done = main_py(*args, "--lang", lang)
        printed = done.stdout + done.stderr
        if args[0] == "drafts" and args[3] == "import":
            draft_id = done.stdout.split()[-1]  # the id comes last, alone, for scripts
        wanted, unwanted = (english, estonian) if lang == "en" else (estonian, english)
        assert wanted in printed and unwanted not in printed, (args, printed)


def _literal(expr: ast.expr) -> str:
    """The text *expr* itself spells out (not what the calls inside it return)."""
    if isinstance(expr, ast.Constant) and isinstance(expr.value, str):
        return expr.value
    if isinstance(expr, ast.JoinedStr):
        return "".join(_literal(part) for part in expr.values)
    if isinstance(expr, ast.BinOp):
        return _literal(expr.left) + _literal(expr.right)
    if isinstance(expr, ast.IfExp):
        return _literal(expr.body) + _literal(expr.orelse)
    return ""


def test_no_print_in_a_command_carries_english_words() -> None:
    """A printed literal holds only markers ("error: ", "note: ") and punctuation around values."""
    files = [ROOT / "ogp_desktop" / "cli.py", *sorted((ROOT / "ogp_desktop" / "commands").glob("*.py"))]
    found = []
    for path in files:
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "print":
                literal = "".join(_literal(arg) for arg in node.args)
                if re.search(r"[A-Za-z]{2,}", re.sub(r"\b(error|note): ", "", literal)):
                    found.append(f"{path.relative_to(ROOT)}:{node.lineno}: {literal!r}")
    assert found == []
