#!/usr/bin/env bash
# Headless Chromium and its WebDriver from Debian's packages, for the web-page test
# (crates/tts-server/tests/web_page.rs). Installs only what is missing; needs root or sudo.
set -euo pipefail
if command -v chromium >/dev/null && command -v chromedriver >/dev/null; then
    exit 0
fi
SUDO=""
[ "$(id -u)" -eq 0 ] || SUDO="sudo"
$SUDO apt-get update -q >&2
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -q --no-install-recommends \
    chromium chromium-driver >&2
