"""Contribution files: some commitments sent out, edited elsewhere, merged back.

A contribution is an ordinary report file holding the chosen commitments (and
a few cover fields for context) whose ``meta["contribution"]`` records who it
is for, when it was made and the *base*: those commitments and their
translations as they were at export. Merging back is a three-way merge per
field against that base (:mod:`ogp_desktop.interchange.merge`), so a value
only the contributor changed is taken, one only the coordinator changed is
kept, and one both changed differently becomes a conflict for a person to
settle. Only ``commitments`` are merged; the context fields are read-only. A
commitment the contributor deleted is a conflict, never removed silently;
commitments the contribution did not hold are never touched.

Each value taken from a contribution is noted in
``report.meta["provenance"][key] = {"source", "at", "merged"}`` where ``key``
is the value path, or ``"et:path"`` for a translation.
"""

from __future__ import annotations

import copy
import hashlib
import json
from dataclasses import dataclass, field
from typing import Any

from ogp_desktop import valuepath
from ogp_desktop.clock import Clock, system_clock
from ogp_desktop.interchange.merge import (
    OURS,
    THEIRS,
    TRANSLATIONS_KEY,
    Conflict,
    Outcome,
    merge_values,
)
from ogp_desktop.report import Report, now_iso
from ogp_desktop.text import clean_text

CONTEXT_FIELDS = ("country", "action_plan_title", "plan_start", "plan_end", "report_type", "language")
_LIST = "commitments"


class ContributionError(ValueError):
    """The contribution cannot be made or merged; ``str()`` is a sentence for the user."""


def commitment_key(commitment: Any) -> str:
    """How commitments are matched: ``ogp_id``, else ``number``."""
    if not isinstance(commitment, dict):
        return ""
    return str(commitment.get("ogp_id") or commitment.get("number") or "")


def _commitments(report: Report) -> list[Any]:
    rows = report.values.get(_LIST)
    return rows if isinstance(rows, list) else []


def find_commitments(report: Report, ids: list[str]) -> list[int]:
    """Indices of the commitments named by *ids* (ogp_ids or numbers), in report order."""
    rows = _commitments(report)
    found: set[int] = set()
    for wanted in (i.strip() for i in ids if i.strip()):
        hit = next((n for n, c in enumerate(rows) if isinstance(c, dict) and wanted == c.get("ogp_id")), None)
        if hit is None:
            hit = next((n for n, c in enumerate(rows) if isinstance(c, dict) and wanted == c.get("number")), None)
        if hit is None:
            known = ", ".join(commitment_key(c) for c in rows if commitment_key(c)) or "none"
            raise ContributionError(f"the report has no commitment {wanted!r} (its commitments: {known}).")
        found.add(hit)
    if not found:
        raise ContributionError("choose at least one commitment for the contribution.")
    return sorted(found)


def _translations_under(report: Report, old_prefix: str, new_prefix: str) -> dict[str, dict[str, Any]]:
    out: dict[str, dict[str, Any]] = {}
    for lang, entries in report.translations.items():
        if not isinstance(entries, dict):
            continue
        for key, entry in entries.items():
            if key.startswith((old_prefix + ".", old_prefix + "[")):
                out.setdefault(lang, {})[new_prefix + key[len(old_prefix):]] = copy.deepcopy(entry)
    return out


def export_contribution(report: Report, ids: list[str], for_whom: str = "") -> Report:
    """A contribution report holding the commitments named by *ids*, for *for_whom*."""
    indices = find_commitments(report, ids)
    for_whom = clean_text(for_whom).strip()
    rows = _commitments(report)
    chosen = [copy.deepcopy(rows[i]) for i in indices]
    translations: dict[str, dict[str, Any]] = {}
    for new, old in enumerate(indices):
        for lang, entries in _translations_under(report, f"{_LIST}[{old}]", f"{_LIST}[{new}]").items():
            translations.setdefault(lang, {}).update(entries)
    values = {k: copy.deepcopy(report.values[k]) for k in CONTEXT_FIELDS if k in report.values}
    values[_LIST] = chosen
    now = now_iso()
    title = report.title or "report"
    meta = {
        "title": f"{title} - contribution for {for_whom}" if for_whom else f"{title} - contribution",
        "created": now, "modified": now,
        "contribution": {
            "for": for_whom, "created": now, "source_title": report.title,
            "commitments": [commitment_key(c) for c in chosen],
            "base": {"commitments": copy.deepcopy(chosen), "translations": copy.deepcopy(translations)},
        },
    }
    return Report(values, meta=meta, translations=translations,
                  template_id=report.template_id, template_version=report.template_version)


