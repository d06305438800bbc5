/** The real articles the reliability tests damage: every localized file of the shared corpus. */
import * as fs from 'fs';
import { corpusArticles } from '../../support/paths';

let texts: string[] | undefined;

/** The texts of the corpus articles, read once per test process (empty without the corpus). */
export function corpusTexts(): string[] {
  return (texts ??= corpusArticles().map((file) => fs.readFileSync(file, 'utf8')));
}
