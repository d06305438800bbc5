/** `docs/checks/` has a current page for every check code (the SARIF helpUri targets). */
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { CHECK_CODES } from '../../../server/src/checks/checkCodes';
import { checkDocPages } from '../../../server/src/cli/check/checkDocPages';
import { repoRoot } from '../../support/paths';

describe('docs/checks', () => {
  const folder = path.join(repoRoot, 'docs', 'checks');

  it('has the generated page of every code, up to date (run npm run docs:checks)', () => {
    const pages = checkDocPages();
    for (const code of Object.keys(CHECK_CODES)) assert.ok(pages.has(`${code}.md`), code);
    for (const [name, text] of pages) {
      const file = path.join(folder, name);
      assert.ok(fs.existsSync(file), `docs/checks/${name} is missing: run npm run docs:checks`);
      assert.equal(fs.readFileSync(file, 'utf8'), text, `docs/checks/${name} is stale: run npm run docs:checks`);
    }
    const extra = fs.readdirSync(folder).filter((name) => !pages.has(name));
    assert.deepEqual(extra, [], 'pages of codes that no longer exist');
  });
});
