/** Turns a hang into a clear failure. */

/** Error thrown when something did not finish within its time limit. */
export class TimeLimitExceededError extends Error {}

/** Resolves as `work` does, or rejects with a message naming `what` once `milliseconds` pass. */
export async function withinTimeLimit<T>(work: Promise<T>, milliseconds: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const expiry = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new TimeLimitExceededError(`${what} did not finish within ${Math.round(milliseconds / 1000)} s`)), milliseconds);
  });
  try {
    return await Promise.race([work, expiry]);
  } finally {
    clearTimeout(timer);
  }
}

/** Polls `condition` until it returns a truthy value, or throws after `milliseconds`. */
export async function waitFor<T>(condition: () => T | Promise<T>, milliseconds: number, what: string, pollMilliseconds = 250): Promise<NonNullable<T>> {
  const deadline = Date.now() + milliseconds;
  for (;;) {
    const value = await condition();
    if (value) return value as NonNullable<T>;
    if (Date.now() > deadline) throw new TimeLimitExceededError(`${what}: not true within ${Math.round(milliseconds / 1000)} s`);
    await new Promise((resolve) => setTimeout(resolve, pollMilliseconds));
  }
}

/** Seconds from an environment variable, or the default when unset or not a positive number. */
export function secondsFromEnvironment(name: string, defaultSeconds: number): number {
  const seconds = Number(process.env[name]);
  return Number.isFinite(seconds) && seconds > 0 ? seconds : defaultSeconds;
}
