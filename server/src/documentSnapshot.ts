/**
 * One version of one document, with everything the features read computed on first use and
 * kept: the parsed model, the line index, the findings of the checks. The server caches one
 * snapshot per open document and replaces it when the version changes, so a keystroke costs
 * nothing until a request asks for something, and a second request on the same version costs
 * nothing again. Pure: no LSP runtime, no I/O.
 */
import { checkDocument } from './checks';
import type { Finding } from './checks/finding';
import { structureFindings } from './checks/structure';
import { findSuppressions, withoutSuppressed } from './checks/suppressions';
import { LineIndex } from './core/lineIndex';
import type { SxsDocument } from './core/model';
import { parse } from './core/parse';

/** The findings of a snapshot and whether the full checks ran. */
export interface CheckedFindings {
  readonly findings: readonly Finding[];
  /** False when the file was larger than the size limit: structure checks only. */
  readonly complete: boolean;
}

/** A document version and its lazily computed analyses. */
export class DocumentSnapshot {
  private parsed: SxsDocument | undefined;
  private lineIndex: LineIndex | undefined;
  private checked: CheckedFindings | undefined;

  constructor(
    readonly uri: string,
    readonly version: number,
    readonly text: string,
  ) {}

  /** The document model, parsed on first read. */
  get model(): SxsDocument {
    return (this.parsed ??= parse(this.text));
  }

  /** Offset ⇄ position conversion for this text. */
  get lines(): LineIndex {
    return (this.lineIndex ??= new LineIndex(this.text));
  }

  /**
   * Whether this is a localized article: it has units, or unit markup too broken to read. Other
   * Markdown gets no hover, diagnostics or outline from this server.
   */
  get isLocalized(): boolean {
    const model = this.model;
    return model.units.length > 0 || model.problems.some((problem) => problem.code === 'entity-escaped-markup' || problem.code === 'malformed-unit');
  }

  /**
   * The findings of the checks, structural problems included, suppression comments honoured.
   * Above `maxFileSize` only the structure checks run, since the full checks grow with the text.
   */
  findings(maxFileSize: number): CheckedFindings {
    const complete = this.text.length <= maxFileSize;
    if (this.checked?.complete === complete) return this.checked;
    const model = this.model;
    const findings = complete
      ? checkDocument(model, { locale: model.frontMatter?.keys.contentLocale ?? localeFromUri(this.uri) })
      : withoutSuppressed(structureFindings(model), findSuppressions(this.text));
    this.checked = { findings, complete };
    return this.checked;
  }
}

const LOCALE_FOLDER = /\/([a-z]{2}-[a-z]{2,4})\//i;

/**
 * The locale named by a folder of the document's path (`…/fr-fr/articles/x.md`), for the few
 * articles whose front matter lacks `ms.contentlocale`.
 */
export function localeFromUri(uri: string): string | undefined {
  return LOCALE_FOLDER.exec(uri)?.[1]?.toLowerCase();
}
