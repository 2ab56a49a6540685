"""``python -m ogp_desktop`` and the ``ogp-desktop`` / ``ogp-desktop-gui`` entry points.

``ogp-desktop`` is a console script, so commands print and return their exit
code on Windows too; ``ogp-desktop-gui`` is a gui script (pythonw on Windows,
no console window) for shortcuts and start menus, and only starts the app.
"""

import sys


def main() -> int:
    from ogp_desktop.cli import main as cli_main

    return cli_main(sys.argv[1:])


def gui_main() -> int:
    from ogp_desktop.cli import start_gui

    return start_gui(sys.argv[1:])


if __name__ == "__main__":
    sys.exit(main())
