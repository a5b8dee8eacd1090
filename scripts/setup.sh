#!/usr/bin/env bash
# Makes a fresh clone ready: installs node_modules (npm ci) when missing or older than
# package-lock.json and, with --browser, Debian's Chromium when no browser is found.
# Never downloads a browser through a test tool.
set -euo pipefail
cd "$(dirname "$0")/.."

if [ -L node_modules ]; then
  # A link to another checkout's packages: npm ci here would empty that checkout's node_modules.
  if [ package-lock.json -nt node_modules/.package-lock.json ] 2>/dev/null || [ ! -f node_modules/.package-lock.json ]; then
    echo "setup: node_modules is a link (to $(readlink node_modules)); not reinstalling through it. If a package is missing, run npm ci where it points, or replace the link with npm ci here." >&2
  fi
elif [ ! -d node_modules ] || [ ! -f node_modules/.package-lock.json ] \
   || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  echo "setup: installing dependencies with npm ci" >&2
  npm ci --no-audit --no-fund --loglevel=error
fi

if [ "${1:-}" = "--browser" ]; then
  chrome="${CHROME_PATH:-/usr/bin/chromium}"
  if [ ! -x "$chrome" ]; then
    if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
      echo "setup: installing Debian's chromium package (no browser at $chrome)" >&2
      apt-get update -qq >&2
      DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >&2
    else
      echo "setup: no Chromium at $chrome — install Debian's 'chromium' package (sudo apt-get install chromium) or set CHROME_PATH." >&2
      exit 1
    fi
  fi
fi
