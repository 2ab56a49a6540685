"""The GUI's own modules import each other without a cycle, and features keep their place.

Every import counts: at the top, inside a function, or under TYPE_CHECKING (a
type-only import of the host is a back-pointer all the same). Imports are read
with ``ast``, so the test needs neither Qt nor a display.
"""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
GUI = ROOT / "ogp_desktop" / "gui"
FEATURES = ("shell", "library", "editor", "translation", "collab", "export", "widgets", "generated")


def module_name(path: Path) -> str:
    parts = list(path.relative_to(ROOT).with_suffix("").parts)
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def gui_modules() -> dict[str, Path]:
    return {module_name(p): p for p in GUI.rglob("*.py")}


def imported(path: Path, name: str, known: dict[str, Path]) -> set[str]:
    """The GUI modules *path* (module *name*) imports; ``from pkg import mod`` counts as the module."""
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    out: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), filename=str(path))):
        if isinstance(node, ast.Import):
            out.update(a.name for a in node.names if a.name in known)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = package.split(".")[: len(package.split(".")) - node.level + 1]
                base = ".".join([*anchor, base] if base else anchor)
            for alias in node.names:
                if f"{base}.{alias.name}" in known:
                    out.add(f"{base}.{alias.name}")
                elif base in known:
                    out.add(base)
    out.discard(name)
    return out


def import_graph() -> dict[str, set[str]]:
    known = gui_modules()
    return {name: imported(path, name, known) for name, path in known.items()}


def find_cycle(graph: dict[str, set[str]]) -> list[str]:
    """One import cycle as a list of modules (first == last), or [] when there is none."""
    state: dict[str, int] = {}  # 1 = on the current path, 2 = done
    path: list[str] = []

    def visit(node: str) -> list[str]:
        state[node] = 1
        path.append(node)
        for nxt in sorted(graph.get(node, ())):
            if state.get(nxt) == 1:
                return [*path[path.index(nxt):], nxt]
            if nxt not in state and (found := visit(nxt)):
                return found
        path.pop()
        state[node] = 2
        return []

    for node in sorted(graph):
        if node not in state and (found := visit(node)):
            return found
    return []


def test_the_cycle_finder_finds_a_cycle() -> None:
    assert find_cycle({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": set()}) == ["a", "b", "c", "a"]
    assert find_cycle({"a": {"b"}, "b": set()}) == []


def test_gui_modules_import_each_other_without_a_cycle() -> None:
    graph = import_graph()
    assert len(graph) > 40 and any(graph.values())  # the walk found the modules and their imports
    assert find_cycle(graph) == []


def test_the_gui_is_arranged_by_feature() -> None:
    """Only the package marker sits at the top of gui/; every module lives in a feature package."""
    loose = sorted(p.name for p in GUI.glob("*.py") if p.name != "__init__.py")
    assert loose == []
    assert sorted(p.name for p in GUI.iterdir() if p.is_dir() and p.name != "__pycache__") == sorted(FEATURES)


def test_shared_widgets_depend_on_no_feature() -> None:
    """widgets/ is what every feature may use, so it may use none of them."""
    graph = import_graph()
    leaks = {m: sorted(d for d in deps if not d.startswith(("ogp_desktop.gui.widgets", "ogp_desktop.gui.generated")))
             for m, deps in graph.items() if m.startswith("ogp_desktop.gui.widgets")}
    assert {m: d for m, d in leaks.items() if d} == {}
