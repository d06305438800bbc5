/**
 * The defects a reviewer meets, injected into real units: a deleted `</span>`, a changed
 * stu-id, a dropped backtick, an altered link target, xref or number, a decoded entity, a lost
 * escape, doubled or trailing white space. Each defect is one text change inside one unit, so a
 * test can offer every quick fix on the damaged article and check what applying it does.
 */
import type { InlineToken, SxsDocument, Unit } from '../../../server/src/core/model';
import type { TextChange } from '../../../server/src/core/reparse';

/** A way of damaging one unit; undefined where the unit has nothing to damage that way. */
type Injector = (doc: SxsDocument, unit: Unit) => TextChange | undefined;

const CLOSE = '</span>';

function tokenOf(unit: Unit, kind: InlineToken['kind']): InlineToken | undefined {
  return unit.translation.tokens.find((token) => token.kind === kind);
}

function replaceInside(doc: SxsDocument, token: InlineToken, find: string, by: string): TextChange | undefined {
  const index = doc.text.indexOf(find, token.range.start);
  if (index === -1 || index + find.length > token.range.end) return undefined;
  return { range: { start: index, end: index + find.length }, text: by };
}

/** Every kind of defect, by name. */
export const DEFECTS: Readonly<Record<string, Injector>> = {
  'translation </span> deleted': (doc, unit) =>
    unit.source && doc.text.startsWith(CLOSE, unit.translation.range.end) ? { range: { start: unit.translation.range.end, end: unit.translation.range.end + CLOSE.length }, text: '' } : undefined,
  'last </span> deleted': (doc, unit) => (unit.source && doc.text.endsWith(CLOSE + CLOSE, unit.range.end) ? { range: { start: unit.range.end - CLOSE.length, end: unit.range.end }, text: '' } : undefined),
  'both closing </span> deleted': (doc, unit) =>
    unit.source && doc.text.endsWith(CLOSE + CLOSE, unit.range.end) ? { range: { start: unit.range.end - 2 * CLOSE.length, end: unit.range.end }, text: '' } : undefined,
  'stu-id changed': (_doc, unit) => (unit.sourceId ? { range: unit.sourceId.range, text: `${unit.id.prefix || 'abcde'}-${(Number.isNaN(unit.id.number) ? 0 : unit.id.number) + 7000}` } : undefined),
  'closing backtick dropped': (_doc, unit) => {
    const code = tokenOf(unit, 'code');
    return code ? { range: { start: code.range.end - 1, end: code.range.end }, text: '' } : undefined;
  },
  'inline code unformatted': (doc, unit) => {
    const code = tokenOf(unit, 'code');
    if (!code || !doc.text.startsWith('`', code.range.start) || doc.text.startsWith('``', code.range.start)) return undefined;
    return { range: code.range, text: doc.text.slice(code.range.start + 1, code.range.end - 1) };
  },
  'link target altered': (doc, unit) => {
    const link = unit.translation.tokens.find((token) => token.kind === 'link' && token.value.length > 0);
    return link ? replaceInside(doc, link, link.value, link.value + '-old') : undefined;
  },
  'xref altered': (doc, unit) => {
    const xref = tokenOf(unit, 'xref');
    return xref && xref.value ? replaceInside(doc, xref, xref.value, xref.value + 'X') : undefined;
  },
  'number altered': (doc, unit) => {
    const number = tokenOf(unit, 'number');
    return number ? replaceInside(doc, number, number.value, number.value + '0') : undefined;
  },
  'entity decoded': (doc, unit) => {
    const entity = unit.translation.tokens.find((token) => token.kind === 'entity' && (token.value === '&lt;' || token.value === '&gt;' || token.value === '&#124;'));
    return entity ? { range: entity.range, text: entity.value === '&lt;' ? '<' : entity.value === '&gt;' ? '>' : '|' } : undefined;
  },
  'escape dropped': (doc, unit) => {
    const escape = tokenOf(unit, 'escape');
    return escape && doc.text.startsWith('\\', escape.range.start) ? { range: { start: escape.range.start, end: escape.range.start + 1 }, text: '' } : undefined;
  },
  'space doubled': (doc, unit) => {
    const space = doc.text.indexOf(' ', unit.translation.range.start + 1);
    return space !== -1 && space < unit.translation.range.end - 1 ? { range: { start: space, end: space }, text: ' ' } : undefined;
  },
  'trailing space added': (_doc, unit) => (unit.translation.raw.trim() ? { range: { start: unit.translation.range.end, end: unit.translation.range.end }, text: ' ' } : undefined),
  'no-break space before colon made plain': (doc, unit) => {
    const index = doc.text.indexOf('\u00a0:', unit.translation.range.start);
    return index !== -1 && index < unit.translation.range.end ? { range: { start: index, end: index + 1 }, text: ' ' } : undefined;
  },
  'translation emptied': (_doc, unit) => (unit.translation.raw.trim() ? { range: unit.translation.range, text: '' } : undefined),
};

/** The names of the defects. */
export const DEFECT_NAMES = Object.keys(DEFECTS);

/** The finding each defect must raise, which a quick fix then repairs. */
export const EXPECTED_CODE: Readonly<Record<string, string>> = {
  'translation </span> deleted': 'malformed-unit',
  'last </span> deleted': 'malformed-unit',
  'both closing </span> deleted': 'malformed-unit',
  'stu-id changed': 'id-mismatch',
  'closing backtick dropped': 'inline-code',
  'inline code unformatted': 'inline-code',
  'link target altered': 'link-target',
  'xref altered': 'xref',
  'number altered': 'numbers',
  'entity decoded': 'entities',
  'escape dropped': 'escapes',
  'space doubled': 'double-space',
  'trailing space added': 'edge-whitespace',
  'no-break space before colon made plain': 'french-spacing',
  'translation emptied': 'empty-translation',
};

/**
 * `text` with each kind of defect injected once, each into its own unit: the first unit, from a
 * place that `seed` rotates through the article, where that kind applies. Changes are applied
 * from the end, so the offsets of the earlier ones stay true.
 */
export function injectDefects(doc: SxsDocument, seed = 0): { text: string; injected: string[] } {
  const units = doc.units;
  const used = new Set<number>();
  const changes: { change: TextChange; name: string }[] = [];
  DEFECT_NAMES.forEach((name, kind) => {
    const from = units.length ? (seed * 7 + kind * 13) % units.length : 0;
    for (let step = 0; step < units.length; step++) {
      const index = (from + step) % units.length;
      if (used.has(index)) continue;
      const change = DEFECTS[name](doc, units[index]);
      if (!change) continue;
      used.add(index);
      changes.push({ change, name });
      return;
    }
  });
  let text = doc.text;
  for (const { change } of [...changes].sort((a, b) => b.change.range.start - a.change.range.start)) {
    text = text.slice(0, change.range.start) + change.text + text.slice(change.range.end);
  }
  return { text, injected: changes.map(({ name }) => name) };
}
