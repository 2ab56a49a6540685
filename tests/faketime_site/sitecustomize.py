"""time.sleep that works under Debian's libfaketime 0.9.10 with a real monotonic clock.

There Python 3.11's time.sleep, an absolute clock_nanosleep on the monotonic clock, gets EINVAL
(wolfcw/libfaketime#426). select() takes a relative timeout, which libfaketime passes through.
tests/conftest.py applies this in the test processes and, through PYTHONPATH, in every Python
they start (the app's own commands, writers that tests kill), only when sleeping is broken.
"""

from __future__ import annotations

import select
import time


def relative_sleep(seconds: float) -> None:
    if seconds < 0:
        raise ValueError("sleep length must be non-negative")
    select.select([], [], [], seconds)


try:
    time.sleep(0)
except OSError:
    time.sleep = relative_sleep
