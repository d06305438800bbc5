/**
 * The text of an open document, kept by the server's document store (`TextDocuments`) in place
 * of vscode-languageserver-textdocument's: the same `TextDocument` interface, and it remembers
 * each incremental change as offsets, so the next snapshot learns what changed since the last
 * parsed version without comparing two 10 MB texts. Line starts, needed only to turn a change's
 * positions into offsets, are spliced around each change (offsets after it moved by its length),
 * and computed afresh only when a change joins or splits a `\r\n` at its edges.
 */
import type { TextDocumentContentChangeEvent } from 'vscode-languageserver';
import type { Position, Range, TextDocument } from 'vscode-languageserver-textdocument';
import { spliceInPlace } from './core/arraySplice';
import { computeLineStarts, lineContaining, lineEndOf } from './core/lineIndex';
import type { TextChange } from './core/reparse';
import { concatenation, type TextBuilder, type TextBuilders } from './textSplice';

/** A change made by one `didChange` entry, as offsets, and the version it made. */
interface LoggedChange {
  readonly version: number;
  /** The replaced range, in the text before this change. */
  readonly start: number;
  readonly end: number;
  /** Length of the text put there. */
  readonly length: number;
}

/** How many changes are remembered: a snapshot older than that compares texts instead. */
const LOG_LIMIT = 512;

/** An open document's text, line starts and recent changes. */
export class EditableDocument implements TextDocument {
  private content: string;
  /** Makes each next text from the current one (`textSplice.ts`). */
  private builder: TextBuilder;
  private lineStarts: number[] | undefined;
  private log: LoggedChange[] = [];
  /** The oldest version `changeSince` can answer for (a whole-text change forgets earlier ones). */
  private logStart: number;

  constructor(
    readonly uri: string,
    readonly languageId: string,
    private currentVersion: number,
    content: string,
    private readonly builders: TextBuilders = concatenation,
  ) {
    this.content = content;
    this.builder = builders();
    this.logStart = currentVersion;
  }

  get version(): number {
    return this.currentVersion;
  }

  get lineCount(): number {
    return this.starts().length;
  }

  getText(range?: Range): string {
    if (!range) return this.content;
    return this.content.substring(this.offsetAt(range.start), this.offsetAt(range.end));
  }

  positionAt(offset: number): Position {
    const clamped = Math.max(0, Math.min(offset, this.content.length));
    const starts = this.starts();
    const line = lineContaining(starts, clamped);
    // Inside a `\r\n` is the end of the line, as vscode-languageserver-textdocument answers.
    const end = lineEndOf(this.content, starts, line);
    return { line, character: Math.min(clamped, Math.max(end, starts[line])) - starts[line] };
  }

  offsetAt(position: Position): number {
    const starts = this.starts();
    if (position.line >= starts.length) return this.content.length;
    if (position.line < 0) return 0;
    const start = starts[position.line];
    if (position.character <= 0) return start;
    return Math.min(start + position.character, lineEndOf(this.content, starts, position.line));
  }

