"""Dates in Word forms: the pickers' display formats, and reading a date back from what is shown.

Word writes a date control's text in its ``w:dateFormat`` (and the picked
moment in ``w:fullDate``); a person may also type over it. So the shown text
is read, in the control's own format (numbers or month names in English or
Estonian), else any ISO date in it. ``w:fullDate`` is not used: it still holds
the exported date when someone types words over it.
"""

from __future__ import annotations

import re
from datetime import date

# (kind, language) -> Word date format; numeric so that either language reads back without a dictionary
FORMATS = {("date", "en"): "yyyy-MM-dd", ("date", "et"): "dd.MM.yyyy",
           ("month", "en"): "yyyy-MM", ("month", "et"): "MM.yyyy"}
LOCALES = {"en": "en-GB", "et": "et-EE"}
MONTHS = {
    "en": ("january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
           "november", "december"),
    "et": ("jaanuar", "veebruar", "märts", "aprill", "mai", "juuni", "juuli", "august", "september", "oktoober",
           "november", "detsember"),
}
_TOKENS = re.compile(r"yyyy|yy|MMMM|MMM|MM|M|dd|d|'[^']*'|.", re.DOTALL)
_ISO = re.compile(r"(\d{4})-(\d{2})(?:-(\d{2}))?")


def display(value: str, fmt: str) -> str:
    """An ISO date (``2018-06-30``) or month (``2018-06``) shown in a numeric Word format."""
    m = _ISO.fullmatch(value.strip())
    if not m:
        return value
    year, month, day = m.group(1), m.group(2), m.group(3) or "01"
    out = fmt.replace("yyyy", year).replace("MM", month).replace("dd", day)
    return out


def full_date(value: str) -> str:
    """``w:fullDate`` for an ISO date or month (a month is its first day)."""
    m = _ISO.fullmatch(value.strip())
    if not m:
        return ""
    return f"{m.group(1)}-{m.group(2)}-{m.group(3) or '01'}T00:00:00Z"


def _pattern(fmt: str) -> re.Pattern[str]:
    parts = []
    for tok in _TOKENS.findall(fmt):
        if tok == "yyyy":
            parts.append(r"(?P<y>\d{4})")
        elif tok == "yy":
            parts.append(r"(?P<yy>\d{2})")
        elif tok in ("MMMM", "MMM"):
            parts.append(r"(?P<mn>[^\W\d_]+)\.?")
        elif tok in ("MM", "M"):
            parts.append(r"(?P<m>\d{1,2})")
        elif tok in ("dd", "d"):
            parts.append(r"(?P<d>\d{1,2})")
        elif tok.startswith("'"):
            parts.append(re.escape(tok.strip("'")))
        elif tok.isspace():
            parts.append(r"\s*")
        else:
            parts.append(r"\s*" + re.escape(tok) + r"\s*")
    return re.compile("".join(parts), re.IGNORECASE)


def _month_number(name: str) -> int | None:
    name = name.lower().rstrip(".")
    for names in MONTHS.values():
        for n, full in enumerate(names, 1):
            if len(name) >= 3 and full.startswith(name):
                return n
    return None


def _from_match(m: re.Match[str]) -> tuple[int, int, int] | None:
    groups = m.groupdict()
    year = int(groups["y"]) if groups.get("y") else (2000 + int(groups["yy"]) if groups.get("yy") else None)
    month = int(groups["m"]) if groups.get("m") else (_month_number(groups["mn"]) if groups.get("mn") else None)
    day = int(groups["d"]) if groups.get("d") else 1
    if year is None or month is None:
        return None
    return year, month, day


def parse(text: str, fmt: str, kind: str) -> str | None:
    """The ISO value (``YYYY-MM-DD``, or ``YYYY-MM`` for a month) the control shows; None if it shows no date.

    The caller treats an empty control as an empty value before asking.
    """
    text = " ".join(text.split())
    found: tuple[int, int, int] | None = None
    if fmt:
        m = _pattern(fmt).fullmatch(text)
        found = _from_match(m) if m else None
    if found is None:
        m = _ISO.search(text)
        if m:
            found = int(m.group(1)), int(m.group(2)), int(m.group(3) or 1)
    if found is None:
        return None
    year, month, day = found
    try:
        date(year, month, day)
    except ValueError:
        return None
    return f"{year:04d}-{month:02d}" if kind == "month" else f"{year:04d}-{month:02d}-{day:02d}"
