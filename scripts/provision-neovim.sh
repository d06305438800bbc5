#!/usr/bin/env bash
# Installs Debian's neovim for the editor-agnostic language-server test (test/editors/).
# Seconds when it is already there. Another apt-get may hold the dpkg lock: apt waits for it
# (DPkg::Lock::Timeout), and a failed run is retried, so a busy machine never fails the install.
set -euo pipefail
if command -v nvim >/dev/null 2>&1; then
  echo "provision-neovim: $(nvim --version | head -1)"
  exit 0
fi
as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }
for attempt in 1 2 3 4 5; do
  if as_root apt-get -o DPkg::Lock::Timeout=600 update -qq &&
    as_root env DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=600 install -y -qq --no-install-recommends neovim >/dev/null; then
    echo "provision-neovim: installed $(nvim --version | head -1)"
    exit 0
  fi
  echo "provision-neovim: apt-get failed (attempt $attempt), retrying" >&2
  sleep $((attempt * 5))
done
echo "provision-neovim: could not install neovim" >&2
exit 1