  getLineRange(line: number): Range {
    const starts = this.starts();
    if (line < 0) return { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
    const last = Math.min(line, starts.length - 1);
    const end = line >= starts.length ? this.content.length : lineEndOf(this.content, starts, last);
    return { start: { line: last, character: 0 }, end: { line: last, character: end - starts[last] } };
  }

  getEOLCharacters(line: number): string {
    const starts = this.starts();
    if (line < 0 || line >= starts.length) return '';
    const next = line + 1 < starts.length ? starts[line + 1] : this.content.length;
    return this.content.substring(lineEndOf(this.content, starts, line), next);
  }

  /**
   * The one replacement that turns the text of `version` into the current text, from the changes
   * remembered; undefined when they do not reach back that far (the caller compares texts).
   */
  changeSince(version: number): TextChange | undefined {
    if (version < this.logStart || version > this.currentVersion) return undefined;
    // One span covering every change: [start, oldEnd) of the old text became [start, newEnd).
    let start = Number.POSITIVE_INFINITY;
    let oldEnd = 0;
    let newEnd = 0;
    for (const entry of this.log) {
      if (entry.version <= version) continue;
      if (start === Number.POSITIVE_INFINITY) {
        ({ start } = entry);
        oldEnd = entry.end;
        newEnd = entry.start + entry.length;
        continue;
      }
      // Text outside the span is the same in the old and the new text, so positions there map one to one.
      const reach = Math.max(newEnd, entry.end);
      start = Math.min(start, entry.start);
      oldEnd += reach - newEnd;
      newEnd = reach + entry.length - (entry.end - entry.start);
    }
    if (start === Number.POSITIVE_INFINITY) return { range: { start: 0, end: 0 }, text: '' };
    return { range: { start, end: oldEnd }, text: this.content.slice(start, newEnd) };
  }

  /** Applies `didChange` content changes in order; what `TextDocuments` calls. */
  update(changes: readonly TextDocumentContentChangeEvent[], version: number): void {
    for (const change of changes) {
      if ('range' in change && change.range) this.replace(this.offsetAt(ordered(change.range).start), this.offsetAt(ordered(change.range).end), change.text, version);
      else this.replaceAll(change.text, version);
    }
    this.currentVersion = version;
  }

  private replace(start: number, end: number, text: string, version: number): void {
    const before = this.content;
    this.content = this.builder.splice(before, start, end, text);
    this.remember({ version, start, end, length: text.length });
    const starts = this.lineStarts;
    if (!starts) return;
    // A `\r\n` split or joined at an edge of the change moves a line start outside it: count again when read.
    const after = this.content;
    const newEnd = start + text.length;
    const pairAt = (content: string, offset: number): boolean => content.charCodeAt(offset - 1) === 13 && content.charCodeAt(offset) === 10;
    if (pairAt(before, start) || pairAt(before, end) || pairAt(after, start) || pairAt(after, newEnd)) {
      this.lineStarts = undefined;
      return;
    }
    const firstLine = lineContaining(starts, start);
    const lastLine = lineContaining(starts, end);
    const added = text.length === 0 ? [] : computeLineStarts(text).slice(1);
    for (let index = 0; index < added.length; index++) added[index] += start;
    const delta = text.length - (end - start);
    const removedCount = lastLine - firstLine;
    // In place: this document alone reads its line starts, and a new array of a large article's lines costs an allocation of fresh pages.
    if (added.length === removedCount) for (let index = 0; index < added.length; index++) starts[firstLine + 1 + index] = added[index];
    else spliceInPlace(starts, firstLine + 1, lastLine + 1, added);
    if (delta !== 0) for (let index = firstLine + 1 + added.length; index < starts.length; index++) starts[index] += delta;
  }

  private replaceAll(text: string, version: number): void {
    this.content = text;
    this.builder = this.builders();
    this.lineStarts = undefined;
    this.log = [];
    this.logStart = version;
  }

  private remember(entry: LoggedChange): void {
    this.log.push(entry);
    if (this.log.length > LOG_LIMIT) {
      const dropped = this.log.splice(0, this.log.length - LOG_LIMIT / 2);
      this.logStart = dropped[dropped.length - 1].version;
    }
  }

  private starts(): number[] {
    return (this.lineStarts ??= computeLineStarts(this.content));
  }
}

function ordered(range: Range): Range {
  const { start, end } = range;
  return start.line > end.line || (start.line === end.line && start.character > end.character) ? { start: end, end: start } : range;
}

/** What `TextDocuments` needs to make and update documents of this kind, their texts made by `builders`. */
export function editableDocuments(builders: TextBuilders = concatenation) {
  return {
    create(uri: string, languageId: string, version: number, content: string): EditableDocument {
      return new EditableDocument(uri, languageId, version, content, builders);
    },
    update(document: EditableDocument, changes: TextDocumentContentChangeEvent[], version: number): EditableDocument {
      document.update(changes, version);
      return document;
    },
  };
}
