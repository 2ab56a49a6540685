"""What refuses a contribution's merge: the refusal itself and the checks of the three versions.

A merge reads three versions of the commitments - the report's, the contribution's
and the record of what was sent - and takes nothing unless each of them holds rows
that are objects, a key of its own for every commitment (and for every row of a
keyed table inside one), values that fit their fields' kinds and choices that are
their fields'; and unless the file was made from this report. Each refusal is a
:class:`ContributionError` naming the version and the row, in both languages.
:mod:`ogp_desktop.interchange.contribution` runs these checks in order before merging.
"""

from __future__ import annotations

import json
from typing import Any

from ogp_desktop.emptiness import is_blank
from ogp_desktop.errors import Term, UserError
from ogp_desktop.interchange.merge import RowKeyError
from ogp_desktop.interchange.merge import check_keys as check_row_keys
from ogp_desktop.report import Report
from ogp_desktop.roles import Roles
from ogp_desktop.template import Field
from ogp_desktop.validation import fits_kind, kind_name, shape_name


class ContributionError(UserError):
    """The contribution cannot be made or merged: a code (``contribution.*``) and its parameters.

    ``str()`` is the English sentence; the app asks where the CLI refuses on the codes in
    :data:`OVERRIDABLE` (made from another report, or carrying no report id).
    """


# refusals the user may override (``allow_other_report``): the file's origin cannot be confirmed
OVERRIDABLE = ("contribution.other_report", "contribution.no_report_id")


# The three versions a merge reads, as named in sentences: (subject, possessor) in each language.
_VERSIONS = {
    "report": (Term("the report", "aruanne"), Term("the report", "aruande")),
    "contribution": (Term("the contribution", "panus"), Term("the contribution", "panuse")),
    "record": (Term("the contribution's record of what was sent", "panuse kirje väljasaadetust"),
               Term("the contribution's record of what was sent", "panuse kirje väljasaadetust")),
}
# merge.py's sides and the versions they are
_VERSION_OF = {"base": "record", "ours": "report", "theirs": "contribution"}
_SIDE_OF = {version: side for side, version in _VERSION_OF.items()}


def check_source(report: Report, contribution: Report, report_id: str, source_title: str) -> None:
    """Refuse a contribution made from another report (or another template).

    *report_id* and *source_title* are those its record names (``""`` when it names none).
    """
    if contribution.template_id != report.template_id:
        raise ContributionError("contribution.other_template", theirs=contribution.template_id,
                                ours=report.template_id)
    if not report_id:
        raise ContributionError("contribution.no_report_id", title=report.title or Term("this report", "see aruanne"))
    if report_id != report.report_id:
        # a title is no identity: two reports may share one, and "('T'), not from 'T'" says nothing
        made_from = f" ({source_title!r})" if source_title and source_title != report.title else ""
        raise ContributionError("contribution.other_report", made_from=made_from,
                                title=report.title or Term("this report", "see aruanne"))


def check_rows(version: str, rows: Any) -> None:
    """Rows must be objects: otherwise the list would merge as one value and wipe commitments."""
    bad = next((i for i, r in enumerate(rows) if not isinstance(r, dict)), None) if isinstance(rows, list) else 0
    if bad is not None:
        raise ContributionError("contribution.damaged_row", version=_VERSIONS[version][0], row=bad + 1)


def check_keys(version: str, rows: list[Any], roles: Roles) -> None:
    """Every commitment needs a key of its own, or a contribution could land on the wrong one."""
    seen: dict[str, int] = {}
    for i, row in enumerate(rows):
        key = roles.commitment_key_of(row)
        if not key:
            title = str(row.get(roles.commitment_title) or "") if isinstance(row, dict) else ""
            fields = Term(" nor ".join(roles.commitment_key), ", ".join(roles.commitment_key))
            raise ContributionError("contribution.keys_missing", row=i + 1, title=f" ({title!r})" if title else "",
                                    version=_VERSIONS[version][1], fields=fields)
        if key in seen:
            raise ContributionError("contribution.keys_shared", first=seen[key] + 1, second=i + 1, key=key,
                                    version=_VERSIONS[version][1])
        seen[key] = i


