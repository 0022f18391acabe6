#!/usr/bin/env bash
# Build the one-folder bundle build/pyinstaller/dist/kamdesk (kamdesk + kamdesk-cli) with
# PyInstaller, render the icons, then smoke-test the result: the CLI writes a one-page
# brief and the window starts offscreen on a fresh database and stays up.
# Usage: packaging/build.sh   (uses $PYTHON, default: the active python3)
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
python="${PYTHON:-python3}"
build="$root/build/pyinstaller"

if ! "$python" -c "import PyInstaller" 2>/dev/null; then
    "$python" -m pip install --quiet pyinstaller
fi

start=$(date +%s)
"$python" packaging/make_icons.py build/icons >/dev/null
"$python" -m PyInstaller --noconfirm --clean --log-level WARN \
    --distpath "$build/dist" --workpath "$build/work" packaging/kamdesk.spec
bundle="$build/dist/kamdesk"
echo "Built $bundle in $(( $(date +%s) - start )) s, $(du -sh "$bundle" | cut -f1)"

# -- smoke test -------------------------------------------------------------------------
scratch="$(mktemp -d)"
trap 'rm -rf "$scratch"' EXIT
fail() { echo "SMOKE TEST FAILED: $*" >&2; exit 1; }

"$bundle/kamdesk-cli" --version
"$bundle/kamdesk-cli" --db "$scratch/x.db" demo --today 2026-11-23 >/dev/null
"$bundle/kamdesk-cli" --db "$scratch/x.db" brief 10-4711 --out "$scratch/b.pdf" >/dev/null
[[ -s "$scratch/b.pdf" ]] || fail "no brief PDF"
pages=$("$python" -c "import sys, pypdf; print(len(pypdf.PdfReader(sys.argv[1]).pages))" \
    "$scratch/b.pdf" 2>/dev/null || grep -c "/Type */Page[^s]" "$scratch/b.pdf")
[[ "$pages" == "1" ]] || fail "the brief has $pages pages, not 1"

# The window has no quit-after-start switch: it must still be running when timeout ends it.
status=0
QT_QPA_PLATFORM=offscreen XDG_CONFIG_HOME="$scratch/config" \
    timeout 20 "$bundle/kamdesk" --db "$scratch/window.db" >"$scratch/window.log" 2>&1 \
    || status=$?
[[ $status == 124 ]] || { cat "$scratch/window.log" >&2; fail "kamdesk exited with $status"; }
[[ -s "$scratch/window.db" ]] || fail "kamdesk created no database"
echo "Smoke test passed: CLI brief is 1 page, window stayed up 20 s and created its database"
