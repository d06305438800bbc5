/**
 * The UI test of the packaged extension, as a list of steps a reviewer takes in a real VS Code:
 * open the workbench on the sample articles, open a localized article from the explorer, see the
 * extension activate, hover a unit, open the English side by side, break a unit and read the
 * Problems panel, read the Outline. Steps run in this order and share one page.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { Page } from 'playwright-core';
import { repositoryRoot } from '../harness/toolPaths';
import {
  activeEditor,
  chooseQuickPickEntry,
  editorGroupCount,
  dismissHover,
  hoverOverEditorText,
  openFileFromExplorer,
  openProblemsPanel,
  problemsPanelRows,
  readOutlineLabels,
  readRunningExtensions,
  retryUntil,
  runCommandByTitle,
  visibleTextOfGroup,
  waitForExplorer,
} from './workbench';

/** What every step gets: the page showing the workbench and the URL that opens the workspace. */
export interface StepContext {
  readonly page: Page;
  readonly workspaceUrl: string;
}

/** One thing a user does and what they must then see. */
export interface UserInterfaceStep {
  /** Stable kebab-case name: used in screenshot file names and in pendingSteps.ts. */
  readonly name: string;
  /** When true, a failure stops the run: the steps after it cannot mean anything. */
  readonly essential?: boolean;
  /** When set, the step is reported as skipped for this reason (it cannot apply to this run). */
  readonly skip?: string;
  run(context: StepContext): Promise<void>;
}

const frenchSeed = 'seeds/fr-fr/troubleshoot-flow-authentication-errors.md';
/** The same article in the repository's sample workspace, which the UI opens a copy of. */
const frenchSeedOnDisk = path.join(repositoryRoot, 'samples', frenchSeed);
const frenchHeading = 'Résoudre les erreurs d’authentification de flux';
const englishHeading = 'Troubleshoot Flow authentication errors';

/** The steps, in the order a user takes them. */
export const userInterfaceSteps: readonly UserInterfaceStep[] = [
  {
    name: 'workbench-opens-samples',
    essential: true,
    async run({ page, workspaceUrl }) {
      await page.goto(workspaceUrl);
      const topLevel = await waitForExplorer(page);
      for (const folder of ['customer-insights', 'customer-insights-pr', 'seeds']) {
        assert.ok(topLevel.includes(folder), `the explorer lists ${folder} (it shows ${topLevel.join(', ')})`);
      }
    },
  },
  {
    name: 'open-localized-article',
    essential: true,
    async run({ page }) {
      await openFileFromExplorer(page, frenchSeed);
      await activeEditor(page).locator('.view-line').filter({ hasText: 'Résoudre les erreurs' }).first().waitFor({ state: 'visible' });
    },
  },
  {
    name: 'extension-activates',
    essential: true,
    async run({ page }) {
      const rows = await readRunningExtensions(page);
      const ours = page.locator('.runtime-extensions-editor .monaco-list-row').filter({ hasText: 'SxS Localized Authoring' }).filter({ hasText: /Activation/ });
      await ours.first().waitFor({ state: 'visible', timeout: 30_000 }).catch(() => {
        throw new Error(`Running Extensions does not list SxS Localized Authoring as activated (rows: ${rows.map((row) => row.split('\n')[0]).join(', ')})`);
      });
    },
  },
  {
    name: 'hover-shows-english',
    async run({ page }) {
      await returnToArticle(page);
      const hover = await retryUntil(
        async () => {
          await dismissHover(page);
          return hoverOverEditorText(page, 'data-ttu-id="f9f29-102"', 'Résoudre les erreurs');
        },
        (shown) => shown.includes(englishHeading),
      );
      assert.ok(hover.includes(englishHeading), `hovering the French heading shows "${englishHeading}" (the hover shows: ${JSON.stringify(hover)})`);
    },
  },
  {
    name: 'side-by-side-shows-english',
    async run({ page }) {
      await returnToArticle(page);
      // The English beside follows the article's cursor: put it on the first line.
      await activeEditor(page).locator('.view-lines').click();
      await page.keyboard.press('Control+Home');
      assert.equal(await editorGroupCount(page), 1, 'one editor group before the command');
      await runCommandByTitle(page, manifestCommandTitle('sxs.openSideBySide'));
      // With the default setting the command asks which version to show.
      await chooseQuickPickEntry(page, 'English (from this article)');
      await waitForRows(async () => [String(await editorGroupCount(page))], ([count]) => Number(count) >= 2);
      assert.equal(await editorGroupCount(page), 2, 'the command opens a second editor group');
      const sideText = await visibleTextOfGroup(page, 1);
      assert.ok(sideText.includes(englishHeading), `the second group shows the English heading (it shows: ${JSON.stringify(sideText.slice(0, 300))})`);
      assert.ok(!sideText.includes('data-ttu-id'), `the second group shows plain English, not the sxs article again (it shows: ${JSON.stringify(sideText.slice(0, 300))})`);
    },
  },
  {
    name: 'problems-panel-lists-broken-unit',
    async run({ page }) {
      await returnToArticle(page);
      // A reviewer's slip: a translation half pasted without its sxs-lookup half.
      await activeEditor(page).locator('.view-lines').click();
      await page.keyboard.press('Control+End');
      await page.keyboard.press('Enter');
      await page.keyboard.insertText('<span data-ttu-id="f9f29-111">Une phrase sans sa moitié anglaise.</span>');
      // Enter after the last character opens the line after the file's last one.
      const line = fs.readFileSync(frenchSeedOnDisk, 'utf8').split('\n').length + 1;
      await openProblemsPanel(page);
      const rows = await waitForRows(() => problemsPanelRows(page), (texts) => texts.some((text) => /malformed-unit/.test(text)));
      assert.ok(
        rows.some((text) => /malformed-unit/.test(text) && text.includes(`Ln ${line},`)),
        `the Problems panel lists malformed-unit on line ${line} (rows: ${JSON.stringify(rows)})`,
      );
    },
  },
  {
    name: 'outline-lists-clean-headings',
    async run({ page }) {
      await returnToArticle(page);
      // The built-in Markdown outline runs translation and English together; the extension's
      // command hides it for the workspace, leaving our tree (English only as a row's detail).
      // The command toggles: first see the built-in headings, so the workspace is known to start with them.
      const runTogether = (labels: string[]) => labels.some((label) => label.includes(frenchHeading) && label.includes(englishHeading));
      const before = await waitForRows(() => readOutlineLabels(page), runTogether);
      assert.ok(runTogether(before), `before the command the Outline lists the built-in Markdown heading, translation and English run together (labels: ${JSON.stringify(before)})`);
      await runCommandByTitle(page, 'SxS: Toggle Markdown Headings in the Outline (This Workspace)');
      // The setting is written to the workspace's settings file and read back before the Outline filters again.
      const labels = await waitForRows(() => readOutlineLabels(page), (shown) => shown.includes(frenchHeading) && !runTogether(shown));
      assert.ok(labels.includes(frenchHeading), `the Outline names the heading "${frenchHeading}" (labels: ${JSON.stringify(labels)})`);
      assert.ok(!labels.some((label) => label.includes(englishHeading)), `no Outline label runs the English into the heading (labels: ${JSON.stringify(labels)})`);
    },
  },
];

