/**
 * What a keystroke costs a user, black box: the bundled server over stdio, an incremental
 * `didChange`, then a pull of `textDocument/diagnostic`, wall time from sending the change to
 * the answer. Three kinds of edits anywhere in a unit of the large article — one character typed
 * or deleted, a run of characters typed one by one, a whole line deleted — with every check
 * (`sxs.maxFileSize` raised) and with the default settings (structure only above 5 MB), and one
 * character once more with a server started without the client's allocator settings; the first
 * full diagnostics after opening; and, after the edits, how many copies of the text the server
 * holds (a heap snapshot). The baseline is a bare htmlparser2 parse of the same text in this
 * process, run between the edits so it sees the same load.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { pathToFileURL } from 'url';
import {
  DidChangeTextDocumentNotification,
  DidCloseTextDocumentNotification,
  DidOpenTextDocumentNotification,
  DocumentDiagnosticRequest,
  type DocumentDiagnosticReport,
  type Range,
  type TextDocumentContentChangeEvent,
} from 'vscode-languageserver-protocol/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { LineIndex } from '../server/src/core/lineIndex';
import { parse } from '../server/src/core/parse';
import type { FrontMatter, OffsetRange, Unit } from '../server/src/core/model';
import type { BenchRow } from './benchRow';
import { target } from './benchRow';
import { seededRandom } from './editScript';
import { nodeTextBuilders } from '../server/src/nodeTextBuilder';
import { HEAP_SNAPSHOT_ARGUMENTS, largeStringsOf, type HeapTexts } from './heapTexts';
import { formatMs } from './lspBench';
import { percentile } from './measure';
import { parseHtml } from './parseBench';
import { serverProfileLaunch, startServer, withTimeout, type ServerProcess } from './serverProcess';

/** How many edits of each kind, how many cold opens, and the time limit of each kind. */
export interface KeystrokeCounts {
  readonly characters: number;
  readonly runs: number;
  readonly runLength: number;
  readonly lines: number;
  readonly opens: number;
  readonly budgetMs: number;
}

/** Keystroke ≤ this fraction of an htmlparser2 parse; the first diagnostics ≤ this multiple. */
const KEYSTROKE_FRACTION = 0.1;
const FIRST_DIAGNOSTICS_MULTIPLE = 5;
const REQUEST_TIMEOUT_MS = 300_000;

interface Mode {
  readonly name: string;
  readonly settings: Record<string, unknown> | null;
  /** Started without the client's environment (`serverEnvironment.ts`), as another editor may: one-character edits only, to show what it buys. */
  readonly plainEnvironment?: boolean;
}

const MODES: readonly Mode[] = [
  { name: 'full QA', settings: { maxFileSize: 1024 } },
  { name: 'default settings (structure only above 5 MB)', settings: null },
  { name: 'default settings, server started without the allocator settings', settings: null, plainEnvironment: true },
];

/** Rows for both modes on `text`. */
export async function keystrokeRows(serverScript: string, label: string, text: string, counts: KeystrokeCounts, progress: (message: string) => void): Promise<BenchRow[]> {
  const rows: BenchRow[] = [];
  for (const [index, mode] of MODES.entries()) {
    progress(`LSP keystrokes: ${mode.name}`);
    rows.push(...(await modeRows(serverScript, `${label}, ${mode.name}`, text, mode, counts, index === 0)));
  }
  return rows;
}

/**
 * Wall times of the bare htmlparser2 parse, taken between the measured requests; and of what any
 * new version of the text costs: one character inserted and the new string made flat by V8 (a
 * copy of the whole text, in fresh memory), and the same made through a UTF-16 buffer, as the
 * Node server makes it (`nodeTextBuilder.ts`): the floor of a keystroke while the text is one string.
 */
