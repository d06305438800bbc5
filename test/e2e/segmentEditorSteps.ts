/**
 * UI steps for the segment editor, taken after the other steps on the same page: open the grid
 * on the Norwegian seed article from the editor-title button, type a translation, insert a chip
 * from the English, take a translation-memory match, see half a chip pair and a typed `</span>`
 * refused, undo, save — the file on disk then differs from before exactly in the halves edited;
 * filter the grid; use its keys; go back to the text; open a right-to-left article in it; save
 * with File: Save and close the grid right after typing (the typing is in the file); see it in a
 * high-contrast theme with the focus outline drawn. The
 * grid is a webview, so its content lives in two nested iframes inside the workbench.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { FrameLocator, Locator, Page } from 'playwright-core';
import { parse } from '../../server/src/core/parse';
import { repeatArticles } from '../../bench/syntheticArticles';
import { corpusArticles, corpusRoot } from '../support/paths';
import type { UserInterfaceStep } from './userInterfaceSteps';
import { testResultsFolder } from '../harness/toolPaths';
import { chooseQuickPickEntry, closeModalEditor, openFileWithQuickOpen, reactionTimeoutMilliseconds, runCommandByTitle, showOpenWithFromExplorer } from './workbench';

const seed = 'seeds/nb-no/troubleshoot-flow-authentication-errors.md';
/** A Hebrew article from the corpus, copied into the run's workspace for the right-to-left step. */
const hebrewArticle = 'customer-insights-pr/he-il/ci-docs/audience-insights/supported-languages.md';
const hebrewCopy = 'rtl/he-il/supported-languages.md';
/** Another Norwegian article with one sentence of the seed translated differently: the memory's match. */
const memoryArticle = 'memory/nb-no/troubleshoot-flow-authentication-errors-copy.md';
const memoryTranslation = 'Du retter vanligvis en godkjenningsfeil ved å oppdatere tilkoblingen (fra minnet):';
/** A 10,000-unit article built from the corpus's French articles, written into the run's workspace. */
const largeArticle = 'large/fr-fr/ten-thousand-units.md';
/** The same article again, opened from the explorer, so each way of opening starts with a file VS Code has not opened. */
const largeArticleFromExplorer = 'large/fr-fr/ten-thousand-units-explorer.md';

/** The workspace folder the page has open (the run's copy of the samples). */
function workspaceFolderOf(workspaceUrl: string): string {
  const folder = new URL(workspaceUrl).searchParams.get('folder');
  if (!folder) throw new Error(`no folder in ${workspaceUrl}`);
  return folder;
}

/** The document inside the active segment editor's webview (outer frame, then its active frame). */
function grid(page: Page): FrameLocator {
  // Webviews sit in an overlay above the editor area, not inside the editor group; hidden ones stay in the DOM.
  return page.locator('iframe.webview.ready:visible').first().contentFrame().locator('#active-frame').contentFrame();
}

/** When the grid's page started (epoch ms), said it was ready and got its table (ms after its start). */
async function pageTimings(frame: FrameLocator): Promise<{ epoch: number; readyMs: number; tableMs: number }> {
  const app = frame.locator('#app');
  const read = async (name: string): Promise<number> => Number(await app.getAttribute(name));
  return { epoch: await read('data-page-epoch'), readyMs: await read('data-ready-ms'), tableMs: await read('data-table-after-ms') };
}

/** How the page kept up while a scroll moved it by a quarter of its height every frame. */
interface ScrollFrames {
  readonly frames: number;
  readonly medianMs: number;
  /** Frames that took more than twice the median: at least one frame the screen did not get. */
  readonly dropped: number;
  readonly longestMs: number;
  /** Tasks of more than 50 ms on the page's main thread (Chromium's long-task entries). */
  readonly longTasks: number;
  readonly rowsPassed: number;
  /** Frames in which a row on screen still waited for its content from the extension (drawn as a placeholder). */
  readonly placeholderFrames: number;
  /** The same page's frames while nothing moves: what this machine's browser gives a still page. */
  readonly idleMedianMs: number;
  readonly idleDropped: number;
  /** The same scroll of a plain list of as many lines of text laid over the grid, in the same page: the floor of any scroll here. */
  readonly plainMedianMs: number;
  readonly plainDropped: number;
}

/**
 * Scrolls `viewport` down by `stepPixels` (default: a quarter of its height, a fling) on each of
 * `count` animation frames and reads the time between frames. Figures for the log, never
 * asserted: a busy machine drops frames of any page.
 */
