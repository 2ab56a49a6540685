"""Qt's own words, so our catalogue can translate them.

Qt ships no Estonian catalogue (no qtbase_et.qm), so without these the
standard dialog buttons and the text-field context menus would stay English
in an Estonian interface. Qt looks them up with these exact contexts and
texts through every installed translator, ours included. Nothing imports this
module: it is here for ``pyside6-lupdate``.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

# QPlatformTheme::defaultStandardButtonText (QDialogButtonBox, QMessageBox).
STANDARD_BUTTONS = (
    QT_TRANSLATE_NOOP("QPlatformTheme", "OK"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Save"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Save All"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Open"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "&Yes"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Yes to &All"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "&No"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "N&o to All"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Abort"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Retry"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Ignore"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Close"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Cancel"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Discard"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Help"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Apply"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Reset"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Restore Defaults"),
)

# The right-click menus of one-line (QLineEdit) and multi-line (QWidgetTextControl) text fields.
CONTEXT_MENUS = tuple(
    text
    for pair in (
        (QT_TRANSLATE_NOOP("QLineEdit", "&Undo"), QT_TRANSLATE_NOOP("QWidgetTextControl", "&Undo")),
        (QT_TRANSLATE_NOOP("QLineEdit", "&Redo"), QT_TRANSLATE_NOOP("QWidgetTextControl", "&Redo")),
        (QT_TRANSLATE_NOOP("QLineEdit", "Cu&t"), QT_TRANSLATE_NOOP("QWidgetTextControl", "Cu&t")),
        (QT_TRANSLATE_NOOP("QLineEdit", "&Copy"), QT_TRANSLATE_NOOP("QWidgetTextControl", "&Copy")),
        (QT_TRANSLATE_NOOP("QLineEdit", "&Paste"), QT_TRANSLATE_NOOP("QWidgetTextControl", "&Paste")),
        (QT_TRANSLATE_NOOP("QLineEdit", "Delete"), QT_TRANSLATE_NOOP("QWidgetTextControl", "Delete")),
        (QT_TRANSLATE_NOOP("QLineEdit", "Select All"), QT_TRANSLATE_NOOP("QWidgetTextControl", "Select All")),
    )
    for text in pair
)
