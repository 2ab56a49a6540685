"""Named roles: the one place code learns which template field plays which part.

The template file declares, under ``"roles"``, which field is the country,
which group holds the commitments, which field is a commitment's stable key,
and so on (``docs/template-format.md``). Code asks ``template.roles`` for a
role and never writes a field id itself, so a new template that renames or
moves a field needs a new template file, not edits across the code.

Roles that live inside a group are declared with their full dotted chain
(``"commitments.title"``); :class:`Roles` hands out the field id *within the
row* (``"title"``) because that is how rows are read.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

# role -> (where it lives: "" top level, or the role of the group it is inside; allowed kinds; one or many)
ROLE_SPECS: dict[str, tuple[str, frozenset[str], bool]] = {
    "country": ("", frozenset({"text"}), False),
    "plan_title": ("", frozenset({"text"}), False),
    "plan_start": ("", frozenset({"month", "date"}), False),
    "plan_end": ("", frozenset({"month", "date"}), False),
    "report_type": ("", frozenset({"enum"}), False),
    "period_start": ("", frozenset({"date", "month"}), False),
    "period_end": ("", frozenset({"date", "month"}), False),
    "language": ("", frozenset({"enum"}), False),
    "coordinator": ("", frozenset({"text"}), False),
    # the report's own date, first non-empty wins (submission, then approval)
    "report_date": ("", frozenset({"date"}), True),
    # values that describe one reporting period: emptied when a report is carried forward
    "per_period": ("", frozenset({"text", "longtext", "date", "month", "enum", "multienum", "bool", "int",
                                  "url", "email", "list", "group"}), True),
    "commitments": ("", frozenset({"group"}), False),
    "commitment_key": ("commitments", frozenset({"text"}), True),
    "commitment_number": ("commitments", frozenset({"text"}), False),
    "commitment_title": ("commitments", frozenset({"text"}), False),
    "commitment_lead": ("commitments", frozenset({"text"}), False),
    "commitment_start": ("commitments", frozenset({"month", "date"}), False),
    "commitment_end": ("commitments", frozenset({"month", "date"}), False),
    "completion": ("commitments", frozenset({"enum"}), False),
    "on_time": ("commitments", frozenset({"enum"}), False),
    "milestones": ("commitments", frozenset({"group"}), False),
    "milestone_number": ("milestones", frozenset({"text"}), False),
    "milestone_activity": ("milestones", frozenset({"text", "longtext"}), False),
    "milestone_status": ("milestones", frozenset({"enum"}), False),
}
# roles that name a section rather than a field
SECTION_ROLES = frozenset({"summary_section"})
REQUIRED_ROLES = frozenset({"commitments", "commitment_key", "commitment_number", "commitment_title",
                            "report_type", "language"})


@dataclass(frozen=True)
class Roles:
    """What the template says each part of a report is (ids within their row for group members).

    Every attribute is ``""`` (or ``()``) when the template does not declare that role.
    """

    chains: Mapping[str, tuple[tuple[str, ...], ...]]
    sections: Mapping[str, str]
    completion_levels: tuple[Any, ...] = ()

    def chain(self, role: str) -> tuple[str, ...]:
        """The full dotted field chain of a single-field role: ``("commitments", "title")``; ``()`` if absent."""
        found = self.chains.get(role, ())
        return found[0] if found else ()

    def id(self, role: str) -> str:
        """The field id of a single-field role within its row (or at the top): ``"title"``; ``""`` if absent."""
        chain = self.chain(role)
        return chain[-1] if chain else ""

    def ids(self, role: str) -> tuple[str, ...]:
        """The field ids of a many-field role, in declared order."""
        return tuple(c[-1] for c in self.chains.get(role, ()))

    def section(self, role: str) -> str:
        return self.sections.get(role, "")

    # One property a role, so callers read ``roles.commitment_title`` and mypy checks the name.
    @property
    def country(self) -> str:
        return self.id("country")

    @property
    def plan_title(self) -> str:
        return self.id("plan_title")

    @property
    def plan_start(self) -> str:
        return self.id("plan_start")

    @property
    def plan_end(self) -> str:
        return self.id("plan_end")

    @property
    def report_type(self) -> str:
        return self.id("report_type")

    @property
    def period_start(self) -> str:
        return self.id("period_start")

    @property
    def period_end(self) -> str:
        return self.id("period_end")

    @property
    def language(self) -> str:
        return self.id("language")

    @property
    def coordinator(self) -> str:
        return self.id("coordinator")

    @property
    def report_date(self) -> tuple[str, ...]:
        return self.ids("report_date")

    @property
    def per_period(self) -> tuple[str, ...]:
        return self.ids("per_period")

    @property
    def commitments(self) -> str:
        return self.id("commitments")

    @property
    def commitment_key(self) -> tuple[str, ...]:
        return self.ids("commitment_key")

    @property
    def commitment_number(self) -> str:
        return self.id("commitment_number")

    @property
    def commitment_title(self) -> str:
        return self.id("commitment_title")

    @property
    def commitment_lead(self) -> str:
        return self.id("commitment_lead")

    @property
    def commitment_start(self) -> str:
        return self.id("commitment_start")

    @property
    def commitment_end(self) -> str:
        return self.id("commitment_end")

    @property
    def completion(self) -> str:
        return self.id("completion")

    @property
    def on_time(self) -> str:
        return self.id("on_time")

    @property
    def milestones(self) -> str:
        return self.id("milestones")

    @property
    def milestone_number(self) -> str:
        return self.id("milestone_number")

    @property
    def milestone_activity(self) -> str:
        return self.id("milestone_activity")

    @property
    def milestone_status(self) -> str:
        return self.id("milestone_status")

    @property
    def summary_section(self) -> str:
        return self.section("summary_section")

    def commitment_key_of(self, row: Any) -> str:
        """A commitment's stable key: the first non-empty key field (``EE0048``, else ``"3"``); "" if none."""
        return first_filled(row, self.ids("commitment_key"))

    def row_keys(self) -> dict[str, tuple[str, ...]]:
        """The tables whose rows have a stable key: dotted field chain -> key fields, first non-empty wins.

        A merge matches these rows by key and nothing else; validation flags a key used twice.
        """
        keys: dict[str, tuple[str, ...]] = {}
        if self.commitments and self.commitment_key:
            keys[self.commitments] = self.commitment_key
        milestones = self.chain("milestones")
        if milestones and self.milestone_number:  # by number only: the activity is what people edit
            keys[".".join(milestones)] = (self.milestone_number,)
        return keys

    def milestone_key_of(self, row: Any) -> str:
        """A milestone's key within its commitment: its number, else its activity text."""
        return first_filled(row, (self.id("milestone_number"), self.id("milestone_activity")))

    def level_rank(self, level: Any) -> int:
        """The position of a completion level in the template's order (-1 when unknown)."""
        try:
            return self.completion_levels.index(level)
        except ValueError:
            return -1


def first_filled(row: Any, fields: tuple[str, ...]) -> str:
    """The first of *fields* that holds a non-empty text or number in *row*, stripped; "" if none."""
    if not isinstance(row, dict):
        return ""
    for field_id in fields:
        value = row.get(field_id) if field_id else None
        if isinstance(value, (str, int)) and not isinstance(value, bool) and str(value).strip():
            return str(value).strip()
    return ""
