/**
 * `npm run test:e2e`: the packaged extension (.vsix) installed into code-server and driven
 * through headless chromium as a user would, step by step (userInterfaceSteps.ts, then the client
 * feature steps of clientFeatureSteps.ts and the segment editor's of segmentEditorSteps.ts). Each step
 * saves a screenshot under test-results/; a failing step saves one too. Steps listed in
 * pendingSteps.ts run too: failing, they are reported as skipped; passing, they fail the run until
 * unlisted. Ends with `N passed, N failed, N skipped`.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { extensionKindFromEnvironment, extensionKindSettings, nameForKind } from '../harness/extensionKind';
import { installExtensionIntoCodeServer, quietWorkbenchSettings, RunningCodeServer, startCodeServer, writeUserSettings } from '../harness/codeServer';
import { launchHeadlessChromium, RunningChromium } from '../harness/headlessChromium';
import { copyWorkspaceIntoRun, createRunDirectory, removeRunDirectory } from '../harness/runDirectory';
import { countOutcomes, formatSummaryLine, TestResult, writeTestRunResults } from '../harness/testResults';
import { secondsFromEnvironment, withinTimeLimit } from '../harness/timeLimit';
import { packagedExtensionFile, repositoryRoot, samplesFolder, testResultsFolder, userInterfaceResultsFile } from '../harness/toolPaths';
import { pendingFeature, pendingListProblems } from './pendingSteps';
import { clientFeatureSteps } from './clientFeatureSteps';
import { segmentEditorSteps } from './segmentEditorSteps';
import { previewStepsFor } from './previewSteps';
import { workspaceReviewSteps } from './workspaceReviewSteps';
import { StepContext, UserInterfaceStep, userInterfaceSteps } from './userInterfaceSteps';

/** Seconds the whole UI run may take, from SXS_UI_TIMEOUT_SECONDS (default 300). */
const overallTimeLimitSeconds = secondsFromEnvironment('SXS_UI_TIMEOUT_SECONDS', 300);
/** Seconds one step may take before it counts as hung. */
const stepTimeLimitSeconds = 90;
/** SXS_EXTENSION_KIND=web runs the same steps with the extension in the web worker host. */
const extensionKind = extensionKindFromEnvironment();
const screenshotPrefix = nameForKind(extensionKind, 'ui-');
const resultsFile = path.join(path.dirname(userInterfaceResultsFile), nameForKind(extensionKind, path.basename(userInterfaceResultsFile)));

/** The packaged extension, which `npm run package` must have written. */
function packagedExtension(): string {
  const vsix = packagedExtensionFile();
  if (!fs.existsSync(vsix)) throw new Error(`${vsix} is missing: run npm run package first`);
  return vsix;
}

async function main(): Promise<number> {
  const startedAt = new Date();
  fs.mkdirSync(testResultsFolder, { recursive: true });
  for (const old of fs.readdirSync(testResultsFolder).filter((name) => name.startsWith(screenshotPrefix) && name.endsWith('.png'))) {
    fs.rmSync(path.join(testResultsFolder, old));
  }
  fs.rmSync(resultsFile, { force: true });

  const runDirectory = createRunDirectory(nameForKind(extensionKind, 'ui'));
  // Chromium's scratch profile goes to os.tmpdir(); keep it inside the run.
  process.env.TMPDIR = runDirectory.temporaryDirectory;
  const workspaceFolder = copyWorkspaceIntoRun(runDirectory, samplesFolder);
  writeUserSettings(runDirectory, { ...quietWorkbenchSettings, ...extensionKindSettings(extensionKind) });
  installExtensionIntoCodeServer(runDirectory, packagedExtension());

  let codeServer: RunningCodeServer | undefined;
  let chromium: RunningChromium | undefined;
  const results: TestResult[] = [];
  try {
    codeServer = await startCodeServer({ runDirectory, workspaceFolder, smokeTestDriver: false });
    chromium = await launchHeadlessChromium();
    const page = await chromium.browser.newPage({ viewport: { width: 1600, height: 1000 } });
    const context: StepContext = { page, workspaceUrl: codeServer.workspaceUrl() };
    await withinTimeLimit(runSteps(context, results), overallTimeLimitSeconds * 1000, 'the UI test').catch(async (error: unknown) => {
      const message = error instanceof Error ? error.message : String(error);
      console.log(`  ✘ ${message}`);
      const screenshot = await saveScreenshot(context, `${screenshotPrefix}timeout.png`);
      results.push({ title: 'overall time limit', outcome: 'failed', durationMilliseconds: Date.now() - startedAt.getTime(), message, screenshots: screenshot });
    });
  } finally {
    await chromium?.stop();
    await codeServer?.stop();
  }

  writeTestRunResults(resultsFile, { tier: nameForKind(extensionKind, 'ui'), startedAt: startedAt.toISOString(), durationMilliseconds: Date.now() - startedAt.getTime(), results });
  const counts = countOutcomes(results);
  console.log(`UI test (${extensionKind}) took ${((Date.now() - startedAt.getTime()) / 1000).toFixed(1)} s; results and screenshots in ${path.relative(repositoryRoot, testResultsFolder)}/`);
  console.log(formatSummaryLine(counts));
  const passed = counts.failed === 0 && counts.passed > 0;
  if (passed) removeRunDirectory(runDirectory);
  else console.error(`code-server log kept in ${runDirectory.codeServerLogFile}`);
  return passed ? 0 : 1;
}

