#!/bin/sh
# Set up OGP Report Studio in a virtual environment (.venv) on Debian or Ubuntu.
#
#   sh scripts/setup.sh          the app: .venv/bin/ogp-desktop
#   sh scripts/setup.sh --test   also what the tests need: .venv/bin/python -m pytest
#
# Works as root (no sudo needed) and as a user with sudo. A virtual environment,
# because Debian 12 and Ubuntu 24.04 refuse pip outside one (PEP 668).
set -eu
cd "$(dirname "$0")/.."

SUDO=""
[ "$(id -u)" = 0 ] || SUDO="sudo"

# python3-venv makes the environment; the rest are the system libraries Qt needs on a minimal
# install (a desktop has them already).
PACKAGES="python3-venv python3-pip libegl1 libgl1 libopengl0 libxkbcommon0 libfontconfig1 libdbus-1-3
  libglib2.0-0 libxcb-cursor0 libxkbcommon-x11-0 libxcb-icccm4 libxcb-keysyms1 libxcb-shape0
  libxcb-xinerama0 libxcb-xkb1 libxcb-render-util0 libxcb-image0 libxcb-randr0 fonts-dejavu-core"
EXTRA="."
if [ "${1-}" = "--test" ]; then
    # poppler-utils (pdftotext, pdffonts, pdftoppm), qpdf and LibreOffice check the exports;
    # xvfb lets a test look at a real window; faketime runs the dated tests a year ahead;
    # hyphen-en-gb lets LibreOffice hyphenate English as Word would when it lays out our DOCX.
    PACKAGES="$PACKAGES poppler-utils qpdf libreoffice-writer-nogui xvfb faketime hyphen-en-gb"
    EXTRA=".[test]"
fi

if command -v apt-get >/dev/null 2>&1; then
    $SUDO apt-get update -q
    # shellcheck disable=SC2086 # the package list is meant to split
    $SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends $PACKAGES
fi

python3 -m venv .venv
.venv/bin/python -m pip install -q "$EXTRA"
