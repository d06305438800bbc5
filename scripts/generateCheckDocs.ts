/**
 * `npm run docs:checks`: writes `docs/checks/<code>.md` for every check code and
 * `docs/checks/README.md` listing them, from `checkCodes.ts` (the SARIF rules' `helpUri` points
 * at these pages). `test/unit/cli/checkDocs.test.ts` fails when a page is missing or stale.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { checkDocPages } from '../server/src/cli/check/checkDocPages';

const folder = path.resolve(__dirname, '..', '..', 'docs', 'checks');
fs.mkdirSync(folder, { recursive: true });
const pages = checkDocPages();
for (const name of fs.readdirSync(folder)) if (name.endsWith('.md') && !pages.has(name)) fs.rmSync(path.join(folder, name));
for (const [name, text] of pages) fs.writeFileSync(path.join(folder, name), text);
process.stdout.write(`${pages.size} pages in ${path.relative(process.cwd(), folder)}\n`);
