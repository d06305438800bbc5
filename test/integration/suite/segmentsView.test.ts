/**
 * The Segments view: the active article's headings and units with status icons and counts,
 * a status filter, a click that reveals the unit, following the active editor, refreshing
 * when findings change. Read through the tree items the view renders.
 */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { closeAllEditors, openSample, sampleUri, waitFor } from './helpers';
import { asRange, exportArticle, revertActiveEditor, sxsTesting, unitsOf, unitWithId } from './clientHelpers';
import type { SegmentNode, UnitNode } from '../../../client/src/segments/segmentTree';
import type { SxsTestingApi } from '../../../client/src/extensionApi';

/** The view as text: one line per node, indented, `label — description [icon]`. */
function renderTree(testing: SxsTestingApi, nodes: readonly SegmentNode[], depth = 0): string[] {
  return nodes.flatMap((node) => {
    const item = testing.segmentTreeItem(node);
    const icon = item.iconPath instanceof vscode.ThemeIcon ? item.iconPath.id : '';
    const line = `${'  '.repeat(depth)}${typeof item.label === 'string' ? item.label : item.label?.label} — ${item.description} [${icon}]`;
    return [line, ...(node.kind === 'heading' ? renderTree(testing, node.children, depth + 1) : [])];
  });
}

function unitNodes(nodes: readonly SegmentNode[]): UnitNode[] {
  return nodes.flatMap((node) => (node.kind === 'unit' ? [node] : unitNodes(node.children)));
}

async function viewShowing(uri: vscode.Uri, ready: (roots: readonly SegmentNode[]) => boolean = (roots) => roots.length > 0): Promise<readonly SegmentNode[]> {
  const testing = await sxsTesting();
  return waitFor(() => {
    const view = testing.segments();
    return view.uri?.toString() === uri.toString() && ready(view.roots) ? view.roots : undefined;
  }, 15_000, `the Segments view to show ${uri.path}`);
}

suite('Segments view', () => {
  teardown(async () => {
    await (await sxsTesting()).setSegmentsFilter(['finding', 'broken', 'empty', 'unchanged', 'ok']);
    await revertActiveEditor();
    await closeAllEditors();
  });

  test('lists the headings of the active article with their units, icons and counts', async () => {
    const editor = await openSample(exportArticle.french);
    const units = await unitsOf(editor);
    const roots = await viewShowing(editor.document.uri);
    const testing = await sxsTesting();
    const lines = renderTree(testing, roots);
    assert.equal(unitNodes(roots).length, units.length, 'every unit appears once');
    assert.match(lines[0], /^Connecteur Power Automate \(préversion\) — \d+/);
    assert.ok(lines.includes('  Déclencheurs Power Automate — ' + testing.segmentTreeItem(roots[0].kind === 'heading' ? roots[0].children.find((node) => node.kind === 'heading')! : roots[0]).description + ' [symbol-text]'));
    assert.ok(lines.some((line) => /^ {4}Déclencher quand une actualisation source de données échoue\. — 01895-107/.test(line)), lines.join('\n'));
    for (const node of unitNodes(roots)) {
      const item = testing.segmentTreeItem(node);
      const expectedIcon = { ok: 'pass', finding: 'warning', empty: 'circle-large-outline', stale: 'history', unchanged: 'copy', broken: 'error' }[node.unit.status];
      assert.equal((item.iconPath as vscode.ThemeIcon).id, expectedIcon, node.unit.id);
      assert.ok((item.iconPath as vscode.ThemeIcon).color, 'the icon is coloured by the theme');
    }
  });

  test('shows a new finding and an emptied unit, and filters down to them', async () => {
    const editor = await openSample(exportArticle.french);
    const units = await unitsOf(editor);
    await editor.edit((builder) => {
      builder.replace(asRange(unitWithId(units, '01895-122').translationRange), 'Sur la vignette Power Automate, sélectionnez Configurer.');
      builder.replace(asRange(unitWithId(units, '01895-129').translationRange), '');
    });
    const roots = await viewShowing(editor.document.uri, (nodes) => unitNodes(nodes).some((node) => node.unit.id === '01895-122' && node.unit.status === 'finding'));
    const testing = await sxsTesting();
    assert.equal(unitNodes(roots).find((node) => node.unit.id === '01895-129')?.unit.status, 'empty');
    await testing.setSegmentsFilter(['finding', 'empty']);
    const filtered = await viewShowing(editor.document.uri, (nodes) => unitNodes(nodes).length < units.length);
    const shown = unitNodes(filtered).map((node) => `${node.unit.id} ${node.unit.status}`);
    assert.ok(shown.includes('01895-122 finding') && shown.includes('01895-129 empty'), shown.join(', '));
    assert.ok(unitNodes(filtered).every((node) => node.unit.status === 'finding' || node.unit.status === 'empty'));
    const section = renderTree(testing, filtered).find((line) => line.startsWith('  Créer un flux Power Automate'));
    assert.match(section ?? '', /— \d+ · \d+ findings? · 1 empty \[symbol-text\]$/);
  });

  test('clicking a unit selects its translation in the editor', async () => {
    const editor = await openSample(exportArticle.french);
    const units = await unitsOf(editor);
    const roots = await viewShowing(editor.document.uri);
    const testing = await sxsTesting();
    const node = unitNodes(roots).find((candidate) => candidate.unit.id === '01895-127')!;
    const command = testing.segmentTreeItem(node).command!;
    await vscode.commands.executeCommand(command.command, ...(command.arguments ?? []));
    assert.ok(vscode.window.activeTextEditor?.selection.isEqual(asRange(unitWithId(units, '01895-127').translationRange)));
  });

  test('follows the active editor to another article', async () => {
    await openSample(exportArticle.french);
    await viewShowing(sampleUri(exportArticle.french));
    const norwegian = await openSample(exportArticle.norwegian);
    const roots = await viewShowing(norwegian.document.uri);
    const first = (await sxsTesting()).segmentTreeItem(roots[0]);
    assert.equal(first.label, 'Power Automate-kobling (forhåndsvisning)');
  });
});
