/**
 * The extension's own UI text and contributions, read from package.json, the nls files, the
 * l10n bundles and the client sources: every string a user sees has a French and a Norwegian
 * Bokmål translation, every setting a description, every command a registration.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'fs';
import * as path from 'path';
import { repoRoot } from '../../support/paths';

const translatedLocales = ['fr', 'nb'];
const readJson = (file: string): Record<string, unknown> => JSON.parse(fs.readFileSync(path.join(repoRoot, file), 'utf8'));
const manifestText = fs.readFileSync(path.join(repoRoot, 'package.json'), 'utf8');
const manifest = JSON.parse(manifestText) as {
  l10n: string;
  contributes: {
    commands: { command: string; title: string; category?: string }[];
    configuration: { properties: Record<string, { markdownDescription?: string; description?: string }> };
    keybindings: { command: string; key: string; when?: string }[];
    menus: Record<string, { command: string }[]>;
  };
};
const clientSources = fs
  .readdirSync(path.join(repoRoot, 'client', 'src'), { recursive: true, encoding: 'utf8' })
  .filter((file) => file.endsWith('.ts'))
  .map((file) => fs.readFileSync(path.join(repoRoot, 'client', 'src', file), 'utf8'))
  .join('\n');

const placeholders = (text: string) => [...text.matchAll(/\{\d+\}/g)].map((match) => match[0]).sort().join(' ');

describe('manifest and UI text', () => {
  it('has every %key% of package.json in package.nls.json and in each translation, none missing or left over', () => {
    const keys = new Set([...manifestText.matchAll(/"%([^%"]+)%"/g)].map((match) => match[1]));
    const base = readJson('package.nls.json');
    assert.deepEqual([...keys].filter((key) => !(key in base)), []);
    assert.deepEqual(Object.keys(base).filter((key) => !keys.has(key)), []);
    for (const locale of translatedLocales) {
      const translated = readJson(`package.nls.${locale}.json`);
      assert.deepEqual(Object.keys(translated).sort(), Object.keys(base).sort(), `package.nls.${locale}.json keys`);
    }
  });

  it('translates every vscode.l10n.t string of the client into each locale, with the same placeholders', () => {
    const messages = new Set([...clientSources.matchAll(/l10n\.t\(\s*'((?:[^'\\]|\\.)*)'/g)].map((match) => match[1].replace(/\\'/g, "'")));
    assert.ok(messages.size > 30, `only ${messages.size} messages found: the pattern no longer matches the sources`);
    for (const locale of translatedLocales) {
      const bundle = readJson(path.join(manifest.l10n, `bundle.l10n.${locale}.json`)) as Record<string, string>;
      assert.deepEqual([...messages].filter((message) => !(message in bundle)), [], `missing from bundle.l10n.${locale}.json`);
      assert.deepEqual(Object.keys(bundle).filter((message) => !messages.has(message)), [], `left over in bundle.l10n.${locale}.json`);
      for (const [message, translation] of Object.entries(bundle)) assert.equal(placeholders(translation), placeholders(message), `${locale}: ${message}`);
    }
  });

  it('describes every setting in Markdown', () => {
    const settings = Object.entries(manifest.contributes.configuration.properties);
    assert.ok(settings.length >= 4);
    for (const [name, setting] of settings) assert.match(setting.markdownDescription ?? setting.description ?? '', /\S/, name);
  });

  it('registers every contributed command in the client, and contributes every command it registers', () => {
    const contributed = manifest.contributes.commands.map((command) => command.command).sort();
    const registered = [...clientSources.matchAll(/registerCommand\(\s*'([^']+)'/g), ...clientSources.matchAll(/\{ id: '(sxs\.[^']+)'/g)].map((match) => match[1]).sort();
    assert.deepEqual(registered, contributed);
    for (const command of manifest.contributes.commands) assert.equal(command.category, '%category%', command.command);
  });

  it('binds keys only in a localized Markdown editor, and menus only name contributed commands', () => {
    const contributed = new Set(manifest.contributes.commands.map((command) => command.command));
    for (const binding of manifest.contributes.keybindings) assert.match(binding.when ?? '', /editorLangId == markdown && sxs\.isLocalized/, binding.command);
    for (const [menu, items] of Object.entries(manifest.contributes.menus)) for (const item of items) assert.ok(contributed.has(item.command), `${menu}: ${item.command}`);
  });
});
