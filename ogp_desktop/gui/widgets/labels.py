"""What a value path is called in words: "Commitment 3 › Milestone 1 › Status", from the template.

One home for it: problems, translation mode, undo texts, versions, merge and
plan preview all name fields this way, never by their value path.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ogp_desktop import valuepath
from ogp_desktop.pathwords import path_words
from ogp_desktop.template import Template


def path_label(template: Template, path: str, lang: str = "en") -> str:
    """``commitments[2].milestones[0].status`` -> "Commitment 3 › Milestone 1 › Status" from the template.

    Unknown parts (meta entries, a field from a newer template) keep their raw id.
    """
    if path.startswith("meta."):
        return QCoreApplication.translate("Provenance", "Report details ({key})").format(key=path[5:])
    return path_words(template, path, lang)


def section_label(template: Template, path: str, lang: str = "en") -> str:
    """The name of the section (page) a value path lives on: "Implementation of the commitments"."""
    try:
        parts = valuepath.parse(path)
    except valuepath.PathError:
        return ""
    field = template.field((parts[0],)) if parts and isinstance(parts[0], str) else None
    section = template.section_of(field) if field is not None else None
    return section.text(lang) if section is not None else ""
