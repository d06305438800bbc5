/**
 * Code actions applied: each case shows the offered titles and the article after the chosen
 * action, re-parsed to prove the problem is gone and nothing else broke.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { CodeAction, Diagnostic, TextEdit } from 'vscode-languageserver-types';
import { checkDocument } from '../../../server/src/checks';
import { parse } from '../../../server/src/core/parse';
import { codeActionsOf, FIX_ALL_KIND } from '../../../server/src/features/codeActions';
import { diagnosticsOf } from '../../../server/src/features/diagnostics';
import { FIXTURE_URI, fixture, settings, unit, type Fixture } from './support/featureFixture';

const at = { documentChanges: false };

/** The actions at the cursor, with the diagnostics the client would send for that range. */
function actionsAtCursor({ snapshot, cursor }: Fixture, only?: string[]): { actions: CodeAction[]; diagnostics: Diagnostic[] } {
  const range = { start: cursor, end: cursor };
  const diagnostics = diagnosticsOf(snapshot, settings()).filter((d) => touches(d.range, cursor));
  return { actions: codeActionsOf(snapshot, range, { diagnostics, ...(only ? { only } : {}) }, settings(), at), diagnostics };
}

function touches(range: Diagnostic['range'], position: Diagnostic['range']['start']): boolean {
  const before = (a: typeof position, b: typeof position): boolean => a.line < b.line || (a.line === b.line && a.character <= b.character);
  return before(range.start, position) && before(position, range.end);
}

function apply(text: string, action: CodeAction): string {
  const edits = action.edit?.changes?.[FIXTURE_URI] as TextEdit[];
  assert.ok(edits?.length, `${action.title}: no edits`);
  return TextDocument.applyEdits(TextDocument.create(FIXTURE_URI, 'markdown', 1, text), edits);
}

/** Codes of the findings of a text, as the checks see it after the edit. */
function codes(text: string): string[] {
  return checkDocument(parse(text), { locale: 'fr-fr' }).map((finding) => finding.code);
}

describe('quick fixes', () => {
  it('restores a missing </span> of the translation (a parser fix)', () => {
    const broken = '<span data-ttu-id="f9f29-103">Dans de $0nombreux cas.<span class="sxs-lookup"><span data-stu-id="f9f29-103">In many cases.</span></span>';
    const input = fixture(broken);
    const { actions, diagnostics } = actionsAtCursor(input);
    assert.deepEqual(actions.map((a) => a.title), ['Restore the missing `</span>`']);
    assert.equal(actions[0].kind, 'quickfix');
    assert.equal(actions[0].isPreferred, true);
    assert.deepEqual(actions[0].diagnostics, diagnostics.filter((d) => d.code === 'malformed-unit'));
    const fixed = apply(input.snapshot.text, actions[0]);
    assert.equal(fixed, unit('f9f29-103', 'Dans de nombreux cas.', 'In many cases.'));
    assert.deepEqual(codes(fixed), []);
  });

  it('sets the data-stu-id to the translation id', () => {
    const input = fixture('Texte <span data-ttu-id="f9f29-103">Un.</span><span class="sxs-lookup"><span data-stu-id="f9f29-1$004">One.</span></span> fin.');
    const { actions } = actionsAtCursor(input);
    assert.deepEqual(actions.map((a) => a.title), ['Set the data-stu-id to `f9f29-103`']);
    const fixed = apply(input.snapshot.text, actions[0]);
    assert.equal(fixed, `Texte ${unit('f9f29-103', 'Un.', 'One.')} fin.`);
  });

  it('a certain fix of the checks, confined to its unit', () => {
    const before = unit('f9f29-102', 'Avant.', 'Before.');
    const input = fixture(`${before} ${unit('f9f29-103', 'Vérifiez $0 la connexion.', 'Check the connection.')}`);
    const { actions } = actionsAtCursor(input);
    assert.deepEqual(actions.map((a) => a.title), ['Replace with one space']);
    const fixed = apply(input.snapshot.text, actions[0]);
    assert.equal(fixed, `${before} ${unit('f9f29-103', 'Vérifiez la connexion.', 'Check the connection.')}`);
    assert.deepEqual(codes(fixed), []);
  });

  it('no action on a clean unit', () => {
    assert.deepEqual(actionsAtCursor(fixture(unit('f9f29-103', 'Dans de $0nombreux cas.', 'In many cases.'))).actions, []);
  });

  it('versioned edits when the client supports documentChanges', () => {
    const { snapshot, cursor } = fixture('<span data-ttu-id="f9f29-103">Un.</span><span class="sxs-lookup"><span data-stu-id="f9f29-1$004">One.</span></span>');
    const [action] = codeActionsOf(snapshot, { start: cursor, end: cursor }, { diagnostics: [] }, settings(), { documentChanges: true });
    assert.deepEqual(action.edit?.documentChanges?.[0] && 'textDocument' in action.edit.documentChanges[0] ? action.edit.documentChanges[0].textDocument : undefined, { uri: FIXTURE_URI, version: 1 });
  });
});