class Baseline {
  readonly samples: number[] = [];
  readonly flattenSamples: number[] = [];
  readonly splicedSamples: number[] = [];
  private readonly builder = nodeTextBuilders();
  /** The text the server's way of making versions made last (one more character each run). */
  private spliced: string;
  constructor(private readonly text: string) {
    this.spliced = this.builder.splice(text, 0, 0, '');
  }
  run(): void {
    const started = performance.now();
    parseHtml([this.text]);
    this.samples.push(performance.now() - started);
    const at = this.text.length >> 1;
    const flattenStarted = performance.now();
    const edited = this.text.slice(0, at) + 'e' + this.text.slice(at);
    if (edited.charCodeAt(at + 1) < 0) throw new Error('unreachable');
    this.flattenSamples.push(performance.now() - flattenStarted);
    const spliceStarted = performance.now();
    this.spliced = this.builder.splice(this.spliced, at, at, 'e');
    if (this.spliced.charCodeAt(at + 1) < 0) throw new Error('unreachable');
    this.splicedSamples.push(performance.now() - spliceStarted);
  }
  get p50(): number {
    return percentile(this.samples, 50);
  }
}

async function modeRows(serverScript: string, label: string, text: string, mode: Mode, counts: KeystrokeCounts, withMemory: boolean): Promise<BenchRow[]> {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'sxs-bench-keys-'));
  const articleFolder = path.join(folder, 'customer-insights-pr', 'fr-fr', 'ci-docs', 'bench');
  fs.mkdirSync(articleFolder, { recursive: true });
  const launch = { ...serverProfileLaunch(HEAP_SNAPSHOT_ARGUMENTS, folder), plainEnvironment: mode.plainEnvironment };
  const server = await startServer(serverScript, folder, mode.settings, launch);
  const baseline = new Baseline(text);
  baseline.run();
  const rows: BenchRow[] = [];
  try {
    const opens: number[] = [];
    let uri = '';
    let resultId: string | undefined;
    const openCount = mode.plainEnvironment ? 1 : counts.opens;
    for (let open = 0; open < openCount; open++) {
      if (uri) await server.connection.sendNotification(DidCloseTextDocumentNotification.type, { textDocument: { uri } });
      uri = pathToFileURL(path.join(articleFolder, `large-article-${open}.md`)).href;
      baseline.run();
      const started = performance.now();
      await server.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'markdown', version: 1, text } });
      resultId = (await pull(server, uri)).resultId;
      opens.push(performance.now() - started);
    }
    const editor = new Editor(server, uri, text, baseline, resultId);
    const oneCharacter = await editor.oneCharacterEdits(counts.characters, counts.budgetMs);
    const oneCharacterAnswers = editor.takeAnswers();
    if (mode.plainEnvironment) {
      assertBackToOriginal(editor);
      return [keystrokeRow(`${label}, ${oneCharacter.length} requests`, 'one character typed or deleted in a unit → pull diagnostics', oneCharacter, baseline.p50, KEYSTROKE_FRACTION, oneCharacterAnswers)];
    }
    const typing = await editor.typingRuns(counts.runs, counts.runLength, counts.budgetMs);
    const typingAnswers = editor.takeAnswers();
    const lines = await editor.lineDeletions(counts.lines, counts.budgetMs);
    const lineAnswers = editor.takeAnswers();
    const title = await editor.frontMatterEdits(counts.lines, counts.budgetMs);
    const titleAnswers = editor.takeAnswers();
    assertBackToOriginal(editor);
    const memory = withMemory
      ? await largeStringsOf(server.child, folder, text, () => pull(server, uri))
      : undefined;
    const h2 = baseline.p50;
    const floorRow = (name: string, samples: readonly number[], note: string): BenchRow => ({
      section: 'lsp keystroke',
      name,
      input: `${label}, ${samples.length} runs`,
      wallMs: percentile(samples, 50),
      figure: `p50 ${formatMs(percentile(samples, 50))} = ${(percentile(samples, 50) / h2).toFixed(3)}× htmlparser2`,
      note,
    });
    const row = (name: string, samples: readonly number[], limit: { fraction?: number; multiple?: number }, answers?: Answers): BenchRow =>
      keystrokeRow(`${label}, ${samples.length} requests`, name, samples, h2, limit.fraction ?? limit.multiple ?? 1, answers);
    rows.push(
      row('first full diagnostics: didOpen → pull', opens, { multiple: FIRST_DIAGNOSTICS_MULTIPLE }),
      row('one character typed or deleted in a unit → pull diagnostics', oneCharacter, { fraction: KEYSTROKE_FRACTION }, oneCharacterAnswers),
      row(`typing ${counts.runLength} characters into a unit, each → pull diagnostics`, typing, { fraction: KEYSTROKE_FRACTION }, typingAnswers),
      row("a unit's line deleted → pull diagnostics (then undone, untimed)", lines, { fraction: KEYSTROKE_FRACTION }, lineAnswers),
      ...(title.length ? [row("one character typed or deleted in the front matter's title → pull diagnostics", title, { fraction: KEYSTROKE_FRACTION }, titleAnswers)] : []),
      {
        section: 'lsp keystroke',
        name: 'htmlparser2, no-op callbacks (in the bench process, between the requests)',
        input: `${label}, ${baseline.samples.length} runs`,
        wallMs: h2,
        figure: `p50 ${formatMs(h2)} (p25–p75 ${formatMs(percentile(baseline.samples, 25))}–${formatMs(percentile(baseline.samples, 75))})`,
        note: 'baseline',
      },
      floorRow('V8: a character inserted into the text, the new string made flat (in the bench process)', baseline.flattenSamples, 'what each version of a one-string text costs when V8 makes it'),
      floorRow('Node: the same through a UTF-16 buffer, as the server makes it (in the bench process)', baseline.splicedSamples, 'the floor of a keystroke while the text is one string (nodeTextBuilder.ts)'),
    );
    if (memory) {
      const textBytes = largestStringBytes(text);
      rows.push({
        section: 'lsp keystroke',
        name: `server memory after the ${oneCharacter.length + typing.length + lines.length * 2 + title.length} edits: strings ≥ the text's length`,
        input: label,
        figure: `${memory.strings} in the heap, ${memory.externalStrings} external, ${memory.buffers} buffers (${(copiedBytes(memory, text) / 1e6).toFixed(1)} MB) = ${(copiedBytes(memory, text) / textBytes).toFixed(2)} copies of the text; heap ${(memory.heapBytes / 1e6).toFixed(0)} MB`,
        note: `one copy of the text is ${(textBytes / 1e6).toFixed(1)} MB in V8 (${text.length.toLocaleString('en')} UTF-16 code units)`,
      });
    }
  } finally {
    await server.stop();
    fs.rmSync(folder, { recursive: true, force: true });
  }
  return rows;
}

