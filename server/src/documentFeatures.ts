/**
 * The per-document features of a localized article, one short handler each: find the snapshot,
 * call the pure feature. Hover, outline, folding, smart selection, highlights, code actions and
 * the custom requests `sxs/englishArticle` and `sxs/documentUnits`.
 */
import { CodeActionKind } from 'vscode-languageserver';
import { codeActionsOf, FIX_ALL_KIND } from './features/codeActions';
import { documentSymbolsOf, OUTLINE_LABEL } from './features/documentSymbols';
import { documentUnitsOf } from './features/documentUnits';
import { englishArticleOf } from './features/englishArticle';
import { foldingRangesOf } from './features/folding';
import { highlightsAt } from './features/highlight';
import { hoverAt } from './features/hover';
import { selectionRangesOf } from './features/selectionRanges';
import { documentUnitsRequest, englishArticleRequest } from './protocol';
import type { ServerFeature } from './serverContext';

/** Hover, outline, folding, selection, highlights, code actions and the unit requests. */
export const documentFeatures: ServerFeature = {
  capabilities: () => ({
    hoverProvider: true,
    documentSymbolProvider: { label: OUTLINE_LABEL },
    foldingRangeProvider: true,
    selectionRangeProvider: true,
    documentHighlightProvider: true,
    codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL_KIND] },
  }),

  register(context) {
    const { connection } = context;
    connection.onHover(({ textDocument, position }, token) => context.answer('hover', textDocument.uri, token, null, (snapshot, settings) => hoverAt(snapshot, position, settings, context.workspaceExtras.current)));
    connection.onDocumentSymbol(({ textDocument }, token) => context.answer('outline', textDocument.uri, token, null, (snapshot, settings) => documentSymbolsOf(snapshot, settings)));
    connection.onFoldingRanges(({ textDocument }, token) => context.answer('folding', textDocument.uri, token, null, (snapshot) => foldingRangesOf(snapshot)));
    connection.onSelectionRanges(({ textDocument, positions }, token) => context.answer('selection ranges', textDocument.uri, token, null, (snapshot) => selectionRangesOf(snapshot, positions)));
    connection.onDocumentHighlight(({ textDocument, position }, token) => context.answer('highlight', textDocument.uri, token, null, (snapshot) => highlightsAt(snapshot, position)));
    connection.onCodeAction(({ textDocument, range, context: actionContext }, token) =>
      context.answer('code actions', textDocument.uri, token, null, (snapshot, settings) =>
        codeActionsOf(snapshot, range, actionContext, settings, { documentChanges: context.client().workspace?.workspaceEdit?.documentChanges === true }, context.workspaceExtras.current),
      ),
    );
    connection.onRequest(englishArticleRequest, ({ uri }, token) => context.answer('English article', uri, token, null, (snapshot) => englishArticleOf(snapshot)));
    connection.onRequest(documentUnitsRequest, ({ uri }, token) => context.answer('document units', uri, token, null, (snapshot, settings) => documentUnitsOf(snapshot, settings, context.workspaceExtras.current)));
  },
};
