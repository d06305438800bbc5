/**
 * The English of a localized article as a read-only virtual document (`sxs-english:`), rebuilt
 * by the server from the article's sxs-lookup halves (`sxs/englishArticle`). It follows edits
 * of the article, and being a content-provider document it can never be saved over a file.
 */
import * as vscode from 'vscode';
import type { EnglishArticle } from '../../../server/src/protocol';
import type { SxsServer } from '../languageClient/sxsServer';
import { openDocument } from '../shared/openDocument';

/** The URI scheme of the rebuilt English documents. */
export const englishArticleScheme = 'sxs-english';

/**
 * The virtual document of an article's English. Its path ends in `.md` so it is highlighted as
 * Markdown, and says "English" so its tab is told from the article's; the query keeps the
 * article's own URI.
 */
export function englishArticleUri(articleUri: vscode.Uri): vscode.Uri {
  const name = articleUri.path.replace(/\.md$/i, '');
  return vscode.Uri.from({ scheme: englishArticleScheme, path: `${name} (English).md`, query: articleUri.toString() });
}

/** The article a rebuilt English document comes from, or undefined for any other URI. */
export function articleUriOfEnglish(uri: vscode.Uri): vscode.Uri | undefined {
  return uri.scheme === englishArticleScheme && uri.query !== '' ? vscode.Uri.parse(uri.query) : undefined;
}

/** Serves `sxs-english:` documents and refreshes them as their articles change. */
export class EnglishArticleProvider implements vscode.TextDocumentContentProvider, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<vscode.Uri>();
  private readonly articles = new Map<string, EnglishArticle>();
  private readonly pendingUpdates = new Map<string, ReturnType<typeof setTimeout>>();
  private readonly subscriptions: vscode.Disposable[] = [];

  readonly onDidChange = this.changed.event;

  /** @param followDelayMilliseconds how long typing in the article pauses before its English is rebuilt */
  constructor(
    private readonly server: SxsServer,
    private readonly followDelayMilliseconds = 300,
  ) {
    this.subscriptions.push(
      vscode.workspace.onDidChangeTextDocument((event) => {
        if (event.contentChanges.length > 0) this.scheduleUpdate(event.document.uri);
      }),
      vscode.workspace.onDidCloseTextDocument((document) => {
        if (document.uri.scheme === englishArticleScheme) this.articles.delete(document.uri.toString());
      }),
    );
  }

  async provideTextDocumentContent(uri: vscode.Uri, token: vscode.CancellationToken): Promise<string> {
    const article = articleUriOfEnglish(uri);
    if (!article) return '';
    let english: EnglishArticle | null = null;
    try {
      english = await this.server.englishArticle(article.toString(), token);
    } catch {
      english = null;
    }
    if (!english) {
      this.articles.delete(uri.toString());
      return vscode.l10n.t('No English could be rebuilt from {0}: it has no side-by-side units, or the language server is not running.', article.fsPath || article.toString());
    }
    this.articles.set(uri.toString(), english);
    return english.text;
  }

  /** Where each unit stands in the rebuilt English last served for `englishUri`. */
  unitsOf(englishUri: vscode.Uri): EnglishArticle['units'] | undefined {
    return this.articles.get(englishUri.toString())?.units;
  }

  dispose(): void {
    for (const timer of this.pendingUpdates.values()) clearTimeout(timer);
    this.changed.dispose();
    for (const subscription of this.subscriptions) subscription.dispose();
  }

  /** After an edit of an article whose English is open, rebuilds that English once typing pauses. */
  private scheduleUpdate(articleUri: vscode.Uri): void {
    if (articleUri.scheme === englishArticleScheme) return;
    const englishUri = englishArticleUri(articleUri);
    const key = englishUri.toString();
    if (!openDocument(key)) return;
    clearTimeout(this.pendingUpdates.get(key));
    this.pendingUpdates.set(
      key,
      setTimeout(() => {
        this.pendingUpdates.delete(key);
        this.changed.fire(englishUri);
      }, this.followDelayMilliseconds),
    );
  }
}