/** Every edit was undone: the server must have the original text again, or the rows measured another text. */
function assertBackToOriginal(editor: Editor): void {
  if (!editor.backToOriginal()) throw new Error('the edits did not leave the article as it was: the keystroke rows would measure a drifting text');
}

/** How many pulls were answered with the whole list, and how many "unchanged" (the same diagnostics as the last answer). */
interface Answers {
  readonly full: number;
  readonly unchanged: number;
}

/** A row of request wall times against the htmlparser2 p50 `h2`, with a target of `allowed`× it. */
function keystrokeRow(input: string, name: string, samples: readonly number[], h2: number, allowed: number, answers?: Answers): BenchRow {
  const p50 = percentile(samples, 50);
  const ratio = p50 / h2;
  return {
    section: 'lsp keystroke',
    name,
    input,
    ...(answers && { note: `${answers.full} answers with the whole list, ${answers.unchanged} "unchanged" (the same diagnostics as the answer before)` }),
    wallMs: p50,
    figure: `p50 ${formatMs(p50)} (p25–p75 ${formatMs(percentile(samples, 25))}–${formatMs(percentile(samples, 75))}) · p99 ${formatMs(percentile(samples, 99))}`,
    speedup: { value: h2 / p50, baseline: 'htmlparser2' },
    target: target(`≤ ${allowed}× htmlparser2 parse (${ratio.toFixed(3)}×)`, ratio <= allowed),
  };
}

