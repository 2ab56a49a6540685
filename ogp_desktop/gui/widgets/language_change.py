"""The one ``changeEvent`` that lets a widget follow the interface language.

Installing a translator makes Qt send ``QEvent.LanguageChange`` to every top-level
widget, and each widget passes it on to its children, so every widget sees it
once. A widget lists one of these mixins before its Qt class
(``class AboutDialog(Retranslates, QDialog)``) and writes only what to redo:

* :class:`Retranslates`: fixed words are Qt translations (``self.tr``); ``retranslate_ui()``.
* :class:`FollowsLanguage`: the editor's widgets, which keep a language of their own
  (``lang``, see i18n.py); ``set_language(new)`` when the interface language differs from it.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent

from ogp_desktop.gui.widgets.i18n import switched_language


class Retranslates:
    """LanguageChange -> ``self.retranslate_ui()``."""

    def retranslate_ui(self) -> None:
        raise NotImplementedError

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)  # type: ignore[misc] # the Qt class listed after the mixin


class FollowsLanguage:
    """LanguageChange to a language other than ``self.lang`` -> ``self.set_language(new)``."""

    lang: str

    def set_language(self, lang: str) -> None:
        raise NotImplementedError

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if (lang := switched_language(event, self.lang)) is not None:
            self.set_language(lang)
        super().changeEvent(event)  # type: ignore[misc] # the Qt class listed after the mixin
