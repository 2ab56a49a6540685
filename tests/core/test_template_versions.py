"""A report made with version 1 of a template opens under version 2 through the migration the v2 file declares.

``tests/data/template-v2/`` holds a real version 2 of the shipped template: it renames
``commitments.problem`` to ``problem_addressed`` and adds ``commitments.budget``.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from ogp_desktop.migrations import Step, apply_steps
from ogp_desktop.paths import resource_path
from ogp_desktop.reportfile import ReportFileError, read_report
from ogp_desktop.template import TemplateError, load_template, load_template_data
from ogp_desktop.template_versions import TemplateVersionError, upgrade
from ogp_desktop.translations import translate
from ogp_desktop.validation import validate


def cli(*args: object, cwd: Path) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, PYTHONIOENCODING="utf-8")
    return subprocess.run([sys.executable, str(ROOT / "main.py"), *map(str, args)], check=False,
                          capture_output=True, text=True, encoding="utf-8", env=env, cwd=cwd, timeout=120)


ROOT = Path(__file__).resolve().parents[2]
V2 = str(Path(__file__).resolve().parents[1] / "data" / "template-v2")
DEMO = resource_path("samples", "demo-ee-2016-2018.ogpreport.json")


def test_the_loader_picks_a_template_by_id_and_version() -> None:
    assert load_template("ogp-self-assessment").version == 1
    v2 = load_template("ogp-self-assessment", folder=V2)
    assert v2.version == 2 and load_template("ogp-self-assessment", 2, V2) is v2
    assert v2.field("commitments.problem_addressed") is not None and v2.field("commitments.problem") is None
    with pytest.raises(TemplateError, match="version 7 of the template 'ogp-self-assessment' is not installed"):
        load_template("ogp-self-assessment", 7)


def test_a_version_1_report_opens_under_version_2() -> None:
    report = read_report(DEMO)
    assert report.template_version == 1
    problem = report.values["commitments"][0]["problem"]
    translate(report, "commitments[0].problem", "et", "Probleem eesti keeles")
    v1_problems = {p.code for p in validate(report, load_template()) if "problem" in p.path}

    upgrade(report, V2)
    assert report.template_version == 2 and report.meta["migrated_from"] == 1
    row = report.values["commitments"][0]
    assert row["problem_addressed"] == problem and "problem" not in row
    assert report.translations["et"]["commitments[0].problem_addressed"]["text"] == "Probleem eesti keeles"
    v2 = load_template("ogp-self-assessment", 2, V2)
    problems = validate(report, v2)
    unknown = [p for p in validate(read_report(DEMO), v2) if p.path.endswith(".problem")]
    assert unknown and all(p.code == "invalid_value" for p in unknown)  # unmigrated, v2 would not know it
    assert not [p for p in problems if p.path.endswith(".problem")]
    assert {p.code for p in problems if "problem_addressed" in p.path} == v1_problems
    report.set("commitments[0].budget", "120 000 EUR, state budget")  # the new field is there to fill
    assert not [p for p in validate(report, v2) if "budget" in p.path]


def test_a_newer_version_than_installed_is_refused_in_one_sentence(tmp_path: Path) -> None:
    data = json.loads(Path(DEMO).read_text(encoding="utf-8"))
    data["template"]["version"] = 2
    newer = tmp_path / "newer.ogpreport.json"
    newer.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(ReportFileError, match="written with version 2 of the template 'ogp-self-assessment', but "
                                              "this app knows only up to version 1") as caught:
        read_report(newer)
    assert isinstance(caught.value, TemplateVersionError) and "versiooniga 2" in caught.value.text("et")
    done = cli("validate", newer, cwd=tmp_path)
    assert done.returncode == 2 and done.stderr.count("\n") == 1 and "install a newer version" in done.stderr


def test_a_missing_migration_is_refused(tmp_path: Path) -> None:
    data = json.loads(Path(V2, "ogp-self-assessment.json").read_text(encoding="utf-8"))
    data["migrations"] = []  # version 2 that forgot to say how version 1 reads
    (tmp_path / "ogp-self-assessment.json").write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(TemplateVersionError, match="does not say how to read a report of version 1"):
        upgrade(read_report(DEMO), str(tmp_path))


@pytest.mark.parametrize("node, where", [
    ({"from": 2, "steps": []}, "$.migrations[0].from"),
    ({"from": 1, "steps": [{"rename": "commitments.problem"}]}, "$.migrations[0].steps[0].to"),
    ({"from": 1, "steps": [{"move": "a.b", "to": "c"}]}, "$.migrations[0].steps[0].to"),
    ({"from": 1, "steps": [{"split": "a", "into": ["b"]}]}, "$.migrations[0].steps[0].into"),
    ({"from": 1, "steps": [{"values": "a", "map": {"x": 1}}]}, "$.migrations[0].steps[0].map"),
    ({"from": 1, "steps": [{"rename": "a", "move": "b"}]}, "$.migrations[0].steps[0]"),
])
def test_bad_migrations_name_the_json_path(node: dict, where: str) -> None:
    data = json.loads(Path(V2, "ogp-self-assessment.json").read_text(encoding="utf-8"))
    data["migrations"] = [node]
    with pytest.raises(TemplateError, match="v2.json: " + re.escape(where) + ": "):
        load_template_data(data, "v2.json")


def test_split_move_and_new_enum_values() -> None:
    values = {"contact": "Mari Maasikas\nmari@example.ee\nextra", "lead": "Riigikantselei",
              "commitments": [{"completion": "complete", "ogp_values": ["tech", "technology"]},
                              {"completion": "limited"}, "not a row"]}
    translations = {"et": {"lead": {"text": "Riigikantselei"}}}
    apply_steps(values, translations, (
        Step("split", ("contact",), into=("contact_name", "contact_email")),
        Step("move", ("lead",), to=("coordinator",)),
        Step("values", ("commitments", "completion"), mapping={"complete": "completed"}),
        Step("values", ("commitments", "ogp_values"), mapping={"tech": "technology"}),
    ))
    assert values["contact_name"] == "Mari Maasikas" and values["contact_email"] == "mari@example.ee\nextra"
    assert "contact" not in values and values["coordinator"] == "Riigikantselei" and "lead" not in values
    assert translations == {"et": {"coordinator": {"text": "Riigikantselei"}}}
    assert values["commitments"][0] == {"completion": "completed", "ogp_values": ["technology"]}
    assert values["commitments"][1] == {"completion": "limited"}
