/** Stops a detached child and everything it started, by the process group its pid leads. */

/** Groups started by this process and not yet stopped: killed outright if this process exits first. */
const liveGroups = new Set<number>();
let exitHookInstalled = false;

/**
 * Records a group so that it dies with this process even when this process ends abruptly (an
 * uncaught error, process.exit, Ctrl-C): nothing started by a test run may outlive it.
 */
export function stopProcessGroupOnExit(pid: number): void {
  liveGroups.add(pid);
  if (exitHookInstalled) return;
  exitHookInstalled = true;
  process.on('exit', () => {
    for (const group of liveGroups) signalGroup(group, 'SIGKILL');
  });
  // A program with its own handler for a signal (npm start) stops its groups itself.
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
    if (process.listenerCount(signal) === 0) process.once(signal, () => process.exit(signal === 'SIGINT' ? 130 : 143));
  }
}

/** True while any process of the group led by `pid` is alive. */
export function processGroupIsAlive(pid: number): boolean {
  try {
    process.kill(-pid, 0);
    return true;
  } catch (error) {
    // EPERM means the group exists but belongs to someone else: still alive.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Sends SIGTERM to the whole group led by `pid`, waits up to `graceMilliseconds` for it to
 * go, then SIGKILLs what is left. The child must have been spawned with `detached: true`, which
 * makes it the leader of a new group; code-server's own children (the extension host, the
 * language server, file watchers) are in that group too, so nothing outlives a run.
 */
export async function stopProcessGroup(pid: number, graceMilliseconds = 5000): Promise<void> {
  if (signalGroup(pid, 'SIGTERM')) {
    const deadline = Date.now() + graceMilliseconds;
    while (processGroupIsAlive(pid) && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    if (processGroupIsAlive(pid)) signalGroup(pid, 'SIGKILL');
  }
  liveGroups.delete(pid);
}

function signalGroup(pid: number, signal: NodeJS.Signals): boolean {
  try {
    process.kill(-pid, signal);
    return true;
  } catch {
    return false;
  }
}
