"""Template migrations: how a report written for one template version reads under the next.

A template file of version N declares, under ``"migrations"``, the steps that bring a
report from each older version to the next one (``{"from": 1, "steps": [...]}`` is
1 -> 2). A step names fields by their dotted chain at the *old* version:

* ``{"rename": "commitments.problem", "to": "problem_addressed"}`` - a new id, same place;
* ``{"move": "contact_email", "to": "coordinator_email"}`` - to another field of the same
  row (or the top level), often in another section; the value and its translations follow;
* ``{"split": "contact", "into": ["contact_name", "contact_email"], "separator": "\\n"}`` -
  one text becomes several fields of the same row, cut at the first separators;
* ``{"values": "commitments.completion", "map": {"complete": "completed"}}`` - enum values
  renamed or merged into a new value (multienum lists are mapped item by item).

Applying them is :func:`apply_steps`; choosing which to apply, and refusing a report from a
newer version, is :mod:`ogp_desktop.template_versions`. Pure data: no template import.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any

from ogp_desktop import valuepath

_ID = re.compile(r"^[a-z][a-z0-9_]*$")


@dataclass(frozen=True)
class Step:
    """One change: ``op`` is rename, move, split or values; ``chain`` the field at the old version."""

    op: str
    chain: tuple[str, ...]
    to: tuple[str, ...] = ()                          # rename/move: the new chain
    into: tuple[str, ...] = ()                        # split: the new ids in the same row
    separator: str = "\n"
    mapping: dict[str, str] = field(default_factory=dict)  # values: old -> new


def _chain(text: Any, where: str, fail: Callable[[str, str], Exception]) -> tuple[str, ...]:
    parts = tuple(text.split(".")) if isinstance(text, str) else ()
    if not parts or not all(_ID.match(p) for p in parts):
        raise fail(where, "expected a dotted field chain such as 'commitments.title'")
    return parts


def _step(node: Any, where: str, fail: Callable[[str, str], Exception]) -> Step:
    if not isinstance(node, dict):
        raise fail(where, "expected an object")
    ops = [op for op in ("rename", "move", "split", "values") if op in node]
    if len(ops) != 1:
        raise fail(where, "expected exactly one of 'rename', 'move', 'split', 'values'")
    op = ops[0]
    chain = _chain(node[op], f"{where}.{op}", fail)
    if op == "rename":
        new_id = node.get("to")
        if not isinstance(new_id, str) or not _ID.match(new_id):
            raise fail(f"{where}.to", "expected the field's new id")
        return Step(op, chain, chain[:-1] + (new_id,))
    if op == "move":
        to = _chain(node.get("to"), f"{where}.to", fail)
        if to[:-1] != chain[:-1]:
            raise fail(f"{where}.to", "a field moves within its row (or the top level): the groups must match")
        return Step(op, chain, to)
    if op == "split":
        into = node.get("into")
        if not isinstance(into, list) or len(into) < 2 or not all(isinstance(i, str) and _ID.match(i) for i in into):
            raise fail(f"{where}.into", "expected a list of two or more field ids")
        sep = node.get("separator", "\n")
        if not isinstance(sep, str) or not sep:
            raise fail(f"{where}.separator", "expected a non-empty text")
        return Step(op, chain, into=tuple(into), separator=sep)
    mapping = node.get("map")
    if not isinstance(mapping, dict) or not all(isinstance(k, str) and isinstance(v, str) for k, v in mapping.items()):
        raise fail(f"{where}.map", "expected an object of old value -> new value")
    return Step(op, chain, mapping=dict(mapping))


def parse_migrations(node: Any, version: int, fail: Callable[[str, str], Exception]) -> dict[int, tuple[Step, ...]]:
    """The ``"migrations"`` list of a template of *version*, checked; errors name the JSON path."""
    if not isinstance(node, list):
        raise fail("$.migrations", "expected a list")
    out: dict[int, tuple[Step, ...]] = {}
    for i, entry in enumerate(node):
        where = f"$.migrations[{i}]"
        if not isinstance(entry, dict) or set(entry) != {"from", "steps"}:
            raise fail(where, "expected an object with 'from' and 'steps'")
        start = entry["from"]
        if not isinstance(start, int) or isinstance(start, bool) or not 1 <= start < version or start in out:
            raise fail(f"{where}.from", f"expected an earlier version (1 to {version - 1}), each once")
        if not isinstance(entry["steps"], list):
            raise fail(f"{where}.steps", "expected a list")
        out[start] = tuple(_step(s, f"{where}.steps[{j}]", fail) for j, s in enumerate(entry["steps"]))
    return out


# -- applying ---------------------------------------------------------------------------

def _objects(values: dict[str, Any], groups: tuple[str, ...]) -> Iterator[dict[str, Any]]:
    """Every object at the depth of *groups*: the values themselves, or each row of each group."""
    if not groups:
        yield values
        return
    rows = values.get(groups[0])
    for row in rows if isinstance(rows, list) else ():
        if isinstance(row, dict):
            yield from _objects(row, groups[1:])


def _renamed_key(key: str, old: tuple[str, ...], new: tuple[str, ...]) -> str:
    """A value path (``commitments[2].problem``) with the field chain *old* replaced by *new*."""
    try:
        path = valuepath.parse(key)
    except valuepath.PathError:
        return key
    names = [i for i, p in enumerate(path) if isinstance(p, str)]
    if len(names) < len(old) or tuple(path[i] for i in names[:len(old)]) != old:
        return key
    out = list(path)
    for i, new_id in zip(names[:len(old)], new, strict=True):
        out[i] = new_id
    return valuepath.format(tuple(out))


def _rename(values: dict[str, Any], translations: dict[str, Any], step: Step) -> None:
    for obj in _objects(values, step.chain[:-1]):
        if step.chain[-1] in obj:
            obj[step.to[-1]] = obj.pop(step.chain[-1])
    for lang, entries in list(translations.items()):
        if isinstance(entries, dict):
            translations[lang] = {_renamed_key(k, step.chain, step.to): v for k, v in entries.items()}


def _split(values: dict[str, Any], step: Step) -> None:
    for obj in _objects(values, step.chain[:-1]):
        value = obj.pop(step.chain[-1], None)
        if not isinstance(value, str):
            if value is not None:
                obj[step.into[0]] = value  # not text: kept whole in the first field
            continue
        for target, part in zip(step.into, value.split(step.separator, len(step.into) - 1), strict=False):
            if part.strip():
                obj[target] = part.strip()


def _map_values(values: dict[str, Any], step: Step) -> None:
    for obj in _objects(values, step.chain[:-1]):
        value = obj.get(step.chain[-1])
        if isinstance(value, str) and value in step.mapping:
            obj[step.chain[-1]] = step.mapping[value]
        elif isinstance(value, list):
            mapped = [step.mapping.get(v, v) if isinstance(v, str) else v for v in value]
            obj[step.chain[-1]] = list(dict.fromkeys(mapped))  # two old values may become one


def apply_steps(values: dict[str, Any], translations: dict[str, Any], steps: tuple[Step, ...]) -> None:
    """Apply *steps* in order to a report's values and translations (both changed in place)."""
    for step in steps:
        if step.op in ("rename", "move"):
            _rename(values, translations, step)
        elif step.op == "split":
            _split(values, step)
        else:
            _map_values(values, step)
