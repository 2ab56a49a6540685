"""Each row's problems kept between checks of one report, so a check after an edit redoes only that row.

At 2,000 commitments a whole :func:`~ogp_desktop.validation.validate` takes a third of a second, and the
editor's worker ran it after every pause in typing while one row had changed; that Python work held the GIL
the GUI thread waits for. :class:`RowCache` keeps what the previous check found in each row of a top-level
table (the commitments, forum meetings...): its problems in order, and its filled and required counts.
``Report.snapshot()`` shares unchanged rows between snapshots, so a row is known by identity (the cache
holds it, so its id is not reused) and by its index (problems name it: "Commitment 3 › ..."). So it must be
given snapshots nobody changes afterwards, never a report still being edited: a row changed in place keeps
its identity.

A row can read values outside itself: ``/plan_start`` in a check, a condition on a top-level field, the report
type; and its messages are in one language. :func:`row_reads` works out from the template which top-level
fields each table's rows read; a table's rows are kept only while those values, the report type and the
language are unchanged. What spans rows (a key two rows share) and everything outside the tables is found
afresh by every check. The result equals a whole pass, problem for problem and in the same order
(tests/core/test_row_cache.py). Used on one thread only (the editor's check worker).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any, TypeVar, cast

from ogp_desktop.completeness import Completeness, completeness, count_fields
from ogp_desktop.emptiness import is_empty
from ogp_desktop.template import CHECKS as CHECK_REFS  # check name -> its keys that name fields
from ogp_desktop.template import Field, Template
from ogp_desktop.validation import (
    FIELDS,
    KEYS,
    Ctx,
    Problem,
    Run,
    SortKey,
    report_type_of,
    row_key,
    scope_of,
    split_ref,
)

T = TypeVar("T")
Item = tuple[SortKey, Problem]


class Piece:
    """Problems that sort together: one row's (the same object while the row is kept), or those between rows.

    What is read from them (parsed paths, severities by section) is worked out once per piece, see
    :meth:`derived`."""

    __slots__ = ("_derived", "problems")

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = problems
        self._derived: dict[Callable[[list[Problem]], Any], Any] = {}

    def derived(self, fn: Callable[[list[Problem]], T]) -> T:
        """``fn(self.problems)``, computed the first time it is asked for."""
        try:
            return cast(T, self._derived[fn])
        except KeyError:
            value = self._derived[fn] = fn(self.problems)
            return value


@dataclass(frozen=True)
class Found:
    """The problems of one check, and the same problems as consecutive pieces."""

    problems: list[Problem]
    pieces: list[Piece]

    @classmethod
    def whole(cls, problems: list[Problem]) -> Found:
        return cls(problems, [Piece(problems)])


def row_reads(template: Template) -> dict[str, frozenset[str]]:
    """For each top-level table, the top-level fields its rows' requirements and checks read."""
    out: dict[str, frozenset[str]] = {}
    for group in template.fields():
        if not group.is_group:
            continue
        names: set[str] = set()
        for f in template.all_fields():  # a field n ids deep is checked with n dicts from the top
            if f.ids[0] == group.id and f is not group:
                names.update(_top_names([c.field for r in f.requirements for c in r.when], len(f.ids)))
        for spec in template.checks:
            scope = scope_of(spec)
            if scope[:1] == (group.id,):
                refs = [spec[key] for key in CHECK_REFS[spec["check"]]]
                flat = [r for ref in refs for r in (ref if isinstance(ref, list) else [ref])]
                names.update(_top_names(flat, len(scope) + 1))
        out[group.id] = frozenset(names)
    return out


def _top_names(refs: list[Any], depth: int) -> set[str]:
    """The names among *refs* (seen from *depth* dicts deep) that reach the top-level values.

    A level below 0 (more ``../`` than levels) counts too: reading one field too many is harmless."""
    return {name for ref in refs if isinstance(ref, str) for level, name in [split_ref(ref, depth)] if level <= 0}


def _same(a: Any, b: Any) -> bool:
    """Equal and of the same types all the way down (``True == 1`` must still count as a change)."""
    if type(a) is not type(b):
        return False
    if isinstance(a, dict):
        return a.keys() == b.keys() and all(_same(v, b[k]) for k, v in a.items())
    if isinstance(a, list):
        return len(a) == len(b) and all(_same(x, y) for x, y in zip(a, b, strict=True))
    return bool(a == b)


