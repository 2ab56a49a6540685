"""Every item of a contributed list is checked, the origin is named truly, a template version is a number.

Review 3, F13: ``["access_to_information", 7]`` was taken; a file without a report id was
said to come from "another report ('T'), not from 'T'"; a template version of -1 or true
validated with no error.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from ogp_desktop.interchange.contribution import merge_contribution
from ogp_desktop.interchange.contribution_checks import ContributionError
from ogp_desktop.reportfile import read_report, write_report
from tests.interchange.test_contribution_guards import SAMPLE, contribution_for, coordinator_report
from tests.interchange.test_interchange_commands import cli


@pytest.mark.parametrize("field, value, path, shown", [
    ("ogp_values", ["access_to_information", 7], "commitments[0].ogp_values[1]", "7"),
    ("ogp_values", ["access_to_information", "open_data"], "commitments[0].ogp_values[1]", '"open_data"'),
    ("completion", "almost_there", "commitments[0].completion", '"almost_there"'),
    ("completion", True, "commitments[0].completion", "true"),
])
def test_a_value_that_is_not_one_of_its_choices_is_refused(field: str, value: object, path: str, shown: str) -> None:
    report = coordinator_report()
    theirs = contribution_for(report, "EE0040")
    theirs.values["commitments"][0][field] = value
    with pytest.raises(ContributionError) as caught:
        merge_contribution(report, theirs)
    assert caught.value.code == "contribution.not_a_choice"
    assert str(caught.value).startswith(f"the contribution's {path} holds {shown}, which is not one of its choices (")


def test_a_legacy_choice_the_report_already_held_comes_back_unrefused() -> None:
    report = coordinator_report()
    report.set("commitments[1].completion", "almost_there")  # an old template's word, kept as stored
    theirs = contribution_for(report, "EE0040")
    theirs.set("commitments[0].results", "Done")
    result = merge_contribution(report, theirs)
    assert result.ok and result.taken == ["commitments[1].results"]


def test_cli_refuses_a_list_item_of_the_wrong_kind_and_names_a_missing_report_id(tmp_path: Path) -> None:
    report_path, contrib, out = tmp_path / "r.json", tmp_path / "c.ogpreport.json", tmp_path / "out.json"
    assert cli("import-plan", SAMPLE, "-o", report_path, cwd=tmp_path).returncode == 0
    assert cli("contribution", "export", report_path, "--commitments", "EE0039", "-o", contrib,
               cwd=tmp_path).returncode == 0
    theirs = read_report(contrib)
    theirs.set("commitments[0].ogp_values", ["access_to_information", 7])
    write_report(theirs, contrib)
    done = cli("contribution", "merge", report_path, contrib, "-o", out, cwd=tmp_path)
    assert done.returncode == 2 and not out.exists()
    assert done.stderr.startswith("error: the contribution's commitments[0].ogp_values[1] holds 7, which is not "
                                  "one of its choices (access_to_information, ")
    theirs.set("commitments[0].ogp_values", ["access_to_information"])
    del theirs.meta["contribution"]["report_id"]
    write_report(theirs, contrib)
    done = cli("contribution", "merge", report_path, contrib, "-o", out, cwd=tmp_path)
    assert done.returncode == 2 and not out.exists()
    title = read_report(report_path).title
    assert done.stderr == (f"error: this contribution carries no report id, so nothing shows it was made from "
                           f"{title!r}; nothing was merged. Merge it only if you are sure it belongs here. "
                           "(--from-other-report)\n")
    done = cli("contribution", "merge", report_path, contrib, "-o", out, "--from-other-report", cwd=tmp_path)
    assert done.returncode == 0, done.stderr


@pytest.mark.parametrize("version", ["-1", "0", "true", "false"])
def test_a_template_version_that_is_not_a_version_number_is_a_damaged_file(tmp_path: Path, version: str) -> None:
    path = tmp_path / "r.ogpreport.json"
    path.write_text('{"format": "ogp-progress-report", "format_version": 1, "template": {"id": '
                    f'"ogp-self-assessment", "version": {version}}}, "values": {{}}}}', encoding="utf-8")
    done = cli("validate", path, cwd=tmp_path)
    assert done.returncode == 2
    assert done.stderr.strip() == (f"error: {path.name}: the template version {version} is not a version number "
                                   "(1, 2, ...); the file is damaged.")
    done = cli("validate", path, "--lang", "et", cwd=tmp_path)
    assert f"malli versioon {version} pole versiooninumber" in done.stderr


def test_another_report_with_the_same_title_is_not_named_twice() -> None:
    report = coordinator_report()
    theirs = contribution_for(report, "EE0040")
    theirs.meta["contribution"]["report_id"] = "another report"
    with pytest.raises(ContributionError) as caught:
        merge_contribution(report, theirs)
    assert str(caught.value).startswith(f"this contribution was made from another report, not from {report.title!r};")
    theirs.meta["contribution"]["source_title"] = "Another title"
    with pytest.raises(ContributionError, match=r"made from another report \('Another title'\), not from"):
        merge_contribution(report, theirs)
