/**
 * The grid's cell cache keeps no version of the document's text alive: the strings it keeps
 * are copies, not views into the text they were cut from (V8 keeps slices of 13 characters or
 * more as views). Otherwise every edit in the grid of a large article would keep one more whole
 * text in the extension host for as long as the grid is open. Measured in a child Node with
 * `--expose-gc`, so a full collection runs before the heap is read.
 */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import * as path from 'node:path';
import { describe, it } from 'node:test';

const compiled = (...parts: string[]) => JSON.stringify(path.join(__dirname, '..', '..', '..', '..', ...parts));

/**
 * Edits 8 versions of a 2 M-code-unit article (two bytes each: it has Japanese), one unit each, re-parsed and drawn with one cell
 * cache as the grid does, keeping only the last version; prints the heap after a collection with
 * that cache, then after a collection with a cache that saw only the last version.
 */
const EDITS_SCRIPT = `
const { parse } = require(${compiled('server', 'src', 'core', 'parse.js')});
const { reparse } = require(${compiled('server', 'src', 'core', 'reparse.js')});
const { buildSegmentTable, CellCache } = require(${compiled('client', 'src', 'segmentEditor', 'segmentRows.js')});
const options = { findings: [], staleCodes: new Set(), isMachineTranslated: () => false };
const unit = (n) => '<span data-ttu-id="f9f29-' + n + '">翻訳された文 numéro ' + n + ', assez longue pour être gardée.</span><span class="sxs-lookup"><span data-stu-id="f9f29-' + n + '">A translated sentence number ' + n + ', long enough to be kept.</span></span>';
const paragraphs = [];
for (let n = 1; n <= 11000; n++) paragraphs.push(unit(n));
let text = '# Titre\\n\\n' + paragraphs.join('\\n\\n') + '\\n';
let model = parse(text);
let cells = new CellCache();
let table = buildSegmentTable(model, options, cells);
for (let version = 1; version <= 8; version++) {
  const at = text.indexOf('numéro ' + (version * 1000)) + 7;
  const next = text.slice(0, at) + 'n° ' + text.slice(at);
  if (next.charCodeAt(at) < 0) throw new Error('unreachable');
  model = reparse(model, next, { range: { start: at, end: at }, text: 'n° ' });
  text = next;
  table = buildSegmentTable(model, options, cells);
}
globalThis.gc();
const kept = process.memoryUsage().heapUsed;
cells = new CellCache();
table = buildSegmentTable(model, options, cells);
globalThis.gc();
const fresh = process.memoryUsage().heapUsed;
if (table.rows.length !== 11000) throw new Error('wrong rows');
process.stdout.write(JSON.stringify({ kept, fresh, textBytes: text.length * 2 }));
`;

describe('segment editor cell cache', () => {
  it('keeps no earlier version of the text alive after edits', () => {
    const { kept, fresh, textBytes } = JSON.parse(execFileSync(process.execPath, ['--expose-gc', '-e', EDITS_SCRIPT], { encoding: 'utf8', maxBuffer: 1 << 20 })) as { kept: number; fresh: number; textBytes: number };
    // Each earlier version kept is one text more than a fresh cache holds; noise is far below half of one.
    assert.ok(kept - fresh < textBytes / 2, `the cache kept ${((kept - fresh) / 1e6).toFixed(1)} MB more than a fresh one: ${((kept - fresh) / textBytes).toFixed(1)} texts of ${(textBytes / 1e6).toFixed(1)} MB`);
  });
});
