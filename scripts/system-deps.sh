#!/usr/bin/env bash
# System libraries WeasyPrint needs (Pango) and the HarfBuzz subsetter that makes font
# embedding fast; with --browser, Chromium for the tests. Installs them with apt-get when
# we can; otherwise says what to install.
set -u
need=()
have() { ldconfig -p 2>/dev/null | grep -q "$1"; }
have 'libpango-1.0.so.0' || need+=(libpango-1.0-0)
have 'libpangoft2-1.0.so.0' || need+=(libpangoft2-1.0-0)
have 'libharfbuzz-subset.so.0' || need+=(libharfbuzz-subset0)
# --browser: Debian's Chromium, which the preview's browser tests drive (Playwright never
# downloads a browser of its own here).
if [ "${1:-}" = "--browser" ]; then
  need=()
  [ -x /usr/bin/chromium ] || need+=(chromium)
fi
[ ${#need[@]} -eq 0 ] && exit 0
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
  echo "installing system libraries: ${need[*]}"
  if ! { apt-get install -y -qq "${need[@]}" >/dev/null 2>&1 ||
         { apt-get update -qq >/dev/null 2>&1 && apt-get install -y -qq "${need[@]}" >/dev/null 2>&1; }; }; then
    echo "warning: could not install ${need[*]}; install them with your package manager" >&2
  fi
else
  echo "warning: casepub needs these system libraries: ${need[*]}" >&2
  echo "         install them, e.g.: sudo apt-get install ${need[*]}" >&2
fi
exit 0
