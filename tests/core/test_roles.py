"""Roles: the template says which field plays which part; broken role declarations fail loudly."""

from __future__ import annotations

import copy
import json

import pytest

from ogp_desktop.roles import ROLE_SPECS, first_filled
from ogp_desktop.template import TemplateError, load_template, load_template_file, shipped_template_files


def _data() -> dict:
    return json.loads(shipped_template_files()[0].read_text(encoding="utf-8"))


def test_every_declared_role_names_a_field_of_its_kind_and_place():
    tpl = load_template()
    roles = tpl.roles
    for role, (inside, kinds, many) in ROLE_SPECS.items():
        chains = roles.chains.get(role, ())
        assert chains, f"the shipped template declares no {role!r}"
        for chain in chains:
            field = tpl.field(chain)
            assert field is not None and field.kind in kinds, role
            parent = roles.chain(inside) if inside else ()
            assert chain[:-1] == parent, role
        assert isinstance(getattr(roles, role), tuple if many else str)
    assert tpl.section(roles.summary_section) is not None


def test_commitment_and_milestone_keys():
    roles = load_template().roles
    assert roles.commitment_key_of({roles.commitment_key[0]: " EE0048 ", roles.commitment_number: "3"}) == "EE0048"
    assert roles.commitment_key_of({roles.commitment_key[0]: "", roles.commitment_number: "3"}) == "3"
    assert roles.commitment_key_of({roles.commitment_title: "no key"}) == ""
    assert roles.commitment_key_of("not a row") == ""
    assert roles.milestone_key_of({roles.milestone_activity: "Launch"}) == "Launch"
    assert first_filled({"a": True, "b": 7}, ("a", "b")) == "7"  # a bool is not a key


def test_completion_levels_follow_the_template_order():
    tpl = load_template()
    roles = tpl.roles
    completion = tpl.field((roles.commitments, roles.completion))
    assert roles.completion_levels == tuple(v.id for v in completion.values)
    assert roles.level_rank(roles.completion_levels[-1]) == len(roles.completion_levels) - 1
    assert roles.level_rank("unheard of") == -1


def test_translatable_and_statements():
    tpl = load_template()
    roles = tpl.roles
    assert not tpl.field((roles.commitments, roles.commitment_number)).translatable
    assert tpl.field((roles.commitments, roles.commitment_title)).translatable
    assert not tpl.field((roles.report_type,)).translatable  # choices print their template label
    questions = [f for f in tpl.fields() if f.statement]
    assert len(questions) >= 7
    for field in questions:
        for value in field.statement:
            for lang in ("en", "et"):
                sentence = field.statement_text(True if value == "true" else value, lang)
                assert sentence.endswith(".") and "?" not in sentence
    yes_no = next(f for f in questions if f.kind == "enum")
    assert yes_no.statement_text("no", "en") != yes_no.statement_text("yes", "en")
    flag = next(f for f in questions if f.kind == "bool")
    assert flag.statement_text(False, "en") == ""  # nothing to say: left out of the report


def _broken(tmp_path, mutate) -> str:
    data = copy.deepcopy(_data())
    mutate(data)
    path = tmp_path / "broken.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(TemplateError) as info:
        load_template_file(path)
    return str(info.value)


@pytest.mark.parametrize("mutate, why", [
    (lambda d: d["roles"].update(commitment_title="commitments.headline"), "unknown field 'commitments.headline'"),
    (lambda d: d["roles"].update(country="commitments"), "is a group field"),
    (lambda d: d["roles"].update(commitment_title="country"), "must be a field of commitments"),
    (lambda d: d["roles"].update(favourite="country"), "unknown role"),
    (lambda d: d["roles"].pop("commitments"), "commitments"),
    (lambda d: d["roles"].update(summary_section="nowhere"), "the id of a section"),
    (lambda d: d["sections"][0]["fields"][0].update(statement={"yes": {"en": "x", "et": "y"}}),
     "only enum and bool fields take a statement"),
    (lambda d: d["sections"][0]["fields"][0].update(translatable="no"), "expected true or false"),
])
def test_broken_roles_name_the_problem(tmp_path, mutate, why):
    message = _broken(tmp_path, mutate)
    assert message.startswith("broken.json: $") and why in message
