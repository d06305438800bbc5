/**
 * UI steps for the Markdown preview, taken after the other steps on the same page: the preview
 * of a localized article shows the translation with the English as each sentence's hover, the
 * toggle shows the English under each sentence, and the preview still follows the editor.
 * The preview is a webview: its document sits in an iframe inside the webview's iframe.
 */
import * as assert from 'node:assert/strict';
import type { FrameLocator, Page } from 'playwright-core';
import { previewNeedsNodeHost, type ExtensionKind } from '../harness/extensionKind';
import { eventually } from './clientFeatureSteps';
import type { UserInterfaceStep } from './userInterfaceSteps';
import { activeEditor, openFileWithQuickOpen, reactionTimeoutMilliseconds, runCommandByTitle } from './workbench';

const frenchSeedPath = 'seeds/fr-fr/troubleshoot-flow-authentication-errors.md';
const frenchHeading = 'Résoudre les erreurs d’authentification de flux';
const englishHeading = 'Troubleshoot Flow authentication errors';
const longerArticlePath = 'customer-insights-pr/fr-fr/ci-docs/audience-insights/export-power-automate.md';
/** The sample article with a unit finding (a double space), whatever the steps before did. */
const articleWithUnitFinding = 'customer-insights-pr/ja-jp/ci-docs/audience-insights/export-power-automate.md';

/** The document of the Markdown preview shown (other webviews, such as the segment editor's, may be open). */
function preview(page: Page): FrameLocator {
  return page.frameLocator('iframe.webview.ready[src*="markdown-language-features"]').first().frameLocator('#active-frame');
}

/** Scrolls the preview so the article's heading is at its top, past the front matter table, for the screenshot. */
async function showHeadingAtTop(page: Page): Promise<void> {
  await preview(page).locator('body').evaluate("document.querySelector('h1')?.scrollIntoView({ block: 'start' })");
}

