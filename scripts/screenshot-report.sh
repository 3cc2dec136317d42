#!/usr/bin/env bash
# Renders a results directory's report.html in headless Chromium to a PNG, to check the page as a browser shows it
# (fonts, layout, embedded figures) without opening a window.
#   scripts/screenshot-report.sh RESULTS_DIR [OUT.png] [WIDTHxHEIGHT]
# Needs Debian's chromium package (apt-get install chromium). Works offline: the report loads nothing from a network.
# With PNGQUANT=1 and pngquant installed (apt-get install pngquant) the PNG is reduced to a palette, about a third of
# the size, as for docs/img/report-governance-models.png:
#   ./samspill run scenarios/governance-models.yaml --out /tmp/gov
#   PNGQUANT=1 scripts/screenshot-report.sh /tmp/gov docs/img/report-governance-models.png 1280x1600
set -euo pipefail
dir="${1:?usage: scripts/screenshot-report.sh RESULTS_DIR [OUT.png] [WIDTHxHEIGHT]}"
out="${2:-$dir/report-screenshot.png}"
size="${3:-1280x2000}"
report="$(cd "$dir" && pwd)/report.html"
[ -f "$report" ] || { echo "screenshot-report: $report not found (samspill report $dir makes it)" >&2; exit 2; }
browser="$(command -v chromium || command -v chromium-browser || command -v google-chrome || true)"
[ -n "$browser" ] || { echo "screenshot-report: no chromium found; on Debian: apt-get install chromium" >&2; exit 3; }
case "$out" in /*) ;; *) out="$PWD/$out" ;; esac
profile="$(mktemp -d)"
trap 'rm -rf "$profile"' EXIT
# --screen-info: without a screen as tall as the window, headless Chromium leaves a blank strip at the bottom
"$browser" --headless --no-sandbox --disable-gpu --hide-scrollbars --user-data-dir="$profile" \
  --screen-info="{$size}" --screenshot="$out" --window-size="${size/x/,}" "file://$report" >/dev/null 2>&1
[ -s "$out" ] || { echo "screenshot-report: chromium wrote no screenshot" >&2; exit 3; }
if [ "${PNGQUANT:-0}" = 1 ]; then
  command -v pngquant >/dev/null || { echo "screenshot-report: PNGQUANT=1 but pngquant is not installed" >&2; exit 3; }
  pngquant --quality 60-85 --speed 1 --force --output "$out" "$out"
fi
echo "$out"
