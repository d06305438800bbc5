/**
 * UI steps for the review against the workspace, on the Norwegian article of the samples and its
 * English original: the original's sentence is changed on disk, as a pull from the source
 * repository would, and the unit's hover then shows the old and the current English; a new
 * Norwegian article with an empty translation of a sentence the other article translates offers
 * that translation as a quick fix, which writes it into the unit.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Page } from 'playwright-core';
import type { UserInterfaceStep } from './userInterfaceSteps';
import { activeEditor, dismissHover, hoverOverEditorText, openFileWithQuickOpen, reactionTimeoutMilliseconds, retryUntil } from './workbench';

const norwegianArticle = 'customer-insights-pr/nb-no/ci-docs/audience-insights/export-power-automate.md';
const englishOriginal = 'customer-insights/en-us/ci-docs/audience-insights/export-power-automate.md';
const oldEnglish = 'such as notifications or more advanced actions.';
const currentEnglish = 'such as alerts, emails or more advanced actions.';
/** The line of that unit, and the first words of its Norwegian translation, to hover. */
const staleLine = 25;
const staleTranslation = 'Bruk utløsere';
/** A new Norwegian article: one unit with the English of the article's unit 107 and no translation yet. */
const newArticle = 'memory-offer/nb-no/new-article.md';
const memoryEnglish = 'Trigger when a data source refresh fails.';
const memoryTranslation = 'Utløs når en oppdatering av datakilde mislykkes.';

/** The workspace folder the page has open (the run's copy of the samples). */
function workspaceFolderOf(workspaceUrl: string): string {
  const folder = new URL(workspaceUrl).searchParams.get('folder');
  if (!folder) throw new Error(`no folder in ${workspaceUrl}`);
  return folder;
}

/** Replaces a file's content the way tools do (a temporary file renamed over it), so no reader sees half of it. */
function replaceFile(file: string, text: string): void {
  const temporary = `${file}.${process.pid}.tmp`;
  fs.writeFileSync(temporary, text);
  fs.renameSync(temporary, file);
}

/** Puts the cursor on `line` of the active editor with Go to Line (Ctrl+G), which scrolls it into view. */
async function goToLine(page: Page, line: number): Promise<void> {
  await activeEditor(page).locator('.view-lines').click();
  await page.keyboard.press('Control+G');
  await page.locator('.quick-input-widget input').waitFor({ state: 'visible', timeout: reactionTimeoutMilliseconds });
  await page.keyboard.type(String(line));
  await page.keyboard.press('Enter');
  await page.locator('.quick-input-widget').waitFor({ state: 'hidden', timeout: reactionTimeoutMilliseconds });
}

/** The active editor's visible text, the non-breaking spaces of the rendering made plain. */
async function visibleText(page: Page): Promise<string> {
  return (await activeEditor(page).locator('.view-line').allInnerTexts()).join('\n').replace(/\u00a0/g, ' ');
}

export const workspaceReviewSteps: readonly UserInterfaceStep[] = [
  {
    name: 'stale-hover-shows-english-diff',
    async run({ page, workspaceUrl }) {
      await openFileWithQuickOpen(page, norwegianArticle);
      const original = path.join(workspaceFolderOf(workspaceUrl), englishOriginal);
      const before = fs.readFileSync(original, 'utf8');
      assert.ok(before.includes(oldEnglish), `the original holds "${oldEnglish}"`);
      replaceFile(original, before.replace(oldEnglish, currentEnglish));
      await goToLine(page, staleLine);
      // The diagnostic's part of the hover comes first; the unit's part (old and current English) follows from the server.
      const diffHover = page.locator('.monaco-hover').filter({ visible: true }).filter({ hasText: /Old:[\s\S]*notifications[\s\S]*Current:[\s\S]*alerts, emails/ }).first();
      const hover = await retryUntil(
        async () => {
          await dismissHover(page);
          const shown = await hoverOverEditorText(page, staleTranslation, staleTranslation, 5_000);
          return (await diffHover.waitFor({ state: 'visible', timeout: 10_000 }).then(() => diffHover.innerText({ timeout: 1_000 })).catch(() => undefined)) ?? shown;
        },
        (text) => /Old:[\s\S]*Current:/.test(text),
      );
      assert.match(hover, /English changed in the original/, `the hover tells the English changed (it shows: ${JSON.stringify(hover.slice(0, 600))})`);
      assert.match(hover, /Old:.*notifications/s, 'the hover shows the old English');
      assert.match(hover, /Current:.*alerts, emails/s, 'the hover shows the current English');
    },
  },
  {
    name: 'memory-offers-translation',
    async run({ page, workspaceUrl }) {
      await dismissHover(page);
      const file = path.join(workspaceFolderOf(workspaceUrl), newArticle);
      fs.mkdirSync(path.dirname(file), { recursive: true });
      const emptyUnit = `<span data-ttu-id="5c1e2-101"></span><span class="sxs-lookup"><span data-stu-id="5c1e2-101">${memoryEnglish}</span></span>`;
      fs.writeFileSync(file, `---\ntitle: Ny artikkel\nms.contentlocale: nb-NO\n---\n\n${emptyUnit}\n`);
      await openFileWithQuickOpen(page, newArticle);
      // Word wrap may split the unit over visual lines: click the English's first words.
      const english = activeEditor(page).locator('.view-line span span').filter({ hasText: 'Trigger when a data' }).first();
      await english.waitFor({ state: 'visible', timeout: reactionTimeoutMilliseconds });
      const offer = page.locator('.action-widget .monaco-list-row').filter({ hasText: 'Use 100 % match from' }).first();
      // The memory answers once the server has read the workspace: ask again until it offers.
      const offered = await retryUntil(
        async () => {
          await page.keyboard.press('Escape');
          await english.click();
          await page.keyboard.press('Control+.');
          await page.locator('.action-widget').filter({ visible: true }).first().waitFor({ state: 'visible', timeout: 5_000 }).catch(() => undefined);
          return offer.isVisible();
        },
        (visible) => visible,
      );
      assert.ok(offered, `Ctrl+. offers the 100 % match (it offers: ${(await page.locator('.action-widget .monaco-list-row').allInnerTexts()).join(' | ') || 'nothing'})`);
      const title = await offer.innerText();
      assert.match(title, /export-power-automate\.md/, `the offer names the article it comes from (${title})`);
      await offer.click();
      const expected = `<span data-ttu-id="5c1e2-101">${memoryTranslation}</span>`;
      const squeeze = (text: string) => text.replace(/\s+/g, '');
      const text = await retryUntil(() => visibleText(page), (shown) => squeeze(shown).includes(squeeze(expected)), reactionTimeoutMilliseconds);
      assert.ok(squeeze(text).includes(squeeze(expected)), `the unit holds the other article's translation (the editor shows: ${JSON.stringify(text.slice(0, 400))})`);
    },
  },
];
