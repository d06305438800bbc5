/** Debian's headless chromium, driven by playwright-core, stopped by the pid of its process group. */
import { Browser, chromium } from 'playwright-core';
import { stopProcessGroup, stopProcessGroupOnExit } from './processGroup';
import { withinTimeLimit } from './timeLimit';
import { chromiumExecutable } from './toolPaths';

/**
 * Flags for a machine with no network beyond loopback: without the background-networking ones
 * chromium keeps trying (and failing) to reach its services at every start.
 */
export const chromiumFlags: readonly string[] = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** A connected chromium and a way to stop it for sure. */
export interface RunningChromium {
  readonly browser: Browser;
  /** The leader of chromium's process group (playwright spawns it detached). */
  readonly pid: number;
  /** Closes the browser politely, then stops its whole process group; safe to call twice. */
  stop(): Promise<void>;
}

/**
 * Launches headless chromium as a browser server (so its pid is known) and connects to it.
 * Chromium's scratch profile goes to os.tmpdir(): callers set TMPDIR to a folder of their run.
 */
export async function launchHeadlessChromium(): Promise<RunningChromium> {
  const server = await chromium.launchServer({ executablePath: chromiumExecutable, headless: true, args: [...chromiumFlags] });
  const pid = server.process().pid;
  if (pid === undefined) {
    await server.kill();
    throw new Error(`could not start ${chromiumExecutable}`);
  }
  stopProcessGroupOnExit(pid);
  let browser: Browser;
  try {
    browser = await chromium.connect(server.wsEndpoint());
  } catch (error) {
    await stopProcessGroup(pid, 0);
    throw error;
  }
  let stopped: Promise<void> | undefined;
  const stop = async (): Promise<void> => {
    await withinTimeLimit(browser.close(), 5_000, 'closing chromium').catch(() => undefined);
    await withinTimeLimit(server.close(), 5_000, 'closing the chromium server').catch(() => undefined);
    await stopProcessGroup(pid, 1_000);
  };
  return { browser, pid, stop: () => (stopped ??= stop()) };
}
