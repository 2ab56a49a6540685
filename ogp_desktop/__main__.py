"""``python -m ogp_desktop`` and the ``ogp-desktop`` entry point."""

import sys


def main() -> int:
    from ogp_desktop.cli import main as cli_main

    return cli_main(sys.argv[1:])


if __name__ == "__main__":
    sys.exit(main())
