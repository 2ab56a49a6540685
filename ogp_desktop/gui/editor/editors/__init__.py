"""The editor registry: field kind -> adapter class (value(), set_value(), value_changed).

Forms are built from the template through :func:`create_editor`; a new kind
needs one adapter class and one line here, and no form code changes.
"""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from ogp_desktop.gui.editor.editors.base import FieldEditor
from ogp_desktop.gui.editor.editors.choice_editors import (
    RADIO_MAX,
    BoolEditor,
    ComboEditor,
    MultiEnumEditor,
    RadioEditor,
)
from ogp_desktop.gui.editor.editors.date_editors import DateEditor, MonthEditor
from ogp_desktop.gui.editor.editors.group_editor import GroupEditor
from ogp_desktop.gui.editor.editors.line_editors import (
    EmailEditor,
    IntEditor,
    TextEditor,
    UrlEditor,
)
from ogp_desktop.gui.editor.editors.list_editor import ListEditor
from ogp_desktop.gui.editor.editors.longtext_editor import LongTextEditor
from ogp_desktop.template import Field

EDITORS: dict[str, type[FieldEditor]] = {
    "text": TextEditor,
    "longtext": LongTextEditor,
    "date": DateEditor,
    "month": MonthEditor,
    "enum": ComboEditor,
    "multienum": MultiEnumEditor,
    "bool": BoolEditor,
    "int": IntEditor,
    "url": UrlEditor,
    "email": EmailEditor,
    "list": ListEditor,
    "group": GroupEditor,
}


def editor_class(field: Field) -> type[FieldEditor]:
    if field.kind == "enum" and len(field.values) <= RADIO_MAX:
        return RadioEditor
    return EDITORS[field.kind]


def create_editor(field: Field, lang: str, parent: QWidget | None = None) -> FieldEditor:
    return editor_class(field)(field, lang, parent)


__all__ = ["EDITORS", "FieldEditor", "create_editor", "editor_class"]
