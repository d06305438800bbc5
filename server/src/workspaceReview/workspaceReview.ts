/**
 * The open articles against their workspace, in the language server: for each open localized
 * article the texts its workspace findings need (the English original, the other locales) are
 * read in the background; the findings are computed for the current snapshot from those texts and
 * the translation memory, and kept until the snapshot or the workspace changes. Answers are
 * synchronous from what is ready; `onDidChange` fires when texts arrive, a watched file changes,
 * an open original is edited or the memory is complete, so the client pulls again.
 * (`onDidChange` listeners are told once per turn.)
 */
import type { CodeAction, CodeActionContext, Range } from 'vscode-languageserver-types';
import type { Unit } from '../core/model';
import type { DocumentSnapshot } from '../documentSnapshot';
import type { AddedFindings } from '../features/diagnostics';
import { ownArticleFacts } from '../features/ownArticleFacts';
import { severityOf, type SxsSettings } from '../settings';
import { englishOriginalCandidates, locateArticle } from '../workspace/articleLocation';
import type { UnitHalves } from '../workspace/articleSummary';
import { readOriginalProse } from '../workspace/alignment/originalProse';
import { readUnitHalves } from '../workspace/articleSummary';
import { articleWorkspaceFindings, isUsableOriginal, type ArticleWorkspaceFindings, type LocaleText, type OriginalText, type UnitSourceStatus, type WorkspaceFinding } from '../workspace/findings/articleWorkspaceFindings';
import { ConsistencyCache } from '../workspace/findings/consistencyFindings';
import { articleMemorySegments } from '../workspace/memory/memorySources';
import { TranslationMemory } from '../workspace/memory/translationMemory';
import { uriKey } from '../workspace/uriKey';
import type { ArticleVersion, OwnArticleFacts } from '../workspace/workspaceIndex';
import { workspaceCodeActions } from './workspaceCodeActions';
import { workspaceDiagnostics } from './workspaceDiagnostics';
import type { WorkspaceExtras } from './workspaceExtras';
import { workspaceHoverSections } from './workspaceHover';

/** What the review reads through the workspace session. */
export interface ReviewHost {
  versionsOf(uri: string, own: OwnArticleFacts): Promise<ArticleVersion[]>;
  /** An open document's text, else the file's. */
  readText(uri: string): Promise<string | undefined>;
  /** Sizes, to refuse huge originals before reading them. */
  fileSize(uri: string): Promise<number | undefined>;
  /** The snapshot of an open document. */
  openSnapshot(uri: string): DocumentSnapshot | undefined;
  log(message: string): void;
}

/** Originals above this size are not aligned (a clear note instead): no real article is near it. */
export const MAX_ORIGINAL_BYTES = 8 * 1024 * 1024;

interface ArticleInputs {
  readonly original: OriginalText | undefined;
  /** Why there is no original to compare with, when one was expected. */
  readonly originalProblem: string | undefined;
  readonly otherLocales: readonly LocaleText[];
}

interface ArticleState {
  inputs: ArticleInputs | undefined;
  /** Whether the inputs must be read again (a file changed since). */
  outdated: boolean;
  loading: Promise<void> | undefined;
  /** The latest snapshot asked about, so a file event can start reading before the next pull. */
  snapshot: DocumentSnapshot | undefined;
  result: { snapshot: DocumentSnapshot; generation: number; findings: ArticleWorkspaceFindings } | undefined;
  /** The consistency groups of the last version checked, valid while the generation stays. */
  consistency: { generation: number; cache: ConsistencyCache } | undefined;
}

/** The workspace findings, hover sections and memory offers of open articles. */
export class WorkspaceReview implements WorkspaceExtras {
  readonly memory = new TranslationMemory();
  private current = 1;
  private readonly articles = new Map<string, ArticleState>();
  private readonly listeners: (() => void)[] = [];
  private changeScheduled = false;
  private complete = false;

  constructor(private readonly host: ReviewHost) {}

  get generation(): number {
    return this.current;
  }

  onDidChange(listener: () => void): void {
    this.listeners.push(listener);
  }

  /** The index read a localized file: its units join the memory (after the first build, answers change). */
  fileRead(uri: string, locale: string, units: readonly UnitHalves[]): void {
    this.memory.setFile(uri, articleMemorySegments(units, locale));
    if (this.complete) this.invalidate(false);
  }

  /** A file left the index. */
  fileForgotten(uri: string): void {
    if (!this.memory.hasFile(uri)) return;
    this.memory.removeFile(uri);
    if (this.complete) this.invalidate(false);
  }

  /** The whole workspace is in the memory: consistency and offers are complete now. */
  memoryComplete(): void {
    this.complete = true;
    this.invalidate(false);
  }

  /** TMX files joined or left the memory: offers and consistency may change. */
  externalSourcesChanged(): void {
    this.invalidate(false);
  }

  /** Whether the first build has put every file in the memory. */
  get isMemoryComplete(): boolean {
    return this.complete;
  }

