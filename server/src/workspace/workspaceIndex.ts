/**
 * The workspace index: a summary of every Markdown file under the workspace folders, grouped so
 * that the other versions of an article are found without reading anything.
 *
 * Built lazily: nothing happens until a feature first asks. Then the folders are listed (fast:
 * directories only), and the files are summarized in the background a few at a time, yielding
 * to the event loop between files, so requests on open documents keep being answered. A
 * question about one article does not wait for the whole workspace: its counterparts are known
 * from their paths as soon as the listing is done, and only those few files are read at once.
 * File events keep it current afterwards: a changed file is summarized again, a deleted one
 * leaves every group it was in, and a created folder is listed. File watchers miss events:
 * on Linux the folders `mkdir -p` creates below the first are not watched (parcel-watcher
 * issue 97), so files written there later are never reported. Hence the listing of a folder
 * as soon as it appears (a locale copied or moved in), and a check that the versions an
 * answer names still exist.
 */
import { englishOriginalCandidates, identitiesOfEnglishFile, locateArticle, type ArticleLocation } from './articleLocation';
import { summarizeArticle, unitCount, type ArticleSummary, type UnitHalves } from './articleSummary';
import { ENGLISH_LOCALE } from './localeCodes';
import { TrigramFilterBuilder } from './trigramFilter';
import { uriKey } from './uriKey';
import type { WorkspaceFileSystem } from './workspaceFileSystem';
import { nextTurn } from '../nextTurn';

/** How far indexing has got. */
export interface IndexProgress {
  readonly summarized: number;
  readonly total: number;
}

/** Counts that describe an index, for progress reports and measurements. */
export interface IndexStats {
  readonly files: number;
  readonly localizedFiles: number;
  readonly englishFiles: number;
  readonly units: number;
  readonly headings: number;
  /** Bytes held by the text-search filters. */
  readonly filterBytes: number;
}

/** Tuning and hooks; the defaults suit the language server. */
export interface WorkspaceIndexOptions {
  /** Called after each file is summarized during a build. */
  readonly onProgress?: (progress: IndexProgress) => void;
  /** Lets other work run between files (default: the next turn of the event loop). */
  readonly yieldToEventLoop?: () => Promise<void>;
  /** Files read at the same time (default 4). */
  readonly concurrency?: number;
  /** Receives the units' texts of every localized file read (the translation memory is built from them). */
  readonly onUnits?: (uri: string, locale: string, units: readonly UnitHalves[]) => void;
  /** Called when a file leaves the index (deleted, or unreadable). */
  readonly onForget?: (uri: string) => void;
}

/** One version of an article, as features see it. */
export interface ArticleVersion {
  /** The URI as the file system spells it. */
  readonly uri: string;
  /** `ms.contentlocale`, else the locale of the path, else `en-us` for an original. */
  readonly locale: string;
  readonly kind: 'english' | 'localized';
  /** Where the path puts it, when it follows a localization layout. */
  readonly location: ArticleLocation | undefined;
  readonly summary: ArticleSummary;
}

/** What a document says about itself, for finding its counterparts. */
export interface OwnArticleFacts {
  /** Whether the document is an English original (no units, no other locale). */
  readonly english: boolean;
  /** `ms.assetid`, lower-cased. */
  readonly assetId: string | undefined;
}

interface FileRecord {
  readonly uri: string;
  summary: ArticleSummary | undefined;
  /** Bumped by every change event; a summary is current when it was read at this generation. */
  generation: number;
  summarizedGeneration: number;
}

const defaultYield = (): Promise<void> => new Promise((resolve) => nextTurn(resolve));

/** The index of the localized and English articles of a workspace. */
export class WorkspaceIndex {
  private readonly records = new Map<string, FileRecord>();
  /** Article identity → keys of the files at that identity's locations. */
  private readonly groups = new Map<string, Set<string>>();
  private readonly byAssetId = new Map<string, Set<string>>();
  private readonly filters = new TrigramFilterBuilder();
  private queue: string[] = [];
  private queueNext = 0;
  private listing: Promise<void> | undefined;
  private draining: Promise<void> | undefined;
  private readonly refreshing = new Map<string, Promise<void>>();
  private disposed = false;
  private readonly yieldToEventLoop: () => Promise<void>;

  constructor(
    private readonly fileSystem: WorkspaceFileSystem,
    private readonly folders: readonly string[],
    private readonly options: WorkspaceIndexOptions = {},
  ) {
    this.yieldToEventLoop = options.yieldToEventLoop ?? defaultYield;
  }

  /** Starts the build if needed; resolves once every folder is listed (files may still be unread). */
  whenListed(): Promise<void> {
    this.listing ??= this.listFolders();
    return this.listing;
  }

  /** Starts the build if needed; resolves once every listed file is summarized. */
  async whenComplete(): Promise<void> {
    await this.whenListed();
    while (this.queueNext < this.queue.length || this.draining) await this.startDraining();
  }

  /** Whether the build has started and nothing is waiting to be summarized. */
  get isComplete(): boolean {
    return this.listing !== undefined && this.queueNext >= this.queue.length && this.draining === undefined;
  }

