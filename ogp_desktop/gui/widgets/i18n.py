"""The interface language: Qt translators from resources/i18n, switchable while the app runs.

Installing a translator makes Qt send ``QEvent.LanguageChange`` to every
widget; widgets re-run their ``retranslate_ui()`` (language_change.py).

The report editor's widgets keep a language of their own (``lang``, because
template labels follow it too) and look their fixed words up with
:func:`translate` in the catalogue of *that* language: an editor built in
Estonian says "Lisa" even without the app switching. A switch reaches them the
same way as every other widget: each one sees LanguageChange and calls its own
``set_language(current_language())`` (language_change.py); no widget passes the
language on to its child widgets. Those strings are marked with
``QT_TRANSLATE_NOOP`` so ``pyside6-lupdate`` still collects them.
Template labels are not here: they come from the template's own two languages.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, QLocale, QObject, QTranslator, Signal

from ogp_desktop import paths
from ogp_desktop.languages import LANGUAGES

LANGUAGE_NAMES = {"en": "English", "et": "Eesti (Estonian)"}  # each in its own words
SOURCE_LANGUAGE = "en"  # the strings in the code are English: no catalogue lookup needed
_LOCALES = {"en": QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom),
            "et": QLocale(QLocale.Language.Estonian, QLocale.Country.Estonia)}
_CATALOGUES: dict[str, QTranslator | None] = {}


def system_language() -> str:
    """Estonian on an Estonian system, English everywhere else."""
    return "et" if QLocale.system().language() == QLocale.Language.Estonian else "en"


def current_language() -> str:
    """The interface language now: LanguageSwitcher makes its locale the default."""
    return "et" if QLocale().language() == QLocale.Language.Estonian else "en"


def switched_language(event: QEvent, lang: str) -> str | None:
    """The new interface language when *event* is a LanguageChange that changes *lang*; else None."""
    if event.type() != QEvent.Type.LanguageChange:
        return None
    new = current_language()
    return new if new != lang else None


def locale_for(lang: str) -> QLocale:
    return _LOCALES.get(lang, _LOCALES["en"])


def catalogue_path(lang: str) -> str:
    return str(paths.resource_path("i18n", f"ogp_desktop_{lang}.qm"))


def _catalogue(lang: str) -> QTranslator | None:
    """The compiled catalogue of *lang*, loaded once; None when it is missing."""
    if lang not in _CATALOGUES:
        translator = QTranslator()
        _CATALOGUES[lang] = translator if translator.load(catalogue_path(lang)) else None
    return _CATALOGUES[lang]


def translate(lang: str, context: str, text: str) -> str:
    """*text* (English, marked with QT_TRANSLATE_NOOP(context, ...)) in *lang*; the English when untranslated."""
    if lang == SOURCE_LANGUAGE:
        return text
    catalogue = _catalogue(lang)
    found = catalogue.translate(context, text) if catalogue is not None else ""
    return found or text


_COUNTS = {
    # English needs a singular; Estonian takes the singular partitive after every number ("3 viga").
    "error": (QT_TRANSLATE_NOOP("Counts", "1 error"), QT_TRANSLATE_NOOP("Counts", "{n} errors")),
    "warning": (QT_TRANSLATE_NOOP("Counts", "1 warning"), QT_TRANSLATE_NOOP("Counts", "{n} warnings")),
}


def counted(lang: str, noun: str, n: int) -> str:
    """"1 error" / "3 errors" ("1 viga" / "3 viga") in *lang*."""
    one, many = _COUNTS[noun]
    return translate(lang, "Counts", one if n == 1 else many).format(n=n)


def format_number(value: float | int, lang: str) -> str:
    """Numbers as the language writes them (Estonian: "1 234,5")."""
    return locale_for(lang).toString(value)


class LanguageSwitcher(QObject):
    """Owns the app's translator.

    Signals: language_changed(str) after a switch, when every widget has
    received its LanguageChange event.
    """

    language_changed = Signal(str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._translator: QTranslator | None = None
        self.language = "en"

    def set_language(self, lang: str) -> bool:
        """Switch to *lang*; returns False (and stays) when its catalogue is missing."""
        if lang not in LANGUAGES:
            lang = "en"
        app = QCoreApplication.instance()
        translator = QTranslator(self)
        if not translator.load(catalogue_path(lang)):
            return False
        if self._translator is not None:
            app.removeTranslator(self._translator)
            self._translator.deleteLater()
        app.installTranslator(translator)  # sends LanguageChange to every widget
        self._translator = translator
        self.language = lang
        QLocale.setDefault(locale_for(lang))
        self.language_changed.emit(lang)
        return True

    def uninstall(self) -> None:
        """Take the translator out again (the app is closing; tests start the next session clean)."""
        if self._translator is not None:
            QCoreApplication.instance().removeTranslator(self._translator)
            self._translator.deleteLater()
            self._translator = None
        QLocale.setDefault(QLocale.system())