@dataclass(frozen=True)
class ContributionInfo:
    for_whom: str
    created: str
    modified: str
    base_commitments: list[Any]
    base_translations: dict[str, Any]

    @property
    def source(self) -> str:
        return f"contribution for {self.for_whom}" if self.for_whom else "contribution"


def contribution_info(contribution: Report) -> ContributionInfo:
    """The export record of a contribution file; ContributionError when it is an ordinary report."""
    found = contribution.meta.get("contribution")
    info: dict[str, Any] = found if isinstance(found, dict) else {}
    base = info.get("base")
    if not isinstance(base, dict) or not isinstance(base.get("commitments"), list):
        raise ContributionError("this file is not a contribution file (it has no record of what was sent out); "
                                "open it as a report instead.")
    tr = base.get("translations")
    return ContributionInfo(
        for_whom=str(info.get("for") or ""), created=str(info.get("created") or ""),
        modified=str(contribution.meta.get("modified") or info.get("created") or ""),
        base_commitments=base["commitments"], base_translations=tr if isinstance(tr, dict) else {},
    )


def _embed(rows: list[Any], translations: dict[str, Any],
           orphans: dict[str, dict[str, Any]] | None = None) -> list[Any]:
    """Commitments with their translations tucked into the object each belongs to, so rows carry them.

    Entries whose row does not exist go to *orphans* so the caller can keep them.
    """
    tree = copy.deepcopy(rows)
    for lang, entries in translations.items():
        if not isinstance(entries, dict):
            continue
        for key, entry in entries.items():
            try:
                path = valuepath.parse(key)
            except valuepath.PathError:
                path = ()
            # the owning object is the deepest dict on the path; the rest is the key below it
            split = max((i for i in range(1, len(path)) if isinstance(path[i], str)), default=0)
            if path[:1] != (_LIST,) or split < 2:
                if orphans is not None:
                    orphans.setdefault(lang, {})[key] = entry
                continue
            node: Any = tree
            for part in path[1:split]:
                if isinstance(part, int):
                    node = node[part] if isinstance(node, list) and 0 <= part < len(node) else None
                else:
                    node = node.get(part) if isinstance(node, dict) else None
                if node is None:
                    break
            if isinstance(node, dict):
                rel = valuepath.format(path[split:])
                node.setdefault(TRANSLATIONS_KEY, {}).setdefault(lang, {})[rel] = entry
            elif orphans is not None:
                orphans.setdefault(lang, {})[key] = entry
    return tree


def _unembed(node: Any, path: valuepath.Path, out: dict[str, dict[str, Any]]) -> Any:
    if isinstance(node, list):
        return [_unembed(v, path + (i,), out) for i, v in enumerate(node)]
    if isinstance(node, dict):
        for lang, entries in (node.get(TRANSLATIONS_KEY) or {}).items():
            for rel, entry in entries.items():
                out.setdefault(lang, {})[valuepath.format(path) + "." + rel] = entry
        return {k: _unembed(v, path + (k,), out) for k, v in node.items() if k != TRANSLATIONS_KEY}
    return node


@dataclass
class MergeResult:
    """The merged report (a new object) and what happened; apply it with :func:`apply_merge`."""

    report: Report
    conflicts: list[Conflict]
    taken: list[str]
    removed: list[str]
    resolved: dict[str, str]
    source: str
    original: Report = field(repr=False)
    contribution: Report = field(repr=False)
    choices: dict[str, str] = field(default_factory=dict)
    prefer: str | None = None
    clock: Clock = field(default=system_clock, repr=False)

    @property
    def ok(self) -> bool:
        """True when no conflict is left open."""
        return not self.conflicts