/** The offsets of the value of the front matter's `title:` line. */
function titleValue(text: string, frontMatter: FrontMatter | undefined): OffsetRange | undefined {
  if (!frontMatter) return undefined;
  const content = text.slice(frontMatter.contentRange.start, frontMatter.contentRange.end);
  const line = /^title:[ \t]*([^\r\n]+)/m.exec(content);
  if (!line) return undefined;
  const start = frontMatter.contentRange.start + line.index + line[0].length - line[1].length;
  return { start, end: start + line[1].length };
}

/** The bytes of the text's copies a heap snapshot showed (an external string's characters are two bytes each). */
function copiedBytes(memory: HeapTexts, text: string): number {
  return memory.stringBytes + memory.externalStrings * text.length * 2 + memory.bufferBytes;
}

/** Bytes V8 needs for `text` as one flat string: one per character if all are Latin-1, else two. */
function largestStringBytes(text: string): number {
  for (let index = 0; index < text.length; index++) if (text.charCodeAt(index) > 0xff) return text.length * 2;
  return text.length;
}

/** Pulls diagnostics; `previousResultId` as VS Code sends it, the id of the last answer it holds. */
function pull(server: ServerProcess, uri: string, previousResultId?: string): Promise<DocumentDiagnosticReport> {
  return withTimeout(server.connection.sendRequest(DocumentDiagnosticRequest.type, { textDocument: { uri }, previousResultId }), REQUEST_TIMEOUT_MS);
}

/**
 * Edits the open article as a user would and times each change to its diagnostics. Every kind of
 * edit is undone before the next, so the positions of the original text stay true.
 */
class Editor {
  private version = 1;
  /** How many timed pulls were answered with the full list, and how many "unchanged", since the last `takeAnswers`. */
  private answers = { full: 0, unchanged: 0 };
  private readonly random = seededRandom(14);
  private readonly units: readonly Unit[];
  /** Where the front matter's `title:` value stands, if the article has one. */
  private readonly title: OffsetRange | undefined;
  private readonly lines: LineIndex;
  /** Every change sent, to be replayed by an independent implementation of the same rules once the timing is over. */
  private readonly sent: TextDocumentContentChangeEvent[][] = [];

  constructor(
    private readonly server: ServerProcess,
    private readonly uri: string,
    private readonly text: string,
    private readonly baseline: Baseline,
    /** The result id of the diagnostics last received, sent with the next pull as VS Code does. */
    private resultId: string | undefined,
  ) {
    const model = parse(text);
    this.units = model.units;
    this.title = titleValue(text, model.frontMatter);
    this.lines = new LineIndex(text);
  }

  /**
   * Whether the edits so far, each undone, left the text as it was opened: the changes replayed
   * on vscode-languageserver-textdocument. Afterwards, not while timing: a mirror of a 10 MB text
   * updated between the requests would load the machine the requests are timed on.
   */
  backToOriginal(): boolean {
    const mirror = TextDocument.create(this.uri, 'markdown', 1, this.text);
    this.sent.forEach((changes, index) => TextDocument.update(mirror, changes, index + 2));
    return mirror.getText() === this.text;
  }

  /** A letter inserted at a random place of a random unit's translation, then deleted. */
  oneCharacterEdits(count: number, budgetMs: number): Promise<number[]> {
    return this.lettersTypedAndDeleted(count, budgetMs, () => this.offsetInUnit());
  }

  /** A letter inserted at a random place of the front matter's title, then deleted: a translator correcting the title. */
  async frontMatterEdits(count: number, budgetMs: number): Promise<number[]> {
    const title = this.title;
    if (!title) return [];
    return this.lettersTypedAndDeleted(count, budgetMs, () => title.start + Math.floor(this.random() * (title.end - title.start + 1)));
  }

