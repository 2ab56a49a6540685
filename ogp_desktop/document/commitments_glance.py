"""Commitments at a glance: the overview published self-assessments open with.

One table of every commitment (number, title, lead agency, completion, on
schedule), with the completion the previous report gave beside this one's when
the report was carried forward (``meta["carried_from"]["completion_levels"]``, keyed by
the commitment's stable key), and a chart of how many commitments reached each
level. Every field is found through the template's roles.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ogp_desktop.document.model import BarChart, Block, DataTable, Paragraph, Span

if TYPE_CHECKING:
    from ogp_desktop.document.builder import _Builder


def _cell(text: str, lang: str | None = None) -> tuple[Paragraph, ...]:
    return (Paragraph((Span(text, lang=lang),), "cell"),) if text else ()


def earlier_levels(meta: Any) -> dict[str, str]:
    """{commitment key: completion level} kept by carry forward, or {} (files may hold anything)."""
    carried = meta.get("carried_from") if isinstance(meta, dict) else None
    levels = carried.get("completion_levels") if isinstance(carried, dict) else None
    if not isinstance(levels, dict):
        return {}
    return {str(k): v for k, v in levels.items() if isinstance(v, str)}


def _row_cells(b: _Builder, group: Any, i: int, row: dict) -> list:
    """Number, title and lead agency of commitment *i*, each in the export language where translated."""
    roles = b.roles
    rp = (roles.commitments, i)
    title, title_lang = b.text_of(group.child(roles.commitment_title), rp + (roles.commitment_title,))
    lead, lead_lang = b.text_of(group.child(roles.commitment_lead), rp + (roles.commitment_lead,)) \
        if roles.commitment_lead else ("", None)
    return [_cell(b.plain(rp + (roles.commitment_number,))),
            _cell(str(title or "").strip(), title_lang), _cell(str(lead or "").strip(), lead_lang)]


def _columns(b: _Builder, group: Any, completion: Any, on_time: Any, before: bool) -> list[tuple[str, float]]:
    """(header, relative width) of each column of the table."""
    roles, lang, t = b.roles, b.lang, b.t

    def label(role_id: str) -> str:
        f = group.child(role_id) if role_id else None
        return f.text(lang) if f else ""

    columns = [(label(roles.commitment_number), 0.6), (label(roles.commitment_title), 3.0),
               (label(roles.commitment_lead), 1.8)]
    if before:
        columns.append((t["completion_before"], 1.3))
    columns.append((t["completion_now"] if before else completion.text(lang), 1.3))
    if on_time is not None:
        columns.append((on_time.text(lang), 1.0))
    return columns


def at_a_glance(b: _Builder, level: int) -> list[Block]:
    """The heading, table and chart; [] when the template has no commitments or no completion role."""
    roles, lang, t = b.roles, b.lang, b.t
    group = b.template.field((roles.commitments,)) if roles.commitments else None
    completion = b.template.field((roles.commitments, roles.completion)) if roles.completion else None
    if group is None or completion is None or not completion.values:
        return []
    rows = b.value((roles.commitments,))
    rows = rows if isinstance(rows, list) else []
    before = earlier_levels(b.report.meta)
    on_time = b.template.field((roles.commitments, roles.on_time)) if roles.on_time else None

    def level_text(value: Any) -> str:
        return completion.value_text(value, lang) if isinstance(value, str) and completion.value(value) else ""

    columns = _columns(b, group, completion, on_time, bool(before))
    counts = {v.id: 0 for v in completion.values}
    unknown = 0
    body = []
    for i, row in enumerate(rows):
        if not isinstance(row, dict):
            continue
        reached = row.get(roles.completion)
        if isinstance(reached, str) and reached in counts:
            counts[reached] += 1
        else:
            unknown += 1
        cells = _row_cells(b, group, i, row)
        if before:
            cells.append(_cell(level_text(before.get(roles.commitment_key_of(row)))))
        cells.append(_cell(level_text(reached)))
        if on_time is not None:
            value = row.get(roles.on_time)
            cells.append(_cell(on_time.value_text(value, lang) if isinstance(value, str) and value else ""))
        body.append(tuple(cells))
    if not body:
        return []
    bars = [(v.text(lang), counts[v.id]) for v in completion.values]
    if unknown:
        bars.append((t["not_assessed"], unknown))
    alt = t["chart_alt"].format(total=len(body), bars="; ".join(f"{name} {n}" for name, n in bars))
    return [
        b.new_heading(t["at_a_glance"], level),
        DataTable(tuple(c[0] for c in columns), tuple(body), tuple(c[1] for c in columns),
                  caption=t["at_a_glance"]),
        BarChart(t["chart_title"], alt, tuple(bars)),
    ]