def check_kinds(group: Field, rows: list[Any], path: str, known: set[tuple[Any, ...]] | None = None) -> None:
    """Every value of every row must fit the kind its field has in the template.

    With *known* (the choices the record already holds) each choice must also be one
    of its field's, or one the report held when the file was sent (a legacy value).
    """
    for i, row in enumerate(rows):
        if not isinstance(row, dict):
            raise ContributionError("contribution.not_a_row", path=f"{path}[{i}]", got=shape_name(row))
        for key, value in row.items():
            at = f"{path}[{i}].{key}"
            child = group.child(key)
            if child is None:
                raise ContributionError("contribution.unknown_field", path=at)
            if not fits_kind(child.kind, value):
                raise ContributionError("contribution.wrong_kind", path=at, got=shape_name(value),
                                        expected=kind_name(child.kind))
            if known is not None:
                _check_choices(child, value, at, known)
            if child.kind == "group" and isinstance(value, list):
                check_kinds(child, value, at, known)


def nested_keys(keys: dict[str, tuple[str, ...]], group: str) -> dict[str, tuple[str, ...]]:
    """The keyed tables inside a commitment: field id -> its key fields."""
    return {chain[len(group) + 1:]: fields for chain, fields in keys.items() if chain.startswith(group + ".")}


def check_nested_keys(version: str, rows: list[Any], scope: set[str], report: Report,
                      nested: dict[str, tuple[str, ...]]) -> None:
    """Every row of a keyed table (milestones) in a commitment being merged needs a key of its own."""
    roles = report.roles
    group = roles.commitments
    for i, row in enumerate(rows):
        key = roles.commitment_key_of(row)
        if key not in scope:
            continue
        for table, fields in nested.items():
            inner = row.get(table)
            if isinstance(inner, list):
                try:
                    check_row_keys(inner, fields, (group, i, table), _SIDE_OF[version])
                except RowKeyError as exc:
                    raise row_key_error(exc, report, key) from None


def row_key_error(exc: RowKeyError, report: Report, commitment: str = "") -> ContributionError:
    """The sentence naming a nested row (a milestone) that has no key of its own, or shares one."""
    template = report.template
    table = template.field(tuple(p for p in exc.path if isinstance(p, str)))
    if not commitment:  # the path is in the report's coordinates
        index = exc.path[1] if len(exc.path) > 1 else None
        rows = report.commitments()
        row = rows[index] if isinstance(index, int) and 0 <= index < len(rows) else None
        commitment = report.roles.commitment_key_of(row) or str(index)
    key_fields = [c for c in (table.fields if table else ()) if c.id in exc.fields]
    names = Term(" / ".join(c.text("en") for c in key_fields) or "key",
                 " / ".join(c.text("et") for c in key_fields) or "võti")
    label = Term(table.text("en"), table.text("et")) if table else Term(str(exc.path[-1]), str(exc.path[-1]))
    version = _VERSIONS[_VERSION_OF[exc.version]][1]
    if exc.first is None:
        return ContributionError("contribution.row_key_missing", table=label, row=exc.row + 1,
                                 commitment=commitment, version=version, fields=names)
    return ContributionError("contribution.row_key_shared", table=label, first=exc.first + 1, second=exc.row + 1,
                             commitment=commitment, version=version, fields=names, key=exc.key)


def choices_in(group: Field, rows: list[Any], out: set[tuple[Any, ...]]) -> set[tuple[Any, ...]]:
    """``(field ids, json of the item)`` of every choice stored in *rows*."""
    for row in rows:
        for key, value in (row.items() if isinstance(row, dict) else ()):
            child = group.child(key)
            if child is not None and child.kind == "group" and isinstance(value, list):
                choices_in(child, value, out)
            elif child is not None and child.kind in ("enum", "multienum"):
                for item in value if isinstance(value, list) else [value]:
                    out.add((child.ids, json.dumps(item)))
    return out


def _check_choices(child: Field, value: Any, at: str, known: set[tuple[Any, ...]]) -> None:
    """An enum holds one of its choices, a multienum a list of them (each item checked)."""
    if child.kind not in ("enum", "multienum") or is_blank(value):
        return
    items = list(enumerate(value)) if child.kind == "multienum" else [(None, value)]
    ids = [v.id for v in child.values]
    for j, item in items:
        if (child.ids, json.dumps(item)) in known:
            continue
        if not any(item == v and type(item) is type(v) for v in ids):
            raise ContributionError("contribution.not_a_choice", path=at if j is None else f"{at}[{j}]",
                                    value=json.dumps(item, ensure_ascii=False)[:80],
                                    choices=", ".join(map(str, ids)))

