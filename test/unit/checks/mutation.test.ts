/**
 * Mutation test over the real corpus: take clean units of real articles, inject one defect per
 * finding code (a dropped backtick, an altered link target, a changed number, a removed xref…)
 * and require exactly that code at exactly that range, nothing new elsewhere in the article,
 * and, where a fix is offered for a restorable defect, the fix giving the article back intact.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'fs';
import * as path from 'path';
import { parse } from '../../../server/src/core/parse';
import type { SxsDocument, Unit, Half } from '../../../server/src/core/model';
import { checkDocument, type Finding } from '../../../server/src/checks/index';
import { corpusArticles, corpusMissing, corpusRoot } from '../../support/paths';
import { MUTATORS, type Mutator, type TextEdit } from './mutations';
import { applyFix } from './fixture';

/** Samples per code, each from a different article. */
const SAMPLES_PER_CODE = 4;

interface CheckedArticle {
  readonly name: string;
  readonly text: string;
  readonly doc: SxsDocument;
  readonly findings: Finding[];
}

function checkedArticle(name: string, text: string): CheckedArticle {
  const doc = parse(text);
  return { name, text, doc, findings: checkDocument(doc) };
}

function applyEdit(text: string, edit: TextEdit): string {
  return text.slice(0, edit.start) + edit.newText + text.slice(edit.end);
}

function isClean(article: CheckedArticle, unit: Unit): unit is Unit & { source: Half } {
  return unit.source !== undefined && !article.findings.some((finding) => finding.unit === unit.index);
}

function key(finding: Finding, shift: (offset: number) => number = (offset) => offset): string {
  return `${finding.code}@${shift(finding.range.start)}-${shift(finding.range.end)}`;
}

/** Writes a mutator's prefix into both halves of a unit; undefined when that dirties the unit. */
function withPrefix(article: CheckedArticle, unit: Unit & { source: Half }, mutator: Mutator): { article: CheckedArticle; unit: Unit & { source: Half } } | undefined {
  if (!mutator.prefix) return { article, unit };
  const { translation, source } = mutator.prefix;
  // The source half comes after the translation: edit it first so offsets stay valid.
  const text = applyEdit(applyEdit(article.text, { start: unit.source.range.start, end: unit.source.range.start, newText: source }), {
    start: unit.translation.range.start,
    end: unit.translation.range.start,
    newText: translation,
  });
  const prefixed = checkedArticle(article.name, text);
  const prefixedUnit = prefixed.doc.units[unit.index];
  return prefixedUnit && isClean(prefixed, prefixedUnit) ? { article: prefixed, unit: prefixedUnit } : undefined;
}

/** Injects the defect and returns what went wrong, or undefined when the check behaved. */
function verify(article: CheckedArticle, unit: Unit & { source: Half }, mutator: Mutator): string | undefined | 'unsuitable' {
  const mutation = mutator.mutate(article.doc, unit);
  if (!mutation) return 'unsuitable';
  const mutatedText = applyEdit(article.text, mutation.edit);
  const mutated = checkedArticle(article.name, mutatedText);
  const where = `${article.name} unit ${unit.id.text}`;
  if (mutated.doc.units.length !== article.doc.units.length) return `${where}: the defect changed the units`;
  const inUnit = mutated.findings.filter((finding) => finding.unit === unit.index);
  const expected = `${mutator.code}@${mutation.expected.start}-${mutation.expected.end}`;
  if (inUnit.length !== 1 || key(inUnit[0]) !== expected) {
    return `${where}: expected ${expected}, got [${inUnit.map((finding) => `${key(finding)} ${finding.message}`).join('; ')}] for ${JSON.stringify(mutated.doc.units[unit.index].translation.raw.slice(0, 160))}`;
  }
  const delta = mutation.edit.newText.length - (mutation.edit.end - mutation.edit.start);
  const shift = (offset: number): number => (offset >= mutation.edit.end ? offset + delta : offset);
  const before = article.findings.filter((finding) => finding.unit !== unit.index).map((finding) => key(finding, shift));
  const after = mutated.findings.filter((finding) => finding.unit !== unit.index).map((finding) => key(finding));
  if (JSON.stringify(before) !== JSON.stringify(after)) return `${where}: findings elsewhere changed`;
  if (mutation.fixRestores) {
    if (!inUnit[0].fix) return `${where}: no fix offered for a restorable ${mutator.code}`;
    if (applyFix(mutatedText, inUnit[0]) !== article.text) return `${where}: the fix does not restore the text: ${JSON.stringify(inUnit[0].fix.edits)}`;
  }
  return undefined;
}

describe('injected defects in real articles', { skip: corpusMissing }, () => {
  const files = corpusArticles();
  const articles = new Map<string, CheckedArticle>();
  const articleAt = (file: string): CheckedArticle => {
    let article = articles.get(file);
    if (!article) articles.set(file, (article = checkedArticle(path.relative(corpusRoot, file), fs.readFileSync(file, 'utf8'))));
    return article;
  };

  for (const mutator of MUTATORS) {
    it(`${mutator.code}: exactly that code at exactly that range`, (t) => {
      const failures: string[] = [];
      let samples = 0;
      for (const file of files) {
        if (samples >= SAMPLES_PER_CODE) break;
        const article = articleAt(file);
        for (const unit of article.doc.units) {
          if (!isClean(article, unit)) continue;
          const prepared = withPrefix(article, unit, mutator);
          if (!prepared) continue;
          const outcome = verify(prepared.article, prepared.unit, mutator);
          if (outcome === 'unsuitable') continue;
          samples++;
          if (outcome) failures.push(outcome);
          break;
        }
      }
      t.diagnostic(`${mutator.code}: ${samples - failures.length}/${samples} injected defects reported exactly`);
      assert.ok(samples > 0, `no unit of the corpus suits a ${mutator.code} defect`);
      assert.deepEqual(failures, []);
    });
  }
});
