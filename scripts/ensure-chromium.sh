#!/usr/bin/env bash
# Browser tests drive Debian's Chromium through playwright-core (no browser download is possible).
set -euo pipefail
CHROMIUM="${CHROMIUM_PATH:-/usr/bin/chromium}"
if [ -x "$CHROMIUM" ]; then
  exit 0
fi
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
  echo "Chromium is missing at $CHROMIUM: installing Debian's chromium package with apt-get (about a minute)…"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
  [ -x "$CHROMIUM" ] && exit 0
  echo "apt-get installed chromium, but $CHROMIUM is still missing." >&2
  exit 1
fi
cat >&2 <<MSG
The browser tests need Chromium at $CHROMIUM and this user cannot install it.
Install Debian's package as root:   sudo apt-get update && sudo apt-get install -y chromium
or point CHROMIUM_PATH at another Chromium build, then run the tests again.
MSG
exit 1
