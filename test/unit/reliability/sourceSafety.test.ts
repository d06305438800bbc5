/**
 * Nothing leaves the machine and nothing from an article runs: a static reading of every source
 * file of the client and the server. No network module, `fetch`, `XMLHttpRequest`, `WebSocket`
 * or browser opening; no trusted or HTML-enabled Markdown; document text enters tooltips only
 * through `appendText`; every webview declares a strict
 * Content-Security-Policy and its scripts never write HTML. Anything legitimate goes in an allowlist with its reason.
 */
import assert from 'node:assert/strict';
import * as fs from 'fs';
import * as path from 'path';
import { describe, it } from 'node:test';
import { repoRoot } from '../../support/paths';

/** A source file, comments removed (a comment may name `fetch(` without calling it). */
interface SourceFile {
  readonly file: string;
  readonly code: string;
}

function sourceFiles(): SourceFile[] {
  const files: SourceFile[] = [];
  const walk = (folder: string): void => {
    for (const entry of fs.readdirSync(folder, { withFileTypes: true })) {
      const full = path.join(folder, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name.endsWith('.ts')) files.push({ file: path.relative(repoRoot, full), code: withoutComments(fs.readFileSync(full, 'utf8')) });
    }
  };
  for (const folder of ['client/src', 'server/src']) walk(path.join(repoRoot, folder));
  return files;
}

