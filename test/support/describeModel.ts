/**
 * A parsed document as readable text, for snapshot tests: every unit with its ids, block,
 * both texts and tokens; headings; front-matter keys; problems with the text they cover.
 */
import { LineIndex } from '../../server/src/core/lineIndex';
import type { Half, OffsetRange, SxsDocument } from '../../server/src/core/model';

/** Renders `doc` as text, positions as `line:character` (zero-based). */
export function describeDocument(doc: SxsDocument): string {
  const lines = new LineIndex(doc.text);
  const at = (range: OffsetRange): string => {
    const start = lines.positionAt(range.start);
    const end = lines.positionAt(range.end);
    return `${start.line}:${start.character}-${end.line}:${end.character}`;
  };
  const out: string[] = [];
  const frontMatter = doc.frontMatter;
  if (frontMatter) {
    out.push(`front-matter ${at(frontMatter.range)}${frontMatter.error ? ' error: ' + frontMatter.error.split('\n')[0] : ''}`);
    for (const [key, value] of Object.entries(frontMatter.keys)) out.push(`  ${key}: ${value}`);
  }
  out.push(`prefix ${doc.prefix ?? '-'}`);
  for (const heading of doc.headings) {
    out.push(`heading h${heading.level} line ${heading.line}${heading.anchor !== undefined ? ` #${heading.anchor}` : ''} units [${heading.units.join(',')}]`);
    out.push(`  title: ${heading.title}`);
    if (heading.sourceTitle !== heading.title) out.push(`  english: ${heading.sourceTitle}`);
  }
  for (const unit of doc.units) {
    const block = unit.block;
    const details = [block.headingLevel && `h${block.headingLevel}`, block.anchor !== undefined && `#${block.anchor}`, block.key && `key=${block.key}`, block.tag && `<${block.tag}>`]
      .filter(Boolean)
      .join(' ');
    const ids = unit.sourceId && unit.sourceId.text !== unit.id.text ? `${unit.id.text}/${unit.sourceId.text}` : unit.id.text;
    out.push(`unit ${unit.index} ${ids} ${at(unit.range)} ${block.kind}${details ? ' ' + details : ''}${unit.id.merged ? ' merged' : ''}`);
    out.push(...describeHalf('translation', unit.translation));
    if (unit.source) out.push(...describeHalf('source', unit.source));
    else out.push('  source: (none)');
  }
  for (const problem of doc.problems) {
    out.push(`problem ${problem.code} ${at(problem.range)} ${JSON.stringify(doc.text.slice(problem.range.start, problem.range.end).slice(0, 80))}`);
    out.push(`  ${problem.message}`);
    if (problem.fix) out.push(`  fix: ${problem.fix.title}: ${problem.fix.edits.map((edit) => `${at(edit.range)} ${JSON.stringify(edit.newText)}`).join(', ')}`);
  }
  // Control characters (binary input) are shown escaped, so snapshots stay text.
  return out.join('\n').replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`) + '\n';
}

function describeHalf(name: string, half: Half): string[] {
  const lines = [`  ${name}: ${JSON.stringify(half.text)}`];
  if (half.raw !== half.text) lines.push(`  ${name} raw: ${JSON.stringify(half.raw)}`);
  if (half.tokens.length) lines.push(`  ${name} tokens: ${half.tokens.map((token) => `${token.kind}(${token.value})`).join(' ')}`);
  return lines;
}
