#!/usr/bin/env bash
# Installs Debian's neovim for the editor-agnostic language-server test (test/editors/).
# Seconds when it is already there. Another apt-get may hold the dpkg lock: scripts/lib/apt.sh
# waits for it, so a busy machine never fails the install.
set -euo pipefail
if command -v nvim >/dev/null 2>&1; then
  echo "provision-neovim: $(nvim --version | head -1)"
  exit 0
fi
# shellcheck source=lib/apt.sh
source "$(dirname "$0")/lib/apt.sh"
apt_install_missing provision-neovim neovim
echo "provision-neovim: installed $(nvim --version | head -1)"