/**
 * SXS_UI_STEPS=name,name runs only the essential steps (the workbench, the article, activation)
 * and the steps named; unset, every step runs. An unknown name fails the run before it starts.
 */
function selectedSteps(steps: readonly UserInterfaceStep[]): readonly UserInterfaceStep[] {
  const names = (process.env.SXS_UI_STEPS ?? '').split(',').map((name) => name.trim()).filter((name) => name !== '');
  if (names.length === 0) return steps;
  const unknown = names.filter((name) => !steps.some((step) => step.name === name));
  if (unknown.length > 0) throw new Error(`SXS_UI_STEPS names no step ${unknown.join(', ')}`);
  return steps.filter((step) => step.essential === true || names.includes(step.name));
}

/** Runs the steps in order, recording and printing each; after an essential step fails the rest are not run. */
async function runSteps(context: StepContext, results: TestResult[]): Promise<void> {
  const allSteps = [...userInterfaceSteps, ...clientFeatureSteps, ...segmentEditorSteps, ...previewStepsFor(extensionKind), ...workspaceReviewSteps];
  const steps = selectedSteps(allSteps);
  for (const problem of pendingListProblems(allSteps)) {
    results.push({ title: 'pending steps list', outcome: 'failed', durationMilliseconds: 0, message: problem });
    console.log(`  ✘ ${problem}`);
  }
  let blockedBy: string | undefined;
  for (const [index, step] of steps.entries()) {
    const label = `${String(index + 1).padStart(2, '0')}-${step.name}`;
    const pending = pendingFeature(step.name);
    if (step.skip !== undefined) {
      results.push({ title: step.name, outcome: 'skipped', durationMilliseconds: 0, message: step.skip });
      console.log(`  - ${step.name} (${step.skip})`);
      continue;
    }
    if (blockedBy !== undefined) {
      results.push({ title: step.name, outcome: 'failed', durationMilliseconds: 0, message: `not run: ${blockedBy} failed` });
      console.log(`  ✘ ${step.name}: not run, ${blockedBy} failed`);
      continue;
    }
    const stepStartedAt = Date.now();
    try {
      await withinTimeLimit(step.run(context), stepTimeLimitSeconds * 1000, `step ${step.name}`);
      const screenshots = await saveScreenshot(context, `${screenshotPrefix}${label}.png`);
      const durationMilliseconds = Date.now() - stepStartedAt;
      if (pending !== undefined) {
        const message = `passes although pendingSteps.ts says it waits for ${pending}: delete its line there`;
        results.push({ title: step.name, outcome: 'failed', durationMilliseconds, message, screenshots });
        console.log(`  ✘ ${step.name}: ${message}`);
        continue;
      }
      results.push({ title: step.name, outcome: 'passed', durationMilliseconds, screenshots });
      console.log(`  ✔ ${step.name} (${(durationMilliseconds / 1000).toFixed(1)} s)`);
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      const screenshots = await saveScreenshot(context, `${screenshotPrefix}${label}-failed.png`);
      if (pending !== undefined) {
        results.push({ title: step.name, outcome: 'skipped', durationMilliseconds: Date.now() - stepStartedAt, message: `pending: waits for ${pending} (fails: ${message})`, screenshots });
        console.log(`  - ${step.name} (pending: waits for ${pending}; fails: ${message})`);
        continue;
      }
      results.push({ title: step.name, outcome: 'failed', durationMilliseconds: Date.now() - stepStartedAt, message, screenshots });
      console.log(`  ✘ ${step.name}: ${message}`);
      if (step.essential) blockedBy = step.name;
    }
  }
}

/** Saves a screenshot of the page under test-results/ and returns its name (none if the page is gone). */
async function saveScreenshot(context: StepContext, fileName: string): Promise<string[]> {
  try {
    await context.page.screenshot({ path: path.join(testResultsFolder, fileName), timeout: 10_000 });
    return [fileName];
  } catch {
    return [];
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    console.log('0 passed, 1 failed');
    process.exit(1);
  },
);
