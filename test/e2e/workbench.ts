/**
 * What a user does in the VS Code workbench, as playwright-core actions on its DOM: open a file
 * from the explorer, run a command from F1 by its title, hover text, read the Problems panel
 * and the Outline. Each helper waits for what a user would wait to see.
 */
import { Locator, Page } from 'playwright-core';

/** How long a user would wait for the workbench to react before calling it broken. */
export const reactionTimeoutMilliseconds = 20_000;

function exactText(text: string): RegExp {
  return new RegExp(`^\\s*${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*$`);
}

/** Waits until the workbench shows the workspace's files in the explorer. */
export async function waitForExplorer(page: Page, timeoutMilliseconds = 90_000): Promise<string[]> {
  const rows = page.locator('.explorer-folders-view .monaco-list-row');
  await rows.first().waitFor({ state: 'visible', timeout: timeoutMilliseconds });
  return rows.allInnerTexts();
}

/**
 * Opens a file by clicking through the explorer tree (`seeds/fr-fr/x.md`: expand seeds, expand
 * fr-fr, click x.md), then waits for its editor tab to be the active one.
 */
export async function openFileFromExplorer(page: Page, relativePath: string): Promise<void> {
  // A double click opens the file pinned, so opening another editor later does not replace it.
  await (await explorerRow(page, relativePath)).dblclick();
  const names = relativePath.split('/');
  const fileName = names[names.length - 1];
  await page.locator(`.tab.active[data-resource-name="${fileName}"]`).first().waitFor({ state: 'visible', timeout: reactionTimeoutMilliseconds });
  await activeEditor(page).locator('.view-line').first().waitFor({ state: 'visible', timeout: reactionTimeoutMilliseconds });
}

/** The explorer's row of a file, its folders expanded (the file may still be arriving from the disk). */
async function explorerRow(page: Page, relativePath: string): Promise<Locator> {
  // The workspace folder's section, first in the explorer, may have been collapsed by an earlier step.
  const folderSection = page.locator('.explorer-viewlet .pane-header').first();
  if ((await folderSection.getAttribute('aria-expanded')) === 'false') await folderSection.click();
  const names = relativePath.split('/');
  for (const [depth, name] of names.entries()) {
    const row = page.locator(`.explorer-folders-view .monaco-list-row[aria-level="${depth + 1}"]`).filter({ hasText: exactText(name) }).first();
    await row.waitFor({ state: 'visible', timeout: reactionTimeoutMilliseconds });
    if (depth === names.length - 1) return row;
    if ((await row.getAttribute('aria-expanded')) !== 'true') await row.click();
  }
  throw new Error('an empty path');
}

/** Closes an editor shown as a modal over the workbench (Running Extensions), if one is: Escape, as a user would. */
export async function closeModalEditor(page: Page): Promise<void> {
  const modal = page.locator('.monaco-modal-editor-block');
  if (!(await modal.isVisible())) return;
  await modal.click({ position: { x: 5, y: 5 } }).catch(() => undefined);
  await page.keyboard.press('Escape');
  await modal.waitFor({ state: 'hidden', timeout: reactionTimeoutMilliseconds });
}

/**
 * Right-clicks a file in the explorer and chooses "Open With…", so the pick of its editors
 * shows; the caller chooses one (`chooseQuickPickEntry`). A menu clicked while it still lays
 * out can drop the click: then the menu is opened again, until the reaction time has passed.
 */
export async function showOpenWithFromExplorer(page: Page, relativePath: string): Promise<void> {
  // A list an earlier pick showed stays in the page, hidden: wait for a row of this one.
  const pickRow = page.locator('.quick-input-list .monaco-list-row').filter({ visible: true }).first();
  await retryUntilShown(pickRow, {
    async open() {
      await (await explorerRow(page, relativePath)).click({ button: 'right' });
      const item = page.locator('.monaco-menu .action-item .action-label', { hasText: /^Open With/ }).first();
      await item.waitFor({ state: 'visible', timeout: reactionTimeoutMilliseconds });
      await item.click();
    },
    async close() {
      await page.keyboard.press('Escape');
      await page.locator('.monaco-menu').first().waitFor({ state: 'hidden', timeout: reactionTimeoutMilliseconds }).catch(() => undefined);
    },
    failure: async (error) => `"Open With…" on ${relativePath} showed no pick of editors (${String(error).split('\n')[0]})`,
  });
}

/**
 * Opens a workspace file with Quick Open (Ctrl+P) and its full relative path, unambiguous where
 * several files share a name (`fr-fr/x.md`, `nb-no/x.md`): clicks the row of that file — Enter
 * could take a row the list showed before its search finished, such as a recently opened file of
 * the same name — and waits until the active group shows it, its folder in the breadcrumbs.
 */
