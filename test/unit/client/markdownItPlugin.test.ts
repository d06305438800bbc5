/**
 * The preview's markdown-it plugin, run on the real markdown-it the Markdown extension uses
 * (with `html: true`, as VS Code's preview renders), the output read back with htmlparser2.
 */
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { DomUtils, parseDocument } from 'htmlparser2';
import type { Element } from 'domhandler';
import MarkdownIt from 'markdown-it';
import { parse } from '../../../server/src/core/parse';
import { sxsMarkdownItPlugin, type PreviewOptions } from '../../../client/src/preview/sxsMarkdownItPlugin';
import { corpusRoot, markdownFilesUnder } from '../../support/paths';
import { sxsUnit } from '../../support/sxsUnit';

/** VS Code's preview adds `data-line` to every block with a source line; its scroll sync needs them. */
function withLineNumbers(md: MarkdownIt): MarkdownIt {
  md.core.ruler.push('test_data_line', (state) => {
    for (const token of state.tokens) if (token.map && token.nesting === 1) token.attrSet('data-line', String(token.map[0]));
  });
  return md;
}

const defaults: PreviewOptions = { showEnglish: false, locale: 'fr-fr', findings: () => undefined };

function render(markdown: string, options: Partial<PreviewOptions> | undefined = {}): string {
  const md = withLineNumbers(new MarkdownIt({ html: true }));
  if (options) sxsMarkdownItPlugin(md, () => ({ ...defaults, ...options }));
  return md.render(markdown);
}

/** As VS Code's Markdown extension does: parse without the document in `env`, keep the tokens, render them with it. */
function parseOnceRenderTwice(markdown: string, first: Partial<PreviewOptions>, second: Partial<PreviewOptions>): [string, string] {
  const md = withLineNumbers(new MarkdownIt({ html: true }));
  let current: Partial<PreviewOptions> = first;
  const asked: unknown[] = [];
  sxsMarkdownItPlugin(md, (env) => {
    asked.push((env as { currentDocument?: unknown }).currentDocument);
    return { ...defaults, ...current };
  });
  const tokens = md.parse(markdown, { currentDocument: undefined });
  const once = md.renderer.render(tokens, md.options, { currentDocument: 'file:///fr-fr/a.md' });
  current = second;
  const twice = md.renderer.render(tokens, md.options, { currentDocument: 'file:///fr-fr/a.md' });
  assert.deepEqual(asked, ['file:///fr-fr/a.md', 'file:///fr-fr/a.md'], 'asked once per render, with the document of the render');
  return [once, twice];
}

const elements = (html: string) => DomUtils.findAll(() => true, parseDocument(html).children) as Element[];
const byClass = (html: string, name: string) => elements(html).filter((element) => (element.attribs.class ?? '').split(' ').includes(name));
const text = (element: Element) => DomUtils.textContent(element);
const dataLines = (html: string) => elements(html).map((element) => element.attribs['data-line']).filter((line) => line !== undefined);

const heading = `# <a name="troubleshoot"></a>${sxsUnit('f9f29-102', 'Résoudre les erreurs', 'Troubleshoot errors')}`;
const paragraph = `${sxsUnit('f9f29-103', 'Ouvrez le *portail*.', 'Open the *portal*.')} ${sxsUnit('f9f29-104', 'Sélectionnez &quot;Flux&quot;.', 'Select &quot;Flows&quot;.')}`;

