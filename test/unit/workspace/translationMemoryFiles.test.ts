/**
 * TMX files named in `sxs.translationMemory.files` as extra memory sources: relative and absolute
 * paths, English-source entries offered with their tuid, and a malformed, hostile, missing or
 * emptied file left out with a message while the rest still answers.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { InMemoryFileSystem } from '../../../server/src/workspace/inMemoryFileSystem';
import { TranslationMemory } from '../../../server/src/workspace/memory/translationMemory';
import { loadTranslationMemoryFiles, tmxUri } from '../../../server/src/workspaceReview/translationMemoryFiles';

const tmx = (pairs: [string, string][]) => `<?xml version="1.0" encoding="UTF-8"?>
<tmx version="1.4"><header creationtool="test" creationtoolversion="1" segtype="sentence" o-tmf="x" adminlang="en-US" srclang="en-US" datatype="plaintext"/>
<body>${pairs.map(([english, french], index) => `<tu tuid="t${index + 1}"><tuv xml:lang="en-US"><seg>${english}</seg></tuv><tuv xml:lang="fr-FR"><seg>${french}</seg></tuv></tu>`).join('')}</body></tmx>`;

describe('translation memory files', () => {
  it('resolves setting paths against the workspace folder', () => {
    assert.equal(tmxUri('file:///w/docs', 'memory/main.tmx'), 'file:///w/docs/memory/main.tmx');
    assert.equal(tmxUri('file:///w/docs/', '../shared.tmx'), 'file:///w/shared.tmx');
    assert.equal(tmxUri('file:///w/docs', '/data/all.tmx'), 'file:///data/all.tmx');
    assert.equal(tmxUri('file:///w/docs', 'file:///x/y.tmx'), 'file:///x/y.tmx');
  });

  it('adds the English-source entries, and leaves out a malformed, hostile or missing file with a message', async () => {
    const files = new InMemoryFileSystem({
      'file:///w/good.tmx': tmx([['Open the portal.', 'Ouvrez le portail.']]),
      'file:///w/broken.tmx': '<tmx><body><tu>',
      'file:///w/entities.tmx': '<?xml version="1.0"?><!DOCTYPE tmx [<!ENTITY a "aaaaaaaa">]><tmx version="1.4"><body/></tmx>',
    });
    const memory = new TranslationMemory();
    const report = await loadTranslationMemoryFiles(files, memory, ['file:///w/good.tmx', 'file:///w/broken.tmx', 'file:///w/entities.tmx', 'file:///w/missing.tmx'], []);
    assert.deepEqual(report.loaded, [{ uri: 'file:///w/good.tmx', entries: 1 }]);
    assert.equal(report.problems.length, 3);
    assert.match(report.problems[0], /broken\.tmx was left out: .+/);
    assert.match(report.problems[2], /missing\.tmx was not found/);
    const [match] = memory.lookup('Open the portal.', 'fr-fr');
    assert.deepEqual([match.translation, match.origin, match.unitId], ['Ouvrez le portail.', 'tmx', 't1']);
    assert.ok(memory.lookup('Open the portal now.', 'fr-fr')[0].percentage < 100);
  });

  it('forgets a file dropped from the setting or broken since', async () => {
    const files = new InMemoryFileSystem({ 'file:///w/good.tmx': tmx([['Open the portal.', 'Ouvrez le portail.']]) });
    const memory = new TranslationMemory();
    await loadTranslationMemoryFiles(files, memory, ['file:///w/good.tmx'], []);
    files.write('file:///w/good.tmx', 'not xml at all');
    const report = await loadTranslationMemoryFiles(files, memory, ['file:///w/good.tmx'], ['file:///w/good.tmx']);
    assert.equal(report.problems.length, 1);
    assert.deepEqual(memory.lookup('Open the portal.', 'fr-fr'), []);
    files.write('file:///w/good.tmx', tmx([['Open the portal.', 'Ouvrez le portail.']]));
    await loadTranslationMemoryFiles(files, memory, ['file:///w/good.tmx'], ['file:///w/good.tmx']);
    await loadTranslationMemoryFiles(files, memory, [], ['file:///w/good.tmx']);
    assert.deepEqual(memory.lookup('Open the portal.', 'fr-fr'), []);
  });
});
