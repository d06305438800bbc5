#!/usr/bin/env bash
# `npm test`: every tier — unit, protocol (LSP over stdio), end-to-end in a real VS Code.
set -euo pipefail
cd "$(dirname "$0")/.."
npm run build
npm run compile
# The real tools of the interchange tests (OmegaT, Translate Toolkit, xmllint and the official schemas).
bash scripts/provision-interchange.sh
# A test that hangs fails after two minutes instead of holding the run.
node --test --test-timeout=120000 out/test/unit/ out/test/lsp/
# The command line as a process (the built bundle and the npm package), and the language
# server in another editor: Debian's Neovim with its built-in LSP client.
bash scripts/provision-neovim.sh
node --test --test-timeout=300000 out/test/cli/ out/test/editors/
npm run test:grammar
# The real VS Code tiers: tools first (seconds when already installed), then the mocha suite in
# the extension host, then the packaged .vsix driven through the UI. Both run even if the first
# fails, so one CI run reports both.
bash scripts/provision-vscode.sh
real_vscode_status=0
node out/test/integration/runIntegrationTests.js || real_vscode_status=1
npm run package
node out/test/e2e/runUserInterfaceTests.js || real_vscode_status=1
exit "$real_vscode_status"
