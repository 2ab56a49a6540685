"""Fixtures for export tests: the shipped template and a report full of hostile text."""

from __future__ import annotations

import pytest
from export_checks import make_hostile_report

from ogp_desktop.report import Report
from ogp_desktop.template import Template, load_template


@pytest.fixture(scope="session")
def template() -> Template:
    return load_template()


@pytest.fixture()
def hostile_report(template: Template) -> Report:
    return make_hostile_report(template)
