/**
 * What a reviewer sees with the injection grammars: the colours VS Code's default themes (Dark+
 * and Light+) give to a side-by-side unit, with and without the settings that README.md
 * recommends. Grammars are loaded exactly as package.json contributes them, on top of VS Code's
 * own Markdown grammar, and tokenized with the same TextMate engine VS Code uses.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'fs';
import * as path from 'path';
import * as textmate from 'vscode-textmate';
import * as oniguruma from 'vscode-oniguruma';
import { repoRoot } from '../support/paths';

/** The hex foreground colour of every UTF-16 code unit of every line. */
type ColouredLines = string[][];

/** A piece of a document line whose colours a test checks. */
interface LineSpan {
  line: number;
  start: number;
  end: number;
}

/** A small article built line by line, remembering where each half of each unit sits. */
class ArticleBuilder {
  readonly lines: string[] = [];
  readonly translationHalves: LineSpan[] = [];
  readonly sourceHalves: LineSpan[] = [];
  readonly translationIds: LineSpan[] = [];
  readonly translationTexts: LineSpan[] = [];
  readonly sourceTexts: LineSpan[] = [];

  /** Adds a line made of plain text pieces and units, each unit given as [id, translation, English]. */
  addLine(...pieces: (string | [string, string, string])[]): this {
    const line = this.lines.length;
    let text = '';
    for (const piece of pieces) {
      if (typeof piece === 'string') {
        text += piece;
        continue;
      }
      const [id, translation, english] = piece;
      const translationStart = text.length;
      text += '<span data-ttu-id="';
      this.translationIds.push({ line, start: text.length, end: text.length + id.length });
      text += `${id}">`;
      this.translationTexts.push({ line, start: text.length, end: text.length + translation.length });
      text += `${translation}</span>`;
      this.translationHalves.push({ line, start: translationStart, end: text.length });
      const sourceStart = text.length;
      text += `<span class="sxs-lookup"><span data-stu-id="${id}">`;
      this.sourceTexts.push({ line, start: text.length, end: text.length + english.length });
      text += `${english}</span></span>`;
      this.sourceHalves.push({ line, start: sourceStart, end: text.length });
    }
    this.lines.push(text);
    return this;
  }
}

const article = new ArticleBuilder()
  .addLine('---')
  .addLine('title: Nouveautés')
  .addLine('ms.translationtype: MT')
  .addLine('ms.locfileid: "6263248"')
  .addLine('---')
  .addLine('## <a name="data-ingestion"></a>', ['ab80b-113', 'Ingestion des données', 'Data ingestion'])
  .addLine('')
  .addLine(
    ['ab80b-107', 'Déployez **région par région** avec `Install-Module`.', 'Roll out **region by region** with `Install-Module`.'],
    ' ',
    ['ab80b-108', 'Consultez [les plans](/release-plans/).', 'See [the plans](/release-plans/).'],
  )
  .addLine('')
  .addLine(
    '<td>',
    ['48d2f-115', 'En <a href="https://lcs.dynamics.com/"><span style="color: #0066cc;">LCS</span></a>.', 'In <a href="https://lcs.dynamics.com/"><span style="color: #0066cc;">LCS</span></a>.'],
    '</td>',
  )
  .addLine('')
  .addLine('- [', ['b5edd-176', 'Acheter', 'Buy'], '](azure-reservations-buying.md)');

const frontMatterLocalizationLines = [2, 3];
const frontMatterOtherKeyLine = 1;

const baseGrammarFiles: Record<string, string> = {
  'text.html.markdown': 'markdown.json',
  'source.yaml': 'yaml.json',
  'text.html.basic': 'html.json',
  'text.html.derivative': 'html-derivative.json',
};

/** The injection grammars as package.json contributes them: scope name → file and injection targets. */
function contributedGrammars(): { scopeName: string; path: string; injectTo?: string[] }[] {
  const manifest = JSON.parse(fs.readFileSync(path.join(repoRoot, 'package.json'), 'utf8'));
  return manifest.contributes.grammars;
}

