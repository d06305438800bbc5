/**
 * Runs a callback after the work already queued: `setImmediate` in Node (after pending I/O and
 * messages), a zero timer where there is none (a web worker).
 */
export function nextTurn(callback: () => void): void {
  if (typeof setImmediate === 'function') setImmediate(callback);
  else setTimeout(callback, 0);
}
