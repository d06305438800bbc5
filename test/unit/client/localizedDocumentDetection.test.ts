/** The instant check behind the `sxs.isLocalized` context key, on the sample workspace. */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'fs';
import * as path from 'path';
import { looksLocalized } from '../../../client/src/shared/localizedDocumentDetection';
import { markdownFilesUnder, repoRoot } from '../../support/paths';

describe('localized document detection', () => {
  it('tells every localized sample from the English original', () => {
    const files = markdownFilesUnder(path.join(repoRoot, 'samples')).filter((file) => path.basename(file) !== 'README.md');
    const verdicts = files.map((file) => `${path.relative(repoRoot, file)}: ${looksLocalized(fs.readFileSync(file, 'utf8'))}`);
    assert.ok(verdicts.length >= 5);
    for (const verdict of verdicts) assert.match(verdict, /en-us\/.*: false$|(fr-fr|nb-no|ja-jp)\/.*: true$/);
  });

  it('counts a localized front matter without units yet, but not a key mentioned in the body', () => {
    assert.equal(looksLocalized('---\r\ntitle: x\r\nms.contentlocale: fr-FR\r\n---\r\nTexte'), true);
    assert.equal(looksLocalized('# Notes\n\nms.contentlocale: fr-FR\n'), false);
    assert.equal(looksLocalized('Plain English with a <span>span</span>.'), false);
  });
});
