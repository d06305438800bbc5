/**
 * vscode-markdown-languageservice set up as VS Code's Markdown server sets it up: markdown-it as
 * the parser, GitHub's slugifier, and a workspace — here one in memory that holds only the
 * documents handed to it. Used as the outline baseline.
 */
import MarkdownIt from 'markdown-it';
import { CancellationToken, Emitter } from 'vscode-languageserver-protocol';
import type { DocumentSymbol } from 'vscode-languageserver-types';
import { TextDocument } from 'vscode-languageserver-textdocument';

type MarkdownLanguageServiceModule = typeof import('vscode-markdown-languageservice', { with: { 'resolution-mode': 'import' } });

/** The outline of a text as VS Code's built-in Markdown support computes it. */
export interface MarkdownOutliner {
  /** Document symbols of `text`, as a new version of one document (no cached table of contents). */
  documentSymbols(text: string): Promise<DocumentSymbol[]>;
  dispose(): void;
}

/** Loads the language service (an ES module) and wires it to markdown-it. */
export async function createMarkdownOutliner(): Promise<MarkdownOutliner> {
  const service: MarkdownLanguageServiceModule = await import('vscode-markdown-languageservice');
  const markdownIt = new MarkdownIt('commonmark', { html: true });
  const documents = new Map<string, TextDocument>();
  const never = new Emitter<never>().event;
  // The service caches a document's table of contents until the workspace says it changed.
  const changed = new Emitter<TextDocument>();
  const created = new Emitter<TextDocument>();
  const workspace = {
    workspaceFolders: [],
    onDidChangeMarkdownDocument: changed.event,
    onDidCreateMarkdownDocument: created.event,
    onDidDeleteMarkdownDocument: never,
    getAllMarkdownDocuments: async () => documents.values(),
    hasMarkdownDocument: (resource: { toString(): string }) => documents.has(resource.toString()),
    openMarkdownDocument: async (resource: { toString(): string }) => documents.get(resource.toString()),
    stat: async () => undefined,
    readDirectory: async () => [],
  };
  const languageService = service.createLanguageService({
    workspace,
    parser: {
      slugifier: service.githubSlugifier,
      tokenize: async (document) => markdownIt.parse(withoutFrontMatter(document.getText()), {}),
    },
    logger: { level: service.LogLevel.Off, log: () => undefined },
  });
  const uri = 'file:///bench/outline.md';
  let version = 0;
  return {
    async documentSymbols(text) {
      const document = TextDocument.create(uri, 'markdown', ++version, text);
      const isNew = !documents.has(uri);
      documents.set(uri, document);
      (isNew ? created : changed).fire(document);
      return languageService.getDocumentSymbols(document, {}, CancellationToken.None);
    },
    dispose: () => languageService.dispose(),
  };
}

const FRONT_MATTER = /^---[ \t]*\r?\n[\s\S]*?\r?\n---[ \t]*(?:\r?\n|$)/;

/**
 * The text with its YAML front matter blanked, lines kept: VS Code's Markdown engine skips the
 * front matter with a markdown-it plugin, so it is not read as a setext heading.
 */
function withoutFrontMatter(text: string): string {
  return text.replace(FRONT_MATTER, (frontMatter) => frontMatter.replace(/[^\r\n]/g, ''));
}