export async function openFileWithQuickOpen(page: Page, relativePath: string): Promise<void> {
  const names = relativePath.split('/');
  const fileName = names[names.length - 1];
  const folder = names.slice(0, -1).join('/');
  await page.keyboard.press('Control+P');
  const input = page.locator('.quick-input-widget input');
  await input.waitFor({ state: 'visible', timeout: reactionTimeoutMilliseconds });
  await input.fill(relativePath);
  const row = page.locator('.quick-input-list .monaco-list-row').filter({ has: page.locator('.label-name', { hasText: exactText(fileName) }) }).filter({ hasText: folder }).first();
  try {
    await row.waitFor({ state: 'visible', timeout: reactionTimeoutMilliseconds });
  } catch {
    const offered = await page.locator('.quick-input-list .monaco-list-row').allInnerTexts();
    await page.keyboard.press('Escape');
    throw new Error(`Quick Open offers no row for ${relativePath} (it offers: ${offered.slice(0, 5).join(' | ') || 'nothing'})`);
  }
  await row.click();
  const activeGroup = page.locator('.editor-group-container.active');
  await activeGroup.locator(`.tab.active[data-resource-name="${fileName}"]`).first().waitFor({ state: 'visible', timeout: reactionTimeoutMilliseconds });
  const parentFolder = names.length > 1 ? names[names.length - 2] : undefined;
  if (parentFolder) await activeGroup.locator('.breadcrumbs-control').filter({ hasText: parentFolder }).first().waitFor({ state: 'visible', timeout: reactionTimeoutMilliseconds });
}

/** The editor of the active editor group. */
export function activeEditor(page: Page): Locator {
  return page.locator('.editor-group-container.active .monaco-editor').first();
}

/**
 * Opens the command palette with F1, types `title`, and runs the entry whose title is exactly that.
 * The palette lists the commands whose `when` clause holds as it filters, and a context key (such
 * as the active editor's language) can be set a moment after an editor shows: an absent entry is
 * looked for again in a palette opened anew, until the reaction time has passed.
 */
export async function runCommandByTitle(page: Page, title: string): Promise<void> {
  const input = page.locator('.quick-input-widget input');
  const entry = page.locator('.quick-input-list .monaco-list-row').filter({ has: page.locator('.label-name', { hasText: exactText(title) }) }).first();
  await retryUntilShown(entry, {
    async open() {
      await page.keyboard.press('F1');
      await input.waitFor({ state: 'visible', timeout: reactionTimeoutMilliseconds });
      await input.fill(`>${title}`);
    },
    async close() {
      await page.keyboard.press('Escape');
      await input.waitFor({ state: 'hidden', timeout: reactionTimeoutMilliseconds }).catch(() => undefined);
    },
    async failure() {
      const offered = await page.locator('.quick-input-list .monaco-list-row .label-name').allInnerTexts();
      return `F1 offers no command titled "${title}" (it offers: ${offered.slice(0, 5).join(' | ') || 'nothing'})`;
    },
  });
  await entry.click();
  // The palette is gone once its input is hidden, or reused by a pick the command itself shows.
  await page.locator(`.quick-input-widget input[aria-label="${commandPaletteLabel}"]`).waitFor({ state: 'hidden', timeout: reactionTimeoutMilliseconds });
}

/** What `retryUntilShown` does to show a thing, to close what showed instead, and to tell why it never showed. */
interface RetrySteps {
  open(): Promise<void>;
  close(): Promise<void>;
  /** The error's message, read while what showed instead is still open. */
  failure(lastError: unknown): Promise<string>;
}

/**
 * Opens something (the palette, a menu's pick) until `shown` is visible, closing it between
 * attempts, until the reaction time has passed. Attempt `n` (from 0) waits 3 s × 2ⁿ, so a
 * workbench that is only slow still gets one long wait; none waits past the deadline.
 */
async function retryUntilShown(shown: Locator, steps: RetrySteps): Promise<void> {
  const deadline = Date.now() + reactionTimeoutMilliseconds;
  for (let attempt = 0; ; attempt++) {
    await steps.open();
    try {
      await shown.waitFor({ state: 'visible', timeout: Math.max(1, Math.min(3_000 * 2 ** attempt, deadline - Date.now())) });
      return;
    } catch (error) {
      const message = Date.now() >= deadline ? await steps.failure(error) : undefined;
      await steps.close();
      if (message !== undefined) throw new Error(message);
    }
  }
}

/** The accessible label of the command palette's input (F1), as opposed to a command's own pick. */
const commandPaletteLabel = 'Type the name of a command to run.';

/** Waits for a quick pick (such as one a command shows) and chooses the entry whose label is exactly `label`. */
export async function chooseQuickPickEntry(page: Page, label: string): Promise<void> {
  const entry = page.locator('.quick-input-list .monaco-list-row').filter({ has: page.locator('.label-name', { hasText: exactText(label) }) }).first();
  try {
    await entry.waitFor({ state: 'visible', timeout: reactionTimeoutMilliseconds });
  } catch {
    const offered = await page.locator('.quick-input-list .monaco-list-row .label-name').allInnerTexts();
    throw new Error(`the pick offers no entry "${label}" (it offers: ${offered.join(' | ') || 'nothing'})`);
  }
  await entry.click();
  await page.locator('.quick-input-widget').waitFor({ state: 'hidden', timeout: reactionTimeoutMilliseconds });
}

