"""The kill test's writer: a long-lived zygote that forks one writer child per round.

Forking from an already-imported process makes each round cost milliseconds,
so the parent can SIGKILL a hundred writers in a few seconds. Protocol on
stdin/stdout, one line each:  ``go ID K`` -> a child prints ``ready PID`` then
``c N`` after every committed save of state N = K, K+1, ...;  ``reap PID`` ->
``reaped``;  ``quit``. Children write lines with one os.write so a kill never
leaves half a line.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE.parents[1]), str(HERE)]

from store_helpers import numbered_state  # noqa: E402

from ogp_desktop.store import Library  # noqa: E402
from ogp_desktop.store.summary import summarize  # noqa: E402


def say(text: str) -> None:
    os.write(1, (text + "\n").encode())


def child(folder: str, draft_id: str, k: int) -> None:
    lib = Library(folder)
    if lib.read_only:
        say(f"readonly {lib.read_only_reason}")
        os._exit(1)
    lib.open(draft_id)
    say(f"ready {os.getpid()}")
    while True:
        lib.save(draft_id, numbered_state(k))
        say(f"c {k}")
        k += 1


def main() -> None:
    folder = sys.argv[1]
    summarize(numbered_state(0))  # import validation and load the template once, before forking
    for line in sys.stdin:
        cmd, *args = line.split()
        if cmd == "go":
            pid = os.fork()
            if pid == 0:
                try:
                    child(folder, args[0], int(args[1]))
                finally:
                    os._exit(1)
        elif cmd == "reap":
            os.waitpid(int(args[0]), 0)
            say("reaped")
        else:
            return


if __name__ == "__main__":
    main()
