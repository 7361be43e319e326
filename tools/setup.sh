#!/usr/bin/env bash
# The system packages this project needs, from Debian's, installed only when missing (root or
# sudo): libsoxr and pkg-config, which the build links (tts-core resamples reference clips with
# libsoxr 0.1.3, the resampler the reference uses; libopus, which the server's Opus responses
# link through audiopus); headless Chromium and its WebDriver, which the
# web page test drives. tools/test.sh and .ci/run call it.
set -euo pipefail
missing=()
pkg-config --exists soxr 2>/dev/null || missing+=(libsoxr-dev pkg-config)
pkg-config --exists opus 2>/dev/null || missing+=(libopus-dev pkg-config)
command -v chromium >/dev/null || missing+=(chromium)
command -v chromedriver >/dev/null || missing+=(chromium-driver)
if [ ${#missing[@]} -eq 0 ]; then
    exit 0
fi
SUDO=""
[ "$(id -u)" -eq 0 ] || SUDO="sudo"
echo "tools/setup.sh: installing ${missing[*]}" >&2
$SUDO apt-get update -qq >&2
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >&2
