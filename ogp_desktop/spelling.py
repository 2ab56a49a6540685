"""Spell-checking in Estonian and English: Hunspell dictionaries read by spylls, plus the user's own words.

Qt-free. Loading a dictionary takes seconds (pure Python: about 3 s for
English, 13 s for Estonian), so :meth:`SpellChecker.load` is meant for a
worker thread; until a language is loaded every word counts as known, so
nothing is marked and nothing waits. Word look-ups are cached, which keeps
re-checking a long paragraph on every keystroke to a few milliseconds
(``bench/bench_spelling.py``).
"""

from __future__ import annotations

import re
import threading
import warnings
from pathlib import Path
from typing import Any

from ogp_desktop import collector, paths

DICTIONARIES = {"en": "en_GB", "et": "et_EE"}
# A word: letters, with inner apostrophes or hyphens ("don't", "e-teenus"); numbers and codes are not words.
WORD = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*", re.UNICODE)
_INSIDE = re.compile(r"[^\W\d_]|['’-]")  # a character a word can hold: no word crosses any other one
_MAX_CACHE = 200_000
MAX_WORD = 100  # Hunspell's own limit: a longer run of letters is no word, and looking it up takes seconds
_REACH = 200  # how far a span is widened to reach the edge of a word


def words(text: str) -> list[tuple[int, int, str]]:
    """(start, length, word) of every word in *text*."""
    return [(m.start(), m.end() - m.start(), m.group()) for m in WORD.finditer(text)]


def _skipped(word: str) -> bool:
    """Acronyms (OGP, IRM), single letters and mixed-case names (eGov) are not checked."""
    return len(word) < 2 or len(word) > MAX_WORD or word.isupper() or any(c.isupper() for c in word[1:])


def _clean_cut(text: str, i: int) -> bool:
    """Whether no word of *text* crosses position *i*."""
    return i <= 0 or i >= len(text) or not _INSIDE.match(text, i - 1) or not _INSIDE.match(text, i)


def _widen(text: str, start: int, end: int) -> tuple[int, int, bool, bool]:
    """*start*..*end* moved out to the nearest edges of words (within _REACH), and whether each edge is one."""
    start = max(0, min(start, len(text)))
    end = max(start, min(end, len(text)))
    s = next((i for i in range(start, max(-1, start - _REACH), -1) if _clean_cut(text, i)), None)
    e = next((i for i in range(end, min(len(text) + 1, end + _REACH)) if _clean_cut(text, i)), None)
    return (start if s is None else s), (end if e is None else e), s is not None, e is not None


def _read_dictionary(path: str) -> Any:
    """``Dictionary.from_files`` with its files closed when read: spylls leaves them to the garbage collector,
    and a full collection to close them held the GIL for most of a second."""
    from spylls.hunspell import Dictionary, readers  # a second of imports, only when spelling is first needed
    from spylls.hunspell.readers.file_reader import FileReader

    with warnings.catch_warnings():  # a file spylls reopens in another encoding is dropped unclosed
        warnings.simplefilter("ignore", ResourceWarning)
        aff_file = FileReader(path + ".aff")
        try:
            aff, context = readers.read_aff(aff_file)
        finally:
            aff_file.io.close()
        dic_file = FileReader(path + ".dic", encoding=context.encoding)
        try:
            dic = readers.read_dic(dic_file, aff=aff, context=context)
        finally:
            dic_file.io.close()
    return Dictionary(aff, dic)


class SpellChecker:
    """Dictionaries by language, loaded on demand, and one personal word list (a text file, one word a line)."""

    def __init__(self, words_file: str | Path | None = None, folder: str | Path | None = None) -> None:
        self.words_file = Path(words_file) if words_file is not None else None
        self.folder = Path(folder) if folder is not None else paths.resource_path("dictionaries")
        self._dictionaries: dict[str, Any] = {}
        self._cache: dict[tuple[str, str], bool] = {}
        self._lock = threading.Lock()
        self.personal: set[str] = set()
        if self.words_file is not None and self.words_file.is_file():
            self.personal = {w.strip() for w in self.words_file.read_text(encoding="utf-8").splitlines() if w.strip()}

    # -- dictionaries ----------------------------------------------------------
    def available(self, lang: str) -> bool:
        name = DICTIONARIES.get(lang)
        return name is not None and (self.folder / f"{name}.dic").is_file()

    def loaded(self, lang: str) -> bool:
        return lang in self._dictionaries

    def load(self, lang: str) -> bool:
        """Read the dictionary of *lang* (seconds: call it off the GUI thread); False when there is none."""
        if self.loaded(lang):
            return True
        if not self.available(lang):
            return False
        with collector.paused():  # each full collection would walk the dictionary read so far
            dictionary = _read_dictionary(str(self.folder / DICTIONARIES[lang]))
            # Hundreds of thousands of objects that live as long as the process: out of the collector's sight,
            # or every later full collection walks them all (most of a second) holding the GIL. Frozen before
            # collection resumes: the first one after would find them all in its youngest generation.
            collector.freeze_long_lived()
        with self._lock:
            self._dictionaries[lang] = dictionary
        return True

    # -- checking -----------------------------------------------------------------
    def is_known(self, word: str, lang: str) -> bool:
        """True for a correct word, a personal one, one not worth checking, or any word of an unloaded language."""
        if _skipped(word) or word in self.personal or word.lower() in self.personal:
            return True
        dictionary = self._dictionaries.get(lang)
        if dictionary is None:
            return True
        key = (lang, word)
        found = self._cache.get(key)
        if found is None:
            found = bool(dictionary.lookup(word))
            if len(self._cache) > _MAX_CACHE:
                self._cache.clear()
            self._cache[key] = found
        return found

    def misspelled(self, text: str, lang: str, start: int = 0, end: int | None = None) -> list[tuple[int, int, str]]:
        """(start, length, word) of the words of *text* that *lang* does not know, only those between *start*
        and *end* when given (widened to whole words; a word cut by an edge that is no word's edge is left
        unchecked): the cost is that of the span, not of the text."""
        if lang not in self._dictionaries:
            return []
        whole = start <= 0 and (end is None or end >= len(text))
        start, end, clean_start, clean_end = (0, len(text), True, True) if whole else _widen(
            text, start, len(text) if end is None else end)
        found = [m for m in WORD.finditer(text, start, end)
                 if (clean_start or m.start() > start) and (clean_end or m.end() < end)]
        # Each distinct word once (a paragraph repeats most of its words), then only the unknown ones placed.
        unknown = {w for w in {m.group() for m in found} if not self.is_known(w, lang)}
        if not unknown:
            return []
        return [(m.start(), m.end() - m.start(), m.group()) for m in found if m.group() in unknown]

    def suggest(self, word: str, lang: str, limit: int = 6) -> list[str]:
        """Likely corrections, best first (this takes up to a second: it is asked for in a context menu)."""
        dictionary = self._dictionaries.get(lang)
        if dictionary is None:
            return []
        out: list[str] = []
        for suggestion in dictionary.suggest(word):
            if suggestion not in out:
                out.append(suggestion)
            if len(out) >= limit:
                break
        return out

    def add(self, word: str) -> None:
        """Remember *word* as correct in every language, in the personal word list."""
        word = word.strip()
        if not word or word in self.personal:
            return
        self.personal.add(word)
        self._cache = {k: v for k, v in self._cache.items() if k[1] != word}
        if self.words_file is not None:
            self.words_file.parent.mkdir(parents=True, exist_ok=True)
            with self.words_file.open("a", encoding="utf-8") as f:
                f.write(word + "\n")
