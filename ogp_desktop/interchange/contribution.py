"""Contribution files: some commitments sent out, edited elsewhere, merged back.

A contribution is an ordinary report file holding the chosen commitments (and
a few cover fields for context) whose ``meta["contribution"]`` records who it
is for, when it was made and the *base*: those commitments and their
translations as they were at export. Merging back is a three-way merge per
field against that base (:mod:`ogp_desktop.interchange.merge`), so a value
only the contributor changed is taken, one only the coordinator changed is
kept, and one both changed differently becomes a conflict for a person to
settle. Only the commitments group is merged; the context fields are
read-only. A commitment the contributor deleted is a conflict, never removed
silently; commitments the contribution did not hold are never touched.

Nothing is guessed: commitments are matched by the template's key role only,
and a merge is refused (one sentence naming the row) when any of the three
versions has a commitment without a key or two with the same one, when a
value does not fit its field's kind, or when the file was made from another
report (the record holds the report's id; the user may override that one):
the checks are :mod:`ogp_desktop.interchange.contribution_checks`.
Rows outside the commitments the file was sent for are reported in
``MergeResult.refused`` and never taken, whatever is preferred.

Each value taken from a contribution is noted in
``report.meta["provenance"][key] = {"source", "at", "merged"}`` where ``key``
is the value path, or ``"et:path"`` for a translation.
"""

from __future__ import annotations

import copy
import hashlib
import json
import uuid
from dataclasses import dataclass, field
from typing import Any

from ogp_desktop import valuepath
from ogp_desktop.clock import Clock, system_clock
from ogp_desktop.errors import render
from ogp_desktop.interchange import contribution_checks as checks
from ogp_desktop.interchange.contribution_checks import ContributionError
from ogp_desktop.interchange.contribution_sent import base_digest, find_sent, record_sent
from ogp_desktop.interchange.merge import (
    OURS,
    THEIRS,
    TRANSLATIONS_KEY,
    Conflict,
    Outcome,
    RowKeyError,
    merge_values,
)
from ogp_desktop.report import Report, now_iso
from ogp_desktop.roles import Roles
from ogp_desktop.text import clean_text

# meta entries of a contribution record
_RECORD = "contribution"


def context_fields(roles: Roles) -> tuple[str, ...]:
    """The cover fields a contribution carries for context (read-only there)."""
    return tuple(f for f in (roles.country, roles.plan_title, roles.plan_start, roles.plan_end,
                             roles.report_type, roles.language) if f)


def contribution_record(report: Report) -> dict[str, Any] | None:
    """The export record of a contribution file (who it is for, what it came from); None for a report."""
    found = report.meta.get(_RECORD)
    return found if isinstance(found, dict) else None


def find_commitments(report: Report, ids: list[str]) -> list[int]:
    """Indices of the commitments named by *ids* (any of their key fields), in report order."""
    roles = report.roles
    rows = report.commitments()
    found: set[int] = set()
    for wanted in (i.strip() for i in ids if i.strip()):
        hit = None
        for key_field in roles.commitment_key:
            hit = next((n for n, c in enumerate(rows) if isinstance(c, dict) and wanted == c.get(key_field)), None)
            if hit is not None:
                break
        if hit is None:
            known = ", ".join(k for k in map(roles.commitment_key_of, rows) if k) or "none"
            raise ContributionError("contribution.no_such_commitment", wanted=wanted, known=known)
        found.add(hit)
    if not found:
        raise ContributionError("contribution.none_chosen")
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
    """A contribution report holding the commitments named by *ids*, for *for_whom*.

    It records the report it came from (its id) and the keys of the commitments it
    covers: a merge takes nothing outside them and refuses a file from another report.
    """
    roles = report.roles
    group = roles.commitments
    indices = find_commitments(report, ids)
    if not report.report_id:
        report.ensure_report_id()  # a report made before ids: from now on it has one (saved with it)
    for_whom = clean_text(for_whom).strip()
    rows = report.commitments()
    chosen = [copy.deepcopy(rows[i]) for i in indices]
    translations: dict[str, dict[str, Any]] = {}
    for new, old in enumerate(indices):
        for lang, entries in _translations_under(report, f"{group}[{old}]", f"{group}[{new}]").items():
            translations.setdefault(lang, {}).update(entries)
    values = {k: copy.deepcopy(report.values[k]) for k in context_fields(roles) if k in report.values}
    values[group] = chosen
    now = now_iso()
    title = report.title or "report"
    meta = {
        "title": f"{title} - contribution for {for_whom}" if for_whom else f"{title} - contribution",
        "created": now, "modified": now,
        _RECORD: {
            "id": str(uuid.uuid4()), "for": for_whom, "created": now, "source_title": report.title,
            "report_id": report.report_id,
            "commitments": [roles.commitment_key_of(c) for c in chosen],
            "base": {"commitments": copy.deepcopy(chosen), "translations": copy.deepcopy(translations)},
        },
    }
    return Report(values, meta=meta, translations=translations,
                  template_id=report.template_id, template_version=report.template_version)


