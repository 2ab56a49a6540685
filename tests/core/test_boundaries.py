"""The layer rules of docs/architecture: Qt only in the GUI and the composition root."""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[2] / "ogp_desktop"
QT_ALLOWED = {"gui", "app.py"}
# layer -> top-level modules it must never import
FORBIDDEN = {
    "core": ("PySide6", "tinydb", "docx", "reportlab"),
    "store": ("PySide6", "docx", "reportlab", "ogp_desktop.document", "ogp_desktop.gui"),
    "document": ("PySide6", "tinydb", "ogp_desktop.store", "ogp_desktop.gui"),
    "interchange": ("PySide6", "ogp_desktop.gui"),
    "commands": ("PySide6", "ogp_desktop.gui"),
}


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(a.name for a in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
    return names


def _layer(path: Path) -> str | None:
    rel = path.relative_to(PACKAGE).parts
    if rel[0] in QT_ALLOWED:
        return None
    if len(rel) > 1:
        return rel[0] if rel[0] in FORBIDDEN else "core"
    return "core" if rel[0] != "cli.py" else "commands"


def test_every_module_respects_its_layer() -> None:
    offences = []
    modules = sorted(PACKAGE.rglob("*.py"))
    assert len(modules) > 10
    for path in modules:
        layer = _layer(path)
        if layer is None:
            continue
        for name in _imports(path):
            for banned in FORBIDDEN[layer]:
                if name == banned or name.startswith(banned + "."):
                    offences.append(f"{path.relative_to(PACKAGE.parent)} ({layer}) imports {name}")
    assert offences == []


def test_core_imports_without_qt_on_the_path() -> None:
    """Import the whole non-GUI package in a subprocess where PySide6 cannot be found."""
    import subprocess
    import sys

    code = (
        "import sys, importlib, pkgutil\n"
        "class Block:\n"
        "    def find_spec(self, name, path=None, target=None):\n"
        "        if name.split('.')[0] == 'PySide6': raise ImportError('Qt blocked')\n"
        "sys.meta_path.insert(0, Block())\n"
        "import ogp_desktop\n"
        "for m in pkgutil.walk_packages(ogp_desktop.__path__, 'ogp_desktop.'):\n"
        "    if m.name.startswith(('ogp_desktop.gui', 'ogp_desktop.app')): continue\n"
        "    importlib.import_module(m.name)\n"
        "print('ok')\n"
    )
    out = subprocess.run([sys.executable, "-c", code], cwd=PACKAGE.parent, capture_output=True, text=True)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "ok"
