#!/usr/bin/env bash
# `npm run test:grammar`: the Markdown injection grammars in syntaxes/, tokenized with VS Code's own
# Markdown grammar (shipped as JSON by the tm-grammars package) — text snapshots of whole fixtures,
# then `SYNTAX TEST` files whose `^^^` lines name the scopes each span of text must carry.
# After an intended change of scopes: `npm run test:grammar -- -u` rewrites the snapshots.
set -euo pipefail
cd "$(dirname "$0")/.."
base_grammars=node_modules/tm-grammars/grammars
grammar_flags=(-g "$base_grammars/markdown.json" -g "$base_grammars/yaml.json"
  -g "$base_grammars/html.json" -g "$base_grammars/html-derivative.json")
# The Markdown grammar names every fenced-code language; the ones not loaded here only print noise.
hide_missing_embedded_languages() { grep -v 'grammar not found for "\(source\|text\)\.' >&2 || true; }
npx vscode-tmgrammar-snap -s text.html.markdown "${grammar_flags[@]}" "$@" "test/grammar/snapshots/*.md" \
  2> >(hide_missing_embedded_languages)
npx vscode-tmgrammar-test "${grammar_flags[@]}" "test/grammar/assertions/*.md" \
  2> >(hide_missing_embedded_languages)