describe('fill an empty translation from the same English', () => {
  const translated = unit('f9f29-104', 'Sélectionnez **Enregistrer**.', 'Select **Save**.');

  it('offers the translation used elsewhere, never as the preferred fix', () => {
    const input = fixture(`${translated}\n\n${unit('f9f29-105', 'Texte.', 'Text.')} <span data-ttu-id="f9f29-106">$0</span><span class="sxs-lookup"><span data-stu-id="f9f29-106">Select **Save**.</span></span>`);
    const { actions } = actionsAtCursor(input);
    const fill = actions.filter((a) => a.title.startsWith('Fill'));
    assert.deepEqual(fill.map((a) => a.title), ['Fill with the translation of the same English in f9f29-104 (line 1): “Sélectionnez **Enregistrer**.”']);
    assert.equal(fill[0].isPreferred, false);
    assert.deepEqual(fill[0].diagnostics?.map((d) => d.code), ['empty-translation']);
    const fixed = apply(input.snapshot.text, fill[0]);
    assert.equal(fixed, `${translated}\n\n${unit('f9f29-105', 'Texte.', 'Text.')} ${unit('f9f29-106', 'Sélectionnez **Enregistrer**.', 'Select **Save**.')}`);
  });

  it('offers nothing when no other unit has that English', () => {
    const input = fixture(`${translated}\n\n<span data-ttu-id="f9f29-106">$0</span><span class="sxs-lookup"><span data-stu-id="f9f29-106">Select **Open**.</span></span>`);
    assert.deepEqual(actionsAtCursor(input).actions.map((a) => a.title), []);
  });
});

describe('fix all', () => {
  it('applies every certain repair of the file in one edit, only when asked for', () => {
    const article = [
      '<span data-ttu-id="f9f29-103">Un.</span><span class="sxs-lookup"><span data-stu-id="f9f29-1$004">One.</span></span>',
      '',
      unit('f9f29-105', 'Vérifiez  la connexion.', 'Check the connection.'),
      '',
      '<span data-ttu-id="f9f29-106">Dans de nombreux cas.<span class="sxs-lookup"><span data-stu-id="f9f29-106">In many cases.</span></span>',
    ].join('\n');
    const input = fixture(article);
    assert.ok(!actionsAtCursor(input).actions.some((a) => a.kind === FIX_ALL_KIND), 'not in the light bulb');
    const [fixAll] = actionsAtCursor(input, ['source.fixAll']).actions;
    assert.equal(fixAll.title, 'Fix all certain sxs problems in this file (3)');
    const fixed = apply(input.snapshot.text, fixAll);
    assert.equal(
      fixed,
      [unit('f9f29-103', 'Un.', 'One.'), '', unit('f9f29-105', 'Vérifiez la connexion.', 'Check the connection.'), '', unit('f9f29-106', 'Dans de nombreux cas.', 'In many cases.')].join('\n'),
    );
    assert.deepEqual(codes(fixed), []);
  });
});
