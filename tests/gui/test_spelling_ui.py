"""Spell-checking as you type in a long text: the wavy line, suggestions, Add to dictionary."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtGui import QTextCharFormat
from PySide6.QtWidgets import QApplication
from test_word_habits import demo, field_widget

from ogp_desktop.gui.widgets import prompts
from ogp_desktop.gui.widgets.spelling_ui import spell_service


def underlined(edit: Any) -> list[str]:
    """The words the highlighter marked in the box."""
    out = []
    block = edit.document().firstBlock()
    while block.isValid():
        for fmt in block.layout().formats():
            if fmt.format.underlineStyle() == QTextCharFormat.UnderlineStyle.SpellCheckUnderline:
                out.append(block.text()[fmt.start:fmt.start + fmt.length])
        block = block.next()
    return out


@pytest.mark.slow
def test_unknown_words_are_marked_corrected_and_added(start_window, qtbot, monkeypatch, data_dir) -> None:
    window = demo(start_window, qtbot)  # its personal word list goes to the data folder
    spell_service().load_now("en")  # the demo report is in English
    box = field_widget(window, "commitments[0].results")
    box.setFocus()
    box.selectAll()
    qtbot.keyClicks(box, "The ministries recieve the plan from Riigikantselei")
    QApplication.processEvents()
    assert underlined(box) == ["recieve", "Riigikantselei"]

    shown: list[Any] = []
    monkeypatch.setattr(prompts, "popup_menu", lambda menu, at: shown.append(menu))
    at = box.cursorRect(box.document().find("recieve")).center()
    box.customContextMenuRequested.emit(at)
    actions = {a.text(): a for a in shown[-1].actions()}
    assert "receive" in actions
    actions["receive"].trigger()
    assert window.current.report.get("commitments[0].results").startswith("The ministries receive the plan")

    at = box.cursorRect(box.document().find("Riigikantselei")).center()
    box.customContextMenuRequested.emit(at)
    add = next(a for a in shown[-1].actions() if a.text().startswith("Add “Riigikantselei”"))
    add.trigger()
    assert underlined(box) == []
    assert "Riigikantselei" in (data_dir / "words.txt").read_text(encoding="utf-8")
