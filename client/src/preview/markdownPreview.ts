/**
 * The Markdown preview's side of the extension: the markdown-it plugin given to VS Code's
 * Markdown extension (`extendMarkdownIt`), fed for each render with the document's locale and
 * findings (the server's diagnostics, matched to units), and the toggle that shows the English
 * under each sentence (`sxs.preview.showEnglish`, remembered in the user settings).
 *
 * Previews are rendered again only when they would show something else: `markdown.preview.refresh`
 * reloads the whole preview page, and an editor scroll that arrives while it reloads is lost, so
 * each document's render inputs are remembered and a refresh waits for them to differ.
 */
import * as vscode from 'vscode';
import type MarkdownIt from 'markdown-it';
import type { DocumentUnits } from '../../../server/src/protocol';
import type { DocumentUnitsStore } from '../shared/documentUnitsStore';
import { openDocument } from '../shared/openDocument';
import { unitIndexAtPosition } from '../shared/unitAtPosition';
import { sxsMarkdownItPlugin, type PreviewOptions } from './sxsMarkdownItPlugin';
import { TrustedFindings, type FindingsByUnit } from './trustedFindings';

const showEnglishSetting = 'preview.showEnglish';
/** The view type of the built-in preview's webviews (tabs report it with a prefix). */
const previewViewType = 'markdown.preview';

export class MarkdownPreview implements vscode.Disposable {
  private readonly subscriptions: vscode.Disposable[] = [];
  private refreshTimer: ReturnType<typeof setTimeout> | undefined;
  /** Documents whose units were asked for by a render, so that the answer renders them again. */
  private readonly awaitedUnits = new Set<string>();
  /** By document URI: what its last render showed (see `renderInputs`) and when it read that (`Date.now()`). */
  private readonly rendered = new Map<string, { readonly key: string; readonly at: number }>();
  private readonly findings = new TrustedFindings();

  /** @param onDiagnosticsPulled fires with the URI of each document whose diagnostics pull was answered, "unchanged" ones too */
  constructor(
    private readonly store: DocumentUnitsStore,
    onDiagnosticsPulled: vscode.Event<string>,
  ) {
    this.subscriptions.push(
      vscode.commands.registerCommand('sxs.preview.toggleEnglish', () => this.toggleEnglish()),
      vscode.workspace.onDidChangeConfiguration((event) => {
        if (event.affectsConfiguration(`sxs.${showEnglishSetting}`)) this.refreshSoon();
      }),
      store.onDidChange(() => this.refreshSoon()),
      // A closed document's units leave the store: its last render and findings no longer count.
      vscode.workspace.onDidCloseTextDocument((document) => {
        const key = document.uri.toString();
        this.rendered.delete(key);
        this.findings.delete(key);
        this.awaitedUnits.delete(key);
      }),
      vscode.languages.onDidChangeDiagnostics((event) => {
        if (event.uris.some((uri) => this.rendered.has(uri.toString()))) this.refreshSoon();
      }),
      // An "unchanged" answer changes no diagnostics, yet it can make the ones shown current.
      onDiagnosticsPulled((uri) => {
        if (this.rendered.has(uri)) this.refreshSoon();
      }),
    );
  }

  /** What `activate` returns as `extendMarkdownIt`. */
  extend(md: MarkdownIt): MarkdownIt {
    sxsMarkdownItPlugin(md, (env) => this.optionsFor(env));
    return md;
  }

  /** Whether previews show the English under each sentence. */
  showsEnglish(): boolean {
    return vscode.workspace.getConfiguration('sxs').get<boolean>(showEnglishSetting, false);
  }

  async toggleEnglish(): Promise<void> {
    await vscode.workspace.getConfiguration('sxs').update(showEnglishSetting, !this.showsEnglish(), vscode.ConfigurationTarget.Global);
  }

  dispose(): void {
    clearTimeout(this.refreshTimer);
    for (const subscription of this.subscriptions) subscription.dispose();
  }

  private optionsFor(env: unknown): PreviewOptions {
    const uri = documentOf(env);
    if (!uri) return { showEnglish: this.showsEnglish(), locale: undefined, findings: () => undefined };
    const inputs = this.renderInputs(uri, this.unitsOf(uri));
    this.rendered.set(uri.toString(), { key: inputs.key, at: Date.now() });
    return { showEnglish: inputs.showEnglish, locale: inputs.locale, findings: (id) => inputs.findings.get(id) };
  }

