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
# the extension host, then the packaged .vsix driven through the UI — each twice: with the
# extension in the Node extension host and in the browser's web worker host (the web worker
# run of the suite installs the .vsix, so it follows the packaging). All run even if one fails,
# so one CI run reports them all.
bash scripts/provision-vscode.sh
real_vscode_status=0
node out/test/integration/runIntegrationTests.js || real_vscode_status=1
npm run package
SXS_EXTENSION_KIND=web node out/test/integration/runIntegrationTests.js || real_vscode_status=1
node out/test/e2e/runUserInterfaceTests.js || real_vscode_status=1
SXS_EXTENSION_KIND=web node out/test/e2e/runUserInterfaceTests.js || real_vscode_status=1
exit "$real_vscode_status"