describe('markdown-it plugin: units in the preview', () => {
  it('shows each translation alone, with its English as the hover', () => {
    const html = render(`${heading}\n\n${paragraph}\n`);
    const units = byClass(html, 'sxs-unit');
    assert.deepEqual(units.map((unit) => [unit.attribs['data-sxs-unit'], text(unit), unit.attribs.title]), [
      ['f9f29-102', 'Résoudre les erreurs', 'Troubleshoot errors'],
      ['f9f29-103', 'Ouvrez le portail.', 'Open the portal.'],
      ['f9f29-104', 'Sélectionnez "Flux".', 'Select "Flows".'],
    ]);
    // The English is in the page only inside the hidden English spans.
    const english = byClass(html, 'sxs-english');
    assert.deepEqual(english.map(text), ['Troubleshoot errors', 'Open the portal.', 'Select "Flows".']);
    assert.ok(english.every((element) => !element.attribs.class.includes('sxs-english-shown') && element.attribs.lang === 'en'));
    assert.doesNotMatch(html, /sxs-lookup|data-stu-id|data-ttu-id/);
    // Inline Markdown inside a half is still rendered.
    assert.match(html, /Ouvrez le <em>portail<\/em>\./);
  });

  it('keeps every data-line of the blocks, so the scroll sync is unchanged', () => {
    const article = `---\ntitle: x\n---\n${heading}\n\n${paragraph}\n\n- ${sxsUnit('f9f29-105', 'Un', 'One')}\n- ${sxsUnit('f9f29-106', 'Deux', 'Two')}\n\n| a |\n|---|\n| ${sxsUnit('f9f29-107', 'Cellule', 'Cell')} |\n`;
    const lines = dataLines(render(article, undefined));
    assert.ok(lines.length >= 6);
    assert.deepEqual(dataLines(render(article)), lines);
    assert.deepEqual(dataLines(render(article, { showEnglish: true, locale: 'ar-sa' })), lines);
  });

  it('shows the English under each sentence when asked', () => {
    const html = render(`${paragraph}\n`, { showEnglish: true });
    assert.deepEqual(byClass(html, 'sxs-english-shown').map(text), ['Open the portal.', 'Select "Flows".']);
  });

  it('marks units with findings, their messages in the hover, escaped', () => {
    const findings = new Map([['f9f29-104', ['The English has 1 quotation mark "<b>" the translation lacks', 'Second finding']]]);
    const html = render(`${paragraph}\n`, { findings: (id) => findings.get(id) });
    const marked = byClass(html, 'sxs-unit-finding');
    assert.deepEqual(marked.map((unit) => unit.attribs['data-sxs-unit']), ['f9f29-104']);
    assert.equal(marked[0].attribs.title, 'Select "Flows".\n\n⚠ The English has 1 quotation mark "<b>" the translation lacks\n⚠ Second finding');
    assert.doesNotMatch(html, /<b>/);
  });

  it('renders right-to-left locales right to left, the English left to right, code untouched', () => {
    const html = render(`# ${sxsUnit('a-101', 'مرحبا', 'Hello')}\n\n${sxsUnit('a-102', 'نص', 'Text')}\n\n\`\`\`\ncode\n\`\`\`\n`, { locale: 'ar-sa', showEnglish: true });
    const directed = elements(html).filter((element) => element.attribs.dir === 'rtl').map((element) => `${element.name}.${element.attribs.class ?? ''}`);
    assert.deepEqual(directed, ['h1.', 'span.sxs-unit', 'p.', 'span.sxs-unit']);
    assert.ok(byClass(html, 'sxs-english').every((element) => element.attribs.dir === 'ltr'));
    assert.equal(elements(html).find((element) => element.name === 'pre')?.attribs.dir, undefined);
    const hebrew = render(`${sxsUnit('a-101', 'שלום', 'Hello')}\n`, { locale: 'he-IL' });
    assert.equal(elements(hebrew).find((element) => element.name === 'p')?.attribs.dir, 'rtl');
    assert.equal(byClass(hebrew, 'sxs-unit')[0].attribs.lang, 'he-IL');
    assert.equal(elements(render(`${paragraph}\n`)).find((element) => element.name === 'p')?.attribs.dir, undefined);
  });

  it('adds nothing that can run or fetch, whatever the article holds', () => {
    const hostile = sxsUnit('x" onmouseover="alert(1)', 'Texte', '"><img src=https://example.com/x.png onerror=alert(1)>');
    const html = render(`${hostile}\n\n${sxsUnit('b-1', 'T', 'a " onclick="x()')}\n`, { locale: '"><script>' });
    const handlers = elements(html).flatMap((element) => Object.keys(element.attribs).filter((name) => name.startsWith('on')));
    const withoutPlugin = elements(render(`${hostile}\n\n${sxsUnit('b-1', 'T', 'a " onclick="x()')}\n`, undefined));
    const handlersWithout = withoutPlugin.flatMap((element) => Object.keys(element.attribs).filter((name) => name.startsWith('on')));
    // What the article writes is rendered as the preview renders it anyway (its CSP blocks handlers); the plugin adds none.
    assert.deepEqual(handlers.filter((handler) => !handlersWithout.includes(handler)), []);
    const ours = [...byClass(html, 'sxs-unit'), ...byClass(html, 'sxs-english')];
    assert.deepEqual([...new Set(ours.flatMap((element) => Object.keys(element.attribs)))].sort(), ['class', 'data-sxs-unit', 'dir', 'lang', 'title']);
    const units = byClass(html, 'sxs-unit');
    assert.equal(units.at(-1)?.attribs.title, 'a " onclick="x()');
    assert.ok(units.every((unit) => unit.attribs.lang === undefined));
    assert.equal(elements(html).filter((element) => element.name === 'script').length, 0);
    assert.equal(elements(html).filter((element) => element.name === 'img').length, elements(render(`${hostile}\n`, undefined)).filter((element) => element.name === 'img').length);
  });

  it('decides locale, findings and the English when rendering, so kept tokens render the document as it is now', () => {
    const findings = new Map([['f9f29-104', ['Second finding']]]);
    const [before, after] = parseOnceRenderTwice(`${paragraph}\n`, {}, { showEnglish: true, locale: 'ar-sa', findings: (id) => findings.get(id) });
    assert.deepEqual([byClass(before, 'sxs-english-shown').length, byClass(before, 'sxs-unit-finding').length], [0, 0]);
    assert.equal(elements(before).find((element) => element.name === 'p')?.attribs.dir, undefined);
    assert.deepEqual(byClass(after, 'sxs-english-shown').map(text), ['Open the portal.', 'Select "Flows".']);
    assert.deepEqual(byClass(after, 'sxs-unit-finding').map((unit) => unit.attribs['data-sxs-unit']), ['f9f29-104']);
    assert.equal(elements(after).find((element) => element.name === 'p')?.attribs.dir, 'rtl');
    assert.deepEqual(dataLines(after), dataLines(before));
    // The direction was set for that render only.
    const [, again] = parseOnceRenderTwice(`${paragraph}\n`, { locale: 'ar-sa' }, { locale: 'fr-fr' });
    assert.equal(elements(again).find((element) => element.name === 'p')?.attribs.dir, undefined);
  });

  it('leaves broken markup as written', () => {
    for (const broken of [
      '<span data-ttu-id="a-1">Sans anglais</span> et la suite.',
      '<span data-ttu-id="a-1">Pas fermé<span class="sxs-lookup"><span data-stu-id="a-1">Not closed</span></span>',
      '<span data-ttu-id="a-1">Texte</span><span class="sxs-lookup">Sans id</span>',
    ]) {
      assert.equal(render(`${broken}\n`), render(`${broken}\n`, undefined), broken);
    }
  });

  it('reads nested spans inside a half', () => {
    const html = render(`${sxsUnit('a-1', 'Le <span class="no-loc">Power Automate</span> ici', 'The <span class="no-loc">Power Automate</span> here')}\n`);
    assert.deepEqual(byClass(html, 'sxs-unit').map((unit) => [text(unit), unit.attribs.title]), [['Le Power Automate ici', 'The Power Automate here']]);
  });
});

describe('markdown-it plugin on the corpus', () => {
  const files = fs.existsSync(corpusRoot) ? markdownFilesUnder(corpusRoot).filter((file) => !file.includes(`${path.sep}en-us${path.sep}`)) : [];
  it(`renders the inline units of every localized article (${files.length} files) and keeps their data-line`, { skip: files.length === 0 }, () => {
    let modelUnits = 0;
    let rendered = 0;
    for (const file of files) {
      const source = fs.readFileSync(file, 'utf8');
      const model = parse(source);
      const html = render(source);
      assert.deepEqual(dataLines(html), dataLines(render(source, undefined)), file);
      modelUnits += model.units.filter((unit) => unit.block.kind !== 'front-matter' && unit.block.kind !== 'html').length;
      rendered += byClass(html, 'sxs-unit').length;
    }
    // Units of the front matter and of raw HTML blocks are not in markdown-it's inline tokens.
    assert.ok(rendered > 0.9 * modelUnits, `${rendered} of ${modelUnits} units rendered`);
  });
});
