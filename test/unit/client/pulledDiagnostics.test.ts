/**
 * The diagnostics the preview matches with units carry the version they were pulled for: an
 * answer that arrives after an edit is not taken for the new version's, and an "unchanged"
 * answer confirms only the list it names.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type * as vscode from 'vscode';
import { PulledDiagnostics } from '../../../client/src/languageClient/pulledDiagnostics';

type Provide = NonNullable<PulledDiagnostics['middleware']['provideDiagnostics']>;
type Next = Parameters<Provide>[3];

const URI = 'file:///docs/fr-fr/article.md';
const token = { isCancellationRequested: false, onCancellationRequested: () => ({ dispose() {} }) } as unknown as vscode.CancellationToken;
const diagnostic = (message: string) => ({ message }) as vscode.Diagnostic;

/** A live document, as VS Code hands it to the middleware. */
function documentAt(version: number) {
  return { uri: { toString: () => URI }, version } as unknown as vscode.TextDocument & { version: number };
}

async function pull(pulled: PulledDiagnostics, document: vscode.TextDocument | vscode.Uri, previousResultId: string | undefined, answer: (asked: string | undefined) => unknown, cancelled = false): Promise<unknown> {
  const tokenOfPull = cancelled ? ({ ...token, isCancellationRequested: true } as vscode.CancellationToken) : token;
  return pulled.middleware.provideDiagnostics!(document, previousResultId, tokenOfPull, (async (_document: unknown, asked: string | undefined) => answer(asked)) as unknown as Next);
}

describe('pulled diagnostics', () => {
  it('records a full answer with the version the pull was for, even when the document changed meanwhile', async () => {
    const pulled = new PulledDiagnostics();
    const document = documentAt(3);
    const items = [diagnostic('final punctuation differs')];
    await pull(pulled, document, undefined, () => {
      (document as { version: number }).version = 4;
      return { kind: 'full', resultId: 'r3', items };
    });
    assert.deepEqual(pulled.of(URI), { version: 3, diagnostics: items, resultId: 'r3' });
    assert.notEqual(pulled.of(URI)?.version, document.version, 'the answer is not taken for the edited text');
  });

  it('an "unchanged" answer confirms the list it names for the version pulled', async () => {
    const pulled = new PulledDiagnostics();
    const items = [diagnostic('a')];
    await pull(pulled, documentAt(1), undefined, () => ({ kind: 'full', resultId: 'r1', items }));
    await pull(pulled, documentAt(2), 'r1', () => ({ kind: 'unChanged', resultId: 'r1' }));
    assert.equal(pulled.of(URI)?.version, 2);
    assert.equal(pulled.of(URI)?.diagnostics, items);
  });

  it('an "unchanged" answer naming a list not recorded last asks for the list itself', async () => {
    const recorded: string[] = [];
    const pulled = new PulledDiagnostics((uri) => recorded.push(uri));
    await pull(pulled, documentAt(1), undefined, () => ({ kind: 'full', resultId: 'r1', items: [diagnostic('a')] }));
    await pull(pulled, documentAt(2), undefined, () => ({ kind: 'full', resultId: 'r2', items: [diagnostic('b')] }));
    // The client applied r1 and dropped r2 (its document was out of view): its next pull names r1.
    const asked: (string | undefined)[] = [];
    const items = [diagnostic('c')];
    const report = await pull(pulled, documentAt(3), 'r1', (resultId) => (asked.push(resultId), resultId ? { kind: 'unChanged', resultId } : { kind: 'full', resultId: 'r3', items }));
    assert.deepEqual(asked, ['r1', undefined], 'asked again without a result id');
    assert.deepEqual(report, { kind: 'full', resultId: 'r3', items }, 'the client gets the list too');
    assert.equal(pulled.of(URI)?.diagnostics, items);
    assert.equal(pulled.of(URI)?.version, 3);
    assert.deepEqual(recorded, [URI, URI, URI], 'each recorded pull is told, so the preview renders again');
  });

  it('records nothing for a pull cancelled by an edit: its list may have been cut short while converted', async () => {
    const pulled = new PulledDiagnostics();
    await pull(pulled, documentAt(1), undefined, () => ({ kind: 'full', resultId: 'r1', items: [diagnostic('a')] }));
    await pull(pulled, documentAt(2), 'r1', () => ({ kind: 'full', resultId: 'r2', items: [diagnostic('b'), , ,] }), true);
    assert.equal(pulled.of(URI), undefined);
  });

  it('records nothing for a failed pull or a pull of a bare URI, and forgets a closed document', async () => {
    const pulled = new PulledDiagnostics();
    await assert.rejects(pull(pulled, documentAt(1), undefined, () => Promise.reject(new Error('cancelled'))));
    assert.equal(pulled.of(URI), undefined);
    await pull(pulled, { toString: () => URI } as unknown as vscode.Uri, undefined, () => ({ kind: 'full', resultId: 'w', items: [] }));
    assert.equal(pulled.of(URI), undefined, 'a URI has no version to vouch for');
    await pull(pulled, documentAt(5), undefined, () => ({ kind: 'full', resultId: 'r5', items: [] }));
    pulled.forget(URI);
    assert.equal(pulled.of(URI), undefined);
  });
});
