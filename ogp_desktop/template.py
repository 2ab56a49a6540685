"""The report template as data: sections, fields, kinds, rules and labels.

``resources/templates/*.json`` is the single source of what a report holds;
forms, validation and exports are generated from it. The loader checks the
file thoroughly and names the file and JSON path of the first problem, so a
new template (OGP changes theirs) fails loudly instead of producing a
half-working form. See ``docs/template-format.md`` for the format.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

from ogp_desktop import paths, valuepath
from ogp_desktop.errors import UserError
from ogp_desktop.languages import LANGUAGES
from ogp_desktop.languages import tr as tr  # re-exported: template labels are read with it
from ogp_desktop.migrations import Step, parse_migrations
from ogp_desktop.roles import REQUIRED_ROLES, ROLE_SPECS, SECTION_ROLES, Roles

KINDS = frozenset(
    {"text", "longtext", "date", "month", "enum", "multienum", "bool", "int", "url", "email", "list", "group"}
)
SCALAR_KINDS = KINDS - {"multienum", "list", "group"}
TRANSLATABLE_KINDS = frozenset({"text", "longtext", "list"})
SEVERITIES = ("error", "warning", "no")
CHECKS = {
    # check name -> the keys that name fields (validated to exist in the scope)
    "date_order": ("start", "end"),
    "within": ("fields", "start", "end"),
    "min_days": ("start", "end"),
    "meeting_frequency": ("group", "date", "start", "end"),
    "not_alone": ("field",),
    "completion_consistency": ("field", "items", "item_field"),
}
PROBLEM_CODES = (
    "required", "invalid_value", "invalid_format", "date_order", "outside_period", "too_long",
    "comment_period_short", "completion_inconsistent", "evidence_missing", "too_few_meetings",
    "values_tech_alone", "empty_group",
)
DEFAULT_TEMPLATE = "ogp-self-assessment"


class TemplateError(UserError):
    """A template is malformed (``template.invalid``: the file, JSON path and fault) or not installed."""


Text = dict[str, str]  # {"en": "...", "et": "..."}


@dataclass(frozen=True)
class EnumValue:
    id: Any
    label: Text

    def text(self, lang: str) -> str:
        return tr(self.label, lang)


@dataclass(frozen=True)
class Condition:
    """``{"field": ref, "in": [...]}``, ``{"field": ref, "not_in": [...]}`` or ``{"report_type": [...]}``."""

    field: str | None
    values: tuple[Any, ...]
    negate: bool


@dataclass(frozen=True)
class Requirement:
    severity: str
    when: tuple[Condition, ...] = ()
    code: str | None = None


@dataclass(eq=False)
class Field:
    id: str
    kind: str
    label: Text
    guidance: Text
    requirements: tuple[Requirement, ...]
    values: tuple[EnumValue, ...] = ()
    max_words: int | None = None
    max_chars: int | None = None
    pattern: dict[str, Any] | None = None
    show_for: tuple[str, ...] | None = None
    fields: tuple[Field, ...] = ()
    item_label: Text | None = None
    parent: Field | None = None
    section_id: str = ""
    # None: translatable when the kind holds prose (text, longtext, list); the file can say false
    # for ids, numbers and names of people
    translatable_flag: bool | None = None
    # how an answer reads as a sentence in the report: value id (as text) -> bilingual sentence
    statement: dict[str, Text] | None = None

    def text(self, lang: str) -> str:
        return tr(self.label, lang)

    def help(self, lang: str) -> str:
        return tr(self.guidance, lang)

    @property
    def ids(self) -> tuple[str, ...]:
        """Field ids from the top: ``("commitments", "milestones", "status")``."""
        return (self.parent.ids if self.parent else ()) + (self.id,)

    @property
    def is_group(self) -> bool:
        return self.kind == "group"

    def child(self, field_id: str) -> Field | None:
        return next((f for f in self.fields if f.id == field_id), None)

    def value(self, value_id: Any) -> EnumValue | None:
        return next((v for v in self.values if v.id == value_id), None)

    def value_text(self, value_id: Any, lang: str) -> str:
        v = self.value(value_id)
        return v.text(lang) if v else str(value_id)

    def visible_for(self, report_type: str | None) -> bool:
        return self.show_for is None or report_type is None or report_type in self.show_for

    @property
    def translatable(self) -> bool:
        """Whether a value of this field is prose that a translation replaces."""
        if self.translatable_flag is not None:
            return self.translatable_flag
        return self.kind in TRANSLATABLE_KINDS

    def statement_text(self, value: Any, lang: str) -> str:
        """The report sentence for *value* (``"yes"``, ``True`` ...), or "" when the template gives none."""
        if not self.statement:
            return ""
        key = json.dumps(value) if isinstance(value, bool) else str(value)
        return tr(self.statement.get(key), lang)

    @property
    def max_severity(self) -> str:
        """The strongest severity any requirement can take (for "required" marks)."""
        sev = {r.severity for r in self.requirements}
        return "error" if "error" in sev else "warning" if "warning" in sev else "no"


@dataclass(eq=False)
class Section:
    id: str
    label: Text
    guidance: Text
    fields: tuple[Field, ...]
    show_for: tuple[str, ...] | None = None

    def text(self, lang: str) -> str:
        return tr(self.label, lang)

    def visible_for(self, report_type: str | None) -> bool:
        return self.show_for is None or report_type is None or report_type in self.show_for


@dataclass(eq=False)
class Template:
    id: str
    version: int
    name: Text
    sections: tuple[Section, ...]
    checks: tuple[dict[str, Any], ...] = ()
    source: str = ""
    roles: Roles = field(default_factory=lambda: Roles({}, {}), repr=False)
    # version N -> the steps that bring a report from N to N + 1 (see template_versions.py)
    migrations: dict[int, tuple[Step, ...]] = field(default_factory=dict, repr=False)
    _index: dict[tuple[str, ...], Field] = field(default_factory=dict, repr=False)

    def fields(self) -> Iterator[Field]:
        """Every top-level field, in template order."""
        for section in self.sections:
            yield from section.fields

    def all_fields(self) -> Iterator[Field]:
        """Every field at every depth, parents before children."""
        return iter(self._index.values())

    def field(self, path: str | tuple[str | int, ...]) -> Field | None:
        """The field a value path (indices ignored) or dotted id chain names."""
        if isinstance(path, str):
            ids = tuple(path.split(".")) if "[" not in path else valuepath.field_ids(path)
        else:
            ids = tuple(p for p in path if isinstance(p, str))
        return self._index.get(ids)

    def section(self, section_id: str) -> Section | None:
        return next((s for s in self.sections if s.id == section_id), None)

    def section_of(self, field: Field) -> Section | None:
        top = field
        while top.parent is not None:
            top = top.parent
        return self.section(top.section_id)


# ---------------------------------------------------------------------------
# Loading


class _Loader:
    def __init__(self, source: str) -> None:
        self.source = source

    def fail(self, where: str, msg: str) -> TemplateError:
        return TemplateError("template.invalid", detail=f"{self.source}: {where}: {msg}")

    def obj(self, node: Any, where: str, required: tuple[str, ...], optional: tuple[str, ...] = ()) -> dict[str, Any]:
        if not isinstance(node, dict):
            raise self.fail(where, "expected an object")
        for key in required:
            if key not in node:
                raise self.fail(where, f"missing key '{key}'")
        unknown = set(node) - set(required) - set(optional)
        if unknown:
            raise self.fail(where, f"unknown key '{sorted(unknown)[0]}'")
        return node

    def text(self, node: Any, where: str, allow_empty: bool = False) -> Text:
        if not isinstance(node, dict) or set(node) != set(LANGUAGES):
            raise self.fail(where, f"expected an object with exactly the languages {list(LANGUAGES)}")
        for lang in LANGUAGES:
            if not isinstance(node[lang], str) or (not allow_empty and not node[lang].strip()):
                wanted = "a string" if allow_empty else "a non-empty string"
                raise self.fail(f"{where}.{lang}", f"expected {wanted}")
        return dict(node)

    def ident(self, node: Any, where: str) -> str:
        if not isinstance(node, str) or not re.fullmatch(r"[a-z][a-z0-9_]*", node):
            raise self.fail(where, f"not a valid id: {node!r}")
        return node

    def int_or_none(self, node: Any, where: str) -> int | None:
        if node is None:
            return None
        if not isinstance(node, int) or isinstance(node, bool) or node < 1:
            raise self.fail(where, "expected a positive integer")
        return node

    def show_for(self, node: Any, where: str, report_types: set[str]) -> tuple[str, ...] | None:
        if node is None:
            return None
        if not isinstance(node, list) or not node or any(v not in report_types for v in node):
            raise self.fail(where, f"expected a list of report types from {sorted(report_types)}")
        return tuple(node)

    def condition(self, node: Any, where: str, report_types: set[str]) -> Condition:
        if isinstance(node, dict) and "report_type" in node:
            self.obj(node, where, ("report_type",))
            types = self.show_for(node["report_type"], f"{where}.report_type", report_types) or ()
            return Condition(None, types, False)
        node = self.obj(node, where, ("field",), ("in", "not_in"))
        if ("in" in node) == ("not_in" in node):
            raise self.fail(where, "a condition needs exactly one of 'in' or 'not_in'")
        vals = node.get("in", node.get("not_in"))
        if not isinstance(vals, list) or not vals:
            raise self.fail(where, "expected a non-empty list of values")
        return Condition(str(node["field"]), tuple(vals), "not_in" in node)

    def requirements(self, node: Any, where: str, report_types: set[str]) -> tuple[Requirement, ...]:
        if isinstance(node, str):
            if node not in SEVERITIES:
                raise self.fail(where, f"expected one of {list(SEVERITIES)}")
            return () if node == "no" else (Requirement(node),)
        if not isinstance(node, list):
            raise self.fail(where, "expected a severity or a list of {severity, when, code}")
        out = []
        for i, item in enumerate(node):
            w = f"{where}[{i}]"
            item = self.obj(item, w, ("severity",), ("when", "code"))
            if item["severity"] not in ("error", "warning"):
                raise self.fail(f"{w}.severity", "expected 'error' or 'warning'")
            code = item.get("code")
            if code is not None and code not in PROBLEM_CODES:
                raise self.fail(f"{w}.code", f"unknown problem code {code!r}")
            when = item.get("when", [])
            if not isinstance(when, list):
                raise self.fail(f"{w}.when", "expected a list of conditions")
            conds = tuple(self.condition(c, f"{w}.when[{j}]", report_types) for j, c in enumerate(when))
            out.append(Requirement(item["severity"], conds, code))
        return tuple(out)

    def field(self, node: Any, where: str, report_types: set[str], parent: Field | None, section_id: str) -> Field:
        node = self.obj(
            node, where, ("id", "kind", "label", "guidance", "required"),
            ("values", "max_words", "max_chars", "pattern", "show_for", "fields", "item_label", "translatable",
             "statement"),
        )
        kind = node["kind"]
        if kind not in KINDS:
            raise self.fail(f"{where}.kind", f"unknown kind {kind!r}")
        f = Field(
            id=self.ident(node["id"], f"{where}.id"),
            kind=kind,
            label=self.text(node["label"], f"{where}.label"),
            guidance=self.text(node["guidance"], f"{where}.guidance", allow_empty=True),
            requirements=self.requirements(node["required"], f"{where}.required", report_types),
            max_words=self.int_or_none(node.get("max_words"), f"{where}.max_words"),
            max_chars=self.int_or_none(node.get("max_chars"), f"{where}.max_chars"),
            show_for=self.show_for(node.get("show_for"), f"{where}.show_for", report_types),
            parent=parent,
            section_id=section_id,
        )
        f.values = self.enum_values(node, where, kind)
        if "translatable" in node:
            if not isinstance(node["translatable"], bool):
                raise self.fail(f"{where}.translatable", "expected true or false")
            f.translatable_flag = node["translatable"]
        if "statement" in node:
            f.statement = self.statement(node["statement"], f"{where}.statement", f)
        if "pattern" in node:
            f.pattern = self.pattern(node["pattern"], f"{where}.pattern")
        if kind == "group":
            f.fields, f.item_label = self.group(node, where, report_types, f, section_id)
        elif "fields" in node or "item_label" in node:
            raise self.fail(where, "only group fields take 'fields' and 'item_label'")
        return f

    def enum_values(self, node: dict[str, Any], where: str, kind: str) -> tuple[EnumValue, ...]:
        if kind not in ("enum", "multienum"):
            if "values" in node:
                raise self.fail(f"{where}.values", f"only enum and multienum fields take values, not {kind}")
            return ()
        vals = node.get("values")
        if not isinstance(vals, list) or not vals:
            raise self.fail(f"{where}.values", f"a {kind} field needs a non-empty list of values")
        seen = set()
        out = []
        for i, v in enumerate(vals):
            v = self.obj(v, f"{where}.values[{i}]", ("id", "label"))
            if v["id"] in seen:
                raise self.fail(f"{where}.values[{i}].id", f"duplicate value {v['id']!r}")
            seen.add(v["id"])
            out.append(EnumValue(v["id"], self.text(v["label"], f"{where}.values[{i}].label")))
        return tuple(out)

    def statement(self, node: Any, where: str, f: Field) -> dict[str, Text]:
        if f.kind == "bool":
            allowed = {"true", "false"}
        elif f.kind == "enum":
            allowed = {str(v.id) for v in f.values}
        else:
            raise self.fail(where, f"only enum and bool fields take a statement, not {f.kind}")
        if not isinstance(node, dict) or not node:
            raise self.fail(where, "expected an object of value -> sentence")
        for key, text in node.items():
            if key not in allowed:
                raise self.fail(f"{where}.{key}", f"not a value of this field (expected one of {sorted(allowed)})")
            self.text(text, f"{where}.{key}")
        return dict(node)

    def roles(self, node: Any, tpl: Template) -> Roles:
        """``{"role": "dotted.field.chain" | [chains] }``: each must name a field of the right kind and place."""
        if not isinstance(node, dict):
            raise self.fail("$.roles", "expected an object of role -> field")
        chains: dict[str, tuple[tuple[str, ...], ...]] = {}
        sections: dict[str, str] = {}
        for role, target in node.items():
            where = f"$.roles.{role}"
            if role in SECTION_ROLES:
                if not isinstance(target, str) or tpl.section(target) is None:
                    raise self.fail(where, f"expected the id of a section, not {target!r}")
                sections[role] = target
                continue
            if role not in ROLE_SPECS:
                known = ", ".join(sorted(ROLE_SPECS) + sorted(SECTION_ROLES))
                raise self.fail(where, f"unknown role (known: {known})")
            many = ROLE_SPECS[role][2]
            targets = target if many and isinstance(target, list) else [target]
            if not targets or (isinstance(target, list) and not many):
                raise self.fail(where, "expected one field" if not many else "expected a non-empty list of fields")
            chains[role] = tuple(self.role_field(tpl, chains, role, where, target, t, i)
                                 for i, t in enumerate(targets))
        missing = sorted(REQUIRED_ROLES - set(chains))
        if missing:
            raise self.fail("$.roles", f"missing role {missing[0]!r}")
        completion = tpl._index.get(chains["completion"][0]) if "completion" in chains else None
        levels = tuple(v.id for v in completion.values) if completion is not None else ()
        return Roles(chains, sections, levels)

    def role_field(self, tpl: Template, chains: dict[str, tuple[tuple[str, ...], ...]], role: str, where: str,
                   target: Any, chain_text: Any, i: int) -> tuple[str, ...]:
        inside, kinds, _ = ROLE_SPECS[role]
        w = f"{where}[{i}]" if isinstance(target, list) else where
        chain = tuple(chain_text.split(".")) if isinstance(chain_text, str) else ()
        f = tpl._index.get(chain)
        if f is None:
            raise self.fail(w, f"refers to unknown field {chain_text!r}")
        if f.kind not in kinds:
            wanted = " or ".join(sorted(kinds))
            raise self.fail(w, f"{chain_text!r} is a {f.kind} field; this role needs {wanted}")
        if inside and inside not in chains:
            raise self.fail(w, f"declare the role {inside!r} before {role!r}")
        parent = chains[inside][0] if inside else ()
        if chain[:-1] != parent:
            raise self.fail(w, f"{chain_text!r} must be a field of {'.'.join(parent) or 'the top level'}")
        return chain

    def pattern(self, node: Any, where: str) -> dict[str, Any]:
        pat = self.obj(node, where, ("regex", "severity", "hint"))
        try:
            re.compile(pat["regex"])
        except (re.error, TypeError) as exc:
            raise self.fail(f"{where}.regex", f"invalid regular expression: {exc}") from None
        if pat["severity"] not in ("error", "warning"):
            raise self.fail(f"{where}.severity", "expected 'error' or 'warning'")
        self.text(pat["hint"], f"{where}.hint")
        return dict(pat)

    def group(self, node: dict[str, Any], where: str, report_types: set[str], parent: Field,
              section_id: str) -> tuple[tuple[Field, ...], Text | None]:
        children = node.get("fields")
        if not isinstance(children, list) or not children:
            raise self.fail(f"{where}.fields", "a group needs a non-empty list of fields")
        fields = tuple(self.field(c, f"{where}.fields[{i}]", report_types, parent, section_id)
                       for i, c in enumerate(children))
        item_label = self.text(node["item_label"], f"{where}.item_label") if "item_label" in node else None
        return fields, item_label

    def load(self, data: Any) -> Template:
        data = self.obj(data, "$", ("id", "version", "name", "report_types", "sections", "roles"),
                        ("checks", "$comment", "migrations"))
        if not isinstance(data["id"], str) or not re.fullmatch(r"[a-z0-9-]+", data["id"]):
            raise self.fail("$.id", "expected a lower-case id such as 'ogp-self-assessment'")
        if not isinstance(data["version"], int) or data["version"] < 1:
            raise self.fail("$.version", "expected a positive integer")
        rts = data["report_types"]
        if not isinstance(rts, list) or not rts or not all(isinstance(r, str) for r in rts):
            raise self.fail("$.report_types", "expected a non-empty list of report type ids")
        report_types = set(rts)
        if not isinstance(data["sections"], list) or not data["sections"]:
            raise self.fail("$.sections", "expected a non-empty list")
        sections = []
        for i, s in enumerate(data["sections"]):
            w = f"$.sections[{i}]"
            s = self.obj(s, w, ("id", "label", "guidance", "fields"), ("show_for",))
            sid = self.ident(s["id"], f"{w}.id")
            if not isinstance(s["fields"], list) or not s["fields"]:
                raise self.fail(f"{w}.fields", "expected a non-empty list")
            fields = tuple(self.field(f, f"{w}.fields[{j}]", report_types, None, sid)
                           for j, f in enumerate(s["fields"]))
            sections.append(Section(sid, self.text(s["label"], f"{w}.label"),
                                    self.text(s["guidance"], f"{w}.guidance", allow_empty=True),
                                    fields, self.show_for(s.get("show_for"), f"{w}.show_for", report_types)))
        tpl = Template(data["id"], data["version"], self.text(data["name"], "$.name"), tuple(sections),
                       source=self.source, migrations=parse_migrations(data.get("migrations", []), data["version"],
                                                                      self.fail))
        self.index(tpl)
        self.check_references(tpl)
        tpl.roles = self.roles(data["roles"], tpl)
        checks = data.get("checks", [])
        if not isinstance(checks, list):
            raise self.fail("$.checks", "expected a list")
        tpl.checks = tuple(self.check(c, f"$.checks[{i}]", tpl) for i, c in enumerate(checks))
        return tpl

    def index(self, tpl: Template) -> None:
        seen_sections: set[str] = set()
        for i, s in enumerate(tpl.sections):
            if s.id in seen_sections:
                raise self.fail(f"$.sections[{i}].id", f"duplicate section id {s.id!r}")
            seen_sections.add(s.id)

        def walk(fields: tuple[Field, ...], where: str) -> None:
            for f in fields:
                if f.ids in tpl._index:
                    raise self.fail(where, f"duplicate field id {'.'.join(f.ids)!r}")
                tpl._index[f.ids] = f
                walk(f.fields, where)

        for i, s in enumerate(tpl.sections):
            walk(s.fields, f"$.sections[{i}]")

    def resolve(self, tpl: Template, scope: tuple[str, ...], ref: str) -> Field | None:
        """A field reference: ``name`` in the scope's items, ``../name`` one level up, ``/name`` at the top."""
        if ref.startswith("/"):
            return tpl._index.get((ref[1:],))
        while ref.startswith("../"):
            scope, ref = scope[:-1], ref[3:]
        return tpl._index.get(scope + (ref,))

    def check_references(self, tpl: Template) -> None:
        for f in tpl.all_fields():
            scope = f.ids[:-1]
            for r in f.requirements:
                for c in r.when:
                    if c.field is not None and self.resolve(tpl, scope, c.field) is None:
                        raise self.fail(f"field {'.'.join(f.ids)}", f"condition refers to unknown field {c.field!r}")

    def check(self, node: Any, where: str, tpl: Template) -> dict[str, Any]:
        if not isinstance(node, dict) or node.get("check") not in CHECKS:
            raise self.fail(f"{where}.check", f"expected one of {sorted(CHECKS)}")
        scope_text = node.get("scope", "")
        scope = tuple(scope_text.split(".")) if scope_text else ()
        if scope and (tpl._index.get(scope) is None or not tpl._index[scope].is_group):
            raise self.fail(f"{where}.scope", f"{scope_text!r} is not a group")
        if node.get("severity") not in ("error", "warning"):
            raise self.fail(f"{where}.severity", "expected 'error' or 'warning'")
        for key in CHECKS[node["check"]]:
            if key not in node:
                raise self.fail(where, f"missing key '{key}'")
            refs = node[key] if isinstance(node[key], list) else [node[key]]
            base = scope
            if key == "item_field":
                base = scope + (node["items"],)
            elif key == "date" and node["check"] == "meeting_frequency":
                base = scope + (node["group"],)  # the date is a column of the group
            for ref in refs:
                if not isinstance(ref, str) or self.resolve(tpl, base, ref) is None:
                    raise self.fail(f"{where}.{key}", f"refers to unknown field {ref!r}")
        return dict(node)


