/**
 * Diagnostics as a user reads them in the Problems panel: one line per diagnostic with its
 * severity, code, position and the text it underlines, then its related information.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Diagnostic } from 'vscode-languageserver-types';
import { diagnosticsOf, MAX_DIAGNOSTICS_PER_FILE, roundedDown } from '../../../server/src/features/diagnostics';
import { fixture, lines, settings, showRange, unit } from './support/featureFixture';

const SEVERITY = ['', 'error', 'warning', 'info', 'hint'];

function show(text: string, diagnostics: Diagnostic[]): string {
  const rows: string[] = [];
  for (const diagnostic of diagnostics) {
    rows.push(`${SEVERITY[diagnostic.severity ?? 0]} ${diagnostic.source}/${diagnostic.code} ${showRange(text, diagnostic.range)}`);
    for (const related of diagnostic.relatedInformation ?? []) rows.push(`  related ${showRange(text, related.location.range)} ${related.message}`);
  }
  return rows.join('\n') + '\n';
}

const mismatched = `<span data-ttu-id="f9f29-103">Un.</span><span class="sxs-lookup"><span data-stu-id="f9f29-104">One.</span></span>`;

describe('diagnostics', () => {
  it('a structural problem: on the exact id, with the translation id as related', () => {
    const { snapshot } = fixture(mismatched);
    assert.equal(show(snapshot.text, diagnosticsOf(snapshot, settings())), lines('error sxs/id-mismatch 0:84-0:93 «f9f29-104»', "  related 0:19-0:28 «f9f29-103» the translation's id is `f9f29-103`"));
  });

  it('a markup finding: on the translation, related to the source token', () => {
    const { snapshot } = fixture(unit('f9f29-103', 'Exécutez npm install.', 'Run `npm install`.'));
    const diagnostics = diagnosticsOf(snapshot, settings());
    assert.equal(diagnostics.length, 1);
    assert.equal(String(diagnostics[0].message), 'inline code missing from the translation: `npm install`');
    assert.match(show(snapshot.text, diagnostics), /^error sxs\/inline-code 0:\d+-0:\d+ «.*»\n  related 0:\d+-0:\d+ «`npm install`» /);
  });

  it('takes the severity a user chose per code, and drops codes turned off', () => {
    const { snapshot } = fixture(`${mismatched}\n\n${unit('f9f29-105', 'Exécutez npm install.', 'Run `npm install`.')}`);
    const chosen = settings({ diagnostics: { severity: { 'id-mismatch': 'hint', 'sxs.inline-code': 'off' } } });
    assert.deepEqual(
      diagnosticsOf(snapshot, chosen).map((d) => `${SEVERITY[d.severity!]} ${d.code}`),
      ['hint id-mismatch'],
    );
  });

  it('at most MAX_DIAGNOSTICS_PER_FILE, the most severe first, with a note on the rest', () => {
    // Units with an information finding (identical halves), then one id mismatch (an error) last.
    const same = Array.from({ length: MAX_DIAGNOSTICS_PER_FILE + 5 }, (_, index) => unit(`f9f29-${200 + index}`, 'Power Automate triggers run', 'Power Automate triggers run'));
    const { snapshot } = fixture(`${same.join('\n\n')}\n\n${mismatched.replace(/103|104/g, (n) => String(Number(n) + 5000))}\n`);
    const diagnostics = diagnosticsOf(snapshot, settings());
    assert.equal(diagnostics.length, MAX_DIAGNOSTICS_PER_FILE + 1);
    assert.equal(diagnostics[0].code, 'too-many-findings');
    assert.equal(diagnostics[0].message, 'This file has at least 1,000 findings; only the 1,000 most severe are shown.');
    assert.equal(diagnostics.at(-1)!.code, 'id-mismatch', 'the error at the end of the file is kept');
    const lines = diagnostics.slice(1).map((diagnostic) => diagnostic.range.start.line);
    assert.deepEqual(lines, [...lines].sort((a, b) => a - b), 'kept in document order');
  });

  it('keeps the note on the rest the same while typing changes the total a little, so the list need not be sent again', () => {
    const article = (count: number) => Array.from({ length: count }, (_, index) => unit(`f9f29-${200 + index}`, 'Power Automate triggers run', 'Power Automate triggers run')).join('\n\n') + '\n';
    const noteOf = (count: number) => diagnosticsOf(fixture(article(count)).snapshot, settings())[0];
    const note = noteOf(1234);
    assert.equal(note.message, 'This file has at least 1,200 findings; only the 1,000 most severe are shown.');
    assert.deepEqual(noteOf(1237), note, 'three findings more: the same note');
    assert.match(String(noteOf(1301).message), /at least 1,300 findings/, 'a hundred more: the note follows');
    assert.deepEqual([27_163, 214_000, 1_006, 99].map(roundedDown), [27_000, 210_000, 1_000, 99]);
  });

  it('findings of the workspace join the same limit, and are left out above sxs.maxFileSize', () => {
    const units = Array.from({ length: MAX_DIAGNOSTICS_PER_FILE + 20 }, (_, index) => unit(`f9f29-${200 + index}`, `Phrase ${index}.`, `Sentence ${index}.`));
    const { snapshot } = fixture(`${units.join('\n\n')}\n\n${mismatched.replace(/103|104/g, (n) => String(Number(n) + 5000))}\n`);
    // A warning on every unit, as an article full of inconsistent translations has.
    const workspace = {
      findings: snapshot.model.units.map((own) => ({ code: 'inconsistent-translation', severity: 'warning' as const, message: 'translated differently', range: own.translation.range, unit: own.index })),
      toDiagnostic: (finding: { message: string; range: { start: number; end: number } }) => ({ range: { start: { line: 0, character: finding.range.start }, end: { line: 0, character: finding.range.end } }, message: finding.message, code: 'inconsistent-translation', source: 'sxs' }),
      notes: [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, message: 'the original cannot be read', code: 'original-unusable', source: 'sxs' }],
    };
    const diagnostics = diagnosticsOf(snapshot, settings(), workspace);
    assert.equal(diagnostics.length, MAX_DIAGNOSTICS_PER_FILE + 2, 'the limit, the note on the rest and the workspace note');
    assert.deepEqual(diagnostics.slice(0, 2).map((d) => d.code), ['too-many-findings', 'original-unusable']);
    assert.match(String(diagnostics[0].message), /has at least 1,000 findings/);
    assert.equal(diagnostics.filter((d) => d.code === 'id-mismatch').length, 1, 'the error outranks the warnings');
    const tiny = settings({ maxFileSize: 1000 / (1024 * 1024) });
    assert.deepEqual([...new Set(diagnosticsOf(snapshot, tiny, workspace).map((d) => d.code))], ['file-too-large', 'id-mismatch']);
  });

  it('honours sxs-disable comments (done by the checks)', () => {
    const { snapshot } = fixture(`<!-- sxs-disable-next-line id-mismatch -->\n${mismatched}\n`);
    assert.deepEqual(diagnosticsOf(snapshot, settings()), []);
  });

  it('above sxs.maxFileSize: structure checks only, and one note saying so', () => {
    const article = `# Titre\n\n${mismatched}\n\n${unit('f9f29-105', 'Exécutez npm install.', 'Run `npm install`.')}\n`;
    const { snapshot } = fixture(article);
    const tiny = settings({ maxFileSize: 100 / (1024 * 1024) });
    const diagnostics = diagnosticsOf(snapshot, tiny);
    assert.deepEqual(
      diagnostics.map((d) => `${SEVERITY[d.severity!]} ${d.code}`),
      ['info file-too-large', 'error id-mismatch'],
    );
    assert.match(String(diagnostics[0].message), /larger than sxs\.maxFileSize .*only the structure checks run/);
    assert.equal(showRange(snapshot.text, diagnostics[0].range), '0:0-0:7 «# Titre»');
  });

  it('a clean article: nothing', () => {
    const { snapshot } = fixture(`# ${unit('f9f29-102', 'Titre', 'Title')}\n\n${unit('f9f29-103', 'Dans de nombreux cas.', 'In many cases.')}\n`);
    assert.deepEqual(diagnosticsOf(snapshot, settings()), []);
  });

  it('Markdown without units: nothing, even with a conflict marker', () => {
    const { snapshot } = fixture('# Title\n\n<<<<<<< HEAD\ntext\n=======\nother\n>>>>>>> branch\n');
    assert.deepEqual(diagnosticsOf(snapshot, settings()), []);
  });

  it('units whose quotes became &quot; still make the file localized, so the damage is reported', () => {
    const { snapshot } = fixture('<span data-ttu-id=&quot;83811-109&quot;>Texte</span><span class=&quot;sxs-lookup&quot;><span data-stu-id=&quot;83811-109&quot;>Text</span></span>\n');
    assert.deepEqual(diagnosticsOf(snapshot, settings()).map((d) => d.code), ['entity-escaped-markup']);
  });
});
