"""What counts as empty: the one definition of each of the two meanings.

* :func:`is_blank` - nothing is stored: ``None``, ``""`` or ``[]``. A field set to
  a blank value is removed from its row, merges drop it, editors show nothing.
* :func:`is_empty` - nothing the user wrote: blank, whitespace only, or lists and
  rows that hold only such. Validation asks this one (a required field holding
  three spaces is still missing).
"""

from __future__ import annotations

from typing import Any


def is_blank(value: Any) -> bool:
    """Nothing stored: None, "" or []."""
    return value is None or (type(value) is str and not value) or (type(value) is list and not value)


def is_empty(value: Any) -> bool:
    """Nothing the user typed: None, blank text, or lists/rows holding only such."""
    if value is None:
        return True
    if type(value) is str:
        return not value or value.isspace()
    if isinstance(value, list):
        return all(is_empty(v) for v in value)
    if isinstance(value, dict):
        return all(is_empty(v) for v in value.values())
    return False