/** The JSON settings block of README.md's "Syntax highlighting" section. */
function readmeTextMateRules(): textmate.IRawTheme['settings'] {
  const readme = fs.readFileSync(path.join(repoRoot, 'README.md'), 'utf8');
  const section = readme.slice(readme.indexOf('## Syntax highlighting'));
  const block = /```json\n([\s\S]*?)```/.exec(section);
  assert.ok(block, 'README.md has a ```json settings block in its "Syntax highlighting" section');
  return JSON.parse(block[1])['editor.tokenColorCustomizations'].textMateRules;
}

interface ThemeFile {
  colors: Record<string, string>;
  tokenColors: textmate.IRawTheme['settings'];
}

function readTheme(name: string): ThemeFile {
  return JSON.parse(fs.readFileSync(path.join(repoRoot, 'node_modules', 'tm-themes', 'themes', `${name}.json`), 'utf8'));
}

/** The foreground a theme gives to a token whose innermost scope is plainly `scope`. */
function themeForeground(theme: ThemeFile, scope: string): string {
  const rule = theme.tokenColors.find((setting) => [setting.scope].flat().includes(scope));
  assert.ok(rule?.settings.foreground, `the theme colours ${scope}`);
  return rule.settings.foreground.toUpperCase();
}

let onigurumaLoaded: Promise<textmate.IOnigLib> | undefined;
function onigurumaLibrary(): Promise<textmate.IOnigLib> {
  onigurumaLoaded ??= oniguruma
    .loadWASM(fs.readFileSync(path.join(repoRoot, 'node_modules', 'vscode-oniguruma', 'release', 'onig.wasm')))
    .then(() => ({
      createOnigScanner: (patterns: string[]) => new oniguruma.OnigScanner(patterns),
      createOnigString: (text: string) => new oniguruma.OnigString(text),
    }));
  return onigurumaLoaded;
}

/** Colours every character of the article as VS Code would with `themeName` plus `userRules`. */
async function colourArticle(themeName: string, userRules: textmate.IRawTheme['settings'] = []): Promise<ColouredLines> {
  const grammarFiles = new Map<string, string>();
  for (const [scopeName, file] of Object.entries(baseGrammarFiles)) {
    grammarFiles.set(scopeName, path.join(repoRoot, 'node_modules', 'tm-grammars', 'grammars', file));
  }
  const injections = new Map<string, string[]>();
  for (const contribution of contributedGrammars()) {
    grammarFiles.set(contribution.scopeName, path.join(repoRoot, contribution.path));
    for (const target of contribution.injectTo ?? []) injections.set(target, [...(injections.get(target) ?? []), contribution.scopeName]);
  }
  const registry = new textmate.Registry({
    onigLib: onigurumaLibrary(),
    // Fenced-code languages other than those above are not needed by the article.
    loadGrammar: async (scopeName) => {
      const file = grammarFiles.get(scopeName);
      return file ? textmate.parseRawGrammar(fs.readFileSync(file, 'utf8'), file) : null;
    },
    getInjections: (scopeName) => injections.get(scopeName),
  });
  const theme = readTheme(themeName);
  registry.setTheme({
    settings: [
      { settings: { foreground: theme.colors['editor.foreground'], background: theme.colors['editor.background'] } },
      ...theme.tokenColors,
      ...userRules,
    ],
  });
  const markdown = await registry.loadGrammar('text.html.markdown');
  assert.ok(markdown);
  const colourMap = registry.getColorMap();
  let state = textmate.INITIAL;
  return article.lines.map((line) => {
    const result = markdown.tokenizeLine2(line, state);
    state = result.ruleStack;
    const colours: string[] = [];
    for (let index = 0; index < result.tokens.length; index += 2) {
      const start = result.tokens[index];
      const end = index + 2 < result.tokens.length ? result.tokens[index + 2] : line.length;
      // The foreground colour id sits in bits 15–23 of a token's metadata.
      const foreground = colourMap[(result.tokens[index + 1] >>> 15) & 0x1ff].toUpperCase();
      for (let offset = start; offset < end; offset++) colours[offset] = foreground;
    }
    return colours;
  });
}

/**
 * The runs of text inside `span` whose colour is (or, with `unlike`, is not) `colour`, as
 * readable messages; offsets in `ignored` are skipped.
 */
