#!/usr/bin/env bash
# Debian/Ubuntu system packages KAM Desk needs: Qt's runtime libraries and fonts.
# With --test also what the test suite uses (virtual X server, PDF rendering, and
# PostgreSQL, whose binaries the team-mode tests start a throwaway server from, and the
# desktop-file and AppStream validators tests/test_packaging.py runs).
set -euo pipefail

packages=(
    python3-venv
    libegl1 libgl1 libfontconfig1 libfreetype6 libxkbcommon0 libglib2.0-0 libdbus-1-3
    libxkbcommon-x11-0 libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-image0
    libxcb-randr0 libxcb-render-util0 libxcb-shape0 libxcb-xkb1 libxcb-xinerama0
    fonts-dejavu-core
)
if [[ "${1:-}" == "--test" ]]; then
    packages+=(xvfb xauth poppler-utils sqlite3 postgresql desktop-file-utils appstream)
fi

sudo=""
if [[ "$(id -u)" != "0" ]]; then
    sudo="sudo"
fi
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
$sudo apt-get install -y -qq --no-install-recommends "${packages[@]}" >/dev/null
echo "System packages ready: ${#packages[@]} installed or already present"
