"""The demonstration (--demo): its library is temporary; quitting offers to keep what was written in it."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QWidget

from ogp_desktop.gui.widgets import prompts
from ogp_desktop.store.errors import StoreError
from ogp_desktop.store.library import Library


class Demonstration(QObject):
    """Remembers each draft's revision at the start, so quitting knows which ones were made or changed."""

    def __init__(self, library: Library, keep_into: Path, parent: QWidget) -> None:
        super().__init__(parent)
        self.parent_widget = parent  # owner of the questions asked on quitting
        self.library = library
        self.keep_into: Path | None = keep_into  # the user's own library
        self._first_revisions = {d.id: library.revision(d.id) for d in library.list()}

    def banner_text(self) -> str:
        return self.tr("This is a demonstration in a temporary library: what you write here goes "
                       "when you quit, unless you choose then to keep it in your own library.")

    def keep_drafts(self) -> bool:
        """Quitting: offer to copy the drafts made or changed here; False keeps the app open."""
        if self.keep_into is None or self.library.read_only:
            return True
        changed = [d for d in self.library.list()
                   if not d.damaged and self._first_revisions.get(d.id) != self.library.revision(d.id)]
        if not changed:
            return True
        untitled = self.tr("(untitled report)")  # outside the f-string, where lupdate sees it
        titles = ", ".join(f"“{d.title or untitled}”" for d in changed)
        if not prompts.ask_yes_no(self.parent_widget, self.tr("Keep your drafts?"), self.tr(
                "You wrote in {count} report(s) in this demonstration: {titles}. Keep them in your own library? "
                "If not, they are deleted with the demonstration.").format(count=len(changed), titles=titles)):
            return True
        try:
            target = Library(self.keep_into, clock=self.library.clock)
            try:
                for d in changed:
                    target.add(self.library.open(d.id))
            finally:
                target.close()
        except (StoreError, OSError) as exc:
            prompts.error(self.parent_widget, self.tr("Keep your drafts?"), self.tr(
                "The drafts could not be copied to your library: {reason}").format(reason=prompts.message(exc)))
            return False
        self.keep_into = None  # asked and done: a second close does not ask again
        return True
