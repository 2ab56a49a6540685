"""The garbage collector kept from freezing the GUI thread: long-lived objects out of its sight.

Python's automatic collection runs on whichever thread happens to allocate (the GUI process runs it on
its GUI thread instead, :func:`collect_if_due`) and holds the GIL until it ends; a full one walks every
tracked object. With the app's modules, a spelling dictionary (about 430,000 objects) and a
2,000-commitment report that took most of a second, in which the GUI thread could not run, though all the
work was on workers (``bench/bench_gui_stall.py``). So what lives as long as the process (the imported
modules, a loaded dictionary) is frozen out of later collections (``gc.freeze``), and building such a thing
runs with automatic collections paused. Frozen objects are still freed by reference counting; only a
reference cycle among them that dies later stays in memory, which is why freezing happens at moments when
little short-lived is alive.
"""

from __future__ import annotations

import contextlib
import gc
import threading
from collections.abc import Iterator

_lock = threading.Lock()
_pausers = 0  # how many paused() blocks are running, on any thread
_resume = False  # whether the last one out turns collection back on
_started = False


@contextlib.contextmanager
def paused() -> Iterator[None]:
    """No automatic collections inside: each full one would walk all that was built so far. Nests and works
    across threads: the last block to end turns collection back on (if it was on before the first)."""
    global _pausers, _resume
    with _lock:
        if _pausers == 0:
            _resume = gc.isenabled()
            gc.disable()
        _pausers += 1
    try:
        yield
    finally:
        with _lock:
            _pausers -= 1
            if _pausers == 0 and _resume:
                gc.enable()


def freeze_long_lived() -> None:
    """Keep every object alive now out of later collections: call it right after building what lives as long
    as the process, inside the paused() block that built it (else the first collection after finds it all
    in its youngest generation)."""
    gc.freeze()


def freeze_startup() -> None:
    """The first call in the process freezes what start-up left (modules, classes, the window); later ones
    do nothing, so a report opened since is never frozen."""
    global _started
    with _lock:
        if _started:
            return
        _started = True
    gc.freeze()


_BATCH = 20_000  # allocations between young collections inside batched(); Python's own is 700
_batchers = 0
_young_before = 0


@contextlib.contextmanager
def batched() -> Iterator[None]:
    """Young collections in batches: laying out a PDF allocates millions of short-lived objects, and at
    Python's pace (a collection every 700) a tenth of a 50-commitment export went to collecting, two full
    collections included. Garbage cycles are still freed, up to 20,000 objects later; only the young
    threshold changes (the GUI's policy for full collections stays). Nests and works across threads."""
    global _batchers, _young_before
    with _lock:
        if _batchers == 0:
            _young_before = gc.get_threshold()[0]
            _set_young(max(_young_before, _BATCH))
        _batchers += 1
    try:
        yield
    finally:
        with _lock:
            _batchers -= 1
            if _batchers == 0:
                _set_young(_young_before)


def _set_young(young: int) -> None:
    _, middle, full = gc.get_threshold()
    gc.set_threshold(young, middle, full)


_FULL_AFTER = gc.get_threshold()[2]  # Python's own: a full collection after this many middle ones
_NEVER = 2**30


def defer_full_collections() -> None:
    """While a report is open, no automatic full collection: one walks the whole report (60-110 ms at 2,000
    commitments, holding the GIL). The young generations are still
    collected as usual, which is where nearly all cyclic garbage dies; :func:`collect_deferred` does the rest."""
    young, middle, _ = gc.get_threshold()
    gc.set_threshold(young, middle, _NEVER)


def collect_deferred() -> None:
    """The report was closed: the full collection put off while it was open, now, when the user expects a pause."""
    young, middle, _ = gc.get_threshold()
    gc.set_threshold(young, middle, _FULL_AFTER)
    gc.collect()


def collect_if_due() -> int | None:
    """The collection Python's automatic collector would run now, run on the calling thread; the generation
    collected, or None. The GUI calls it from a timer with automatic collection off (gui/widgets/gui_collector.py):
    a collection frees whatever garbage it finds, Qt objects included, on the thread that runs it, and one run
    by a worker (the opening worker, allocating a report) freed the GUI's Qt objects there and crashed the app."""
    if _pausers:  # something long-lived is being built (a dictionary): it is frozen when done, not walked
        return None
    young, middle, full = gc.get_threshold()
    count0, count1, count2 = gc.get_count()
    if young <= 0 or count0 <= young:
        return None
    generation = 2 if count2 > full else 1 if count1 > middle else 0
    gc.collect(generation)
    return generation