  /** A letter inserted at each offset `offsetOf` draws, then deleted, each change timed. */
  private async lettersTypedAndDeleted(count: number, budgetMs: number, offsetOf: () => number): Promise<number[]> {
    const samples: number[] = [];
    const started = performance.now();
    while (samples.length < count && (samples.length < 6 || performance.now() - started < budgetMs)) {
      const at = this.position(offsetOf());
      samples.push(await this.change({ start: at, end: at }, 'e'));
      samples.push(await this.change({ start: at, end: { line: at.line, character: at.character + 1 } }, ''));
    }
    return samples;
  }

  /** Characters typed one by one into a unit; the run is deleted again (untimed). */
  async typingRuns(count: number, length: number, budgetMs: number): Promise<number[]> {
    const samples: number[] = [];
    const started = performance.now();
    const word = 'typing a few words into it'.padEnd(length, '.').slice(0, length);
    for (let run = 0; run < count && (run < 1 || performance.now() - started < budgetMs); run++) {
      const at = this.position(this.offsetInUnit());
      for (let typed = 0; typed < length; typed++) {
        const here = { line: at.line, character: at.character + typed };
        samples.push(await this.change({ start: here, end: here }, word[typed]));
      }
      await this.change({ start: at, end: { line: at.line, character: at.character + length } }, '', false);
    }
    return samples;
  }

  /**
   * The line of a random unit deleted, then put back (untimed). Not a line between a lone `\r`
   * and a line that starts with `\n`: deleting it joins the two into one `\r\n` line break, and
   * the insertion at the line's position then lands after the `\n` (a position cannot point
   * between the two), so the text would drift from the original the positions are taken from.
   */
  async lineDeletions(count: number, budgetMs: number): Promise<number[]> {
    const samples: number[] = [];
    const started = performance.now();
    // Lines are drawn at random and some are passed over: a bounded number of draws, so an article whose every unit line is passed over ends the loop.
    for (let draws = 0; samples.length < count && (samples.length < 3 || performance.now() - started < budgetMs); draws++) {
      if (draws === count * 100) throw new Error(`only ${samples.length} of ${count} unit lines could be deleted in ${draws} draws: the article has too few lines that hold a unit and end in a line break`);
      const line = this.lines.lineAt(this.units[Math.floor(this.random() * this.units.length)].range.start);
      if (line + 1 >= this.lines.lineCount) continue;
      const start = this.lines.lineStarts[line];
      const end = this.lines.lineStarts[line + 1];
      if (this.text.charCodeAt(start - 1) === 13 && this.text.charCodeAt(end) === 10) continue;
      const removed = this.text.slice(start, end);
      samples.push(await this.change({ start: { line, character: 0 }, end: { line: line + 1, character: 0 } }, ''));
      await this.change({ start: { line, character: 0 }, end: { line, character: 0 } }, removed, false);
    }
    return samples;
  }

  /** The counts of full and "unchanged" answers since the last call. */
  takeAnswers(): Answers {
    const taken = this.answers;
    this.answers = { full: 0, unchanged: 0 };
    return taken;
  }

  private offsetInUnit(): number {
    const { start, end } = this.units[Math.floor(this.random() * this.units.length)].translation.range;
    return start + Math.floor(this.random() * (end - start + 1));
  }

  private position(offset: number): Range['start'] {
    return this.lines.positionAt(offset);
  }

  /** Sends one incremental change and pulls diagnostics; the wall time of both. */
  private async change(range: Range, newText: string, timed = true): Promise<number> {
    if (timed && this.version % 10 === 0) this.baseline.run();
    const contentChanges: TextDocumentContentChangeEvent[] = [{ range, text: newText }];
    const started = performance.now();
    await this.server.connection.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri: this.uri, version: ++this.version }, contentChanges });
    const report = await pull(this.server, this.uri, this.resultId);
    const elapsed = performance.now() - started;
    this.resultId = report.resultId;
    if (timed) this.answers[report.kind]++;
    this.sent.push(contentChanges);
    return elapsed;
  }
}