  /** What a render of `uri` shows now, and a key that differs when the render would. */
  private renderInputs(uri: vscode.Uri, units: DocumentUnits | undefined): { showEnglish: boolean; locale: string | undefined; findings: FindingsByUnit; key: string } {
    const showEnglish = this.showsEnglish();
    const document = openDocument(uri);
    // Units or diagnostics of an older version would put a mark one unit off: the last trusted findings stand in.
    const diagnostics = document ? this.store.currentDiagnostics(document) : vscode.languages.getDiagnostics(uri);
    const current = units !== undefined && diagnostics !== undefined && (document === undefined || this.store.isCurrent(document));
    const findings = units ? this.findings.of(uri.toString(), current, () => findingsByUnit(diagnostics ?? [], units)) : new Map<string, string[]>();
    const key = JSON.stringify([showEnglish, units?.locale, units !== undefined, [...findings]]);
    return { showEnglish, locale: units?.locale, findings, key };
  }

  /** The units the store has; when it has none yet, they are asked for and the preview rendered again. */
  private unitsOf(uri: vscode.Uri): DocumentUnits | undefined {
    const known = this.store.peek(uri);
    if (known) return known;
    const document = openDocument(uri);
    if (document && !this.awaitedUnits.has(uri.toString())) {
      this.awaitedUnits.add(uri.toString());
      void this.store.get(document).then((units) => units && this.refreshSoon());
    }
    return undefined;
  }

  /**
   * Once changes settle, renders open previews again if a document they rendered would now show
   * something else (other findings, the English toggled, its units known); nothing otherwise.
   */
  private refreshSoon(delay = 200): void {
    clearTimeout(this.refreshTimer);
    this.refreshTimer = setTimeout(() => {
      if (!previewIsOpen()) return this.rendered.clear();
      const changed = [...this.rendered].filter(([uri, last]) => this.renderInputs(vscode.Uri.parse(uri), this.store.peek(vscode.Uri.parse(uri))).key !== last.key);
      if (changed.length === 0) return;
      // VS Code's preview puts a render's page in place when that render completes, so a render
      // begun just before ours (the first of a newly opened article, the slowest) could land after
      // it and show the article without what changed: ours waits until that one is done.
      const wait = Math.max(...changed.map(([, last]) => last.at + RENDER_SETTLES_MILLISECONDS - Date.now()));
      if (wait > 0) return this.refreshSoon(wait);
      void vscode.commands.executeCommand('markdown.preview.refresh');
    }, delay);
  }
}

/** How long a render of the preview may take to be in place, the first of an article included. */
const RENDER_SETTLES_MILLISECONDS = 1500;

/** The document of a render: VS Code's Markdown extension puts its URI in `env.currentDocument`. */
function documentOf(env: unknown): vscode.Uri | undefined {
  const uri = (env as { currentDocument?: unknown } | undefined)?.currentDocument;
  if (uri instanceof vscode.Uri) return uri;
  // A URI made by another extension's copy of the API: read it back from its string form.
  return uri && typeof uri === 'object' && typeof (uri as { scheme?: unknown }).scheme === 'string' ? vscode.Uri.parse(String(uri)) : undefined;
}

function previewIsOpen(): boolean {
  return vscode.window.tabGroups.all.some((group) => group.tabs.some((tab) => tab.input instanceof vscode.TabInputWebview && tab.input.viewType.endsWith(previewViewType)));
}

/** The messages of the server's `diagnostics`, by the id of the unit each starts in. */
function findingsByUnit(diagnostics: readonly vscode.Diagnostic[], units: DocumentUnits): FindingsByUnit {
  const byUnit: FindingsByUnit = new Map();
  for (const diagnostic of diagnostics) {
    if (diagnostic.source !== 'sxs') continue;
    const index = unitIndexAtPosition(units.units, { line: diagnostic.range.start.line, character: diagnostic.range.start.character });
    if (index === undefined) continue;
    const id = units.units[index].id;
    byUnit.set(id, [...(byUnit.get(id) ?? []), diagnostic.message]);
  }
  return byUnit;
}
