"""The README's set-up commands are the ones CI runs, and it links nowhere outside the repository."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
README = (ROOT / "README.md").read_text(encoding="utf-8")


def commands() -> list[str]:
    block = re.search(r"## Set-up\n.*?```sh\n(.*?)```", README, re.S)
    assert block, "the README has no Set-up code block"
    return [line for line in block.group(1).splitlines() if line and not line.startswith("#")]


def test_two_commands_in_a_virtual_environment() -> None:
    app, tests = commands()
    assert app == "sh scripts/setup.sh && .venv/bin/ogp-desktop --demo"
    assert tests.startswith("sh scripts/setup.sh --test && .venv/bin/python -m pytest")
    assert "pip install" not in README.split("## Set-up")[1].split("##")[0].replace("`pip install`", "")


def test_ci_runs_the_readme_test_command_literally_and_guards_exit_5() -> None:
    run = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert commands()[1] in run.splitlines()
    assert '"$rc" -eq 5' in run


def test_links_stay_inside_the_repository() -> None:
    targets = re.findall(r"\]\(([^)]+)\)", README) + re.findall(r"https?://\S+", README)
    assert targets, "the README shows no pictures or documents at all?"
    for target in targets:
        assert not re.match(r"[a-z]+:", target), f"{target} points outside the repository"
        assert (ROOT / target).exists(), f"{target} does not exist"
