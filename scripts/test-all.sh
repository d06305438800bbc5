#!/usr/bin/env bash
# `npm test`: every tier — unit, protocol (LSP over stdio), end-to-end in a real VS Code.
set -euo pipefail
cd "$(dirname "$0")/.."
npm run build
npm run compile
node --test out/test/unit/ out/test/lsp/
npm run test:grammar
