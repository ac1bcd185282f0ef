#!/usr/bin/env bash
# Validate the desktop integration files and build + start the bundle (run by CI after the tests).
set -euo pipefail
cd "$(dirname "$0")/.."
missing=()
for pkg in desktop-file-utils appstream; do dpkg -s "$pkg" >/dev/null 2>&1 || missing+=("$pkg"); done
if [ ${#missing[@]} -gt 0 ]; then
  sudo=""; [ "$(id -u)" -ne 0 ] && sudo="sudo"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi
desktop-file-validate packaging/linux/io.github.reader_app.Reader.desktop
appstreamcli validate --no-net packaging/linux/io.github.reader_app.Reader.metainfo.xml
grep -q 'APP_ID = "io.github.reader_app.Reader"' reader/ui/resources.py
bash packaging/build.sh
