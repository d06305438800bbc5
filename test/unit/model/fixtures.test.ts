/**
 * One fixture per construct and per anomaly of the format (test/fixtures/model/*.md), each with
 * its expected model as readable text beside it (*.expected.txt).
 */
import * as fs from 'fs';
import * as path from 'path';
import { describe, it } from 'node:test';
import { parse } from '../../../server/src/core/parse';
import { describeDocument } from '../../support/describeModel';
import { repoRoot } from '../../support/paths';
import { assertSnapshot } from '../../support/snapshot';

const folder = path.join(repoRoot, 'test', 'fixtures', 'model');

describe('model fixtures', () => {
  for (const name of fs.readdirSync(folder).filter((file) => file.endsWith('.md')).sort()) {
    it(name, () => {
      const text = fs.readFileSync(path.join(folder, name), 'utf8');
      assertSnapshot(describeDocument(parse(text)), path.join(folder, name.replace(/\.md$/, '.expected.txt')));
    });
  }
});