class _Row:
    """One row's problems, found with the row at one index; the row is held so its id is not reused."""

    __slots__ = ("items", "key", "piece", "row")

    def __init__(self, row: dict[str, Any], items: list[Item], key: tuple[str, str] | None) -> None:
        self.row, self.items, self.piece, self.key = row, items, Piece([p for _, p in items]), key


class _Table:
    """The kept rows of one top-level table, valid for one value of what its rows read outside themselves."""

    __slots__ = ("reads", "rows")

    def __init__(self, reads: tuple[Any, ...], rows: dict[tuple[int, int], _Row]) -> None:
        self.reads, self.rows = reads, rows


class RowCache:
    """Each row's problems and counts from the previous check, for the next check of the same report.

    ``rows_checked`` (rows whose problems the last :meth:`validate` found afresh) and ``rows_counted`` (rows
    :meth:`completeness` counted afresh) show how much each call redid."""

    def __init__(self) -> None:
        self._template: Template | None = None
        self._reads: dict[str, frozenset[str]] = {}
        self._tables: dict[str, _Table] = {}
        self._counts: dict[int, tuple[Any, tuple[int, int]]] = {}
        self._counts_reads: tuple[Any, ...] | None = None
        self._filled: dict[int, tuple[Any, bool]] = {}  # is_empty() of rows, by identity: this check's
        self._filled_before: dict[int, tuple[Any, bool]] = {}  # and the previous one's
        self.rows_checked = 0
        self.rows_counted = 0

    def has_values(self, row: Any) -> bool:
        """``not is_empty(row)``, worked out once for a row kept between checks."""
        hit = self._filled.get(id(row)) or self._filled_before.get(id(row))
        if hit is None or hit[0] is not row:
            hit = (row, not is_empty(row))
        self._filled[id(row)] = hit
        return hit[1]

    def _use(self, template: Template) -> None:
        if template is not self._template:
            self._template, self._reads, self._tables, self._counts = template, row_reads(template), {}, {}

    def reads(self, group_id: str, values: Mapping[str, Any], *context: Any) -> tuple[Any, ...]:
        """What the rows of *group_id* read outside themselves, in *values*, beside *context*."""
        return (*context, *(values.get(name) for name in sorted(self._reads.get(group_id, ()))))

    def validate(self, report: Any, template: Template, lang: str = "en") -> Found:
        """What :func:`~ogp_desktop.validation.validate` returns, as pieces; rows kept from before are reused."""
        self._use(template)
        values = report if isinstance(report, Mapping) else getattr(report, "values", None)
        run = _RowRun(self, template, values if isinstance(values, Mapping) else {}, lang)
        self.rows_checked = 0
        self._filled_before, self._filled = self._filled, {}
        run.walk()
        self._tables = run.tables
        return run.found()

    def completeness(self, report: Any, template: Template) -> Completeness:
        """What :func:`~ogp_desktop.completeness.completeness` returns; rows counted before are reused."""
        self._use(template)
        values = report if isinstance(report, Mapping) else getattr(report, "values", None)
        values = values if isinstance(values, Mapping) else {}
        report_type = report_type_of(values, template)
        reads = tuple(self.reads(g, values) for g in sorted(self._reads))
        old = self._counts if self._counts_reads is not None and _same(self._counts_reads, (report_type, reads)) \
            else {}
        fresh: dict[int, tuple[Any, tuple[int, int]]] = {}
        self.rows_counted = 0

        def count_row(group: Field, row: dict[str, Any], ctx: Ctx) -> tuple[int, int] | None:
            if group.parent is not None:
                return None  # a row inside a row is counted with its row
            hit = old.get(id(row))
            if hit is None or hit[0] is not row:
                hit = (row, count_fields(group.fields, row, ctx + (row,), report_type))
                self.rows_counted += 1
            fresh[id(row)] = hit
            return hit[1]

        result = completeness(values, template, count_row)
        self._counts, self._counts_reads = fresh, (report_type, reads)
        return result


