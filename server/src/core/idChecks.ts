/**
 * Checks on the ids of all units: the halves agree, no id twice, one prefix per file, numbers
 * that increase. Merged-paragraph ids (`pNNN`) follow their own numbering and are not ordered.
 */
import type { Problem, Unit } from './model';

/** The file's own prefix and the id problems of its units. */
export function checkIds(units: readonly Unit[]): { prefix: string | undefined; problems: Problem[] } {
  const problems: Problem[] = [];
  const prefix = dominantPrefix(units);
  // Ids of the file's own prefix are told apart by number alone: cheaper keys than strings.
  const firstWithNumber = new Map<number, Unit>();
  const firstWithId = new Map<string, Unit>();
  let previous: Unit | undefined;
  for (const unit of units) {
    const { id, sourceId } = unit;
    if (sourceId && sourceId.text !== id.text) {
      problems.push({
        code: 'id-mismatch',
        message: `data-stu-id \`${sourceId.text}\` does not match data-ttu-id \`${id.text}\``,
        range: sourceId.range,
        related: [{ range: id.range, message: `the translation's id is \`${id.text}\`` }],
        fix: { title: `Set the data-stu-id to \`${id.text}\``, edits: [{ range: sourceId.range, newText: id.text }] },
      });
    }
    const ownNumber = id.prefix === prefix && !id.merged;
    const first = ownNumber ? firstWithNumber.get(id.number) : firstWithId.get(id.text);
    if (first) {
      problems.push({
        code: 'duplicate-id',
        message: `id \`${id.text}\` is used twice in this file`,
        range: id.range,
        related: [{ range: first.id.range, message: `first use of \`${id.text}\`` }],
      });
      continue;
    }
    if (ownNumber) firstWithNumber.set(id.number, unit);
    else firstWithId.set(id.text, unit);
    if (!id.prefix) {
      problems.push({ code: 'id-prefix', message: `id \`${id.text}\` does not have the form \`xxxxx-NNN\``, range: id.range });
      continue;
    }
    if (prefix && id.prefix !== prefix) {
      problems.push({
        code: 'id-prefix',
        message: `id prefix \`${id.prefix}\` differs from this file's \`${prefix}\` (a unit pasted from another article?)`,
        range: id.range,
      });
      continue;
    }
    if (id.merged) continue;
    if (previous && id.number <= previous.id.number) {
      problems.push({
        code: 'id-order',
        message: `id \`${id.text}\` comes after \`${previous.id.text}\`: numbers should increase (a moved or pasted unit?)`,
        range: id.range,
        related: [{ range: previous.id.range, message: `previous unit \`${previous.id.text}\`` }],
      });
    }
    previous = unit;
  }
  return { prefix, problems };
}

function dominantPrefix(units: readonly Unit[]): string | undefined {
  const counts = new Map<string, number>();
  let best: string | undefined;
  let bestCount = 0;
  for (const unit of units) {
    if (!unit.id.prefix) continue;
    const count = (counts.get(unit.id.prefix) ?? 0) + 1;
    counts.set(unit.id.prefix, count);
    if (count > bestCount) {
      best = unit.id.prefix;
      bestCount = count;
    }
  }
  return best;
}