/** Blanks out comments, keeping strings (a `//` inside a string is no comment). */
function withoutComments(code: string): string {
  return code.replace(/("(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*'|`(?:[^`\\]|\\.)*`)|\/\*[\s\S]*?\*\/|\/\/[^\n]*/g, (match, literal: string | undefined) => literal ?? ' ');
}

/** Ways a program reaches the network or the browser. */
const NETWORK_PATTERNS: readonly [string, RegExp][] = [
  ['a Node network module', /(?:\bfrom\s*|\brequire\s*\(\s*|\bimport\s*\(\s*)['"](?:node:)?(?:http|https|http2|net|tls|dgram|dns)['"]/],
  ['a network library', /(?:\bfrom\s*|\brequire\s*\(\s*|\bimport\s*\(\s*)['"](?:undici|node-fetch|cross-fetch|axios|got|ws|request|superagent)['"]/],
  ['fetch()', /(?<![\w.$])fetch\s*\(/],
  ['XMLHttpRequest', /\bXMLHttpRequest\b/],
  ['WebSocket', /\bWebSocket\b/],
  ['EventSource', /\bEventSource\b/],
  ['navigator.sendBeacon', /\bsendBeacon\b/],
  ['opening a browser', /\bopenExternal\b/],
];

/** `file: what` → why it is fine. Empty: nothing in the product needs the network. */
const NETWORK_ALLOWLIST: Readonly<Record<string, string>> = {};

/** Methods named `fetch` (declared, or called on an object) are no network call. */
function withoutFetchMethods(code: string): string {
  return code.replace(/\b(?:async|function|private|public|protected|static)\s+(?:async\s+)?fetch\s*\(/g, ' (');
}

function networkUses(source: SourceFile): string[] {
  const code = withoutFetchMethods(source.code);
  return NETWORK_PATTERNS.filter(([, pattern]) => pattern.test(code)).map(([what]) => `${source.file}: ${what}`);
}

/** The argument text of every call of `callee` (balanced parentheses). */
function callArguments(code: string, callee: RegExp): string[] {
  const found: string[] = [];
  for (const match of code.matchAll(new RegExp(callee.source + String.raw`\s*\(`, 'g'))) {
    let depth = 1;
    let index = match.index + match[0].length;
    const start = index;
    while (index < code.length && depth > 0) {
      if (code[index] === '(') depth++;
      else if (code[index] === ')') depth--;
      index++;
    }
    found.push(code.slice(start, index - 1).trim());
  }
  return found;
}

/** The `${…}` expressions of a template literal. */
function interpolations(template: string): string[] {
  const found: string[] = [];
  for (let at = template.indexOf('${'); at !== -1; at = template.indexOf('${', at + 2)) {
    let depth = 1;
    let index = at + 2;
    while (index < template.length && depth > 0) {
      if (template[index] === '{') depth++;
      else if (template[index] === '}') depth--;
      index++;
    }
    found.push(template.slice(at + 2, index - 1).trim());
  }
  return found;
}

/**
 * Expressions that may be written into Markdown: interface words, counts and labels the
 * extension makes itself, never text read from an article.
 */
const MARKDOWN_SAFE_EXPRESSIONS: readonly RegExp[] = [/^vscode\.l10n\.t\(/, /^unitCountText\(/, /^findingCountText\(/, /^statusLabel\(/, /^counts\[status\]$/, /^type$/];

/** Why an argument of `appendMarkdown` / `new MarkdownString` may carry article text, or undefined. */
function markdownRisk(argument: string): string | undefined {
  if (argument === '' || /^'(?:[^'\\]|\\.)*'$/.test(argument) || /^"(?:[^"\\]|\\.)*"$/.test(argument)) return undefined;
  if (/^`[\s\S]*`$/.test(argument)) {
    const unsafe = interpolations(argument).filter((expression) => !MARKDOWN_SAFE_EXPRESSIONS.some((safe) => safe.test(expression)));
    return unsafe.length ? `interpolates ${unsafe.join(', ')}` : undefined;
  }
  return `passes ${argument}`;
}

describe('reliability: nothing leaves the machine, nothing from an article runs', () => {
  const sources = sourceFiles();

  it('reads the client and server sources', () => assert.ok(sources.length > 50, `only ${sources.length} source files`));

  it('the patterns catch what they look for', () => {
    const planted: SourceFile = {
      file: 'planted.ts',
      code: "import * as https from 'node:https';\nconst r = await fetch(url);\nnew XMLHttpRequest();\nvscode.env.openExternal(uri);\nthis.fetch(key);",
    };
    assert.deepEqual(networkUses(planted), ['planted.ts: a Node network module', 'planted.ts: fetch()', 'planted.ts: XMLHttpRequest', 'planted.ts: opening a browser']);
    assert.equal(networkUses({ file: 'method.ts', code: 'private async fetch(uri: string) {}\nthis.fetch(uri);' }).length, 0);
    assert.equal(markdownRisk('`**${unit.id}**`'), 'interpolates unit.id');
    assert.equal(markdownRisk("`**${vscode.l10n.t('Title')}**`"), undefined);
  });

  it('no source reaches the network or opens a browser', () => {
    const uses = sources.flatMap(networkUses).filter((use) => !(use in NETWORK_ALLOWLIST));
    assert.deepEqual(uses, []);
  });

  it('no Markdown is trusted or renders HTML', () => {
    const flags = sources.filter((source) => /\b(?:isTrusted|supportHtml)\b/.test(source.code)).map((source) => source.file);
    assert.deepEqual(flags, [], 'trusted Markdown would run command: links from an article');
  });

  it('article text reaches client Markdown only as text', () => {
    const risks: string[] = [];
    for (const source of sources.filter((candidate) => candidate.file.startsWith('client'))) {
      for (const argument of [...callArguments(source.code, /\.appendMarkdown/), ...callArguments(source.code, /new\s+vscode\.MarkdownString/)]) {
        const risk = markdownRisk(argument);
        if (risk) risks.push(`${source.file}: ${risk}`);
      }
    }
    assert.deepEqual(risks, [], 'use appendText for anything read from an article');
  });

  it('every webview declares a strict Content-Security-Policy', (t) => {
    const registrations = sources.filter((source) => /\b(?:createWebviewPanel|registerWebviewViewProvider|registerCustomEditorProvider|registerCustomTextEditorProvider)\b/.test(source.code));
    // The policy sits where the page is written: the file that sets a webview's html.
    const pages = sources.filter((source) => /\.html\s*=(?!=)/.test(source.code));
    t.diagnostic(`${registrations.length} files create webviews, ${pages.length} write their pages`);
    assert.ok(registrations.length === 0 || pages.length > 0, 'webviews created without a page that declares a policy');
    for (const webview of pages) {
      assert.match(webview.code, /Content-Security-Policy/, `${webview.file}: a webview without a Content-Security-Policy`);
      assert.match(webview.code, /default-src 'none'/, `${webview.file}: the policy must start from default-src 'none'`);
      assert.match(webview.code, /script-src 'nonce-/, `${webview.file}: scripts must be allowed by nonce only`);
      assert.doesNotMatch(webview.code, /'unsafe-inline'|'unsafe-eval'|\bhttps?:\/\/|\*\s*;/, `${webview.file}: the policy allows inline code, remote sources or wildcards`);
    }
    const manifest = JSON.parse(fs.readFileSync(path.join(repoRoot, 'package.json'), 'utf8')) as { contributes?: Record<string, unknown> };
    assert.ok(!manifest.contributes?.customEditors || registrations.length > 0, 'custom editors contributed without their webview code');
  });

  it('webview scripts put text into the page as text, never as HTML', () => {
    const scripts = sources.filter((source) => /\/webview\//.test(source.file.replace(/\\/g, '/')));
    const risks = scripts.filter((source) => /\.(?:innerHTML|outerHTML)\b|insertAdjacentHTML|document\.write|\beval\s*\(|new\s+Function\s*\(/.test(source.code)).map((source) => source.file);
    assert.deepEqual(risks, [], 'use textContent and createElement in webviews');
  });
});
