/** Stops a detached child and everything it started, by the process group its pid leads. */

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
  if (!signalGroup(pid, 'SIGTERM')) return;
  const deadline = Date.now() + graceMilliseconds;
  while (processGroupIsAlive(pid) && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  if (processGroupIsAlive(pid)) signalGroup(pid, 'SIGKILL');
}

function signalGroup(pid: number, signal: NodeJS.Signals): boolean {
  try {
    process.kill(-pid, signal);
    return true;
  } catch {
    return false;
  }
}