function runsOfColour(coloured: ColouredLines, span: LineSpan, colour: string, unlike = false, ignored = new Set<number>()): string[] {
  const text = article.lines[span.line];
  const runs: string[] = [];
  let runStart = -1;
  for (let offset = span.start; offset <= span.end; offset++) {
    const matches = offset < span.end && !ignored.has(offset) && (coloured[span.line][offset] === colour) !== unlike;
    if (matches && runStart < 0) runStart = offset;
    if (!matches && runStart >= 0) {
      runs.push(`${JSON.stringify(text.slice(runStart, offset))} is ${coloured[span.line][runStart]}`);
      runStart = -1;
    }
  }
  return runs;
}

/** Offsets of the inline HTML tags and entities inside a half's text, which keep the theme's colours. */
function inlineHtmlOffsets(text: LineSpan): Set<number> {
  const offsets = new Set<number>();
  const content = article.lines[text.line].slice(text.start, text.end);
  for (const match of content.matchAll(/<[^>]*>|&[#\w]+;/g)) {
    for (let offset = 0; offset < match[0].length; offset++) offsets.add(text.start + match.index + offset);
  }
  return offsets;
}

/** The whole of a line, as a span. */
function wholeLine(line: number): LineSpan {
  return { line, start: 0, end: article.lines[line].length };
}

const dimColour = () => String(readmeTextMateRules()[0].settings.foreground).toUpperCase();

for (const themeName of ['dark-plus', 'light-plus']) {
  describe(`syntax colours under ${themeName}`, () => {
    it('shows the English source in the comment colour and the translation in the text colour', async () => {
      const theme = readTheme(themeName);
      const coloured = await colourArticle(themeName);
      const comment = themeForeground(theme, 'comment');
      const text = theme.colors['editor.foreground'].toUpperCase();
      // Plain English: the part of each source text before any inline Markdown or HTML.
      for (const span of article.sourceTexts) {
        const plainEnd = article.lines[span.line].slice(span.start, span.end).search(/[*`[<]/);
        const plainSpan = { ...span, end: plainEnd < 0 ? span.end : span.start + plainEnd };
        assert.deepEqual(runsOfColour(coloured, plainSpan, comment, true), [], `English text in ${comment}`);
      }
      const paragraphTranslation = article.translationTexts[1];
      const plainTranslation = { ...paragraphTranslation, end: paragraphTranslation.start + 'Déployez '.length };
      assert.deepEqual(runsOfColour(coloured, plainTranslation, text, true), [], `translation text in ${text}`);
    });

    it('makes every unit id stand out from the translation text', async () => {
      const coloured = await colourArticle(themeName);
      const text = readTheme(themeName).colors['editor.foreground'].toUpperCase();
      for (const id of article.translationIds) {
        assert.deepEqual(runsOfColour(coloured, id, text), [], 'no id in the plain text colour');
      }
    });

    it('with the README settings, dims every character of the English halves but inline HTML, and nothing of the translations', async () => {
      const coloured = await colourArticle(themeName, readmeTextMateRules());
      const dim = dimColour();
      article.sourceHalves.forEach((half, index) => {
        const htmlInEnglish = inlineHtmlOffsets(article.sourceTexts[index]);
        assert.deepEqual(runsOfColour(coloured, half, dim, true, htmlInEnglish), [], `English half entirely ${dim}`);
      });
      for (const half of article.translationHalves) {
        assert.deepEqual(runsOfColour(coloured, half, dim), [], `no part of a translation half in ${dim}`);
      }
    });

    it('with the README settings, dims the front matter localization keys and leaves other keys alone', async () => {
      const coloured = await colourArticle(themeName, readmeTextMateRules());
      const dim = dimColour();
      for (const line of frontMatterLocalizationLines) {
        assert.deepEqual(runsOfColour(coloured, wholeLine(line), dim, true), [], `${article.lines[line]} entirely ${dim}`);
      }
      assert.deepEqual(runsOfColour(coloured, wholeLine(frontMatterOtherKeyLine), dim), [], 'title: not dimmed');
    });
  });
}
