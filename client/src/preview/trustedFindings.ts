/**
 * The findings a preview marks, by unit id. Diagnostics are matched to units by position, which
 * only the units of the document's current version can do: while the units of an edited version
 * are on their way, the findings matched when the units were last current are shown instead, so a
 * mark is never drawn on the unit next to its finding.
 */
export type FindingsByUnit = Map<string, string[]>;

export class TrustedFindings {
  private readonly lastTrusted = new Map<string, FindingsByUnit>();

  /** The findings of document `key`: matched anew by `match` when its units are current, the last trusted ones otherwise. */
  of(key: string, unitsAreCurrent: boolean, match: () => FindingsByUnit): FindingsByUnit {
    if (!unitsAreCurrent) return this.lastTrusted.get(key) ?? new Map();
    const findings = match();
    this.lastTrusted.set(key, findings);
    return findings;
  }

  delete(key: string): void {
    this.lastTrusted.delete(key);
  }
}