def sent_entry(contribution: Report) -> dict[str, Any]:
    """The note the sending report keeps on *contribution* (see contribution_sent): id, for, scope, base digest."""
    info = contribution_info(contribution)
    roles = contribution.roles
    scope = list(info.scope or ())
    return {"id": info.contribution_id, "for": info.for_whom, "created": info.created, "commitments": scope,
            "base": base_digest(roles.commitments, info.base_commitments, info.base_translations,
                                roles.commitment_key_of, scope)}


def note_sent(report: Report, contribution: Report) -> None:
    """Record in *report* that *contribution* was sent (call once its file is written)."""
    record_sent(report, sent_entry(contribution))


@dataclass(frozen=True)
class ContributionInfo:
    for_whom: str
    created: str
    modified: str
    base_commitments: list[Any]
    base_translations: dict[str, Any]
    report_id: str = ""  # the report it was exported from ("" in files from before report ids)
    source_title: str = ""
    scope: tuple[str, ...] | None = None  # keys of the commitments it was sent for (None: not recorded)
    contribution_id: str = ""  # its own id ("" in files from before ids), looked up in the sender's notes

    @property
    def source(self) -> str:
        return f"contribution for {self.for_whom}" if self.for_whom else "contribution"


def contribution_info(contribution: Report) -> ContributionInfo:
    """The export record of a contribution file; ContributionError when it is an ordinary report."""
    info: dict[str, Any] = contribution_record(contribution) or {}
    base = info.get("base")
    if not isinstance(base, dict) or not isinstance(base.get("commitments"), list):
        raise ContributionError("contribution.not_a_contribution")
    tr = base.get("translations")
    scope = info.get("commitments")
    return ContributionInfo(
        for_whom=str(info.get("for") or ""), created=str(info.get("created") or ""),
        modified=str(contribution.meta.get("modified") or info.get("created") or ""),
        base_commitments=base["commitments"], base_translations=tr if isinstance(tr, dict) else {},
        report_id=str(info.get("report_id") or ""), source_title=str(info.get("source_title") or ""),
        scope=tuple(str(k) for k in scope) if isinstance(scope, list) else None,
        contribution_id=str(info.get("id") or "") if isinstance(info.get("id"), str) else "",
    )


