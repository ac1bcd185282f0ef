#!/usr/bin/env bash
# Set up everything Reader needs on a Debian/Ubuntu machine, then run the app or the tests.
#   bash .ci/reader.sh run [FILE]   opens the window (the bundled sample article by default)
#   bash .ci/reader.sh test [ARGS]  runs the test suite offscreen (ARGS go to pytest)
# Debian packages are installed only when missing (with sudo unless already root);
# the Python packages go into .venv, refreshed when pyproject.toml changes.
set -euo pipefail
cd "$(dirname "$0")/.."

APT_PACKAGES=(
  python3 python3-venv python3-pip
  # what Qt's xcb and offscreen platforms load at run time
  libegl1 libgl1 libopengl0 libglib2.0-0 libfontconfig1 libfreetype6 libdbus-1-3
  libxkbcommon0 libxkbcommon-x11-0 libx11-xcb1 libxcb-cursor0 libxcb-icccm4 libxcb-image0
  libxcb-keysyms1 libxcb-randr0 libxcb-render-util0 libxcb-shape0 libxcb-xinerama0 libxcb-xkb1
  # Chinese fonts, and a virtual screen for machines without one
  fonts-noto-cjk xvfb xauth
  # read aloud: Qt's speech-dispatcher plugin, espeak-ng's Mandarin (cmn) and Cantonese (yue)
  # voices, and the audio libraries QtMultimedia looks for (without pipewire it warns)
  speech-dispatcher speech-dispatcher-espeak-ng espeak-ng libspeechd2 libpulse0 libpipewire-0.3-0
  # the fuzzing harness checks that no command makes a network system call
  strace
)

install_system_packages() {
  local missing=() pkg
  for pkg in "${APT_PACKAGES[@]}"; do
    dpkg -s "$pkg" >/dev/null 2>&1 || missing+=("$pkg")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  local sudo=""
  [ "$(id -u)" -ne 0 ] && sudo="sudo"
  echo "Installing Debian packages: ${missing[*]}"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
}

install_python_packages() {
  local python="${PYTHON:-python3}"
  [ -x .venv/bin/python ] || "$python" -m venv .venv
  if [ ! -f .venv/.installed ] || [ pyproject.toml -nt .venv/.installed ]; then
    .venv/bin/python -m pip install --quiet --upgrade pip
    .venv/bin/python -m pip install --quiet -e '.[test]'
    touch .venv/.installed
  fi
}

command="${1:-run}"
shift || true
install_system_packages
install_python_packages
case "$command" in
  run)
    if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
      echo "No display: running under Xvfb (nothing will be visible; see README)." >&2
      exec xvfb-run -a -s "-screen 0 1400x900x24" .venv/bin/python -m reader "$@"
    fi
    exec .venv/bin/python -m reader "$@"
    ;;
  test)
    export QT_QPA_PLATFORM=offscreen
    exec .venv/bin/python -m pytest "$@"
    ;;
  *)
    echo "usage: bash .ci/reader.sh run [FILE] | test [PYTEST-ARGS]" >&2
    exit 2
    ;;
esac
