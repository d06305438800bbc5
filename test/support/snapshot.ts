/**
 * Text snapshots: expected output lives beside the fixture as readable text. Run with
 * `UPDATE_SNAPSHOTS=1` to write them after a deliberate change, then read the diff.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'fs';

/** Asserts `actual` equals the snapshot file, or writes it when updating. */
export function assertSnapshot(actual: string, snapshotFile: string): void {
  if (process.env.UPDATE_SNAPSHOTS || !fs.existsSync(snapshotFile)) {
    if (!process.env.UPDATE_SNAPSHOTS && process.env.CI) assert.fail(`missing snapshot ${snapshotFile}`);
    fs.writeFileSync(snapshotFile, actual);
    return;
  }
  assert.equal(actual, fs.readFileSync(snapshotFile, 'utf8'), `snapshot ${snapshotFile} differs (UPDATE_SNAPSHOTS=1 rewrites it)`);
}