def _embed(group: str, rows: list[Any], translations: dict[str, Any],
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
            if path[:1] != (group,) or split < 2:
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
    """The merged report (a new object) and what happened; apply it with :func:`apply_merge`.

    ``refused`` holds the key of each row of the contribution that lies outside what it
    was sent for: those rows were not taken, whatever was preferred.
    """

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
    refused: list[str] = field(default_factory=list)
    allow_other_report: bool = False
    unrecorded: bool = False  # the report has no note of sending it: merged for the scope the file lists
    scope: tuple[str, ...] = ()  # the commitments it was merged for

    @property
    def ok(self) -> bool:
        """True when no conflict is left open."""
        return not self.conflicts

    def refused_sentences(self, lang: str = "en") -> list[str]:
        """One sentence per row that was not taken, in *lang*."""
        return [render("contribution.out_of_scope", lang, {"key": key}) for key in self.refused]

    def warnings(self, lang: str = "en") -> list[str]:
        """What the user must know before applying it: that the report never sent it, rows not taken."""
        head = [render("contribution.not_recorded", lang, {"keys": ", ".join(self.scope) or "-"})] \
            if self.unrecorded else []
        return head + self.refused_sentences(lang)


def _in_scope(rows: list[Any], scope: set[str], roles: Roles, refused: list[str] | None) -> list[Any]:
    """The rows whose key is in *scope*; the key of each other one goes to *refused*."""
    kept = []
    for row in rows:
        key = roles.commitment_key_of(row)
        if key in scope:
            kept.append(row)
        elif refused is not None:
            refused.append(key)
    return kept


def merge_contribution(report: Report, contribution: Report, choices: dict[str, str] | None = None,
                       prefer: str | None = None, *, clock: Clock = system_clock,
                       allow_other_report: bool = False) -> MergeResult:
    """Three-way merge of *contribution* into a copy of *report*; *report* itself is not touched.

    Commitments are matched by the template's key role only; any of the three versions
    without unique keys, a value of the wrong kind, or (unless *allow_other_report*) a
    contribution made from another report is refused with a ContributionError. Rows
    outside the commitments it was sent for are listed in ``refused`` and not taken.
    *clock* gives the moment stamped on the merged values (their provenance).
    """
    info = contribution_info(contribution)
    for key, side in (choices or {}).items():
        if side not in (OURS, THEIRS):
            raise ContributionError("contribution.bad_choice", key=key, side=side)
    roles = report.roles
    group = roles.commitments
    _check_versions(report, contribution, info, allow_other_report)
    sent, scope = _scope(report, info)
    refused: list[str] = []
    ours_tr = {lang: {k: v for k, v in entries.items() if k.startswith(group + "[")}
               for lang, entries in report.translations.items() if isinstance(entries, dict)}
    theirs_rows = contribution.commitments()
    kept = _in_scope(theirs_rows, scope, roles, refused)
    theirs_tr = _reindexed(contribution.translations, group, theirs_rows, kept)
    base = _embed(group, _in_scope(info.base_commitments, scope, roles, None),
                  _reindexed(info.base_translations, group, info.base_commitments,
                             _in_scope(info.base_commitments, scope, roles, None)))
    orphans: dict[str, dict[str, Any]] = {}
    ours = _embed(group, report.commitments(), ours_tr, orphans)
    theirs = _embed(group, kept, theirs_tr)
    try:
        outcome: Outcome = merge_values(base, ours, theirs, (group,), choices=choices, prefer=prefer,
                                        confirm_removal=(group,), keys=roles.row_keys())
    except RowKeyError as exc:
        raise checks.row_key_error(exc, report) from None
    merged_tr: dict[str, dict[str, Any]] = {}
    rows = _unembed(outcome.value, (group,), merged_tr)

    for lang, entries in orphans.items():  # translations of rows that are gone: kept, never silently dropped
        for key, entry in entries.items():
            merged_tr.setdefault(lang, {}).setdefault(key, entry)
    merged = report.copy()
    merged.meta["modified"] = now_iso(clock)
    merged.values[group] = rows
    for lang, entries in merged.translations.items():
        keep = {k: v for k, v in entries.items() if not k.startswith(group + "[")}
        keep.update(merged_tr.pop(lang, {}))
        merged.translations[lang] = keep
    merged.translations.update(merged_tr)
    merged.meta["provenance"] = _provenance(report, merged, outcome, info, now_iso(clock), group)
    return MergeResult(merged, outcome.conflicts, outcome.taken, outcome.removed, outcome.resolved, info.source,
                       report, contribution, dict(choices or {}), prefer, clock, refused, allow_other_report,
                       unrecorded=sent is None, scope=tuple(_scope_order(report, info, scope)))


def _check_versions(report: Report, contribution: Report, info: ContributionInfo, allow_other_report: bool) -> None:
    """Refuse what cannot be merged safely: damaged rows, another report, keys missing or shared, wrong kinds."""
    template = report.template
    group = template.roles.commitments
    versions = (("contribution", contribution.values.get(group, [])), ("record", info.base_commitments),
                ("report", report.values.get(group, [])))
    for label, rows_ in versions:
        checks.check_rows(label, rows_)
    if not allow_other_report:
        checks.check_source(report, contribution, info.report_id, info.source_title)
    for label, rows_ in versions:
        checks.check_keys(label, rows_, template.roles)
    group_field = template.field((group,))
    if group_field is not None:
        checks.check_kinds(group_field, info.base_commitments, f"record of {group}")
        checks.check_kinds(group_field, contribution.commitments(), group,
                           checks.choices_in(group_field, info.base_commitments, set()))
    _, scope = _scope(report, info)
    nested = checks.nested_keys(template.roles.row_keys(), group)
    for label, rows_ in (versions[2], versions[0], versions[1]):  # the report first: it can be fixed there
        checks.check_nested_keys(label, rows_, scope, report, nested)


def _scope(report: Report, info: ContributionInfo) -> tuple[dict[str, Any] | None, set[str]]:
    """The report's note on sending it (None: never recorded) and the commitments it may change.

    A recorded contribution is held to the recorded commitments and base, whatever the file
    now says; an unrecorded one to the commitments its file lists.
    """
    roles = report.roles
    sent = find_sent(report, info.contribution_id)
    if sent is None:
        base_keys = {roles.commitment_key_of(r) for r in info.base_commitments}
        return None, base_keys & set(info.scope) if info.scope is not None else base_keys
    scope = {k for k in sent.get("commitments") or () if isinstance(k, str)}
    if sent.get("base") != base_digest(roles.commitments, info.base_commitments, info.base_translations,
                                       roles.commitment_key_of, scope):
        raise ContributionError("contribution.base_changed", sent=str(sent.get("created") or "?")[:10])
    return sent, scope


def _scope_order(report: Report, info: ContributionInfo, scope: set[str]) -> list[str]:
    """The keys in *scope* in the order the file lists them (else sorted)."""
    listed = [k for k in info.scope or () if k in scope]
    return listed + sorted(scope - set(listed))


def _reindexed(translations: dict[str, Any], group: str, rows: list[Any], kept: list[Any]) -> dict[str, Any]:
    """Translations of *rows* renumbered for *kept* (a sub-list of them); others dropped."""
    if len(kept) == len(rows):
        return translations
    new_index = {}
    position = 0
    for old, row in enumerate(rows):
        if position < len(kept) and row is kept[position]:
            new_index[old] = position
            position += 1
    out: dict[str, Any] = {}
    for lang, entries in translations.items():
        if not isinstance(entries, dict):
            continue
        for key, entry in entries.items():
            try:
                path = valuepath.parse(key)
            except valuepath.PathError:
                continue
            if len(path) > 1 and path[0] == group and isinstance(path[1], int) and path[1] in new_index:
                out.setdefault(lang, {})[valuepath.format((group, new_index[path[1]]) + path[2:])] = entry
    return out


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
                now: str, group: str) -> dict[str, Any]:
    """Earlier provenance follows its rows; every value taken now is stamped with this contribution."""
    old = report.meta.get("provenance")
    out: dict[str, Any] = {}
    for key, entry in (old.items() if isinstance(old, dict) else ()):
        lang, _, path = key.rpartition(":")
        if not path.startswith(group + "["):
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
        raise ContributionError("contribution.no_conflict", key=min(unknown))
    return merge_contribution(result.original, result.contribution, {**result.choices, **choices}, result.prefer,
                              clock=result.clock, allow_other_report=result.allow_other_report)


def apply_merge(report: Report, result: MergeResult) -> None:
    """Put the merged values into *report* (one ``replace`` notification); refuses open conflicts."""
    if result.conflicts:
        raise ContributionError("contribution.unsettled", count=len(result.conflicts))
    report.translations = copy.deepcopy(result.report.translations)
    report.meta["provenance"] = copy.deepcopy(result.report.meta["provenance"])
    report.replace_values(copy.deepcopy(result.report.values))