async function scrollFrames(viewport: Locator, count: number, stepPixels?: number): Promise<ScrollFrames> {
  return viewport.evaluate(async (element, { frameCount, step }) => {
    // In the page: the test's own compiler settings know Node's globals, not the browser's.
    const page = globalThis as unknown as {
      requestAnimationFrame(callback: (time: number) => void): number;
      PerformanceObserver: new (callback: (list: { getEntries(): unknown[] }) => void) => { observe(options: { type: string }): void; disconnect(): void };
    };
    const nextFrame = (): Promise<number> => new Promise((resolve) => page.requestAnimationFrame(resolve));
    let longTasks = 0;
    const observer = new page.PerformanceObserver((list) => (longTasks += list.getEntries().length));
    observer.observe({ type: 'longtask' });
    const rowHeight = element.querySelector('.unit-row')?.getBoundingClientRect().height || 1;
    let placeholderFrames = 0;
    const placeholderOnScreen = (): boolean => {
      const { top, bottom } = element.getBoundingClientRect();
      return [...element.querySelectorAll('.unit-row.loading')].some((row) => {
        const box = row.getBoundingClientRect();
        return box.bottom > top && box.top < bottom;
      });
    };
    const frameTimes = async (frames: number, step: () => void, watchPlaceholders = false): Promise<number[]> => {
      const intervals: number[] = [];
      let last = await nextFrame();
      for (let frame = 0; frame < frames; frame++) {
        step();
        const now = await nextFrame();
        intervals.push(now - last);
        last = now;
        if (watchPlaceholders && placeholderOnScreen()) placeholderFrames++;
      }
      return intervals;
    };
    const median = (intervals: readonly number[]): number => [...intervals].sort((a, b) => a - b)[intervals.length >> 1];
    const idle = await frameTimes(frameCount / 4, () => undefined);
    const idleMedianMs = median(idle);
    // The baseline: static lines of text, no script, over the grid in the same frame, the same steps.
    const bounds = element.getBoundingClientRect();
    const plain = element.ownerDocument.createElement('div');
    plain.style.cssText = `position: fixed; left: ${bounds.left}px; top: ${bounds.top}px; width: ${bounds.width}px; height: ${bounds.height}px; overflow-y: auto; z-index: 10; background: var(--vscode-editor-background)`;
    for (let line = 0; line < 6000; line++) {
      const text = plain.appendChild(element.ownerDocument.createElement('div'));
      text.style.padding = '6px 8px';
      text.textContent = `${line + 1} Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor incididunt ut labore.`;
    }
    element.ownerDocument.body.append(plain);
    const plainIntervals = await frameTimes(frameCount, () => (plain.scrollTop += step ?? plain.clientHeight / 4));
    plain.remove();
    const plainMedianMs = median(plainIntervals);
    longTasks = 0;
    const startTop = element.scrollTop;
    const intervals = await frameTimes(frameCount, () => (element.scrollTop += step ?? element.clientHeight / 4), true);
    observer.disconnect();
    const medianMs = median(intervals);
    return {
      frames: intervals.length,
      medianMs,
      dropped: intervals.filter((interval) => interval > 2 * medianMs).length,
      longestMs: Math.max(...intervals),
      longTasks,
      rowsPassed: Math.round((element.scrollTop - startTop) / rowHeight),
      placeholderFrames,
      idleMedianMs,
      idleDropped: idle.filter((interval) => interval > 2 * idleMedianMs).length,
      plainMedianMs,
      plainDropped: plainIntervals.filter((interval) => interval > 2 * plainMedianMs).length,
    };
  }, { frameCount: count, step: stepPixels });
}

/** Waits until the extension has handled every edit the grid sent (written to the document or refused). */
async function editsHandled(frame: FrameLocator): Promise<void> {
  await frame.locator('#app[data-pending-edits="0"]').waitFor({ state: 'attached', timeout: reactionTimeoutMilliseconds });
}

/** Clicks the editor-title button that opens the active article in the segment editor (shown once it is known localized). */
async function openGridFromTitleButton(page: Page, timeout = reactionTimeoutMilliseconds): Promise<void> {
  const button = page.locator('.editor-group-container.active .editor-actions [aria-label^="Open in Segment Editor"]').first();
  await button.waitFor({ state: 'visible', timeout });
  await button.click();
}

/** Polls `read` until `done` holds or the reaction time passes; returns the last value read. */
async function eventually<T>(read: () => Promise<T>, done: (value: T) => boolean): Promise<T> {
  const deadline = Date.now() + reactionTimeoutMilliseconds;
  let value = await read();
  while (!done(value) && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 250));
    value = await read();
  }
  return value;
}

