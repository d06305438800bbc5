/** `.vscode/settings.json` read by `sxs check`: JSONC, checked against the manifest's schema. */
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { readSettingsFile, type SettingsSchema } from '../../../server/src/cli/check/settingsFile';
import { manifestSettingsSchema } from '../../../server/src/cli/check/settingsSchema';
import { UsageError } from '../../../server/src/cli/subcommand';
import { repoRoot } from '../../support/paths';

const schema: SettingsSchema = manifestSettingsSchema();

function problemOf(text: string): string {
  try {
    readSettingsFile('.vscode/settings.json', text, schema);
  } catch (error) {
    assert.ok(error instanceof UsageError, String(error));
    return error.message;
  }
  assert.fail('expected a UsageError');
}

describe('sxs check settings file', () => {
  it('reads the schema of every sxs setting from the extension manifest', () => {
    const manifest = JSON.parse(fs.readFileSync(path.join(repoRoot, 'package.json'), 'utf8')) as { contributes: { configuration: { properties: object } } };
    assert.deepEqual(Object.keys(schema), Object.keys(manifest.contributes.configuration.properties));
  });

  it('reads sxs keys from JSON with comments and trailing commas, ignoring other extensions’ keys', () => {
    const settings = readSettingsFile('s.json', `{
      // Reviewers want numbers to fail the build.
      "editor.fontSize": 14,
      "sxs.diagnostics.severity": { "numbers": "error", "sxs.unchanged": "off", /* noisy */ },
      "sxs.maxFileSize": 2,
    }`, schema);
    assert.deepEqual(settings.severity, { numbers: 'error', unchanged: 'off' });
    assert.equal(settings.maxFileSize, 2 * 1024 * 1024);
  });

  it('applies [markdown] overrides over the plain keys', () => {
    const settings = readSettingsFile('s.json', '{ "sxs.maxFileSize": 2, "[markdown]": { "sxs.maxFileSize": 3 } }', schema);
    assert.equal(settings.maxFileSize, 3 * 1024 * 1024);
  });

  it('names the line and column of a syntax error', () => {
    assert.match(problemOf('{\n  "sxs.maxFileSize": 2\n  "sxs.outline.showUnits": true\n}'), /^\.vscode\/settings\.json:3:3: Comma expected/);
    assert.match(problemOf('{ "sxs.maxFileSize": '), /^\.vscode\/settings\.json:1:\d+: Value expected/);
    assert.match(problemOf('[1, 2]'), /the settings must be a JSON object/);
  });

  it('names unknown sxs keys with the known ones, wrong types and unknown codes', () => {
    assert.match(problemOf('{\n "sxs.maxFilesize": 2 }'), /^\.vscode\/settings\.json:2:2: unknown setting 'sxs\.maxFilesize' \(known: .*sxs\.maxFileSize/);
    assert.match(problemOf('{ "sxs.maxFileSize": "big" }'), /:1:3: 'sxs\.maxFileSize' must be number \(found "big"\)/);
    assert.match(problemOf('{ "sxs.maxFileSize": 0 }'), /'sxs\.maxFileSize' must be >= 0\.01/);
    assert.match(problemOf('{ "sxs.diagnostics.severity": { "numbers": "loud" } }'), /'sxs\.diagnostics\.severity\.numbers' must be equal to one of the allowed values: one of "error", "warning", "information", "hint", "off"/);
    assert.match(problemOf('{ "sxs.diagnostics.severity": { "numbrs": "off" } }'), /unknown check code in 'sxs\.diagnostics\.severity': numbrs/);
  });

  it('lists every problem, not just the first', () => {
    assert.equal(problemOf('{ "sxs.a": 1, "sxs.b": 2 }').split('\n').length, 2);
  });
});
