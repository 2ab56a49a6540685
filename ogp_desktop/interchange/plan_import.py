"""Action-plan import: one row per milestone becomes commitments with milestones.

:func:`read_plan` gives a :class:`PlanImport` the GUI can preview (commitments
plus problems per row) before anything touches a report; merging into a
report is :func:`ogp_desktop.interchange.plan_merge.merge_plan`.

Rows whose commitment columns are all blank continue the commitment above
them: that is how a spreadsheet with merged cells saves.

The columns follow from the template (:func:`plan_columns`): a column named
after a field of a commitment (text, long text, month, date, URL or e-mail)
fills that field, ``milestone_<field>`` a field of a milestone; the header is
the first row naming a key column (the commitment key role) and the title.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ogp_desktop.errors import Term, render
from ogp_desktop.interchange.plan_csv import read_csv_bytes
from ogp_desktop.interchange.plan_limits import PlanImportError, read_plan_file
from ogp_desktop.interchange.plan_xlsx import read_xlsx
from ogp_desktop.roles import first_filled
from ogp_desktop.template import DEFAULT_TEMPLATE, Template, template_of
from ogp_desktop.text import clean_text

# kinds a spreadsheet cell can fill as written (choices, lists and tables cannot)
CELL_KINDS = frozenset({"text", "longtext", "month", "date", "url", "email"})
MILESTONE_PREFIX = "milestone_"
_MONTH_FORMS = (
    re.compile(r"^(?P<y>\d{4})-(?P<m>\d{1,2})$"),                       # 2018-07
    re.compile(r"^(?P<m>\d{1,2})[./](?P<y>\d{4})$"),                    # 07.2018
    re.compile(r"^(?P<d>\d{1,2})\.(?P<m>\d{1,2})\.(?P<y>\d{4})$"),      # 01.07.2018
    re.compile(r"^(?P<y>\d{4})-(?P<m>\d{1,2})-(?P<d>\d{1,2})(?:[T ].*)?$"),  # 2018-07-01 (or an Excel datetime)
)
HEADER_SEARCH_ROWS = 10
# What a spreadsheet would run when the text is pasted or saved back into a cell (OWASP's CSV
# injection): "=" starts a formula; "+", "-" and "@" do too when a function call, a cell reference,
# a DDE link ("cmd|' /C calc'!A0") or arithmetic on one follows. "- item", "-5 %" and "+372 5555" stay text.
_CALL = r"[A-Za-z_][A-Za-z0-9_.]*\s*\("
_CELL = r"\$?[A-Za-z]{1,3}\$?[0-9]+\b"
_DDE = r"[^|\n]{0,60}?\w\|"  # a word right before a pipe: cmd|, msexcel|
_FORMULA = re.compile(r"^[\s\u00a0]*(?:=\s*\S|[+\-@]\s*(?:" + _CALL + "|" + _CELL + "|" + _DDE + ")"
                      r"|[+\-]\s*[0-9.]+\s*[-+*/^&]\s*[A-Za-z=@+\-])")


@dataclass(frozen=True)
class RowProblem:
    """One problem in the plan file: ``row`` as the spreadsheet numbers it (header is 1), ``column`` its header.

    ``code`` and ``params`` name it (sentences in ``error_messages_files.py``); :meth:`text` says it in a language.
    """

    row: int
    column: str
    code: str
    params: dict[str, Any] = field(default_factory=dict)

    def text(self, lang: str) -> str:
        return render(self.code, lang, self.params)

    @property
    def message(self) -> str:
        """The English sentence (logs, tests)."""
        return self.text("en")


@dataclass(frozen=True)
class PlanColumns:
    """Which plan column fills which field, as the template says."""

    commitment: tuple[str, ...]          # columns named after a commitment field
    milestone: dict[str, str]            # column -> milestone field id
    months: frozenset[str]               # columns holding a month
    key: tuple[str, ...]                 # a commitment's key fields, first non-empty wins
    title: str
    milestones: str                      # the milestone table's id within a commitment
    milestone_key: tuple[str, ...]       # a milestone's number, else its activity
    start: str = ""                      # a commitment's start and end month (the plan's period)
    end: str = ""

    @property
    def known(self) -> frozenset[str]:
        return frozenset(self.commitment) | frozenset(self.milestone)


def plan_columns(template: Template) -> PlanColumns:
    """The plan columns of *template*: its commitment and milestone fields a cell can hold."""
    roles = template.roles
    group = template.field((roles.commitments,))
    mgroup = template.field((roles.commitments, roles.milestones))
    commitment = tuple(f.id for f in (group.fields if group else ()) if f.kind in CELL_KINDS)
    milestone = {MILESTONE_PREFIX + f.id: f.id for f in (mgroup.fields if mgroup else ()) if f.kind in CELL_KINDS}
    months = frozenset([f.id for f in (group.fields if group else ()) if f.kind == "month"]
                       + [MILESTONE_PREFIX + f.id for f in (mgroup.fields if mgroup else ()) if f.kind == "month"])
    return PlanColumns(commitment, milestone, months, roles.commitment_key, roles.commitment_title,
                       roles.milestones, (roles.milestone_number, roles.milestone_activity),
                       roles.commitment_start, roles.commitment_end)


@dataclass
class PlanImport:
    commitments: list[dict[str, Any]] = field(default_factory=list)
    problems: list[RowProblem] = field(default_factory=list)
    columns: PlanColumns = field(default_factory=lambda: plan_columns(template_of(DEFAULT_TEMPLATE)))
    # spreadsheet row number -> index of the commitment it fed (so a preview puts problems on commitments)
    owners: dict[int, int] = field(default_factory=dict)

    @property
    def milestone_count(self) -> int:
        return sum(len(c.get(self.columns.milestones, [])) for c in self.commitments)


def normalise_header(text: str) -> str:
    """``" Milestone  Activity"`` -> ``"milestone_activity"``: any case, spacing, hyphens."""
    return re.sub(r"[\s\-]+", "_", clean_text(text).strip().lstrip("\ufeff").lower()).strip("_")


def parse_month(text: str) -> str | None:
    """``2018-07``, ``07.2018``, ``01.07.2018``, ``2018-07-01`` -> ``"2018-07"``; None when not a month."""
    value = text.strip()
    for form in _MONTH_FORMS:
        m = form.match(value)
        if m:
            year, month = int(m["y"]), int(m["m"])
            day = int(m.groupdict().get("d") or 1)
            if 1 <= month <= 12 and 1 <= day <= 31 and 1900 <= year <= 2200:
                return f"{year:04d}-{month:02d}"
            return None
    return None


def looks_like_formula(text: str) -> bool:
    """Whether a spreadsheet would treat *text* as a formula (or a DDE link) rather than as text."""
    return bool(_FORMULA.match(text))


class _Builder:
    """Collects commitments from rows, noting problems as it goes."""

    def __init__(self, columns: PlanColumns) -> None:
        self.columns = columns
        self.result = PlanImport(columns=columns)
        self.by_key: dict[str, dict[str, Any]] = {}
        self.index: dict[str, int] = {}
        self.first_row: dict[tuple[str, str], int] = {}
        self.current: dict[str, Any] | None = None
        self.current_index = -1

    def problem(self, row: int, column: str, code: str, **params: Any) -> None:
        self.result.problems.append(RowProblem(row, column, code, params))

    def cell(self, row: int, column: str, raw: str) -> str:
        text = clean_text(raw).strip()
        if text and looks_like_formula(text):
            self.problem(row, column, "plan_row.formula")
        if text and column in self.columns.months:
            month = parse_month(text)
            if month is None:
                self.problem(row, column, "plan_row.not_month", text=text)
                return text
            return month
        return text

    def add_row(self, row: int, cells: dict[str, str]) -> None:
        cols = self.columns
        com = {c: cells[c] for c in cols.commitment if cells.get(c)}
        if com:
            key = first_filled(com, cols.key)
            if not key:
                self.problem(row, cols.key[-1], "plan_row.no_key", keys=_joined(cols.key, " nor ", " ega "))
                key = f"row {row}"
            target = self.by_key.get(key)
            if target is None:
                target = {cols.milestones: []}
                self.by_key[key] = target
                self.index[key] = len(self.result.commitments)
                self.result.commitments.append(target)
            for column, value in com.items():
                old = target.get(column)
                if old is None:
                    target[column] = value
                    self.first_row[(key, column)] = row
                elif old != value:
                    self.problem(row, column, "plan_row.differs", first=self.first_row[(key, column)])
            self.current, self.current_index = target, self.index[key]
        if self.current is not None:
            self.result.owners[row] = self.current_index
        self.milestone(row, cells)

    def milestone(self, row: int, cells: dict[str, str]) -> None:
        cols = self.columns
        number_field, activity_field = cols.milestone_key
        number_col, activity_col = MILESTONE_PREFIX + number_field, MILESTONE_PREFIX + activity_field
        milestone = {mf: cells[mc] for mc, mf in cols.milestone.items() if cells.get(mc)}
        if not milestone:
            return
        if self.current is None:
            self.problem(row, activity_col, "plan_row.no_commitment", keys=_joined(cols.key, " or ", " või "))
            return
        if not milestone.get(activity_field):
            self.problem(row, activity_col, "plan_row.no_activity")
        number = milestone.get(number_field)
        if number and any(m.get(number_field) == number for m in self.current[cols.milestones]):
            self.problem(row, number_col, "plan_row.milestone_twice", number=number)
        self.current[cols.milestones].append(milestone)


def _joined(keys: tuple[str, ...], en: str, et: str) -> Term:
    """Key columns as a phrase: 'ogp_id' nor 'number' / 'ogp_id' ega 'number'."""
    return Term(*(word.join(f"'{k}'" for k in keys) for word in (en, et)))


def _is_header(columns: list[str], plan: PlanColumns) -> bool:
    return bool(set(plan.key) & set(columns)) and plan.title in columns


def parse_rows(rows: list[tuple[int, list[str]]], template: Template | None = None) -> PlanImport:
    """Build the import from (row number, cells); the header is the first row naming the plan columns.

    Spreadsheets often carry a title line or two above the header, so the first
    :data:`HEADER_SEARCH_ROWS` rows are searched.
    """
    plan = plan_columns(template or template_of(DEFAULT_TEMPLATE))
    if not rows:
        raise PlanImportError("plan.no_rows")
    start = next((i for i, (_, cells) in enumerate(rows[:HEADER_SEARCH_ROWS])
                  if _is_header([normalise_header(c) for c in cells], plan)), None)
    if start is None:
        columns = [normalise_header(h) for h in rows[0][1]]
        found = ", ".join(c for c in columns if c)
        raise PlanImportError("plan.no_header" if found else "plan.no_header_empty", title=plan.title,
                              keys=_joined(plan.key, " or ", " või "), found=found)
    header_row, header = rows[start]
    columns = [normalise_header(h) for h in header]
    known = plan.known
    builder = _Builder(plan)
    if start:
        builder.problem(rows[0][0], "", "plan_row.above_header", count=start, header=header_row)
    for col in columns:
        if col and col not in known:
            builder.problem(header_row, col, "plan_row.unknown_column")
    for number, cells in rows[start + 1:]:
        values: dict[str, str] = {}
        for col, raw in zip(columns, cells, strict=False):
            if col in known and raw and col not in values:
                text = builder.cell(number, col, raw)
                if text:
                    values[col] = text
        builder.add_row(number, values)
    if not builder.result.commitments:
        builder.problem(header_row, "", "plan_row.no_commitments")
    return builder.result


def read_plan_bytes(raw: bytes, name: str, template: Template | None = None) -> PlanImport:
    """A CSV plan from bytes (the .xlsx reader needs a file: use :func:`read_plan`)."""
    try:
        return parse_rows(read_csv_bytes(raw, name), template)
    except PlanImportError as exc:
        raise exc.named(name) from None


def read_plan(path: str | Path, template: Template | None = None) -> PlanImport:
    """Read a ``.csv`` or ``.xlsx`` action plan for *template* (the default one when None).

    PlanImportError names the file when it is unusable.
    """
    p = Path(path)
    try:
        if p.suffix.lower() in (".xlsx", ".xlsm"):
            return parse_rows(read_xlsx(p), template)
        return read_plan_bytes(read_plan_file(p), p.name, template)
    except PlanImportError as exc:
        raise exc.named(p.name) from None