def load_template_data(data: Any, source: str = "<template>") -> Template:
    return _Loader(source).load(data)


def load_template_file(path: str | Path) -> Template:
    name = Path(path).name
    try:
        raw = Path(path).read_text(encoding="utf-8")
        data = json.loads(raw)
    except (OSError, UnicodeDecodeError) as exc:
        raise TemplateError("template.invalid", detail=f"{name}: cannot be read: {exc}") from None
    except json.JSONDecodeError as exc:
        raise TemplateError("template.invalid", detail=f"{name}: $: invalid JSON at line {exc.lineno} column "
                                                      f"{exc.colno}: {exc.msg}") from None
    return load_template_data(data, name)


def shipped_template_files(folder: str | Path | None = None) -> list[Path]:
    """The template files of *folder* (default: the shipped ``resources/templates``)."""
    where = Path(folder) if folder is not None else Path(str(paths.resource_path("templates")))
    return sorted(where.glob("*.json"))


@cache
def template_catalogue(folder: str | None = None) -> dict[tuple[str, int], Template]:
    """Every template of *folder* by (id, version); cached: templates are immutable once loaded."""
    out: dict[tuple[str, int], Template] = {}
    for path in shipped_template_files(folder):
        tpl = load_template_file(path)
        if (tpl.id, tpl.version) in out:
            raise TemplateError("template.invalid",
                                detail=f"{path.name}: $.version: {tpl.id!r} version {tpl.version} is installed twice")
        out[(tpl.id, tpl.version)] = tpl
    return out


def latest_version(template_id: str, folder: str | None = None) -> int:
    """The newest installed version of *template_id*; 0 when none is installed."""
    return max((v for (i, v) in template_catalogue(folder) if i == template_id), default=0)


@cache
def load_template(template_id: str = DEFAULT_TEMPLATE, version: int | None = None,
                  folder: str | None = None) -> Template:
    """An installed template by id and version (the newest when *version* is None)."""
    wanted = version if version is not None else latest_version(template_id, folder)
    found = template_catalogue(folder).get((template_id, wanted))
    if found is None:
        if not latest_version(template_id, folder):
            raise TemplateError("template.not_installed", template=template_id)
        raise TemplateError("template.version_not_installed", template=template_id, version=version)
    return found


@cache
def template_of(template_id: str, version: int | None = None) -> Template:
    """The template a report names (that version, else the newest), or the default one when not installed.

    Reports keep working (their title, language, commitments) under the
    default template's roles; validation tells the user about the unknown id.
    """
    for wanted in (version, None):
        try:
            return load_template(template_id, wanted)
        except TemplateError:
            continue
    return load_template(DEFAULT_TEMPLATE)