def merge_contribution(report: Report, contribution: Report, choices: dict[str, str] | None = None,
                       prefer: str | None = None, *, clock: Clock = system_clock) -> MergeResult:
    """Three-way merge of *contribution* into a copy of *report*; *report* itself is not touched.

    *clock* gives the moment stamped on the merged values (their provenance).
    """
    info = contribution_info(contribution)
    for key, side in (choices or {}).items():
        if side not in (OURS, THEIRS):
            raise ContributionError(f"the choice for {key} must be {OURS!r} or {THEIRS!r}, not {side!r}.")
    # Rows must be objects: otherwise the list would merge as one value and "theirs" could wipe
    # commitments the contributor never received.
    for label, rows_ in (("the contribution", contribution.values.get(_LIST, [])),
                         ("the contribution's record of what was sent", info.base_commitments),
                         ("the report", report.values.get(_LIST, []))):
        bad = next((i for i, r in enumerate(rows_) if not isinstance(r, dict)), None) \
            if isinstance(rows_, list) else 0
        if bad is not None:
            raise ContributionError(
                f"{label} is damaged: commitment {bad + 1} is not a commitment; nothing was merged.")
    ours_tr = {lang: {k: v for k, v in entries.items() if k.startswith(_LIST + "[")}
               for lang, entries in report.translations.items() if isinstance(entries, dict)}
    base = _embed(info.base_commitments, info.base_translations)
    orphans: dict[str, dict[str, Any]] = {}
    ours = _embed(_commitments(report), ours_tr, orphans)
    theirs = _embed(_commitments(contribution), contribution.translations)
    outcome: Outcome = merge_values(base, ours, theirs, (_LIST,), choices=choices, prefer=prefer,
                                    confirm_removal=(_LIST,))
    merged_tr: dict[str, dict[str, Any]] = {}
    rows = _unembed(outcome.value, (_LIST,), merged_tr)

    for lang, entries in orphans.items():  # translations of rows that are gone: kept, never silently dropped
        for key, entry in entries.items():
            merged_tr.setdefault(lang, {}).setdefault(key, entry)
    merged = report.copy()
    merged.meta["modified"] = now_iso(clock)
    merged.values[_LIST] = rows
    for lang, entries in merged.translations.items():
        keep = {k: v for k, v in entries.items() if not k.startswith(_LIST + "[")}
        keep.update(merged_tr.pop(lang, {}))
        merged.translations[lang] = keep
    merged.translations.update(merged_tr)
    merged.meta["provenance"] = _provenance(report, merged, outcome, info, now_iso(clock))
    return MergeResult(merged, outcome.conflicts, outcome.taken, outcome.removed, outcome.resolved, info.source,
                       report, contribution, dict(choices or {}), prefer, clock)


def value_fingerprint(report: Report, key: str) -> str:
    """A short hash of the value a provenance key names (``path`` or ``lang:path``).

    Stored with the stamp so the editor can tell a merged value from one
    edited after the merge, without keeping a copy of the text.
    """
    lang, _, path = key.rpartition(":")
    if lang:
        entry = report.translations.get(lang, {}).get(path)
        value = entry.get("text") if isinstance(entry, dict) else None
    else:
        value = report.get(path)
    blob = json.dumps(value, sort_keys=True, ensure_ascii=False).encode("utf-8")
    return hashlib.sha256(blob).hexdigest()[:16]


def _provenance(report: Report, merged: Report, outcome: Outcome, info: ContributionInfo,
                now: str) -> dict[str, Any]:
    """Earlier provenance follows its rows; every value taken now is stamped with this contribution."""
    old = report.meta.get("provenance")
    out: dict[str, Any] = {}
    for key, entry in (old.items() if isinstance(old, dict) else ()):
        lang, _, path = key.rpartition(":")
        if not path.startswith(_LIST + "["):
            out[key] = entry
            continue
        moved = outcome.new_path(path)
        if moved is not None:
            out[f"{lang}:{moved}" if lang else moved] = entry
    stamp = {"source": info.source, "at": info.modified or now, "merged": now}
    for key in outcome.taken:
        out[key] = dict(stamp, value=value_fingerprint(merged, key))
    return out


def resolve(result: MergeResult, choices: dict[str, str]) -> MergeResult:
    """The merge again with more choices (conflict key -> "ours"/"theirs")."""
    unknown = set(choices) - {c.key for c in result.conflicts} - set(result.resolved)
    if unknown:
        raise ContributionError(f"there is no conflict at {min(unknown)}.")
    return merge_contribution(result.original, result.contribution, {**result.choices, **choices}, result.prefer,
                              clock=result.clock)


def apply_merge(report: Report, result: MergeResult) -> None:
    """Put the merged values into *report* (one ``replace`` notification); refuses open conflicts."""
    if result.conflicts:
        raise ContributionError(
            f"{len(result.conflicts)} conflict(s) are not settled yet; choose ours or theirs for each.")
    report.translations = copy.deepcopy(result.report.translations)
    report.meta["provenance"] = copy.deepcopy(result.report.meta["provenance"])
    report.replace_values(copy.deepcopy(result.report.values))