const previewSteps: readonly UserInterfaceStep[] = [
  {
    name: 'preview-shows-translation-with-english-hover',
    async run({ page }) {
      await page.keyboard.press('Escape');
      // Quick Open opens the article in a text editor, even where an earlier step left it in the segment editor.
      await openFileWithQuickOpen(page, frenchSeedPath);
      await activeEditor(page).locator('.view-lines').click();
      await page.keyboard.press('Control+Home');
      await runCommandByTitle(page, 'Markdown: Open Preview to the Side');
      const heading = preview(page).locator('h1 .sxs-unit').first();
      await heading.waitFor({ state: 'visible', timeout: 30_000 });
      assert.equal((await heading.innerText()).trim(), frenchHeading);
      assert.equal(await heading.getAttribute('title'), englishHeading, 'the French heading has the English as its hover');
      const h1 = (await preview(page).locator('h1').first().innerText()).trim();
      assert.equal(h1, frenchHeading, 'the heading shows the translation alone, not the English run into it');
      assert.equal(await preview(page).locator('.sxs-english').first().isVisible(), false, 'the English is hidden until asked for');
      await showHeadingAtTop(page);
      await heading.hover();
    },
  },
  {
    name: 'preview-toggle-shows-english-under-each-sentence',
    async run({ page }) {
      await runCommandByTitle(page, 'SxS: Toggle the English in the Preview');
      const english = preview(page).locator('h1 .sxs-english').first();
      await english.waitFor({ state: 'visible', timeout: reactionTimeoutMilliseconds });
      assert.equal((await english.innerText()).trim(), englishHeading);
      const heading = preview(page).locator('h1 .sxs-unit').first();
      const [french, under] = [await heading.boundingBox(), await english.boundingBox()];
      assert.ok(french && under && under.y >= french.y + french.height - 1, `the English stands under the French (French ${JSON.stringify(french)}, English ${JSON.stringify(under)})`);
      const shown = await preview(page).locator('.sxs-english:visible').count();
      const units = await preview(page).locator('.sxs-unit').count();
      assert.ok(units >= 5 && shown === units, `every sentence shows its English (${shown} of ${units})`);
      await showHeadingAtTop(page);
    },
  },
  {
    name: 'preview-marks-units-with-findings',
    async run({ page }) {
      // An article with a unit finding of its own (not one an earlier step typed); opened in the
      // editor's group, the preview follows it.
      await page.locator('.editor-group-container').nth(0).locator('.view-lines').click();
      await openFileWithQuickOpen(page, articleWithUnitFinding);
      const marked = preview(page).locator('.sxs-unit-finding').first();
      await marked.waitFor({ state: 'attached', timeout: 30_000 });
      const title = (await marked.getAttribute('title')) ?? '';
      assert.match(title, /\n\n⚠ /, `the unit's hover lists its findings (${JSON.stringify(title)})`);
      assert.equal((await marked.getAttribute('lang'))?.toLowerCase(), 'ja-jp', "the article's language, known when the preview renders");
      await marked.scrollIntoViewIfNeeded();
      await marked.hover();
    },
  },
  {
    name: 'preview-keeps-scroll-sync',
    async run({ page }) {
      // A longer article: the preview follows the active editor, so it shows it once it is opened
      // in the first group. Quick Open, not a click on its tab: the group's tabs overflow, and a
      // tab scrolled into view can be scrolled back under the pointer as the tab bar lays out.
      await page.locator('.editor-group-container').nth(0).locator('.view-lines').click();
      await openFileWithQuickOpen(page, longerArticlePath);
      const units = await eventually(() => preview(page).locator('.sxs-unit').count().catch(() => 0), (count) => count > 20);
      assert.ok(units > 20, `the preview shows the longer article (${units} units)`);
      const lines = await eventually(() => preview(page).locator('[data-line]').count().catch(() => 0), (count) => count > 10);
      assert.ok(lines > 10, `the preview's blocks keep their data-line attributes (${lines})`);
      // Once the article's units are known the preview renders it again, reloading its page (the
      // units then carry the article's language): wait for that render before scrolling.
      const known = await eventually(() => preview(page).locator('.sxs-unit[lang]').count().catch(() => 0), (count) => count > 20);
      assert.ok(known > 20, `the preview rendered the article with its units known (${known} units with a language)`);
      // Run in the preview's document (a string: this project compiles without DOM types); a page
      // being reloaded reads as not scrolled yet.
      const topLine = async () =>
        (await preview(page)
          .locator('body')
          .evaluate(`(() => {
            const blocks = [...document.querySelectorAll('[data-line]')];
            const first = blocks.find((block) => block.getBoundingClientRect().bottom > 0);
            return { scrollY: window.scrollY, line: Number(first?.dataset.line ?? -1), last: Number(blocks.at(-1)?.dataset.line ?? -1) };
          })()`)
          .catch(() => ({ scrollY: -1, line: -1, last: 0 }))) as { scrollY: number; line: number; last: number };
      const followed = (value: { scrollY: number; line: number; last: number }) => value.scrollY > 300 && value.line > value.last / 2;
      // Move the editor far down: the preview follows it to the same source line. A scroll made
      // while findings arriving late reload the preview is not followed (README): then the user
      // scrolls again, and so does this step, once.
      await page.locator('.editor-group-container').nth(0).locator('.view-lines').click();
      await page.keyboard.press('Control+End');
      let state = await eventually(topLine, followed);
      if (!followed(state)) {
        await page.keyboard.press('Control+Home');
        await page.keyboard.press('Control+End');
        state = await eventually(topLine, followed);
      }
      assert.ok(state.scrollY > 300 && state.line > state.last / 2, `the preview scrolled with the editor to the end of the article (${JSON.stringify(state)})`);
      // Leave the preference as it was for the next run of the workbench.
      await runCommandByTitle(page, 'SxS: Toggle the English in the Preview');
      await preview(page).locator('.sxs-english').first().waitFor({ state: 'hidden', timeout: reactionTimeoutMilliseconds });
    },
  },
];

/** The preview steps of a run with the extension in the host of `kind`. */
export function previewStepsFor(kind: ExtensionKind): readonly UserInterfaceStep[] {
  return kind === 'web' ? previewSteps.map((step) => ({ ...step, skip: previewNeedsNodeHost })) : previewSteps;
}