  /**
   * Files changed on disk, or an open original was edited. Changed files that are inputs of an
   * open article are read again at once (just those); a created or deleted file (`changed`
   * undefined) may change which files are an article's versions, so those are looked up again.
   */
  workspaceChanged(changed?: readonly string[]): void {
    this.current++;
    const keys = changed && new Set(changed.map(uriKey));
    for (const state of this.articles.values()) {
      const inputs = state.inputs;
      const affected = !keys || !inputs || [inputs.original?.uri, ...inputs.otherLocales.map((other) => other.uri)].some((uri) => uri !== undefined && keys.has(uriKey(uri)));
      if (!affected) continue;
      state.outdated = true;
      if (state.snapshot && !state.loading) this.load(state.snapshot, state, keys);
    }
    // No notification yet: each load tells when its texts are in.
  }

  /** An open document closed: forget its state. */
  closed(uri: string): void {
    this.articles.delete(uri);
  }

  /** The workspace findings of a snapshot, computing them now when the inputs are ready, else starting to read them. */
  findingsOf(snapshot: DocumentSnapshot): ArticleWorkspaceFindings | undefined {
    if (!snapshot.isLocalized) return undefined;
    let state = this.articles.get(snapshot.uri);
    if (!state) {
      state = { inputs: undefined, outdated: true, loading: undefined, snapshot: undefined, result: undefined, consistency: undefined };
      this.articles.set(snapshot.uri, state);
    }
    state.snapshot = snapshot;
    if (state.outdated && !state.loading) this.load(snapshot, state);
    if (!state.inputs) return undefined;
    if (state.result?.snapshot === snapshot && state.result.generation === this.current) return state.result.findings;
    // The memory may have changed with the generation: the groups are built again then.
    if (state.consistency?.generation !== this.current) state.consistency = { generation: this.current, cache: new ConsistencyCache() };
    const findings = articleWorkspaceFindings({
      uri: snapshot.uri,
      text: snapshot.text,
      model: snapshot.model,
      locale: localeOf(snapshot),
      original: state.inputs.original,
      otherLocales: state.inputs.otherLocales,
      memory: this.memory,
      consistency: state.consistency.cache,
      suppressions: snapshot.suppressions(),
    });
    state.result = { snapshot, generation: this.current, findings };
    return findings;
  }

  /** Why an expected original is not compared (huge, binary, localized itself), for a note. */
  originalProblemOf(snapshot: DocumentSnapshot): string | undefined {
    return this.articles.get(snapshot.uri)?.inputs?.originalProblem;
  }

  diagnosticFindings(snapshot: DocumentSnapshot, settings: SxsSettings): AddedFindings<WorkspaceFinding> | undefined {
    // Above the size limit only the structure checks run: the workspace findings are not computed.
    if (snapshot.text.length > settings.maxFileSize) return undefined;
    const findings = this.findingsOf(snapshot);
    return findings && workspaceDiagnostics(snapshot, findings, settings, this.originalProblemOf(snapshot));
  }

  hoverSections(snapshot: DocumentSnapshot, unit: Unit, settings: SxsSettings): string[] {
    const findings = this.findingsOf(snapshot);
    return workspaceHoverSections(snapshot, unit, findings, this.memory, localeOf(snapshot), settings);
  }

  codeActions(snapshot: DocumentSnapshot, range: Range, context: CodeActionContext, settings: SxsSettings, documentChanges: boolean): CodeAction[] {
    const findings = this.findingsOf(snapshot);
    return workspaceCodeActions(snapshot, range, context, findings, this.memory, localeOf(snapshot), settings, documentChanges);
  }

  unitStatus(snapshot: DocumentSnapshot): readonly UnitSourceStatus[] | undefined {
    return this.findingsOf(snapshot)?.unitStatus;
  }

  findingsPerUnit(snapshot: DocumentSnapshot, settings: SxsSettings): readonly number[] | undefined {
    const findings = this.findingsOf(snapshot);
    if (!findings) return undefined;
    const counts = new Array<number>(snapshot.model.units.length).fill(0);
    for (const finding of findings.findings) if (finding.unit !== undefined && severityOf(finding.code, settings) !== 'off') counts[finding.unit]++;
    return counts;
  }

  /** Answers may have changed; with `reread`, the open articles read their inputs again first. */
  private invalidate(reread: boolean): void {
    this.current++;
    if (reread) for (const state of this.articles.values()) state.outdated = true;
    this.scheduleChange();
  }

