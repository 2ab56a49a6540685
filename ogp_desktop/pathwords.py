"""What a value path is called in words, Qt-free: ``commitments[2].milestones[0].status`` ->
"Commitment 3 › Milestone 1 › Status", from the template's labels and item labels.

The core (the Word form reader's notes) and the GUI (``gui/widgets/labels.py``) name fields
this way, never by their value path.
"""

from __future__ import annotations

from ogp_desktop import valuepath
from ogp_desktop.template import Template, tr


def path_words(template: Template, path: str, lang: str = "en") -> str:
    """The field at *path* in words; unknown parts (a field from a newer template) keep their raw id."""
    try:
        parts = valuepath.parse(path)
    except valuepath.PathError:
        return path
    words: list[str] = []
    ids: list[str] = []
    for part in parts:
        if isinstance(part, int):
            field = template.field(tuple(ids))
            item = tr(field.item_label, lang) if field is not None and field.item_label else ""
            if item and words:
                words[-1] = f"{item} {part + 1}"
            else:
                words.append(f"{part + 1}")
            continue
        ids.append(part)
        field = template.field(tuple(ids))
        words.append(field.text(lang) if field is not None else part)
    return " › ".join(words)
