"""The one source of "now": a clock is a function returning an aware UTC datetime.

Code that stamps something takes a ``clock`` argument defaulting to
:func:`system_clock`, so tests (and reproducible exports) can fix the moment
instead of depending on the day they run.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, timezone

Clock = Callable[[], datetime]


def system_clock() -> datetime:
    """The machine's current time, in UTC."""
    return datetime.now(timezone.utc)


def fixed_clock(moment: datetime) -> Clock:
    """A clock that always answers *moment* (naive datetimes are taken as UTC)."""
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=timezone.utc)

    def clock() -> datetime:
        return moment

    return clock


def local_date(clock: Clock = system_clock) -> date:
    """The user's calendar day at the clock's moment (in the machine's time zone): "today"."""
    return clock().astimezone().date()


def iso_stamp(clock: Clock = system_clock) -> str:
    """'2026-11-27T12:05:00Z': the stamp format of report files and the store."""
    return clock().astimezone(timezone.utc).replace(microsecond=0).isoformat().replace("+00:00", "Z")
