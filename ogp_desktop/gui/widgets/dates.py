"""Dates and times as the interface language writes them (its QLocale, four-digit years)."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QDate, QLocale, Qt, QTime


def _ui_locale() -> QLocale:
    """The interface language's locale (LanguageSwitcher makes it the default); British English under "C"."""
    locale = QLocale()
    return locale if locale.language() != QLocale.Language.C else QLocale(QLocale.Language.English,
                                                                            QLocale.Country.UnitedKingdom)


def _date_format(locale: QLocale) -> str:
    """The language's short date, with a four-digit year (plan periods span decades)."""
    fmt = locale.dateFormat(QLocale.FormatType.ShortFormat)
    return fmt if "yyyy" in fmt else fmt.replace("yy", "yyyy")


def local_date(iso: str) -> str:
    """'2016-07-01' as the interface language writes it (01.07.2016, 01/07/2016); raw text if not a date."""
    day = QDate.fromString(iso, Qt.DateFormat.ISODate)
    locale = _ui_locale()
    return locale.toString(day, _date_format(locale)) if day.isValid() else iso


def local_time(iso: str) -> str:
    """'2026-11-27T10:00:00Z' as local date and time in the interface language; the raw text when it does not parse."""
    try:
        moment = datetime.fromisoformat(iso.replace("Z", "+00:00"))
    except ValueError:
        return iso
    if moment.tzinfo is not None:
        moment = moment.astimezone()
    locale = _ui_locale()
    day = QDate(moment.year, moment.month, moment.day)
    clock = QTime(moment.hour, moment.minute)
    return f"{locale.toString(day, _date_format(locale))} {locale.toString(clock, QLocale.FormatType.ShortFormat)}"