  /** Stops the background build (the workspace folders changed, say); summaries already made stay readable. */
  dispose(): void {
    this.disposed = true;
    this.queueNext = this.queue.length;
  }

  /** A file was created or changed on disk. Ignored before the first build (the listing will see it). */
  fileChanged(uri: string): void {
    if (!this.listing || this.disposed || !isMarkdown(uri)) return;
    const key = uriKey(uri);
    const record = this.records.get(key) ?? this.addRecord(key, uri);
    record.generation++;
    this.enqueue(key);
    void this.startDraining();
  }

  /**
   * A file or a folder was created on disk: a Markdown file is read, and a folder is listed, since
   * a folder copied or moved in is reported once, as the folder, whatever it holds.
   */
  entryCreated(uri: string): void {
    if (isMarkdown(uri)) return this.fileChanged(uri);
    if (!this.listing || this.disposed || !this.isWalked(uri)) return;
    void this.fileSystem.listMarkdownFiles(uri).then((found) => {
      for (const file of found) if (!this.records.has(uriKey(file))) this.fileChanged(file);
    });
  }

  /** Whether the listing walks a folder: inside a workspace folder, below no `node_modules` or hidden folder. */
  private isWalked(uri: string): boolean {
    const key = uriKey(uri);
    return this.folders.some((folder) => {
      const root = uriKey(folder).replace(/\/$/, '');
      return key.startsWith(`${root}/`) && !key.slice(root.length + 1).split('/').some((segment) => segment === 'node_modules' || segment.startsWith('.'));
    });
  }

  /** A file or a folder was deleted on disk (a `*.md` watcher reports a folder, not its files). */
  fileDeleted(uri: string): void {
    const key = uriKey(uri);
    const record = this.records.get(key);
    if (record) {
      this.removeRecord(key, record);
      return;
    }
    const folder = key.endsWith('/') ? key : `${key}/`;
    for (const [inside, insideRecord] of [...this.records]) if (inside.startsWith(folder)) this.removeRecord(inside, insideRecord);
  }

  /** The summary of a file, reading it now when the background build has not reached it. */
  async summaryOf(uri: string): Promise<ArticleSummary | undefined> {
    const key = uriKey(uri);
    if (this.records.has(key)) return (await this.currentRecord(key))?.summary;
    const text = await this.fileSystem.readFile(uri);
    return text === undefined ? undefined : summarizeArticle(text, this.filters);
  }

  /**
   * The other versions of the article at `uri` in the workspace: the same path in other locale
   * folders or localization repositories, its English original (or, for an original, its
   * translations), and files sharing its `ms.assetid` among those already summarized.
   */
  async versionsOf(uri: string, own: OwnArticleFacts): Promise<ArticleVersion[]> {
    await this.whenListed();
    const key = uriKey(uri);
    const location = locateArticle(key);
    const keys = new Set<string>();
    const addGroup = (identity: string): void => this.groups.get(identity)?.forEach((member) => keys.add(member));
    if (location) addGroup(location.identity);
    if (own.english) identitiesOfEnglishFile(key).forEach(addGroup);
    else if (location) {
      const english = englishOriginalCandidates(location).find((candidate) => this.records.has(candidate));
      if (english) keys.add(english);
    }
    if (own.assetId) this.byAssetId.get(own.assetId)?.forEach((member) => keys.add(member));
    keys.delete(key);
    const versions = await Promise.all([...keys].map((member) => this.existingVersionAt(member)));
    return versions.filter((version): version is ArticleVersion => version !== undefined).sort(byKindThenLocale);
  }

  /** Every summarized localized file, in listing order, for workspace-wide searches. */
  *localizedArticles(): Iterable<ArticleVersion> {
    for (const [key, record] of this.records) {
      if (record.summary?.localized) yield this.describe(key, record, record.summary);
    }
  }

  /** The text of a file from the file system (never kept by the index). */
  readText(uri: string): Promise<string | undefined> {
    return this.fileSystem.readFile(uri);
  }

  /** Counts over the files summarized so far. */
  stats(): IndexStats {
    let localizedFiles = 0;
    let englishFiles = 0;
    let units = 0;
    let headings = 0;
    let filterBytes = 0;
    for (const record of this.records.values()) {
      const summary = record.summary;
      if (!summary) continue;
      if (summary.localized) localizedFiles++;
      else englishFiles++;
      units += unitCount(summary);
      headings += summary.headings.length;
      filterBytes += summary.textFilter?.byteLength ?? 0;
    }
    return { files: this.records.size, localizedFiles, englishFiles, units, headings, filterBytes };
  }

  private async listFolders(): Promise<void> {
    const listings = await Promise.all(this.folders.map((folder) => this.fileSystem.listMarkdownFiles(folder)));
    if (this.disposed) return;
    for (const uri of listings.flat()) {
      const key = uriKey(uri);
      if (!this.records.has(key)) this.addRecord(key, uri);
      this.enqueue(key);
    }
    void this.startDraining();
  }

