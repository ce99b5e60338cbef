#!/bin/sh
# What Tend's tests need from the system besides npm: Chromium (browser journeys), a PostgreSQL
# server (the real-PostgreSQL tests), fonts for Chromium, age, and nginx with openssl (the test
# behind a proxy makes its own certificate). On Debian as root it installs whatever is missing;
# anywhere else it stops at once with one line saying what to install.
# `npm test` and `.ci/run` both start here.
set -eu

missing=""
need() { missing="$missing $1"; }

if [ -n "${CHROMIUM_PATH:-}" ]; then
  if [ ! -x "$CHROMIUM_PATH" ]; then
    echo "CHROMIUM_PATH is set to $CHROMIUM_PATH, which is not a program: point it at Chromium, or unset it to use /usr/bin/chromium." >&2
    exit 1
  fi
elif [ ! -x /usr/bin/chromium ]; then
  need chromium
fi
ls /usr/lib/postgresql/*/bin/postgres >/dev/null 2>&1 || command -v postgres >/dev/null 2>&1 || need postgresql
[ -e /usr/share/fonts/truetype/dejavu/DejaVuSans.ttf ] || need fonts-dejavu-core
command -v age >/dev/null 2>&1 || need age
command -v nginx >/dev/null 2>&1 || [ -x /usr/sbin/nginx ] || need nginx
command -v openssl >/dev/null 2>&1 || need openssl

[ -z "$missing" ] && exit 0

if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
  echo "Installing from Debian:$missing"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  # shellcheck disable=SC2086 # one word per package
  apt-get install -y -qq --no-install-recommends $missing >/dev/null
  exit 0
fi

echo "Tend's tests need$missing; install them (on Debian: apt-get install$missing) and run again." >&2
exit 1