/** The translation halves by unit id, and the file with every translation half taken out. */
function halvesAndRest(text: string): { halves: Map<string, string>; rest: string } {
  const model = parse(text);
  const halves = new Map<string, string>();
  let rest = '';
  let at = 0;
  for (const unit of model.units) {
    halves.set(unit.id.text, unit.translation.raw);
    rest += text.slice(at, unit.translation.range.start) + '\u0000';
    at = unit.translation.range.end;
  }
  return { halves, rest: rest + text.slice(at) };
}

/** Waits until the file on disk contains `typed`, and checks it is there once. */
async function assertSavedOnce(file: string, typed: string): Promise<void> {
  const saved = await eventually(
    async () => fs.readFileSync(file, 'utf8'),
    (text) => text.includes(typed),
  );
  assert.equal(saved.split(typed).length, 2, `the typing "${typed}" is in the saved file, once`);
}

let seedOnDisk = '';
let seedBefore = '';

const gridSteps: readonly UserInterfaceStep[] = [
  {
    name: 'segment-editor-opens-from-title-button',
    async run({ page, workspaceUrl }) {
      seedOnDisk = path.join(workspaceFolderOf(workspaceUrl), seed);
      seedBefore = fs.readFileSync(seedOnDisk, 'utf8');
      // Written first, so the workspace index (and its memory) has it when the memory step asks.
      const copy = path.join(workspaceFolderOf(workspaceUrl), memoryArticle);
      fs.mkdirSync(path.dirname(copy), { recursive: true });
      fs.writeFileSync(copy, seedBefore.replace('>Du kan vanligvis rette en godkjenningsfeil ved å oppdatere tilkoblingen:<', `>${memoryTranslation}<`));
      await openFileWithQuickOpen(page, seed);
      await openGridFromTitleButton(page);
      const frame = grid(page);
      await frame.locator('.unit-row').first().waitFor({ state: 'visible', timeout: reactionTimeoutMilliseconds });
      const units = parse(seedBefore).units.length;
      assert.equal(await frame.locator('.unit-row').count(), units, 'one row per unit');
      assert.equal(await frame.locator('[role="grid"]').getAttribute('aria-rowcount'), String(units + (await frame.locator('.group-row').count()) + 1));
      const counts = await frame.locator('.status-filter').allInnerTexts();
      assert.ok(counts.some((text) => /Machine-translated \d+/.test(text)), `the header counts machine-translated rows (${counts.join(', ')})`);
      // The English is shown read-only beside the translation, bold as chips.
      assert.ok((await frame.locator('.cell.source .chip-emphasis').count()) > 0, 'bold in the English shows as chips');
    },
  },
  {
    name: 'segment-editor-edits-translation',
    async run({ page }) {
      const frame = grid(page);
      const editor = frame.locator('.unit-row').nth(2).locator('.editor');
      await editor.click();
      await page.keyboard.press('Control+End');
      await page.keyboard.type(' (redigert i rutenettet)');
      await page.keyboard.press('Enter');
      await editsHandled(frame);
      // The edit reaches the document: the tab shows it dirty.
      await page.locator('.tab.active.dirty').first().waitFor({ state: 'visible', timeout: reactionTimeoutMilliseconds });
    },
  },
  {
    name: 'segment-editor-inserts-chip',
    async run({ page }) {
      const frame = grid(page);
      const row = frame.locator('.unit-row').filter({ has: frame.locator('.cell.source .chip-emphasis') }).first();
      const before = await row.locator('.editor .chip').count();
      await row.locator('.editor').click();
      await page.keyboard.press('Control+End');
      await page.keyboard.type(' ');
      // F9 inserts the first chip of the English the translation lacks — or, with all present, a click on the English inserts one pair.
      await row.locator('.cell.source .chip-emphasis').first().click();
      const after = await eventually(() => row.locator('.editor .chip').count(), (count) => count >= before + 2);
      assert.equal(after, before + 2, 'a bold pair from the English is inserted (opening and closing chip)');
      await page.keyboard.type('ny');
      await page.keyboard.press('Enter');
      await editsHandled(frame);
      assert.match(await row.locator('.editor').innerText(), /\*\*ny\*\*$/, 'the typing goes between the inserted chips');
    },
  },
  {
    name: 'segment-editor-takes-memory-match',
    async run({ page }) {
      const frame = grid(page);
      const row = frame.locator('.unit-row').filter({ has: frame.locator('.cell.source', { hasText: 'You can usually fix an authentication error' }) }).first();
      const other = frame.locator('.unit-row').first();
      const match = frame.locator('.side-panel .match').filter({ hasText: 'fra minnet' }).first();
      // The memory fills as the workspace index reads the new file: select the row until its match is offered.
      const deadline = Date.now() + 75_000;
      while (!(await match.isVisible()) && Date.now() < deadline) {
        await other.locator('.editor').click();
        await row.locator('.editor').click();
        await match.waitFor({ state: 'visible', timeout: 5_000 }).catch(() => undefined);
      }
      assert.ok(await match.isVisible(), `the panel offers the memory's translation (it shows: ${await frame.locator('.side-panel').innerText()})`);
      assert.match(await match.locator('.match-percent').innerText(), /^100%$/);
      await page.keyboard.press('Control+1');
      await editsHandled(frame);
      assert.equal((await row.locator('.editor').innerText()).trim(), memoryTranslation, 'Ctrl+1 takes the first match');
    },
  },
  {
    name: 'segment-editor-refuses-broken-markup',
    async run({ page }) {
      const frame = grid(page);
      const row = frame.locator('.unit-row').filter({ has: frame.locator('.editor .chip-emphasis') }).first();
      const chipsBefore = await row.locator('.editor .chip').count();
      const textBefore = await row.locator('.editor').innerText();
      await row.locator('.editor').click();
      // The cell ends with the closing `**` inserted before: Backspace at the end would delete it alone.
      await page.keyboard.press('Control+End');
      await page.keyboard.press('Backspace');
      const message = frame.locator('.message.shown');
      await message.waitFor({ state: 'visible', timeout: reactionTimeoutMilliseconds });
      assert.match(await message.innerText(), /paired chip/);
      assert.equal(await row.locator('.editor .chip').count(), chipsBefore, 'the chip is still there');
      assert.equal(await row.locator('.editor').innerText(), textBefore, 'the cell is as it was');
      // Typed text that would end the span is refused by the extension, and the cell shows the document again.
      const plain = frame.locator('.unit-row').nth(5).locator('.editor');
      const plainBefore = await plain.innerText();
      await plain.click();
      await page.keyboard.press('Control+End');
      await page.keyboard.type(' </span> brutt');
      await page.keyboard.press('Enter');
      await editsHandled(frame);
      await frame.locator('.message.shown', { hasText: 'span' }).waitFor({ state: 'visible', timeout: reactionTimeoutMilliseconds });
      assert.equal(await eventually(() => plain.innerText(), (text) => text === plainBefore), plainBefore, 'the refused text is gone from the cell');
      assert.ok(!fs.readFileSync(seedOnDisk, 'utf8').includes('brutt'), 'nothing was written');
      // The refusal concerns its row: choosing another row clears it (in the same click, not after a while).
      await frame.locator('.unit-row').nth(0).locator('.editor').click();
      assert.equal(await frame.locator('.message.shown').count(), 0, 'the refusal is gone once another row is chosen');
    },
  },
  {
    name: 'segment-editor-undo-and-save',
    async run({ page }) {
      const frame = grid(page);
      const row = frame.locator('.unit-row').nth(1);
      const editor = row.locator('.editor');
      const original = await editor.innerText();
      await editor.click();
      await page.keyboard.press('Control+End');
      await page.keyboard.type(' ANGRE');
      await page.keyboard.press('Enter');
      await editsHandled(frame);
      // Undo of the document (VS Code's own), with nothing typed since: the row follows.
      await page.keyboard.press('Control+Z');
      const undone = await eventually(() => editor.innerText(), (text) => !text.includes('ANGRE'));
      assert.equal(undone, original, 'undo restores the translation in the grid');
      await page.keyboard.press('Control+S');
      await page.locator('.tab.active.dirty').first().waitFor({ state: 'hidden', timeout: reactionTimeoutMilliseconds });
      const after = fs.readFileSync(seedOnDisk, 'utf8');
      const was = halvesAndRest(seedBefore);
      const now = halvesAndRest(after);
      assert.equal(now.rest, was.rest, 'every byte outside the translation halves is unchanged');
      const changed = [...now.halves].filter(([id, half]) => was.halves.get(id) !== half);
      assert.equal(changed.length, 3, `exactly the three halves edited changed (${changed.map(([id]) => id).join(', ')})`);
      assert.ok(changed.some(([, half]) => half === memoryTranslation), 'the memory match is in the file');
      assert.ok(changed.some(([, half]) => half.endsWith(' (redigert i rutenettet)')), 'the typed text is in the file');
      assert.ok(changed.some(([, half]) => half.includes('**ny**')), 'the inserted chip pair is in the file');
    },
  },
  {
    name: 'segment-editor-filters',
    async run({ page }) {
      const frame = grid(page);
      await frame.locator('.text-filter').fill('rutenettet');
      await eventually(() => frame.locator('.unit-row').count(), (count) => count === 1);
      assert.equal(await frame.locator('.unit-row').count(), 1, 'the text filter leaves the edited row');
      await frame.locator('.text-filter').fill('');
      await frame.locator('.status-filter[data-status="machine-translated"]').click();
      const shown = await eventually(() => frame.locator('.unit-row').count(), (count) => count > 0);
      const statuses = await frame.locator('.unit-row .badge').allInnerTexts();
      assert.ok(shown > 0 && statuses.every((status) => status === 'Machine-translated'), `only machine-translated rows (${statuses.join(', ')})`);
    },
  },
  {
    name: 'segment-editor-keyboard',
    async run({ page }) {
      const frame = grid(page);
      await frame.locator('.status-filter[data-status="machine-translated"]').click();
      await eventually(() => frame.locator('.unit-row').count(), (count) => count === parse(seedBefore).units.length);
      const rows = frame.locator('.unit-row');
      const selectedNumber = () => frame.locator('.unit-row[aria-selected="true"] .number').innerText();
      await rows.nth(0).locator('.editor').click();
      // Ctrl+Enter confirms the machine translation as reviewed and goes to the next row.
      await page.keyboard.press('Control+Enter');
      await editsHandled(frame);
      assert.equal(await eventually(selectedNumber, (number) => number === '2'), '2');
      assert.equal(await eventually(() => rows.nth(0).locator('.badge').innerText(), (status) => status === 'OK'), 'OK', 'the confirmed row is OK');
      assert.equal(await frame.locator('.unit-row[aria-selected="true"] .editor').evaluate((editor) => editor === editor.ownerDocument.activeElement), true, 'the caret is in the next translation');
      // Alt+Down / Alt+Up move between rows; F8 goes to the next row with findings; Alt+U to the next untranslated.
      await page.keyboard.press('Alt+ArrowDown');
      assert.equal(await eventually(selectedNumber, (number) => number === '3'), '3');
      await page.keyboard.press('Alt+ArrowUp');
      assert.equal(await eventually(selectedNumber, (number) => number === '2'), '2');
      await page.keyboard.press('F8');
      const withFindings = await eventually(selectedNumber, (number) => number !== '2');
      assert.match(await frame.locator('.unit-row[aria-selected="true"] .badge').innerText(), /Finding|Stale/, `F8 stops on a row with findings (row ${withFindings})`);
      await page.keyboard.press('Alt+U');
      const untranslated = await eventually(selectedNumber, (number) => number !== withFindings);
      assert.match(await frame.locator('.unit-row[aria-selected="true"] .badge').innerText(), /Machine-translated|Empty|Unchanged/, `Alt+U stops on an untranslated row (row ${untranslated})`);
    },
  },
  {
    name: 'segment-editor-back-to-text',
    async run({ page }) {
      const frame = grid(page);
      await frame.locator('.unit-row').nth(3).locator('.editor').click();
      await frame.locator('.open-text').click();
      const line = page.locator('.editor-group-container.active .monaco-editor .view-line').first();
      await line.waitFor({ state: 'visible', timeout: reactionTimeoutMilliseconds });
      const selected = await eventually(() => page.locator('.editor-group-container.active .monaco-editor .selected-text').count(), (count) => count > 0);
      assert.ok(selected > 0, 'the text editor opens with the unit’s translation selected');
    },
  },
  {
    name: 'segment-editor-right-to-left',
    async run({ page, workspaceUrl }) {
      const source = path.join(corpusRoot, hebrewArticle);
      if (!fs.existsSync(source)) throw new Error(`${source} is missing (the shared corpus)`);
      const target = path.join(workspaceFolderOf(workspaceUrl), hebrewCopy);
      fs.mkdirSync(path.dirname(target), { recursive: true });
      fs.copyFileSync(source, target);
      await openFileWithQuickOpen(page, hebrewCopy);
      await openGridFromTitleButton(page);
      const frame = grid(page);
      const editor = frame.locator('.unit-row .editor').first();
      await editor.waitFor({ state: 'visible', timeout: reactionTimeoutMilliseconds });
      assert.equal(await editor.getAttribute('dir'), 'rtl');
      assert.equal(await editor.getAttribute('lang'), 'he-il');
    },
  },
  {
    name: 'segment-editor-file-save-keeps-typing',
    async run({ page, workspaceUrl }) {
      const onDisk = path.join(workspaceFolderOf(workspaceUrl), hebrewCopy);
      const frame = grid(page);
      const editor = frame.locator('.unit-row').nth(1).locator('.editor');
      await editor.click();
      await page.keyboard.press('Control+End');
      await page.keyboard.type(' SAVED-AT-ONCE');
      // Saved from the command palette before the pause that would send the typing.
      await runCommandByTitle(page, 'File: Save');
      await assertSavedOnce(onDisk, 'SAVED-AT-ONCE');
      await page.locator('.tab.active.dirty').first().waitFor({ state: 'hidden', timeout: reactionTimeoutMilliseconds });
      await editsHandled(frame);
      assert.equal(await frame.locator('.message.shown').count(), 0, 'no refusal follows');
    },
  },
  {
    name: 'segment-editor-close-keeps-typing',
    async run({ page, workspaceUrl }) {
      const onDisk = path.join(workspaceFolderOf(workspaceUrl), hebrewCopy);
      const frame = grid(page);
      const editor = frame.locator('.unit-row').nth(2).locator('.editor');
      await editor.click();
      await page.keyboard.press('Control+End');
      await page.keyboard.type(' KEPT-ON-CLOSE');
      // The grid is closed before the pause that would send the typing.
      await page.keyboard.press('Control+W');
      await page.locator('iframe.webview.ready:visible').first().waitFor({ state: 'hidden', timeout: reactionTimeoutMilliseconds });
      await openFileWithQuickOpen(page, hebrewCopy);
      await page.locator('.tab.active.dirty').first().waitFor({ state: 'visible', timeout: reactionTimeoutMilliseconds });
      await page.keyboard.press('Control+S');
      await assertSavedOnce(onDisk, 'KEPT-ON-CLOSE');
    },
  },
  {
    name: 'segment-editor-high-contrast',
    async run({ page, workspaceUrl }) {
      const settingsFile = path.join(workspaceFolderOf(workspaceUrl), '.vscode', 'settings.json');
      fs.mkdirSync(path.dirname(settingsFile), { recursive: true });
      const before = fs.existsSync(settingsFile) ? fs.readFileSync(settingsFile, 'utf8') : undefined;
      const settings = before ? (JSON.parse(before) as Record<string, unknown>) : {};
      fs.writeFileSync(settingsFile, JSON.stringify({ ...settings, 'workbench.colorTheme': 'Default High Contrast' }, null, 2));
      try {
        await page.locator('.monaco-workbench.hc-black').waitFor({ state: 'attached', timeout: reactionTimeoutMilliseconds });
        await openGridFromTitleButton(page);
        const frame = grid(page);
        await frame.locator('body.vscode-high-contrast').waitFor({ state: 'attached', timeout: reactionTimeoutMilliseconds });
        const editor = frame.locator('.unit-row').nth(1).locator('.editor');
        await editor.click();
        await page.screenshot({ path: path.join(testResultsFolder, 'ui-segment-editor-high-contrast.png') });
        const outline = await editor.evaluate((element) => {
          const view = element.ownerDocument.defaultView!;
          const style = view.getComputedStyle(element);
          const probe = element.ownerDocument.createElement('span');
          probe.style.color = 'var(--vscode-focusBorder)';
          element.ownerDocument.body.append(probe);
          const focusBorder = view.getComputedStyle(probe).color;
          probe.remove();
          return { focused: element === element.ownerDocument.activeElement, style: style.outlineStyle, width: style.outlineWidth, color: style.outlineColor, focusBorder };
        });
        assert.ok(outline.focused, 'the translation cell has the focus');
        assert.notEqual(outline.style, 'none', 'the focused cell has an outline');
        assert.notEqual(outline.width, '0px', 'the outline has a width');
        assert.equal(outline.color, outline.focusBorder, "the outline is the theme's focus border colour");
        assert.notEqual(outline.color, 'rgba(0, 0, 0, 0)', 'the outline is not transparent');
      } finally {
        if (before === undefined) fs.rmSync(settingsFile);
        else fs.writeFileSync(settingsFile, before);
        await page.locator('.monaco-workbench.hc-black').waitFor({ state: 'detached', timeout: reactionTimeoutMilliseconds });
      }
    },
  },
];

