/**
 * `sxs/memoryMatches` over the bundled server (stdio), as the segment editor asks it: the
 * workspace memory's translations of a unit's English, from the other articles of its locale,
 * best first with their percentage; none for an unknown unit; null for a file without a locale.
 * Build first: `npm run build`.
 */
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { pathToFileURL } from 'node:url';
import { WorkspaceFoldersRequest } from 'vscode-languageserver-protocol';
import { memoryMatchesRequest, type MemoryMatchSummary } from '../../server/src/protocol';
import { repoRoot } from '../support/paths';
import { LspTestClient } from './support/lspTestClient';

const seed = path.join(repoRoot, 'samples', 'seeds', 'fr-fr', 'troubleshoot-flow-authentication-errors.md');
const sentence = 'Vous pouvez généralement corriger une erreur d’authentification en mettant à jour la connexion\u00a0:';
const elsewhere = 'En général, une erreur d’authentification se corrige en mettant à jour la connexion\u00a0:';

describe('translation-memory matches over stdio', () => {
  let folder: string;
  let client: LspTestClient;
  let uri: string;

  before(async () => {
    folder = fs.mkdtempSync(path.join(os.tmpdir(), 'sxs-memory-matches-'));
    const text = fs.readFileSync(seed, 'utf8');
    assert.ok(text.includes(`>${sentence}<`));
    fs.mkdirSync(path.join(folder, 'docs', 'fr-fr'), { recursive: true });
    fs.mkdirSync(path.join(folder, 'other', 'fr-fr'), { recursive: true });
    fs.writeFileSync(path.join(folder, 'docs', 'fr-fr', 'article.md'), text);
    fs.writeFileSync(path.join(folder, 'other', 'fr-fr', 'copy.md'), text.replace(`>${sentence}<`, `>${elsewhere}<`));
    fs.writeFileSync(path.join(folder, 'docs', 'plain.md'), '# Plain Markdown\n\nNo units here.\n');
    client = await LspTestClient.start({ timeout: 30_000, capabilities: { workspace: { configuration: true, workspaceFolders: true } } });
    client.connection.onRequest(WorkspaceFoldersRequest.type, () => [{ uri: pathToFileURL(folder).href, name: 'memory' }]);
    uri = await client.openFile(path.join(folder, 'docs', 'fr-fr', 'article.md'));
  });

  after(async () => {
    await client?.stop();
    if (folder) fs.rmSync(folder, { recursive: true, force: true });
  });

  it('offers the other article’s translation of the same English at 100 %, never the unit’s own', async () => {
    const matches = await client.request<unknown, MemoryMatchSummary[] | null>(memoryMatchesRequest, { uri, unitId: 'f9f29-105' });
    assert.ok(matches, 'the workspace has a memory');
    assert.equal(matches[0]?.translation, elsewhere);
    assert.equal(matches[0]?.percentage, 100);
    assert.match(matches[0]?.file ?? '', /other\/fr-fr\/copy\.md$/);
    assert.ok(matches.every((match) => match.translation !== sentence), 'the unit’s own translation is not offered');
  });

  it('answers no matches for an unknown unit and null for a file without a locale', async () => {
    assert.deepEqual(await client.request(memoryMatchesRequest, { uri, unitId: 'f9f29-999' }), []);
    const plain = await client.openFile(path.join(folder, 'docs', 'plain.md'));
    assert.equal(await client.request(memoryMatchesRequest, { uri: plain, unitId: 'x' }), null);
  });
});
