/**
 * The one place that says which UI steps wait for a feature still being built. A step named here
 * still runs: when it fails, it is reported as skipped with its failure (never as passed); when
 * it passes, the run fails until its line is deleted, so the list cannot outlive the feature and
 * hide a later regression. A name that matches no step, or an essential step, fails the run.
 */
export const pendingUserInterfaceSteps: ReadonlyMap<string, string> = new Map<string, string>([]);

/** The feature a step waits for, or undefined when the step must pass. */
export function pendingFeature(stepName: string): string | undefined {
  return pendingUserInterfaceSteps.get(stepName);
}

/** Problems with the list itself: names of no step, and essential steps (the rest of the run depends on them). */
export function pendingListProblems(steps: readonly { readonly name: string; readonly essential?: boolean }[]): string[] {
  const byName = new Map(steps.map((step) => [step.name, step]));
  const problems: string[] = [];
  for (const name of pendingUserInterfaceSteps.keys()) {
    const step = byName.get(name);
    if (!step) problems.push(`pendingSteps.ts names "${name}", which is no UI step`);
    else if (step.essential) problems.push(`pendingSteps.ts names the essential step "${name}": the steps after it would mean nothing`);
  }
  return problems;
}
