#!/usr/bin/env bash
# The "VS Code executable" given to @vscode/test-electron's runTests: runs the extension tests in
# code-server shown in headless chromium (see codeServerAsVsCode.ts, compiled to out/).
exec node "$(dirname "$0")/../../out/test/harness/codeServerAsVsCode.js" "$@"
