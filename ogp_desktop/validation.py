"""Validation: a report checked against its template, as a list of problems.

Generic over the template: everything comes from field kinds, requirements
(with their conditions), patterns, limits and the named checks in
:mod:`ogp_desktop.validation_checks`. No field id appears in this module.
The GUI re-runs :func:`validate` after every edit, so it is one plain pass
over the values (a 50-commitment report takes a few milliseconds); a big
report's editor keeps each row's problems between checks
(:mod:`ogp_desktop.row_cache`), which reuses :class:`Run` one row at a time.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from ogp_desktop.emptiness import is_empty
from ogp_desktop.errors import Term
from ogp_desktop.template import Field, Requirement, Template, tr
from ogp_desktop.text import word_count
from ogp_desktop.validation_checks import CHECKS, date_range
from ogp_desktop.validation_messages import BOOL_TEXT, MESSAGES, TYPE_NAMES, message

_URL = re.compile(r"https?://[^\s/?#]+\.[^\s/?#]+(?:[/?#]\S*)?|https?://localhost(?::\d+)?(?:[/?#]\S*)?", re.IGNORECASE)
_EMAIL = re.compile(r"[^@\s]+@[^@\s.]+(?:\.[^@\s.]+)+")
_PATH_PART = re.compile(r"\[(\d+)\]|([^.\[\]]+)")
_UNKNOWN_ORDER = 10**9
_SHOWN_CHARS = 100  # values quoted in messages are cut to this length
Ctx = tuple[Mapping[str, Any], ...]  # the dicts from the top-level values down to the current row
# Problems sort by path (template order, then row order); at one path by what found them: the fields, a
# table's shared keys, then each check in template order. The order a whole pass finds them in, made
# explicit, so a check that reuses some rows' problems sorts them the same.
FIELDS, KEYS, CHECKS_FROM = 0, 1, 2
SortKey = tuple[tuple[int, ...], int]


@dataclass(frozen=True)
class Problem:
    path: str
    severity: str
    code: str
    message: str

    def to_dict(self) -> dict[str, str]:
        return {"path": self.path, "severity": self.severity, "code": self.code, "message": self.message}


def counts(problems: Iterable[Problem]) -> tuple[int, int]:
    """(errors, warnings)."""
    errors = warnings = 0
    for p in problems:
        if p.severity == "error":
            errors += 1
        else:
            warnings += 1
    return errors, warnings


def validate(report: Any, template: Template, lang: str = "en") -> list[Problem]:
    """Every problem of *report* (a Report or its values dict), in template order, then row order."""
    values = report if isinstance(report, Mapping) else getattr(report, "values", None)
    run = Run(template, values if isinstance(values, Mapping) else {}, lang)
    run.walk()
    return run.sorted()


def requirement_for(f: Field, ctx: Ctx, report_type: str | None) -> Requirement | None:
    """The requirement of *f* that applies (the first whose conditions all hold), or None.

    *ctx* holds the dicts from the top-level values down to the row *f* is in.
    """
    for req in f.requirements:
        if all(_holds(c.field, c.values, c.negate, ctx, report_type) for c in req.when):
            return req
    return None


def _holds(ref: str | None, values: tuple[Any, ...], negate: bool, ctx: Ctx, report_type: str | None) -> bool:
    if ref is None:
        return report_type in values
    level, name = split_ref(ref, len(ctx))
    value = ctx[level].get(name)
    # An empty field is "not in" any list; True must not match 1.
    inside = not is_empty(value) and any(value == v and type(value) is type(v) for v in values)
    return not inside if negate else inside


def report_type_of(values: Mapping[str, Any], template: Template) -> str | None:
    """The report type that drives show_for; an unknown one shows everything (hiding would hide problems)."""
    rt = values.get(template.roles.report_type)
    rt_field = template.field((template.roles.report_type,))
    known = {v.id for v in rt_field.values} if rt_field else set()
    return rt if isinstance(rt, str) and rt in known else None




def _shown(value: Any) -> str:
    text = value if isinstance(value, str) else repr(value)
    return text if len(text) <= _SHOWN_CHARS else text[: _SHOWN_CHARS - 1] + "…"


def _type_name(value: Any) -> str:
    if isinstance(value, bool):
        return "true/false"
    if isinstance(value, (int, float)):
        return "number"
    if isinstance(value, str):
        return "str"
    if isinstance(value, list):
        return "array"
    if isinstance(value, dict):
        return "object"
    return "null"


def _key_text(value: Any) -> str:
    """A row key as the merge reads it (:func:`ogp_desktop.roles.first_filled`): stripped text or number."""
    ok = isinstance(value, (str, int)) and not isinstance(value, bool)
    return str(value).strip() if ok else ""


def row_key(fields: tuple[str, ...], row: Any) -> tuple[str, str] | None:
    """(field id, key) of the first of *fields* that holds a key in *row*, or None."""
    if isinstance(row, dict):
        for name in fields:
            key = _key_text(row.get(name))
            if key:
                return name, key
    return None


def _is_text(value: Any) -> bool:
    return isinstance(value, str)


def _is_scalar(value: Any) -> bool:
    return not isinstance(value, (list, dict))


def _is_scalars(value: Any) -> bool:
    return isinstance(value, list) and all(_is_scalar(v) for v in value)


def _is_texts(value: Any) -> bool:
    return isinstance(value, list) and all(isinstance(v, str) for v in value)


def _is_bool(value: Any) -> bool:
    return isinstance(value, bool)


def _is_int(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _is_rows(value: Any) -> bool:
    return isinstance(value, list)


# Is the stored value the right shape for its kind (a wrong shape is invalid_value)?
_SHAPE_OK = {"text": _is_text, "longtext": _is_text, "url": _is_text, "email": _is_text, "date": _is_text,
             "month": _is_text, "enum": _is_scalar, "multienum": _is_scalars, "bool": _is_bool, "int": _is_int,
             "list": _is_texts, "group": _is_rows}
_EXPECTED = {"text": "text", "longtext": "text", "url": "text", "email": "text", "date": "date", "month": "month",
             "enum": "choice", "multienum": "choices", "bool": "bool", "int": "int", "list": "list", "group": "group"}


def fits_kind(kind: str, value: Any) -> bool:
    """Is *value* the right shape for a field of *kind* (empty values always fit)?"""
    return is_empty(value) or _SHAPE_OK[kind](value)


def shape_name(value: Any) -> Term:
    """What a value is, in words: "text", "a list", "a set of fields"..."""
    names = TYPE_NAMES[_type_name(value)]
    return Term(names["en"], names["et"])


def kind_name(kind: str) -> Term:
    """What a field of *kind* holds, in words."""
    names = TYPE_NAMES[_EXPECTED[kind]]
    return Term(names["en"], names["et"])


_REQUIRED_KEY = {"date": "required.date", "month": "required.month", "enum": "required.choice",
                 "multienum": "required.choice", "bool": "required.choice", "list": "required.list"}


class _Scope:
    """One row a check runs in: ``ctx`` holds the dicts from the top down, ``prefixes`` their paths."""

    __slots__ = ("ctx", "prefixes", "run", "scope")

    def __init__(self, run: Run, ctx: Ctx, prefixes: tuple[str, ...], scope: tuple[str, ...]):
        self.run, self.ctx, self.prefixes, self.scope = run, ctx, prefixes, scope

    def get(self, ref: str) -> tuple[Any, str, Field]:
        key = (self.scope, ref)
        resolved = self.run.refs.get(key)
        if resolved is None:
            level, name = split_ref(ref, len(self.ctx))
            resolved = self.run.refs[key] = (level, name, self.run.template.field(self.scope[:level] + (name,)))
        level, name, field = resolved
        assert field is not None, ref  # the loader checked that every reference names a field
        prefix = self.prefixes[level]
        return self.ctx[level].get(name), f"{prefix}.{name}" if prefix else name, field

    def label(self, field: Field) -> str:
        return field.text(self.run.lang)

    def value_text(self, field: Field, value: Any) -> str:
        return self.run.value_text(field, value)


def scope_of(spec: Mapping[str, Any]) -> tuple[str, ...]:
    """The group ids a check runs in, from the top: ``()`` for the report itself."""
    return tuple(spec["scope"].split(".")) if spec.get("scope") else ()


def _sort_key(item: tuple[SortKey, Problem]) -> SortKey:
    return item[0]


def split_ref(ref: str, depth: int) -> tuple[int, str]:
    """A reference as (index into the context chain, field id)."""
    if ref.startswith("/"):
        return 0, ref[1:]
    level = depth - 1
    while ref.startswith("../"):
        level, ref = level - 1, ref[3:]
    return level, ref


class Run:
    """One pass over a report's values: :meth:`walk` finds the problems into ``out``, :meth:`sorted` orders them."""

    def __init__(self, template: Template, values: Mapping[str, Any], lang: str) -> None:
        self.template, self.values, self.lang = template, values, lang
        self.out: list[tuple[SortKey, Problem]] = []
        self.stage = FIELDS  # what is finding problems now: FIELDS, KEYS or CHECKS_FROM + the check's index
        self.report_type = report_type_of(values, template)
        self.refs: dict[tuple[tuple[str, ...], str], tuple[int, str, Field | None]] = {}  # resolved check references
        self.order = {f.ids: i for i, f in enumerate(template.all_fields())}
        self.row_keys = template.roles.row_keys()  # tables whose rows need a key of their own

    # -- output -----------------------------------------------------------
    def walk(self) -> None:
        top_ids: set[str] = set()
        for section in self.template.sections:
            top_ids.update(f.id for f in section.fields)
            if section.visible_for(self.report_type):
                for f in section.fields:
                    self.field(f, self.values.get(f.id), f.id, (self.values,))
        self.unknown(self.values, top_ids, "")
        for index, spec in enumerate(self.template.checks):
            self.check(spec, index)

    def sorted(self) -> list[Problem]:
        self.out.sort(key=_sort_key)  # stable: the same path and stage keep the order found
        return [p for _, p in self.out]

    def emit(self, path: str, field: Field | None, severity: str, code: str, key: str, **params: Any) -> None:
        if field is not None:
            params.setdefault("label", field.text(self.lang))
        for name in ("value", "start", "end", "cond_value"):
            if name in params:
                params[name] = _shown(params[name])
        order, prefix = self.locate(path)
        text = prefix + message(key, self.lang, **params)
        self.out.append(((order, self.stage), Problem(path, severity, code, text)))

    def locate(self, path: str) -> tuple[tuple[int, ...], str]:
        """Sort key (template order, row order) and a "Commitment 3 › Milestone 2: " prefix."""
        key: list[int] = []
        ids: tuple[str, ...] = ()
        rows: list[str] = []
        for index, name in _PATH_PART.findall(path):
            if name:
                ids += (name,)
                key.append(self.order.get(ids, _UNKNOWN_ORDER))
            else:
                key.append(int(index))
                group = self.template.field(ids)
                if group is not None and group.item_label:
                    rows.append(f"{tr(group.item_label, self.lang)} {int(index) + 1}")
        return tuple(key), (" › ".join(rows) + ": ") if rows else ""

    def value_text(self, field: Field | None, value: Any) -> str:
        if isinstance(value, bool):
            return tr(BOOL_TEXT[value], self.lang)
        return field.value_text(value, self.lang) if field is not None and field.values else str(value)

    # -- fields ------------------------------------------------------------
    def field(self, f: Field, value: Any, path: str, ctx: Ctx) -> None:
        if f.show_for is not None and not f.visible_for(self.report_type):
            return
        if is_empty(value):
            self.required(f, path, ctx)
            return
        if not _SHAPE_OK[f.kind](value):
            self.emit(path, f, "error", "invalid_value", "invalid_value.type",
                      got=tr(TYPE_NAMES[_type_name(value)], self.lang),
                      expected=tr(TYPE_NAMES[_EXPECTED[f.kind]], self.lang))
            return
        if f.kind in ("text", "longtext", "url", "email"):
            self.text(f, value, path)
        elif f.kind in ("date", "month"):
            if date_range(value, f.kind) is None:
                self.emit(path, f, "error", "invalid_format", f"invalid_format.{f.kind}", value=value)
        elif f.kind == "enum":
            self.choice(f, value, path)
        elif f.kind == "multienum":
            all(self.choice(f, v, path) for v in value)  # stops at the first bad value: one problem per field
        elif f.kind == "group":
            self.group(f, value, path, ctx)

    def choice(self, f: Field, value: Any, path: str) -> bool:
        if any(v.id == value and type(v.id) is type(value) for v in f.values):
            return True
        choices = ", ".join(v.text(self.lang) for v in f.values)
        self.emit(path, f, "error", "invalid_value", "invalid_value.enum", value=value, choices=choices)
        return False

    def text(self, f: Field, value: str, path: str) -> None:
        if f.kind == "url" and not _URL.fullmatch(value.strip()):
            self.emit(path, f, "warning", "invalid_format", "invalid_format.url", value=value)
        elif f.kind == "email" and not _EMAIL.fullmatch(value.strip()):
            self.emit(path, f, "warning", "invalid_format", "invalid_format.email", value=value)
        if f.pattern and not re.search(f.pattern["regex"], value):
            self.emit(path, f, f.pattern["severity"], "invalid_format", "invalid_format.pattern",
                      value=value, hint=tr(f.pattern["hint"], self.lang))
        if f.max_words is not None and (n := word_count(value)) > f.max_words:
            self.emit(path, f, "warning", "too_long", "too_long.words", count=n, max=f.max_words)
        if f.max_chars is not None and len(value) > f.max_chars:
            self.emit(path, f, "warning", "too_long", "too_long.chars", count=len(value), max=f.max_chars)

    def group(self, f: Field, rows: list[Any], path: str, ctx: Ctx) -> None:
        for i, row in enumerate(rows):
            self.row(f, row, f"{path}[{i}]", ctx)
        self.stage = KEYS
        self.shared_keys(f, rows, path)
        self.stage = FIELDS

    def row(self, f: Field, row: Any, row_path: str, ctx: Ctx) -> None:
        """The fields of one row of group *f* (and the rows of its own groups)."""
        if not isinstance(row, dict):
            self.emit(row_path, f, "error", "invalid_value", "invalid_value.type",
                      got=tr(TYPE_NAMES[_type_name(row)], self.lang), expected=tr(TYPE_NAMES["row"], self.lang))
            return
        inner = ctx + (row,)
        for child in f.fields:
            self.field(child, row.get(child.id), f"{row_path}.{child.id}", inner)
        self.unknown(row, {c.id for c in f.fields}, row_path)

    def shared_keys(self, f: Field, rows: list[Any], path: str, keys: list[tuple[str, str] | None] | None = None,
                    ) -> None:
        """A key (a milestone's number) used by two rows of one table: a merge could not tell them apart.

        *keys*: each row's :func:`row_key`, when the caller knows them."""
        fields = self.row_keys.get(".".join(f.ids), ())
        if not fields:
            return
        seen: dict[str, int] = {}
        for i, row in enumerate(rows):
            found = keys[i] if keys is not None else row_key(fields, row)
            if found is None:
                continue
            name, key = found
            if key in seen:
                self.emit(f"{path}[{i}].{name}", f.child(name), "error", "invalid_value",
                          "invalid_value.shared_key", value=key, first=seen[key] + 1)
            else:
                seen[key] = i

    def unknown(self, values: Mapping[str, Any], known: set[str], prefix: str) -> None:
        for key in values:
            if key not in known:
                path = f"{prefix}.{key}" if prefix else str(key)
                self.emit(path, None, "warning", "invalid_value", "invalid_value.unknown", name=_shown(key))

    # -- requirements --------------------------------------------------------
    def required(self, f: Field, path: str, ctx: Ctx) -> None:
        req = requirement_for(f, ctx, self.report_type)
        if req is not None:
            self.report_required(f, req, path, ctx)

    def report_required(self, f: Field, req: Requirement, path: str, ctx: Ctx) -> None:
        code = req.code or ("empty_group" if f.is_group else "required")
        params: dict[str, Any] = {}
        for cond in req.when:  # name the first condition with a value, so the message says why
            if cond.field is None:
                cond_field, cond_value = self.template.field((self.template.roles.report_type,)), self.report_type
            else:
                level, name = split_ref(cond.field, len(ctx))
                cond_field = self.template.field(f.ids[:-1][:level] + (name,))
                cond_value = ctx[level].get(name)
            if cond_field is not None and not is_empty(cond_value) and not isinstance(cond_value, (list, dict)):
                params = {"cond_label": cond_field.text(self.lang),
                          "cond_value": self.value_text(cond_field, cond_value)}
                break
        if f.is_group:
            params["item"] = tr(f.item_label, self.lang).lower() if f.item_label else tr(TYPE_NAMES["row"], self.lang)
        if code not in ("required", "empty_group") and code in MESSAGES and "cond_label" in params:
            key = code
        elif "cond_label" in params:
            key = "empty_group.when" if f.is_group else "required.when"
        else:
            key = "empty_group" if f.is_group else _REQUIRED_KEY.get(f.kind, "required")
        self.emit(path, f, req.severity, code, key, **params)

    # -- checks ------------------------------------------------------------
    def check(self, spec: dict[str, Any], index: int) -> None:
        scope = scope_of(spec)
        if self.visible(spec, scope):
            self.check_rows(spec, index, self.rows(scope))

    def check_rows(self, spec: dict[str, Any], index: int, rows: list[tuple[Ctx, tuple[str, ...]]]) -> None:
        """Check *spec* (the template's *index*-th) in each of *rows* (from :meth:`rows`)."""
        fn, scope = CHECKS[spec["check"]], scope_of(spec)
        self.stage = CHECKS_FROM + index
        for ctx, prefixes in rows:
            fn(spec, _Scope(self, ctx, prefixes, scope), self.emit)
        self.stage = FIELDS

    def visible(self, spec: dict[str, Any], scope: tuple[str, ...]) -> bool:
        """A check runs only when its scope's group is shown for this report type."""
        if self.report_type is None:
            return True
        field = self.template.field(scope) if scope else None
        while field is not None:
            if not field.visible_for(self.report_type):
                return False
            field = field.parent
        if scope:
            group = self.template.field(scope)
            return group is None or self._section_shown(group)
        refs = [spec[k] for k in ("start", "end", "field", "group") if isinstance(spec.get(k), str)]
        for ref in refs:
            f = self.template.field((ref.lstrip("/"),))
            if f is not None and (not f.visible_for(self.report_type) or not self._section_shown(f)):
                return False
        return True

    def _section_shown(self, f: Field) -> bool:
        section = self.template.section_of(f)
        return section is None or section.visible_for(self.report_type)

    def rows(self, scope: tuple[str, ...], start: tuple[Ctx, tuple[str, ...]] | None = None,
             ) -> list[tuple[Ctx, tuple[str, ...]]]:
        """The rows a check of *scope* runs in: (context, paths), from the top or from *start* (a row of
        ``scope[0]``)."""
        found: list[tuple[Ctx, tuple[str, ...]]] = [start or ((self.values,), ("",))]
        for gid in scope[1:] if start else scope:
            deeper: list[tuple[Ctx, tuple[str, ...]]] = []
            for ctx, prefixes in found:
                rows = ctx[-1].get(gid)
                if isinstance(rows, list):
                    base = f"{prefixes[-1]}.{gid}" if prefixes[-1] else gid
                    deeper.extend((ctx + (row,), prefixes + (f"{base}[{i}]",))
                                  for i, row in enumerate(rows) if isinstance(row, dict))
            found = deeper
        return found
