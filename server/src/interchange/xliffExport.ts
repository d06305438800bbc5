/**
 * Export an article to XLIFF 1.2 or 2.0: parse, build the exchange units, write the version
 * asked for. Pure: the caller reads the article and writes the result.
 */
import { parse } from '../core/parse';
import type { SxsDocument } from '../core/model';
import { exchangeFileOf, type ExchangeOptions } from './exchangeUnits';
import { writeXliff12 } from './xliff12Write';
import { writeXliff20 } from './xliff20Write';

export type XliffVersion = '1.2' | '2.0';

export interface XliffExport {
  readonly xliff: string;
  /** Units written. */
  readonly unitCount: number;
  /** Units that could not travel, with the reason. */
  readonly skipped: readonly { readonly unitId: string; readonly reason: string }[];
}

/** The XLIFF of an article's text (or of a model already parsed). */
export function exportXliff(article: string | SxsDocument, version: XliffVersion, options: ExchangeOptions): XliffExport {
  const document = typeof article === 'string' ? parse(article) : article;
  const file = exchangeFileOf(document, options);
  const xliff = version === '1.2' ? writeXliff12(file) : writeXliff20(file);
  return { xliff, unitCount: file.units.length, skipped: file.skipped };
}
