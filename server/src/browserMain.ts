/**
 * Browser entry of the language server: a web worker started by the browser extension
 * (`server/out/browserServer.js`), speaking LSP over `postMessage`. There is no disk in a
 * worker, so the cross-file features read the workspace through the client.
 */
import { BrowserMessageReader, BrowserMessageWriter, createConnection, ProposedFeatures } from 'vscode-languageserver/browser';
import { startServer } from './server';
import { createInterchangeFeature } from './interchangeFeature';
import { clientFileSystem } from './workspace/clientFileSystem';
import { createWorkspaceFeature } from './workspaceFeature';

// The worker's global scope, typed by what the reader takes (the project compiles without DOM types).
declare const self: ConstructorParameters<typeof BrowserMessageReader>[0];

const connection = createConnection(ProposedFeatures.all, new BrowserMessageReader(self), new BrowserMessageWriter(self));
const files = clientFileSystem(connection);
startServer(connection, [createWorkspaceFeature(files), createInterchangeFeature(files)]);
