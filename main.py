#!/usr/bin/env python3
"""Start OGP Report Studio from a checkout: ``python main.py [FILE | COMMAND ...]``."""

import sys

from ogp_desktop.__main__ import main

if __name__ == "__main__":
    sys.exit(main())