/**
 * Opening a 10,000-unit article and scrolling it: prints how long the grid took to show, opened
 * straight from the explorer ("Open With…") and from the editor-title button of its text. It
 * writes a 2.7 MB file and costs most of a minute on a busy machine, so it runs only with
 * SXS_UI_LARGE=1 (`SXS_UI_LARGE=1 npm run test:e2e`).
 */
const largeArticleStep: UserInterfaceStep = {
  name: 'segment-editor-opens-10000-units',
  async run({ page, workspaceUrl }) {
    const sources = corpusArticles().filter((file) => file.includes('/fr-fr/')).map((file) => fs.readFileSync(file, 'utf8'));
    let text = repeatArticles(sources, 2.6e6);
    while (parse(text).units.length < 10_000) text = repeatArticles(sources, Buffer.byteLength(text) * 1.1);
    const target = path.join(workspaceFolderOf(workspaceUrl), largeArticle);
    fs.mkdirSync(path.dirname(target), { recursive: true });
    fs.writeFileSync(target, text);
    fs.writeFileSync(path.join(workspaceFolderOf(workspaceUrl), largeArticleFromExplorer), text);
    // Straight from the explorer, no text editor shown first: "Open With…" → the segment editor.
    // An editor an earlier step opened as a modal (Running Extensions) would cover the explorer.
    await closeModalEditor(page);
    await showOpenWithFromExplorer(page, largeArticleFromExplorer);
    const pickedAt = Date.now();
    await chooseQuickPickEntry(page, 'SxS Segment Editor');
    await grid(page).locator('#app[data-first-render-ms]').waitFor({ state: 'attached', timeout: 60_000 });
    const fromExplorer = Date.now() - pickedAt;
    const explorerHost = await grid(page).locator('#app').getAttribute('data-host-timing');
    const explorerEpoch = Number(/sessionEpoch (\d+)/.exec(explorerHost ?? '')?.[1]);
    const timings = await pageTimings(grid(page));
    console.log(
      `    from the explorer (Open With…, no text editor before): grid shown ${fromExplorer} ms after the pick; the extension's editor made after ${explorerEpoch - pickedAt} ms, ` +
        `its page started ${timings.epoch - explorerEpoch} ms after that, ready at ${timings.readyMs} ms, table at ${timings.tableMs} ms; extension: ${explorerHost} ms`,
    );
    // The keyboard goes to the workbench, not the grid's page, once its tab has the focus.
    await page.locator('.tab.active').first().click();
    // Only this editor: earlier steps may leave others open, with unsaved changes.
    await runCommandByTitle(page, 'View: Close Editor');
    await page.locator(`.tab[data-resource-name="${path.basename(largeArticleFromExplorer)}"]`).first().waitFor({ state: 'detached', timeout: reactionTimeoutMilliseconds });
    // One more 10,000-unit article in the workspace would slow the memory steps after this one.
    fs.rmSync(path.join(workspaceFolderOf(workspaceUrl), largeArticleFromExplorer));
    // Then as most users get there: the article open as text, the editor-title button.
    await openFileWithQuickOpen(page, largeArticle);
    // A 2.7 MB document takes a while to reach the extension host on a busy machine.
    await openGridFromTitleButton(page, 75_000);
    const started = Date.now();
    const frame = grid(page);
    await frame.locator('#app[data-first-render-ms]').waitFor({ state: 'attached', timeout: 60_000 });
    const seen = Date.now() - started;
    const drawn = await frame.locator('.unit-row').count();
    const units = parse(text).units.length;
    assert.ok(drawn > 0 && drawn < 200, `only the rows on screen are drawn (${drawn} of ${units})`);
    const viewport = frame.locator('.viewport');
    // A wheel (40 px a frame, 2,400 px/s) and a fling (a quarter screen a frame) through the first
    // few thousand rows, then the fling again from the top over rows already fetched (drawing
    // alone, no messages); then the usual checks from the top.
    for (const [name, step, fromTop] of [['a wheel', 40, false], ['a fling', undefined, false], ['a fling again from the top (its rows fetched)', undefined, true]] as const) {
      if (fromTop) await viewport.evaluate((element) => (element.scrollTop = 0));
      // SXS_UI_GRID_PROFILE=<file>: the page's CPU profile of this pass (the webview shares the workbench's renderer thread).
      const profiler = fromTop && process.env.SXS_UI_GRID_PROFILE ? await page.context().newCDPSession(page) : undefined;
      if (profiler) await profiler.send('Profiler.enable').then(() => profiler.send('Profiler.start'));
      const scrolled = await scrollFrames(viewport, 240, step);
      if (profiler) fs.writeFileSync(process.env.SXS_UI_GRID_PROFILE!, JSON.stringify((await profiler.send('Profiler.stop')).profile));
      assert.ok(scrolled.rowsPassed > 20, `the scroll moved the grid (${scrolled.rowsPassed} rows)`);
      const drawnWhileScrolling = await frame.locator('.unit-row').count();
      assert.ok(drawnWhileScrolling < 200, `rows scrolled past are removed while scrolling (${drawnWhileScrolling} drawn)`);
      console.log(
        `    ${name}: ${scrolled.rowsPassed} rows in ${scrolled.frames} frames, median frame ${scrolled.medianMs.toFixed(1)} ms, ${scrolled.dropped} frames over twice that, ` +
          `longest ${scrolled.longestMs.toFixed(0)} ms, ${scrolled.longTasks} long tasks (over 50 ms), ${scrolled.placeholderFrames} frames with a row on screen still waiting for its content; the same page still: median frame ${scrolled.idleMedianMs.toFixed(1)} ms, ${scrolled.idleDropped} of ${240 / 4} over twice that; ` +
          `a plain list of text scrolled the same way in the same page: median frame ${scrolled.plainMedianMs.toFixed(1)} ms, ${scrolled.plainDropped} over twice that`,
      );
    }
    await viewport.evaluate((element) => (element.scrollTop = 0));
    // Scroll to the middle and the end: rows there are drawn, the DOM stays small.
    await viewport.evaluate((element) => (element.scrollTop = element.scrollHeight / 2));
    // Rows there come from the extension as they are drawn: their English and translation show.
    await frame.locator('.unit-row:not(.loading)').filter({ has: frame.locator('.number', { hasText: /^\d{4,}$/ }) }).filter({ has: frame.locator('.editor') }).first().waitFor({ state: 'visible', timeout: reactionTimeoutMilliseconds });
    await viewport.evaluate((element) => (element.scrollTop = element.scrollHeight));
    const last = frame.locator('.unit-row').filter({ has: frame.locator('.number', { hasText: new RegExp(`^${units}$`) }) });
    await last.locator('.cell.source .cell-text').filter({ hasText: /\S/ }).first().waitFor({ state: 'visible', timeout: reactionTimeoutMilliseconds });
    // The text filter runs over every row, those never drawn included.
    const lastSource = (await last.locator('.cell.source').innerText()).trim();
    await viewport.evaluate((element) => (element.scrollTop = 0));
    await frame.locator('.text-filter').fill(lastSource);
    const shown = await eventually(() => frame.locator('.shown-count').innerText(), (text) => !text.startsWith(`${units} `));
    assert.ok(!shown.startsWith(`${units} `), `the filter leaves fewer rows (${shown})`);
    await viewport.evaluate((element) => (element.scrollTop = element.scrollHeight));
    await frame.locator('.unit-row .number', { hasText: new RegExp(`^${units}$`) }).first().waitFor({ state: 'visible', timeout: reactionTimeoutMilliseconds });
    await frame.locator('.text-filter').fill('');
    const drawnAtEnd = await frame.locator('.unit-row').count();
    assert.ok(drawnAtEnd < 200, `rows scrolled past are removed (${drawnAtEnd} drawn)`);
    const render = await frame.locator('#app').getAttribute('data-first-render-ms');
    const tableAfter = await frame.locator('#app').getAttribute('data-table-after-ms');
    const host = await frame.locator('#app').getAttribute('data-host-timing');
    const sessionEpoch = Number(/sessionEpoch (\d+)/.exec(host ?? '')?.[1]);
    const titleTimings = await pageTimings(frame);
    console.log(`    the workbench took ${sessionEpoch - started} ms from the click to the extension's editor (webview created); its page started ${titleTimings.epoch - sessionEpoch} ms after that, ready at ${titleTimings.readyMs} ms`);
    console.log(`    ${units} units: grid shown ${seen} ms after the click; in the webview: table ${tableAfter} ms after the page started, first rows drawn ${render} ms after that; extension: ${host} ms`);
  },
};

export const segmentEditorSteps: readonly UserInterfaceStep[] = [...gridSteps, ...(process.env.SXS_UI_LARGE === '1' ? [largeArticleStep] : [])];