class _RowRun(Run):
    """A validation pass that takes each table row's problems from the cache when it can."""

    def __init__(self, cache: RowCache, template: Template, values: Mapping[str, Any], lang: str) -> None:
        super().__init__(template, values, lang)
        self.cache = cache
        self.tables: dict[str, _Table] = {}
        self.kept: dict[str, list[_Row | None]] = {}  # table id -> its rows (None: not kept), in order

    def group(self, f: Field, rows: list[Any], path: str, ctx: Ctx) -> None:
        if f.parent is not None:
            super().group(f, rows, path, ctx)
            return
        reads = self.cache.reads(f.id, self.values, self.lang, self.report_type)
        old = self.cache._tables.get(f.id)
        kept = old.rows if old is not None and _same(old.reads, reads) else {}
        fresh: dict[tuple[int, int], _Row] = {}
        checks = [(i, spec) for i, spec in enumerate(self.template.checks)
                  if scope_of(spec)[:1] == (f.id,) and self.visible(spec, scope_of(spec))]
        entries: list[_Row | None] = []
        for i, row in enumerate(rows):
            entry = kept.get((id(row), i)) if isinstance(row, dict) else None
            if entry is None or entry.row is not row:
                entry = self.found_in(f, row, f"{path}[{i}]", i, ctx, checks)
            if entry is not None:
                fresh[(id(row), i)] = entry
            entries.append(entry)
        self.tables[f.id], self.kept[f.id] = _Table(reads, fresh), entries
        fields = self.row_keys.get(f.id, ())
        self.stage = KEYS
        keys = [e.key if e else row_key(fields, row) for e, row in zip(entries, rows, strict=True)]
        self.shared_keys(f, rows, path, keys)
        self.stage = FIELDS

    def found_in(self, f: Field, row: Any, row_path: str, index: int, ctx: Ctx,
                 checks: list[tuple[int, dict[str, Any]]]) -> _Row | None:
        """Find one row's problems, its checks' included; None when they cannot be kept (left in ``out``)."""
        start = len(self.out)
        self.row(f, row, row_path, ctx)
        if not isinstance(row, dict):
            return None
        self.cache.rows_checked += 1
        for i, spec in checks:
            self.check_rows(spec, i, self.rows(scope_of(spec), (ctx + (row,), ("", row_path))))
        items = self.out[start:]
        prefix = (self.order[f.ids], index)
        if any(key[0][:2] != prefix for key, _ in items):  # a check wrote outside its row: found afresh each time
            return None
        del self.out[start:]
        items.sort(key=_sort_key)
        return _Row(row, items, row_key(self.row_keys.get(f.id, ()), row))

    def check(self, spec: dict[str, Any], index: int) -> None:
        if scope_of(spec)[:1] and scope_of(spec)[0] in self.kept:
            return  # found with each row of its table
        super().check(spec, index)

    def found(self) -> Found:
        """The kept rows' pieces between the pieces of what was found afresh, all in sort order."""
        rest = self.out
        rest.sort(key=_sort_key)
        pieces: list[Piece] = []
        at = 0
        for gid in sorted(self.kept, key=lambda g: self.order[(g,)]):
            order = self.order[(gid,)]
            start = at
            while at < len(rest) and (rest[at][0][0][0] < order or rest[at][0][0] == (order,)):
                at += 1
            if at > start:
                pieces.append(Piece([p for _, p in rest[start:at]]))
            inside: dict[int, list[Item]] = {}  # found afresh under a row: a key it shares, a row that is no dict
            while at < len(rest) and rest[at][0][0][0] == order:
                inside.setdefault(rest[at][0][0][1], []).append(rest[at])
                at += 1
            for i, entry in enumerate(self.kept[gid]):
                more = inside.pop(i, None) if inside else None
                if more is None:
                    if entry is not None:
                        pieces.append(entry.piece)
                    continue
                merged = sorted((entry.items if entry else []) + more, key=_sort_key)
                pieces.append(Piece([p for _, p in merged]))
            for i in sorted(inside):  # under no row of the table (none is expected): not lost all the same
                pieces.append(Piece([p for _, p in inside[i]]))
        if at < len(rest):
            pieces.append(Piece([p for _, p in rest[at:]]))
        problems: list[Problem] = []
        for piece in pieces:
            problems.extend(piece.problems)
        return Found(problems, pieces)


def _sort_key(item: Item) -> SortKey:
    return item[0]