/** Repeats `attempt` until it gives a value `done` accepts or the reaction time passes twice over; returns the last value. */
export async function retryUntil<T>(attempt: () => Promise<T>, done: (value: T) => boolean, timeoutMilliseconds = 2 * reactionTimeoutMilliseconds): Promise<T> {
  const deadline = Date.now() + timeoutMilliseconds;
  let value = await attempt();
  while (!done(value) && Date.now() < deadline) value = await attempt();
  return value;
}

/** Moves the mouse off the editor and closes any hover or widget, so the next hover or Ctrl+. asks the server again. */
export async function dismissHover(page: Page): Promise<void> {
  await page.keyboard.press('Escape');
  await page.mouse.move(1, 1);
  await page.locator('.monaco-hover').filter({ visible: true }).first().waitFor({ state: 'hidden', timeout: reactionTimeoutMilliseconds }).catch(() => undefined);
}

/**
 * Rests the mouse on the piece of editor text containing `text`, on the first visual line that
 * also contains `onLineWith` (so a unit is hovered, not the same words in the front matter), and
 * returns what the hover widget then shows; empty when no hover appears.
 */
export async function hoverOverEditorText(page: Page, onLineWith: string, text: string, timeoutMilliseconds = 10_000): Promise<string> {
  const line = activeEditor(page).locator('.view-line').filter({ hasText: onLineWith }).first();
  const target = line.locator('span span').filter({ hasText: text }).first();
  await target.waitFor({ state: 'visible', timeout: reactionTimeoutMilliseconds });
  await target.hover();
  const hover = page.locator('.monaco-hover').filter({ visible: true }).filter({ hasText: /\S/ }).first();
  // The hover can close or render again between the wait and the read (a diagnostics refresh does that):
  // then it reads as none shown, and the caller may hover again, rather than waiting on a hover that is gone.
  return hover
    .waitFor({ state: 'visible', timeout: timeoutMilliseconds })
    .then(() => hover.innerText({ timeout: 1_000 }))
    .catch(() => '');
}

/** Opens the Problems panel by clicking the status bar's problem counter. */
export async function openProblemsPanel(page: Page): Promise<void> {
  await page.locator('[id="status.problems"]').click();
  await page.locator('.markers-panel').waitFor({ state: 'visible', timeout: reactionTimeoutMilliseconds });
}

/** The text of the Problems panel's rows (file rows and problem rows) as shown now. */
export async function problemsPanelRows(page: Page): Promise<string[]> {
  return page.locator('.markers-panel .monaco-list-row').allInnerTexts();
}

/** The status bar's problem counter as a user reads it, such as "1 error, 0 warnings". */
export async function problemCounterLabel(page: Page): Promise<string> {
  return (await page.locator('[id="status.problems"]').getAttribute('aria-label')) ?? '';
}

/** Expands the Outline section of the explorer (if collapsed) and returns the text of its rows. */
export async function readOutline(page: Page): Promise<string[]> {
  const header = page.locator('.pane-header[aria-label^="Outline"]').first();
  await header.waitFor({ state: 'visible', timeout: reactionTimeoutMilliseconds });
  if ((await header.getAttribute('aria-expanded')) !== 'true') await header.click();
  const rows = page.locator('.outline-pane .monaco-list-row');
  await rows.first().waitFor({ state: 'visible', timeout: reactionTimeoutMilliseconds });
  return rows.allInnerTexts();
}

/** The names of the Outline's rows, without their details (the English title of a heading). */
export async function readOutlineLabels(page: Page): Promise<string[]> {
  await readOutline(page);
  return (await page.locator('.outline-pane .monaco-list-row .label-name').allInnerTexts()).map((label) => label.trim());
}

/** How many editor groups the editor area shows (2 once something opens to the side). */
export async function editorGroupCount(page: Page): Promise<number> {
  return page.locator('.editor-group-container').count();
}

/** The text of the visible lines of the editor in group `groupIndex` (0 = leftmost). */
export async function visibleTextOfGroup(page: Page, groupIndex: number): Promise<string> {
  const lines = page.locator('.editor-group-container').nth(groupIndex).locator('.monaco-editor .view-line');
  return (await lines.allInnerTexts()).join('\n').replace(/\u00a0/g, ' ');
}

/**
 * The rows of Developer: Show Running Extensions — an extension listed there with an
 * "Activation" time has been activated in the extension host.
 */
export async function readRunningExtensions(page: Page): Promise<string[]> {
  await runCommandByTitle(page, 'Developer: Show Running Extensions');
  const rows = page.locator('.runtime-extensions-editor .monaco-list-row');
  await rows.first().waitFor({ state: 'visible', timeout: reactionTimeoutMilliseconds });
  return rows.allInnerTexts();
}
