"""Following the interface language has one home: widgets/language_change.py's mixins.

A widget that writes its own ``changeEvent`` again repeats what the mixins do (and
can get it wrong); read with ``ast``, so the test needs neither Qt nor a display.
"""

from __future__ import annotations

import ast
from pathlib import Path

GUI = Path(__file__).resolve().parents[2] / "ogp_desktop" / "gui"
HOME = GUI / "widgets" / "language_change.py"


def test_only_the_mixins_override_change_event() -> None:
    owners = sorted(
        str(path.relative_to(GUI))
        for path in GUI.rglob("*.py")
        if path != HOME
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8")))
        if isinstance(node, ast.FunctionDef) and node.name == "changeEvent"
    )
    assert owners == [], "use Retranslates or FollowsLanguage from widgets/language_change.py"
