"""Spell-checking never delays typing: a keystroke in a 5,000-word long text with both dictionaries.

The text is one field of 5,000 words (real words and typos, Estonian and
English); a keystroke re-checks the paragraph being typed in. Measured: the
dictionary load (on a worker thread in the app), a first full check of the
field, and keystrokes typed in the middle of a 1,000-word paragraph and at
the end of the field. Target: a keystroke < 16 ms, one frame.
"""

from __future__ import annotations

import os
import random
import statistics
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_LOGGING_RULES", "qt.qpa.*=false")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

ET = ("valitsus kohustus aruanne tegevuskava ministeerium avalik konsultatsioon kodanikuühiskond "
      "läbipaistvus kaasamine eelarve seadus riigikogu omavalitsus andmed teenus arendus aruannne").split()


def _ms(seconds: float) -> str:
    return f"{seconds * 1000:.1f} ms"


def run(quick: bool = False) -> list[tuple[str, str]]:
    from PySide6.QtGui import QTextCursor
    from PySide6.QtWidgets import QApplication, QPlainTextEdit

    from ogp_desktop.gui.widgets.spelling_ui import SpellHighlighter, spell_service

    app = QApplication.instance() or QApplication([])
    service = spell_service()
    started = time.perf_counter()
    service.load_now("et")
    load = time.perf_counter() - started
    rng = random.Random(7)
    paragraphs = [" ".join(rng.choice(ET) for _ in range(1000)) for _ in range(5)]
    text = "\n".join(paragraphs)  # 5,000 words in five paragraphs of 1,000
    edit = QPlainTextEdit()
    edit.resize(800, 600)
    edit.show()
    edit.setPlainText(text)
    app.processEvents()

    def keystrokes(position: int, n: int) -> list[float]:
        cursor = edit.textCursor()
        cursor.setPosition(position)
        edit.setTextCursor(cursor)
        out = []
        for i in range(n):
            t = time.perf_counter()
            edit.insertPlainText("a" if i % 6 else " ")
            app.processEvents()
            out.append(time.perf_counter() - t)
        return out

    n = 20 if quick else 100
    middle_position = len(paragraphs[0]) + len(paragraphs[1]) // 2
    plain = keystrokes(middle_position, n)  # Qt's own cost of a keystroke in a long paragraph
    started = time.perf_counter()
    SpellHighlighter(edit.document(), "et")
    app.processEvents()
    first = time.perf_counter() - started
    middle = keystrokes(len(paragraphs[0]) + len(paragraphs[1]) // 2, n)
    end = edit.document().characterCount() - 1
    cursor = edit.textCursor()
    cursor.movePosition(QTextCursor.MoveOperation.End)
    at_end = keystrokes(end, n)
    edit.close()
    return [
        ("Estonian dictionary load (worker thread)", f"{load:.1f} s"),
        ("first check of a 5,000-word field", _ms(first)),
        ("keystroke in a 1,000-word paragraph without checking, median", _ms(statistics.median(plain))),
        ("keystroke in a 1,000-word paragraph, median (target < 16 ms)", _ms(statistics.median(middle))),
        ("keystroke in a 1,000-word paragraph, worst", _ms(max(middle))),
        ("keystroke at the end of the field, median", _ms(statistics.median(at_end))),
    ]
