"""The named cross-field checks a template lists under ``checks``.

Each check gets its spec (the template's dict), a scope (the row it runs in:
``get(ref)`` returns value, path and field; ``label``/``value_text`` give
texts in the UI language) and ``emit``. Unparseable dates are skipped here:
the per-field checks already report them, and one problem per cause is
enough.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Callable
from datetime import date
from functools import lru_cache
from typing import Any

_DATE = re.compile(r"([0-9]{4})-([0-9]{2})-([0-9]{2})")
_MONTH = re.compile(r"([0-9]{4})-([0-9]{2})")


@lru_cache(maxsize=4096)
def _parse(text: str, kind: str) -> tuple[date, date] | None:
    try:
        if kind == "date":
            m = _DATE.fullmatch(text)
            if m:
                d = date(int(m[1]), int(m[2]), int(m[3]))
                return d, d
        elif kind == "month":
            m = _MONTH.fullmatch(text)
            if m:
                y, mo = int(m[1]), int(m[2])
                # A month is a span: as a start it means the 1st, as an end the last day.
                return date(y, mo, 1), date(y, mo, calendar.monthrange(y, mo)[1])
    except ValueError:
        return None
    return None


def date_range(value: Any, kind: str) -> tuple[date, date] | None:
    """(first day, last day) of a date or month value; None when empty or malformed."""
    if not isinstance(value, str):
        return None
    return _parse(value, kind)


Emit = Callable[..., None]


def date_order(spec: dict[str, Any], scope: Any, emit: Emit) -> None:
    start, _, start_field = scope.get(spec["start"])
    end, end_path, end_field = scope.get(spec["end"])
    s, e = date_range(start, start_field.kind), date_range(end, end_field.kind)
    if s and e and e[1] < s[0]:
        emit(end_path, end_field, spec["severity"], "date_order", "date_order",
             start=start, end=end, start_label=scope.label(start_field))


def within(spec: dict[str, Any], scope: Any, emit: Emit) -> None:
    start, _, start_field = scope.get(spec["start"])
    end, _, end_field = scope.get(spec["end"])
    s, e = date_range(start, start_field.kind), date_range(end, end_field.kind)
    if not s and not e:
        return
    for ref in spec["fields"]:
        value, path, field = scope.get(ref)
        v = date_range(value, field.kind)
        if v and ((s and v[0] < s[0]) or (e and v[1] > e[1])):
            emit(path, field, spec["severity"], "outside_period", "outside_period",
                 value=value, start=start if s else "…", end=end if e else "…",
                 start_label=scope.label(start_field), end_label=scope.label(end_field))


def min_days(spec: dict[str, Any], scope: Any, emit: Emit) -> None:
    start, _, start_field = scope.get(spec["start"])
    end, end_path, end_field = scope.get(spec["end"])
    s, e = date_range(start, start_field.kind), date_range(end, end_field.kind)
    if not s or not e:
        return
    days, minimum = (e[1] - s[0]).days, int(spec["days"])
    if 0 <= days < minimum:
        weeks = minimum // 7 if minimum % 7 == 0 else round(minimum / 7, 1)
        emit(end_path, end_field, spec["severity"], "comment_period_short", "comment_period_short",
             days=days, min=minimum, weeks=weeks, start_label=scope.label(start_field))


def meeting_frequency(spec: dict[str, Any], scope: Any, emit: Emit) -> None:
    rows, path, group = scope.get(spec["group"])
    start, _, start_field = scope.get(spec["start"])
    end, _, end_field = scope.get(spec["end"])
    s, e = date_range(start, start_field.kind), date_range(end, end_field.kind)
    if not s or not e or e[1] < s[0]:
        return
    per_year = spec.get("per_year", 2)
    expected = max(1, round(per_year * ((e[1] - s[0]).days + 1) / 365.25))
    date_field = group.child(spec["date"])
    count = 0
    for row in rows if isinstance(rows, list) else ():
        d = date_range(row.get(date_field.id), date_field.kind) if isinstance(row, dict) else None
        if d and s[0] <= d[0] <= e[1]:
            count += 1
    if count < expected:
        emit(path, group, spec["severity"], "too_few_meetings", "too_few_meetings",
             count=count, start=start, end=end, per_year=per_year, expected=expected)


def not_alone(spec: dict[str, Any], scope: Any, emit: Emit) -> None:
    value, path, field = scope.get(spec["field"])
    if isinstance(value, list) and value and all(v == spec["value"] for v in value):
        emit(path, field, spec["severity"], "values_tech_alone", "values_tech_alone",
             value=scope.value_text(field, spec["value"]))


def completion_consistency(spec: dict[str, Any], scope: Any, emit: Emit) -> None:
    """The first enum value means "not started", the last "completed" (template order)."""
    value, path, field = scope.get(spec["field"])
    rows, _, items = scope.get(spec["items"])
    if not field.values or not isinstance(rows, list):
        return
    item_field = items.child(spec["item_field"])
    first, last = field.values[0].id, field.values[-1].id
    statuses = [row.get(item_field.id) for row in rows if isinstance(row, dict)]
    if value == last:
        bad, key = sum(s != last for s in statuses), "completion_inconsistent.last"
    elif value == first:
        bad, key = sum(s not in (None, "", first) for s in statuses), "completion_inconsistent.first"
    else:
        return
    if bad:
        emit(path, field, spec["severity"], "completion_inconsistent", key,
             value=scope.value_text(field, value), count=bad, total=len(statuses),
             items_label=scope.label(items), item_label=scope.label(item_field))


CHECKS: dict[str, Callable[[dict[str, Any], Any, Emit], None]] = {
    "date_order": date_order,
    "within": within,
    "min_days": min_days,
    "meeting_frequency": meeting_frequency,
    "not_alone": not_alone,
    "completion_consistency": completion_consistency,
}
