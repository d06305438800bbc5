/**
 * `sxs export`, `sxs import` and `sxs tm export` in process, on a copy of corpus articles with
 * their English originals beside them (so stale units are known).
 */
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { test } from 'node:test';
import { exportCommand } from '../../../server/src/cli/interchange/exportCommand';
import { importCommand } from '../../../server/src/cli/interchange/importCommand';
import { tmCommand } from '../../../server/src/cli/interchange/tmCommand';
import { UsageError } from '../../../server/src/cli/subcommand';
import { readTmx } from '../../../server/src/interchange/tmxRead';
import { corpusMissing, corpusRoot } from '../../support/paths';
import { captureIo } from './captureIo';

const ARTICLE = 'customer-insights-pr/fr-fr/ci-docs/audience-insights/apis.md';
const ORIGINAL = 'customer-insights/en-us/ci-docs/audience-insights/apis.md';

function workspace(): string {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'sxs-cli-interchange-'));
  process.on('exit', () => fs.rmSync(folder, { recursive: true, force: true }));
  for (const file of [ARTICLE, ORIGINAL]) {
    fs.mkdirSync(path.dirname(path.join(folder, file)), { recursive: true });
    fs.copyFileSync(path.join(corpusRoot, file), path.join(folder, file));
  }
  return folder;
}

test('sxs export writes one XLIFF per article, names its units and stale ones; sxs import of it unchanged writes nothing', { skip: corpusMissing }, async () => {
  const folder = workspace();
  // One sentence of the English original edited: its unit is stale.
  const originalFile = path.join(folder, ORIGINAL);
  fs.writeFileSync(originalFile, fs.readFileSync(originalFile, 'utf8').replace('Work with Customer Insights APIs', 'Work with the Customer Insights APIs'));
  const io = captureIo(folder);
  assert.equal(await exportCommand.run(['--xliff', '1.2', 'customer-insights-pr', '-o', 'out'], io), 0);
  const xlf = path.join(folder, 'out', 'fr-fr', 'ci-docs', 'audience-insights', 'apis.xlf');
  assert.match(io.out.join(''), /apis\.md → out\/fr-fr\/ci-docs\/audience-insights\/apis\.xlf: 78 units \(fr-FR, 1 stale\)/);
  const xliff = fs.readFileSync(xlf, 'utf8');
  assert.match(xliff, /original="customer-insights-pr\/fr-fr\/ci-docs\/audience-insights\/apis\.md"/);
  assert.equal((xliff.match(/state="needs-review-translation"/g) ?? []).length, 1);

  const before = fs.readFileSync(path.join(folder, ARTICLE), 'utf8');
  const again = captureIo(folder);
  assert.equal(await importCommand.run(['out/fr-fr/ci-docs/audience-insights/apis.xlf'], again), 0);
  assert.match(again.err.join(''), /imported 0 unit\(s\); 78 unchanged/);
  assert.equal(fs.readFileSync(path.join(folder, ARTICLE), 'utf8'), before);
});

test('sxs import --dry-run prints a diff and writes nothing; without it the article changes; rejected units exit 1', { skip: corpusMissing }, async () => {
  const folder = workspace();
  await exportCommand.run(['--xliff', '2.0', ARTICLE, '-o', 'out'], captureIo(folder));
  const xlf = path.join(folder, 'out', 'apis.xlf');
  const edited = fs.readFileSync(xlf, 'utf8').replace('<target>Utiliser les API de Customer Insights</target>', '<target>Travailler avec les API de Customer Insights</target>');
  fs.writeFileSync(xlf, edited);
  const before = fs.readFileSync(path.join(folder, ARTICLE), 'utf8');
  const dry = captureIo(folder);
  assert.equal(await importCommand.run(['out/apis.xlf', '--into', ARTICLE, '--dry-run'], dry), 0);
  assert.match(dry.out.join(''), /^--- a\/customer-insights-pr.*\n\+\+\+ b\/.*\n@@ -\d+,1 \+\d+,1 @@\n-.*>Utiliser les API de Customer Insights<.*\n\+.*>Travailler avec les API de Customer Insights</);
  assert.match(dry.err.join(''), /would import 1 unit/);
  assert.equal(fs.readFileSync(path.join(folder, ARTICLE), 'utf8'), before);

  assert.equal(await importCommand.run(['out/apis.xlf', '--into', ARTICLE], captureIo(folder)), 0);
  assert.equal(fs.readFileSync(path.join(folder, ARTICLE), 'utf8'), before.replace('>Utiliser les API de Customer Insights<', '>Travailler avec les API de Customer Insights<'));

  // A unit whose bold codes were dropped: reported, exit 1, the rest imported.
  const dropped = edited.replace(/(<target>[^<]*)<pc id="1"[^>]*>([^<]*)<\/pc>/, '$1$2');
  assert.notEqual(dropped, edited);
  fs.writeFileSync(xlf, dropped);
  const rejected = captureIo(folder);
  assert.equal(await importCommand.run(['out/apis.xlf', '--into', ARTICLE], rejected), 1);
  assert.match(rejected.err.join(''), /rejected [0-9a-f]{5}-\d+: code `[^`]+` of the English is missing/);
});

test('sxs import refuses another language, malformed XML and missing files with one line', { skip: corpusMissing }, async () => {
  const folder = workspace();
  await exportCommand.run(['--xliff', '1.2', ARTICLE, '-o', 'out'], captureIo(folder));
  const xlf = path.join(folder, 'out', 'apis.xlf');
  fs.writeFileSync(xlf, fs.readFileSync(xlf, 'utf8').replace('target-language="fr-FR"', 'target-language="de-DE"'));
  const before = fs.readFileSync(path.join(folder, ARTICLE), 'utf8');
  await assert.rejects(importCommand.run(['out/apis.xlf', '--into', ARTICLE], captureIo(folder)), (error: Error) => error instanceof UsageError && /de-DE translation; the article is fr-FR/.test(error.message));
  fs.writeFileSync(xlf, '<xliff version="1.2"><file');
  await assert.rejects(importCommand.run(['out/apis.xlf', '--into', ARTICLE], captureIo(folder)), /not well-formed XML/);
  await assert.rejects(importCommand.run(['nothing.xlf'], captureIo(folder)), /no such XLIFF file/);
  assert.equal(fs.readFileSync(path.join(folder, ARTICLE), 'utf8'), before);
});

test('sxs tm export writes the memory of the localized articles as TMX, with file and date', { skip: corpusMissing }, async () => {
  const folder = workspace();
  const io = captureIo(folder);
  assert.equal(await tmCommand.run(['export', '.', '-o', 'memory.tmx'], io), 0);
  const entries = readTmx(fs.readFileSync(path.join(folder, 'memory.tmx'), 'utf8'));
  assert.match(io.err.join(''), new RegExp(`${entries.length} translation unit\\(s\\) from 1 article`));
  assert.ok(entries.length > 50);
  const entry = entries.find((candidate) => candidate.source === 'Work with Customer Insights APIs');
  assert.equal(entry?.target, 'Utiliser les API de Customer Insights');
  assert.equal(entry?.targetLang.toLowerCase(), 'fr-fr');
  assert.equal(entry?.properties['x-file'], ARTICLE);
  assert.match(entry?.properties.changedate ?? '', /^\d{8}T\d{6}Z$/);
  await assert.rejects(tmCommand.run(['import'], captureIo(folder)), /unknown action 'import'/);
});
