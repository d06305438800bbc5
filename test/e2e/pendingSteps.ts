/**
 * The one place that says which UI steps wait for a feature still being built. A step named here
 * is reported as skipped (never as passed); delete its line when the feature lands. Setting
 * SXS_UI_RUN_PENDING=1 runs these steps anyway, to see how far a feature has come.
 */
export const pendingUserInterfaceSteps: ReadonlyMap<string, string> = new Map<string, string>([]);

/** Why a step is skipped, or undefined when it runs. */
export function pendingReason(stepName: string): string | undefined {
  if (process.env.SXS_UI_RUN_PENDING === '1') return undefined;
  const feature = pendingUserInterfaceSteps.get(stepName);
  return feature === undefined ? undefined : `pending: waits for ${feature}`;
}