/** Brings the French seed back to the front of the first editor group (steps may leave other editors). */
async function returnToArticle(page: Page): Promise<void> {
  await page.keyboard.press('Escape');
  await page.locator(`.tab[data-resource-name="${path.basename(frenchSeed)}"]`).first().click();
  // Back to the top, where the heading is (a step may have left the cursor at the end).
  await activeEditor(page).locator('.view-lines').click();
  await page.keyboard.press('Control+Home');
  await activeEditor(page).locator('.view-line').filter({ hasText: 'Résoudre les erreurs' }).first().waitFor({ state: 'visible' });
}

/** Re-reads rows until `done` holds or 20 s pass, then returns the last rows read. */
async function waitForRows(read: () => Promise<string[]>, done: (rows: string[]) => boolean): Promise<string[]> {
  const deadline = Date.now() + 20_000;
  let rows = await read();
  while (!done(rows) && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 500));
    rows = await read();
  }
  return rows;
}

/** The title F1 shows for a command the manifest contributes: "Category: Title", `%key%` placeholders resolved from package.nls.json. */
function manifestCommandTitle(commandId: string): string {
  const readJson = (file: string): unknown => JSON.parse(fs.readFileSync(path.join(repositoryRoot, file), 'utf8'));
  const manifest = readJson('package.json') as { contributes?: { commands?: { command: string; title: string; category?: string }[] } };
  const command = manifest.contributes?.commands?.find((candidate) => candidate.command === commandId);
  if (!command) throw new Error(`package.json contributes no command ${commandId}`);
  const strings = fs.existsSync(path.join(repositoryRoot, 'package.nls.json')) ? (readJson('package.nls.json') as Record<string, string>) : {};
  const localize = (text: string): string => text.replace(/^%(.+)%$/, (placeholder, key: string) => strings[key] ?? placeholder);
  return command.category ? `${localize(command.category)}: ${localize(command.title)}` : localize(command.title);
}
