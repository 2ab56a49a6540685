"""Filled reports of any size, generated from a template, for benchmarks and stress tests.

Every visible field gets a plausible value of its kind, so an export of the
result exercises every renderer path; sizes are set by the caller.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from typing import Any

from ogp_desktop.report import Report
from ogp_desktop.template import Field, Template

_WORDS = (
    "avatud valitsemine kaasamine läbipaistvus andmed kodanikuühiskond ministeerium õigusloome "
    "open government participation transparency accountability data civil society ministry "
    "šveits žürii Rīga Vilnius ąčęėįšųūž āčēģīķļņšūž äöüõ consultation roundtable portal"
).split()


def _sentence(rng: random.Random, words: int) -> str:
    text = " ".join(rng.choice(_WORDS) for _ in range(words))
    return text[0].upper() + text[1:] + "."


def _paragraph(rng: random.Random) -> str:
    return " ".join(_sentence(rng, rng.randint(8, 18)) for _ in range(rng.randint(3, 6)))


class _Filler:
    def __init__(self, rng: random.Random, report_type: str, rows: dict[str, int], paragraphs: int,
                 numbers: frozenset[str]) -> None:
        self.numbers = numbers  # ids of the number fields: they get "1", "2"... so keys stay unique
        self.rng = rng
        self.report_type = report_type
        self.rows = rows
        self.paragraphs = paragraphs

    def fields(self, fields: tuple[Field, ...], index: int) -> dict[str, Any]:
        return {f.id: self.value(f, index) for f in fields if f.visible_for(self.report_type)}

    def value(self, f: Field, i: int) -> Any:
        if f.kind == "group":
            return [self.fields(f.fields, n) for n in range(self.rows.get(f.id, 3))]
        if f.kind in ("text", "longtext", "list"):
            return self.text(f, i)
        return self.scalar(f, i)

    def text(self, f: Field, i: int) -> Any:
        rng = self.rng
        if f.kind == "list":
            return [_sentence(rng, 3)[:-1] for _ in range(3)]
        if f.kind == "text":
            return str(i + 1) if f.id in self.numbers else f"{f.label['en']} {i + 1}: {_sentence(rng, 4)[:-1]}"
        if f.parent is not None and f.parent.parent is not None:  # a cell of a nested table
            return _sentence(rng, rng.randint(8, 20))
        return "\n\n".join(_paragraph(rng) for _ in range(self.paragraphs))

    def scalar(self, f: Field, i: int) -> Any:
        rng = self.rng
        # Start/end pairs are ordered and inside the plan so that the report validates.
        day = "2019-06-20" if f.id.endswith("end") else "2019-03-01" if f.id.endswith("start") else (
            f"2019-{rng.randint(3, 6):02d}-{rng.randint(1, 28):02d}")
        values: dict[str, Callable[[], Any]] = {
            "date": lambda: day,
            "month": lambda: "2020-05" if f.id.endswith("end") else f"2018-{rng.randint(7, 12):02d}",
            "enum": lambda: f.values[(i + rng.randint(0, 3)) % len(f.values)].id,
            "multienum": lambda: [v.id for v in f.values[: 1 + i % len(f.values)]],
            "bool": lambda: bool(i % 2),
            "int": lambda: rng.randint(5, 120),
            "url": lambda: f"https://www.example.ee/ogp/{f.id}/{i + 1}?dokument=ülevaade",
            "email": lambda: f"ogp.{i + 1}@example.ee",
        }
        return values[f.kind]()


def generate_report(template: Template, *, commitments: int = 50, milestones: int = 6,
                    paragraphs: int = 3, report_type: str = "mid_term", seed: int = 1) -> Report:
    """A report with every field filled: *commitments* rows, *milestones* per commitment."""
    roles = template.roles
    filler = _Filler(random.Random(seed), report_type,
                     {roles.commitments: commitments, roles.milestones: milestones}, paragraphs,
                     frozenset({roles.commitment_number, roles.milestone_number}))
    values: dict[str, Any] = {}
    for section in template.sections:
        if section.visible_for(report_type):
            values.update(filler.fields(section.fields, 0))
    values.update({roles.report_type: report_type, roles.language: "en", roles.country: "Estonia",
                   roles.plan_title: "Estonia's Open Government Partnership Action Plan 2018-2020",
                   roles.period_start: "2018-07-01", roles.period_end: "2019-06-30",
                   roles.plan_start: "2018-07", roles.plan_end: "2020-06"})
    values = {k: v for k, v in values.items() if template.field((k,)) is not None}
    return Report(values, meta={"title": values.get(roles.plan_title, "")},
                  template_id=template.id, template_version=template.version)