  private startDraining(): Promise<void> {
    this.draining ??= this.drain().finally(() => (this.draining = undefined));
    return this.draining;
  }

  private enqueue(key: string): void {
    // Compact the consumed head now and then, so a long session does not grow the array forever.
    if (this.queueNext > 1024 && this.queueNext * 2 > this.queue.length) {
      this.queue = this.queue.slice(this.queueNext);
      this.queueNext = 0;
    }
    this.queue.push(key);
  }

  private async drain(): Promise<void> {
    const worker = async (): Promise<void> => {
      while (this.queueNext < this.queue.length) {
        const key = this.queue[this.queueNext++];
        await this.refresh(key);
        this.options.onProgress?.({ summarized: this.queueNext, total: this.queue.length });
        await this.yieldToEventLoop();
      }
    };
    await Promise.all(Array.from({ length: this.options.concurrency ?? 4 }, worker));
  }

  /** Reads and summarizes a file unless its summary is current; one read at a time per file. */
  private refresh(key: string): Promise<void> {
    const running = this.refreshing.get(key);
    if (running) return running;
    const started = this.summarize(key).finally(() => this.refreshing.delete(key));
    this.refreshing.set(key, started);
    return started;
  }

  /** Summarizes a file read now; forgets the file when it is gone. */
  private async summarize(key: string): Promise<void> {
    const record = this.records.get(key);
    if (!record || record.summarizedGeneration === record.generation) return;
    const generation = record.generation;
    const text = await this.fileSystem.readFile(record.uri);
    if (this.records.get(key) !== record || record.generation !== generation) return; // changed or deleted meanwhile: the next refresh reads it again
    if (text === undefined) {
      this.removeRecord(key, record);
      return;
    }
    const onUnits = this.options.onUnits;
    let halves: readonly UnitHalves[] | undefined;
    const summary = summarizeArticle(text, this.filters, onUnits ? (units) => (halves = units) : undefined);
    this.setSummary(key, record, summary);
    record.summarizedGeneration = generation;
    if (onUnits && halves) onUnits(record.uri, this.describe(key, record, summary).locale, halves);
    else if (onUnits) this.options.onForget?.(record.uri);
  }

  /** The version at `key` unless its file is gone: its deletion may never have been reported. */
  private async existingVersionAt(key: string): Promise<ArticleVersion | undefined> {
    const record = this.records.get(key);
    if (record && (await this.fileSystem.stat(record.uri)) === undefined) {
      if (this.records.get(key) === record) this.removeRecord(key, record);
      return undefined;
    }
    return this.versionAt(key);
  }

  private async versionAt(key: string): Promise<ArticleVersion | undefined> {
    const record = await this.currentRecord(key);
    return record?.summary ? this.describe(key, record, record.summary) : undefined;
  }

  /** The record of a listed file with its summary brought up to date (a file changing all the time keeps its last one). */
  private async currentRecord(key: string): Promise<FileRecord | undefined> {
    for (let attempt = 0; attempt < 3; attempt++) {
      const record = this.records.get(key);
      if (!record || record.summarizedGeneration === record.generation) return record;
      await this.refresh(key);
    }
    return this.records.get(key);
  }

  private describe(key: string, record: FileRecord, summary: ArticleSummary): ArticleVersion {
    const location = locateArticle(key);
    const locale = summary.contentLocale ?? location?.locale ?? (summary.localized ? 'unknown' : ENGLISH_LOCALE);
    return { uri: record.uri, locale, kind: summary.localized ? 'localized' : 'english', location, summary };
  }

  private addRecord(key: string, uri: string): FileRecord {
    const record: FileRecord = { uri, summary: undefined, generation: 1, summarizedGeneration: 0 };
    this.records.set(key, record);
    const location = locateArticle(key);
    if (location) addTo(this.groups, location.identity, key);
    return record;
  }

  private removeRecord(key: string, record: FileRecord): void {
    this.records.delete(key);
    this.options.onForget?.(record.uri);
    const location = locateArticle(key);
    if (location) removeFrom(this.groups, location.identity, key);
    this.setSummary(key, record, undefined);
  }

  private setSummary(key: string, record: FileRecord, summary: ArticleSummary | undefined): void {
    if (record.summary?.assetId) removeFrom(this.byAssetId, record.summary.assetId, key);
    record.summary = summary;
    if (summary?.assetId) addTo(this.byAssetId, summary.assetId, key);
  }
}

function addTo(map: Map<string, Set<string>>, name: string, key: string): void {
  const members = map.get(name);
  if (members) members.add(key);
  else map.set(name, new Set([key]));
}

function removeFrom(map: Map<string, Set<string>>, name: string, key: string): void {
  const members = map.get(name);
  if (!members) return;
  members.delete(key);
  if (members.size === 0) map.delete(name);
}

function isMarkdown(uri: string): boolean {
  return uri.toLowerCase().endsWith('.md');
}

function byKindThenLocale(a: ArticleVersion, b: ArticleVersion): number {
  if (a.kind !== b.kind) return a.kind === 'english' ? -1 : 1;
  return a.locale.localeCompare(b.locale) || a.uri.localeCompare(b.uri);
}
