"""The navigator: sections, the Overview and the commitments, each with its badge.

Signals: picked(str): the page key the user moved to (not when :meth:`select`
moves the selection to follow the page shown).
"""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Signal
from PySide6.QtWidgets import QAbstractItemView, QTreeView, QWidget

from ogp_desktop.gui.editor.navigator_model import KEY_ROLE, NavigatorModel


class NavigatorView(QTreeView):
    picked = Signal(str)

    def __init__(self, model: NavigatorModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setModel(model)
        self.navigator_model = model
        self.setHeaderHidden(True)
        self.setUniformRowHeights(True)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self._selecting = False
        self.selectionModel().currentChanged.connect(self.on_current_changed)
        self.expandAll()

    def select(self, key: str) -> None:
        """Select the entry of *key* (when it has one) without telling ``picked``."""
        index = self.navigator_model.index_of(key)
        if not index.isValid():
            return
        self._selecting = True
        try:
            self.selectionModel().setCurrentIndex(index, QItemSelectionModel.SelectionFlag.ClearAndSelect)
            self.scrollTo(index)
        finally:
            self._selecting = False

    def on_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if not self._selecting and current.isValid():
            self.picked.emit(str(current.data(KEY_ROLE)))
