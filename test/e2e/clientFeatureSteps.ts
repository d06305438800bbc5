/**
 * UI steps for the client's own features, taken after the steps of userInterfaceSteps.ts on the
 * same page: the English beside an article following its cursor, the Segments view, the status
 * bar entry, reading mode. Commands are run by the English titles a user reads in F1.
 */
import * as assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import type { UserInterfaceStep } from './userInterfaceSteps';
import { chooseQuickPickEntry, editorGroupCount, openFileWithQuickOpen, reactionTimeoutMilliseconds, runCommandByTitle, visibleTextOfGroup } from './workbench';

const frenchArticle = 'customer-insights-pr/fr-fr/ci-docs/audience-insights/export-power-automate.md';

/** The editor group `index` (0 = leftmost). */
function group(page: Page, index: number) {
  return page.locator('.editor-group-container').nth(index);
}

/** Polls `read` until `done` holds or the reaction time passes; returns the last value read. */
export async function eventually<T>(read: () => Promise<T>, done: (value: T) => boolean): Promise<T> {
  const deadline = Date.now() + reactionTimeoutMilliseconds;
  let value = await read();
  while (!done(value) && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 300));
    value = await read();
  }
  return value;
}

/** Line of the sample article holding "Exemples d’utilisation des flux :", low in the file. */
const examplesLine = 50;

/** Focuses the first group's editor and moves its cursor to `line` with Go to Line (Ctrl+G), as a user would. */
async function goToArticleLine(page: Page, line: number): Promise<void> {
  await group(page, 0).locator('.view-lines').click();
  await page.keyboard.press('Control+G');
  await page.locator('.quick-input-widget input').waitFor({ state: 'visible', timeout: reactionTimeoutMilliseconds });
  await page.keyboard.type(String(line));
  await page.keyboard.press('Enter');
}

/** The client's steps, in order. */
export const clientFeatureSteps: readonly UserInterfaceStep[] = [
  {
    name: 'side-by-side-follows-cursor',
    async run({ page }) {
      await page.keyboard.press('Escape');
      // Open the article in the first group, whatever group earlier steps left active.
      await page.keyboard.press('Control+1');
      await openFileWithQuickOpen(page, frenchArticle);
      await runCommandByTitle(page, 'SxS: Open Side by Side…');
      await chooseQuickPickEntry(page, 'English (from this article)');
      await eventually(() => editorGroupCount(page), (count) => count >= 2);
      await goToArticleLine(page, examplesLine);
      const beside = await eventually(() => visibleTextOfGroup(page, 1), (text) => text.includes('Examples of how to use flows:'));
      assert.ok(beside.includes('Examples of how to use flows:'), `the English beside scrolled to the sentence at the cursor (it shows: ${JSON.stringify(beside.slice(0, 300))})`);
      assert.ok(!beside.includes('data-ttu-id'), 'the English beside has no unit markup');
      const highlights = await group(page, 1).locator('.view-overlays [class*="ced-"]').count();
      assert.ok(highlights > 0, 'the matching English sentence is highlighted');
    },
  },
  {
    name: 'segments-view-lists-units',
    async run({ page }) {
      await goToArticleLine(page, examplesLine);
      const header = page.locator('.pane-header[aria-label^="Segments"]').first();
      await header.waitFor({ state: 'visible', timeout: reactionTimeoutMilliseconds });
      if ((await header.getAttribute('aria-expanded')) !== 'true') await header.click();
      // Give the view the room of the file tree, as a reviewer working through segments would.
      const folders = page.locator('.pane-header').filter({ hasText: /^\s*samples\s*$/ }).first();
      if ((await folders.getAttribute('aria-expanded')) === 'true') await folders.click();
      const pane = page.locator('.pane').filter({ has: header });
      const rows = await eventually(() => pane.locator('.monaco-list-row').allInnerTexts(), (texts) => texts.some((text) => text.includes('01895-104')));
      assert.ok(rows.some((row) => row.startsWith('Connecteur Power Automate (préversion)')), `the view starts with the article's title heading (rows: ${JSON.stringify(rows.slice(0, 5))})`);
      assert.ok(rows.some((row) => row.includes('Déclenchez des événements spécifiques') && row.includes('01895-104')), 'units show their translation and id');
      // The view selects the unit at the cursor (01895-127); click the one below it.
      await pane.locator('.monaco-list-row').filter({ hasText: '01895-128' }).first().click();
      const selection = await eventually(() => page.locator('[id="status.editor.selection"]').innerText(), (text) => /selected/.test(text));
      assert.match(selection, /\(\d+ selected\)/, 'clicking a unit selects its translation');
    },
  },
  {
    name: 'status-bar-shows-article',
    async run({ page }) {
      const entry = page.locator('.statusbar-item').filter({ hasText: 'fr-fr' }).first();
      await entry.waitFor({ state: 'visible', timeout: reactionTimeoutMilliseconds });
      assert.match(await entry.innerText(), /fr-fr · HT · \d+ units/);
      await entry.click();
      const actions = page.locator('.quick-input-list .monaco-list-row .label-name');
      await actions.first().waitFor({ state: 'visible', timeout: reactionTimeoutMilliseconds });
      const offered = await actions.allInnerTexts();
      assert.ok(offered.some((label) => label.includes('Toggle Reading Mode')), `the entry opens the actions (offered: ${offered.join(' | ')})`);
      await page.keyboard.press('Escape');
    },
  },
  {
    name: 'reading-mode-hides-english',
    async run({ page }) {
      await goToArticleLine(page, 1);
      await runCommandByTitle(page, 'SxS: Toggle Reading Mode');
      // Word wrap splits sentences over visual lines: compare without whitespace.
      const squeeze = (text: string) => text.replace(/\s+/g, '');
      const text = squeeze(await eventually(() => visibleTextOfGroup(page, 0), (shown) => !squeeze(shown).includes('sxs-lookup')));
      assert.ok(text.includes(squeeze('Déclenchez des événements spécifiques automatiques')), 'the translation is still shown');
      assert.ok(!text.includes(squeeze('Trigger specific events to occur automatically')), `the English halves are hidden (the editor shows: ${JSON.stringify(text.slice(0, 400))})`);
      assert.ok(!text.includes('sxs-lookup'), 'no sxs-lookup tag is visible away from the cursor');
    },
  },
];