  private load(snapshot: DocumentSnapshot, state: ArticleState, changed?: ReadonlySet<string>): void {
    state.outdated = false;
    const previous = state.inputs;
    state.loading = (changed && previous ? this.rereadInputs(previous, changed) : this.readInputs(snapshot))
      .then(
        (inputs) => {
          // A file changed while these were read: they may mix versions, so read again instead.
          if (!state.outdated) {
            state.inputs = inputs;
            state.result = undefined;
          }
          this.current++;
          this.scheduleChange();
        },
        (error: unknown) => {
          this.host.log(`workspace findings of ${snapshot.uri}: ${error instanceof Error ? error.message : String(error)}`);
        },
      )
      .finally(() => {
        state.loading = undefined;
        // Changed again while reading: read the whole set again now rather than on the next pull.
        if (state.outdated && state.snapshot && this.articles.get(state.snapshot.uri) === state) this.load(state.snapshot, state);
      });
  }

  /** The inputs with the files in `changed` read again; the set of versions is kept. */
  private async rereadInputs(previous: ArticleInputs, changed: ReadonlySet<string>): Promise<ArticleInputs> {
    let { original, originalProblem } = previous;
    if (original && changed.has(uriKey(original.uri))) {
      const checked = await this.readOriginal(original.uri);
      original = checked.original;
      originalProblem = checked.problem;
    }
    const otherLocales = await Promise.all(
      previous.otherLocales.map(async (other) => {
        if (!changed.has(uriKey(other.uri))) return other;
        const text = await this.host.readText(other.uri);
        return text === undefined || text.length > MAX_ORIGINAL_BYTES ? undefined : localeText(other.uri, text, other.locale);
      }),
    );
    return { original, originalProblem, otherLocales: otherLocales.filter((other): other is LocaleText => other !== undefined) };
  }

  /** The original's text with its prose, or why it cannot serve. */
  private async readOriginal(uri: string): Promise<{ original?: OriginalText; problem?: string }> {
    const size = await this.host.fileSize(uri);
    if (size !== undefined && size > MAX_ORIGINAL_BYTES && !this.host.openSnapshot(uri)) return { problem: `The English original ${fileName(uri)} is larger than ${MAX_ORIGINAL_BYTES / (1024 * 1024)} MB: stale translations are not checked.` };
    const text = await this.host.readText(uri);
    if (text === undefined) return { problem: `The English original ${fileName(uri)} cannot be read: stale translations are not checked.` };
    if (text.trim() === '') return { problem: `The English original ${fileName(uri)} is empty: stale translations are not checked.` };
    if (!isUsableOriginal(text)) return { problem: `${fileName(uri)} is not an English original (binary, or itself a localized article): stale translations are not checked.` };
    return { original: { uri, text, prose: readOriginalProse(text) } };
  }

  private async readInputs(snapshot: DocumentSnapshot): Promise<ArticleInputs> {
    const versions = await this.host.versionsOf(snapshot.uri, ownArticleFacts(snapshot.model));
    const english = versions.filter((version) => version.kind === 'english');
    let original: OriginalText | undefined;
    let originalProblem: string | undefined;
    const chosen = chooseOriginal(snapshot.uri, english);
    if (chosen === 'ambiguous') originalProblem = `Several English files claim to be this article's original (same ms.assetid): ${english.map((version) => fileName(version.uri)).join(', ')}; stale translations are not checked.`;
    else if (chosen) {
      const checked = await this.readOriginal(chosen.uri);
      original = checked.original;
      originalProblem = checked.problem;
    }
    const otherLocales: LocaleText[] = [];
    for (const version of versions) {
      if (version.kind !== 'localized') continue;
      const text = await this.host.readText(version.uri);
      if (text !== undefined && text.length <= MAX_ORIGINAL_BYTES) otherLocales.push(localeText(version.uri, text, version.locale));
    }
    return { original, originalProblem, otherLocales };
  }

  /** One notification per turn, however many things changed in it. */
  private scheduleChange(): void {
    if (this.changeScheduled) return;
    this.changeScheduled = true;
    queueMicrotask(() => {
      this.changeScheduled = false;
      for (const listener of this.listeners) listener();
    });
  }
}

/**
 * The English original among the English versions: the one the path layout names, else the only
 * one sharing the article's asset id; two asset-id claimants and no path make it ambiguous.
 */
function chooseOriginal(uri: string, english: readonly ArticleVersion[]): ArticleVersion | 'ambiguous' | undefined {
  const location = locateArticle(uriKey(uri));
  if (location) {
    const candidates = englishOriginalCandidates(location);
    for (const candidate of candidates) {
      const version = english.find((other) => uriKey(other.uri) === candidate);
      if (version) return version;
    }
  }
  if (english.length > 1) return 'ambiguous';
  return english[0];
}

function localeText(uri: string, text: string, locale: string): LocaleText {
  return { uri, text, locale, units: readUnitHalves(text) };
}

/** The article's locale: its front matter, else its path. */
export function localeOf(snapshot: DocumentSnapshot): string | undefined {
  return snapshot.model.frontMatter?.keys.contentLocale?.toLowerCase() ?? locateArticle(uriKey(snapshot.uri))?.locale;
}

function fileName(uri: string): string {
  return decodeURIComponent(uri.slice(uri.lastIndexOf('/') + 1));
}
