/**
 * One version of one document, with everything the features read computed on first use and
 * kept: the parsed model, the line index, the findings of the checks. The server caches one
 * snapshot per open document and replaces it when the version changes, so a keystroke costs
 * nothing until a request asks for something, and a second request on the same version costs
 * nothing again. Pure: no LSP runtime, no I/O.
 *
 * A snapshot made from the previous one re-parses only the paragraphs that changed
 * (`core/reparse.ts`). That hands the previous model over: its units move into the new model.
 * So read a snapshot's model synchronously after taking the snapshot from the cache, and never
 * keep it across an `await` (`ServerContext.answer` does this for handlers).
 */
import { checkDocument, checkUnit, UnitFindingsCache } from './checks';
import type { Finding } from './checks/finding';
import { structureFindings } from './checks/structure';
import { findSuppressions, withoutSuppressed, type Suppressions } from './checks/suppressions';
import { LineIndex } from './core/lineIndex';
import type { SxsDocument, Unit } from './core/model';
import { parse, parseStateOf } from './core/parse';
import { reparse, type TextChange } from './core/reparse';
import { textChangeBetween } from './textChange';

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
  private structure: Finding[] | undefined;
  private suppressionComments: Suppressions | undefined;
  private readonly unitChecks = new Map<Unit, readonly Finding[]>();
  /** Findings of units, handed on with the model: units a re-parse carries over are not checked again. */
  private unitFindings = new UnitFindingsCache();

  /**
   * `previous`: an earlier version of the same document, whose model this one may take over;
   * `change`: what turned its text into `text`, when known (else the texts are compared).
   */
  constructor(
    readonly uri: string,
    readonly version: number,
    readonly text: string,
    private previous?: DocumentSnapshot,
    private change?: TextChange,
  ) {}

  /** The document model, parsed on first read (incrementally when an earlier version was parsed). */
  get model(): SxsDocument {
    if (!this.parsed) {
      const previous = this.previous;
      const handed = previous?.handOverModel();
      const change = this.change;
      this.previous = undefined;
      this.change = undefined;
      if (handed) {
        const earlier = handed.model;
        this.unitFindings = handed.unitFindings;
        const replaced = change ?? textChangeBetween(earlier.text, this.text);
        this.parsed = reparse(earlier, this.text, replaced);
        this.unitFindings.textChangedIn(replaced.range.start, replaced.range.end, replaced.range.start + replaced.text.length);
      } else {
        this.parsed = parse(this.text);
      }
    }
    return this.parsed;
  }

  /** The snapshot a next version should start from: this one once parsed, else what this one would have used. */
  baseForNextVersion(): DocumentSnapshot | undefined {
    return this.parsed ? this : this.previous;
  }

  /** Offset ⇄ position conversion for this text. */
  get lines(): LineIndex {
    // A parsed model already has the line starts (kept up to date by re-parsing).
    return (this.lineIndex ??= new LineIndex(this.text, this.parsed && parseStateOf(this.parsed)?.lines.lineStarts));
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
    const findings = complete ? checkDocument(model, { locale: this.locale(), unitCache: this.unitFindings }) : this.structureFindings();
    this.checked = { findings, complete };
    return this.checked;
  }

  /**
   * The findings on one unit, without checking the whole file when it has not been checked yet:
   * the structural findings that touch the unit and the unit's own checks. Same result as
   * filtering `findings()`, at the cost of one unit.
   */
  findingsOfUnit(unit: Unit, maxFileSize: number): readonly Finding[] {
    const complete = this.text.length <= maxFileSize;
    if (this.checked?.complete === complete) return this.checked.findings.filter((finding) => touchesUnit(finding, unit));
    const structural = this.structureFindings().filter((finding) => touchesUnit(finding, unit));
    if (!complete) return structural;
    let own = this.unitChecks.get(unit);
    if (!own) this.unitChecks.set(unit, (own = checkUnit(this.model, unit, { locale: this.locale() })));
    return [...structural, ...own].sort((a, b) => a.range.start - b.range.start || a.range.end - b.range.end);
  }

  /** The locale of the checks: the front matter's, else the one the path names. */
  private locale(): string | undefined {
    return this.model.frontMatter?.keys.contentLocale ?? localeFromUri(this.uri);
  }

  /** The `sxs-disable` comments of this version, read again only when the change may have made one (see UnitFindingsCache). */
  suppressions(): Suppressions {
    return (this.suppressionComments ??= this.unitFindings.suppressionsOf(this.text, () => findSuppressions(this.text)));
  }

  private structureFindings(): Finding[] {
    return (this.structure ??= withoutSuppressed(structureFindings(this.model), this.suppressions()));
  }

  /**
   * Gives this snapshot's model to the next version, which re-parses only what changed. The model's
   * units move into the new model, so this snapshot forgets it, and the findings whose ranges
   * move with it; read again, it parses its own text afresh. Its line index goes too: it reads the
   * model's line starts, which the next version may renew in place. The unit findings cache goes
   * with the model, since it describes the versions from there on; this snapshot starts a new one.
   */
  private handOverModel(): { model: SxsDocument; unitFindings: UnitFindingsCache } | undefined {
    const model = this.parsed;
    if (!model) return undefined;
    const unitFindings = this.unitFindings;
    this.unitFindings = new UnitFindingsCache();
    this.parsed = undefined;
    this.lineIndex = undefined;
    this.checked = undefined;
    this.structure = undefined;
    this.unitChecks.clear();
    return { model, unitFindings };
  }
}

/** Whether a finding is about a unit: attached to it, or overlapping its markup. */
function touchesUnit(finding: Finding, unit: Unit): boolean {
  if (finding.unit !== undefined) return finding.unit === unit.index;
  return finding.range.start < unit.range.end && unit.range.start < finding.range.end;
}

const LOCALE_FOLDER = /\/([a-z]{2}-[a-z]{2,4})\//i;

/**
 * The locale named by a folder of the document's path (`…/fr-fr/articles/x.md`), for the few
 * articles whose front matter lacks `ms.contentlocale`.
 */
export function localeFromUri(uri: string): string | undefined {
  return LOCALE_FOLDER.exec(uri)?.[1]?.toLowerCase();
}
