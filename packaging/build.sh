#!/usr/bin/env bash
# Build the one-folder bundle into dist/reader/ and prove it starts:
# `reader --version`, `reader inspect` on the bundled sample, and the window offscreen.
set -euo pipefail
cd "$(dirname "$0")/.."
PY=${PYTHON:-.venv/bin/python}
"$PY" -m pip install --quiet "pyinstaller>=6.5"
"$PY" -m PyInstaller --noconfirm --clean --distpath dist --workpath build/pyinstaller packaging/reader.spec
BIN=dist/reader/reader
"$BIN" --version
"$BIN" inspect dist/reader/_internal/resources/seed.txt --json | "$PY" -c \
  "import json,sys; d=json.load(sys.stdin); assert d['title'].startswith('江门'), d['title']; print('inspect ok:', d['title'])"
"$BIN" convert dist/reader/_internal/resources/seed.txt --to tw > build/converted.txt
head -n 1 build/converted.txt
QT_QPA_PLATFORM=offscreen READER_QUIT_AFTER_MS=1500 "$BIN"
echo "bundle ok: $(du -sh dist/reader | cut -f1)"
