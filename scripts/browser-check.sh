#!/bin/sh
# Renders the Arabic HTML report of the example session in headless
# Chromium (right to left, lang="ar"), and keeps the screenshot.
#
# Installs Debian's chromium first when it is missing and this runs as root
# with apt; otherwise the test says it is skipped and why.
#
#   scripts/browser-check.sh [SCREENSHOT.png]
set -eu
shot="${1:-target/report-ar.png}"
if [ ! -x /usr/bin/chromium ] && [ -z "${BARAZA_CHROMIUM:-}" ]; then
    if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
        apt-get install -y chromium fonts-noto-core || echo "could not install chromium: the test will be skipped"
    else
        echo "no chromium and no way to install it here (needs root and apt): the test will be skipped"
    fi
fi
mkdir -p "$(dirname "$shot")"
BARAZA_SCREENSHOT="$(cd "$(dirname "$shot")" && pwd)/$(basename "$shot")" \
    cargo test --test suite the_arabic_html_report_in_a_real_browser -- --nocapture
[ -f "$shot" ] && echo "screenshot: $shot"
